# Installs opsadvisor the way Swift command-line tools on Linux usually are: a release build
# with the Swift runtime linked in statically (so it runs without a Swift toolchain), then the
# binary, its man page and its bash, zsh and fish completions under PREFIX.
#
#   make install                                  # into ~/.local: bin/, share/man/, share/…
#   make install PREFIX=/usr/local                # for every user (as root)
#   make install DESTDIR=/tmp/stage PREFIX=/usr   # staged under DESTDIR, for a package
#   make uninstall                                # with the same PREFIX and DESTDIR: removes
#                                                 # exactly the files install put there
#
# The installed binary needs only the C libraries it links: GNU readline and libyaml
# (Debian's libreadline8 and libyaml-0-2, which the -dev packages pull in).

PREFIX ?= $(HOME)/.local
DESTDIR ?=
SWIFT ?= swift
# Where SwiftPM builds; another folder keeps a release build apart from `swift test`'s.
SCRATCH_PATH ?= .build

bindir := $(DESTDIR)$(PREFIX)/bin
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# Every file install writes, which is what uninstall removes.
installed := $(bindir)/opsadvisor $(man1dir)/opsadvisor.1 $(bashdir)/opsadvisor \
	$(zshdir)/_opsadvisor $(fishdir)/opsadvisor.fish

release_flags := -c release --static-swift-stdlib --scratch-path "$(SCRATCH_PATH)"
# The man page's date: the last commit's, so that the same sources give the same page.
man_date := $(shell git log -1 --format=%cs 2>/dev/null)
man_page := $(SCRATCH_PATH)/plugins/GenerateManual/outputs/opsadvisor/opsadvisor.1

.PHONY: all build man install uninstall

all: build

## build: the release binary, Swift runtime linked statically.
build:
	$(SWIFT) build $(release_flags) --product opsadvisor

## man: the man page, generated from the command's own help by swift-argument-parser's plugin
## (which builds the package in debug mode to read it).
man:
	$(SWIFT) package --scratch-path "$(SCRATCH_PATH)" generate-manual --configuration debug \
		$(if $(man_date),--date $(man_date))

install: build man
	@bin="$$($(SWIFT) build $(release_flags) --show-bin-path)/opsadvisor"; \
	set -e; \
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"; \
	install -m 0755 -s "$$bin" "$(bindir)/opsadvisor"; \
	install -m 0644 "$(man_page)" "$(man1dir)/opsadvisor.1"; \
	"$$bin" --generate-completion-script bash > "$(bashdir)/opsadvisor"; \
	"$$bin" --generate-completion-script zsh > "$(zshdir)/_opsadvisor"; \
	"$$bin" --generate-completion-script fish > "$(fishdir)/opsadvisor.fish"; \
	chmod 0644 "$(bashdir)/opsadvisor" "$(zshdir)/_opsadvisor" "$(fishdir)/opsadvisor.fish"; \
	for file in $(installed); do echo "installed $$file"; done

uninstall:
	@for file in $(installed); do \
		if [ -e "$$file" ] || [ -L "$$file" ]; then rm -f "$$file" && echo "removed $$file"; fi; \
	done
