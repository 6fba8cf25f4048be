#!/usr/bin/env bash
# Builds opsadvisor-fuzz with libFuzzer and fuzzes one target.
#
#   Tests/Fuzz/run.sh TARGET [SECONDS]      TARGET: respond | transcript | loader (default 600 s)
#
# New corpus entries go into Tests/Fuzz/Corpus/TARGET/ (minimise it afterwards with --merge before
# committing it), crash, timeout and out-of-memory
# reproducers into /tmp/fuzz-artifacts/TARGET/ (FUZZ_ARTIFACTS overrides the folder). The last
# line printed is libFuzzer's final stats line.
#
# Environment:
#   FUZZ_NO_BUILD=1    use the binary already built in .build-fuzz
#   FUZZ_JOBS=N        pass -jobs=N -workers=N to libFuzzer (default: one process)
#   FUZZ_EXTRA="..."   more libFuzzer flags, e.g. "-only_ascii=1" or "-seed=1"
#   FUZZ_LOG=FILE      keep libFuzzer's full output there (default /tmp/fuzz-TARGET.log)
#   FUZZ_CORPUS=DIR    grow this corpus folder instead (Tests/Fuzz/Corpus/TARGET is read as seeds;
#                      --merge then merges DIR into it)
#   FUZZ_PACKAGE=DIR   build the package in DIR instead of this one (e.g. a copy of the work tree
#                      taken while it compiled); corpus, dictionaries and artifacts stay as above
#
# Other modes (the build is the same):
#   Tests/Fuzz/run.sh TARGET --merge        minimise the corpus folder in place (see below)
#   Tests/Fuzz/run.sh TARGET --repro FILE   run one input through the fuzzing build
set -euo pipefail

usage() {
  echo "usage: $0 respond|transcript|loader [SECONDS | --merge | --repro FILE]" >&2
  exit 2
}

target="${1:-}"
case "$target" in
  respond) max_len=4096 ;;
  transcript) max_len=16384 ;;
  loader) max_len=16384 ;;
  *) usage ;;
esac
mode="${2:-600}"

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
package="$(cd "${FUZZ_PACKAGE:-$root}" && pwd)"
cd "$package"

scratch="$package/.build-fuzz"
corpus="$here/Corpus/$target"
dictionary="$here/$target.dict"
artifacts="${FUZZ_ARTIFACTS:-/tmp/fuzz-artifacts/$target}"
log="${FUZZ_LOG:-/tmp/fuzz-$target.log}"

# The toolset adds -sanitize=fuzzer, -D FUZZING and -parse-as-library to the Swift compiler
# (and -fsanitize=fuzzer-no-link to the C compiler, for libyaml's coverage) for the package's
# own modules only. The same flags given with -Xswiftc, or SwiftPM's --sanitize=fuzzer, also
# reach the build tool opsadvisor-embed (the EmbedIntentsPlugin's executable), whose main.swift
# then does not compile under -parse-as-library.
build() {
  local attempt
  for attempt in 1 2 3; do
    if swift build -c release --product opsadvisor-fuzz --scratch-path "$scratch" \
      --toolset "$here/toolset.json" >"/tmp/fuzz-build-$target.log" 2>&1; then
      return 0
    fi
    # Other people edit the sources while this builds; SwiftPM then refuses to finish.
    if grep -q "was modified during the build" "/tmp/fuzz-build-$target.log"; then
      echo "sources changed during the build; building again ($attempt)" >&2
      continue
    fi
    break
  done
  cat "/tmp/fuzz-build-$target.log" >&2
  echo "the fuzzing build failed (log: /tmp/fuzz-build-$target.log)" >&2
  exit 1
}

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  echo "building opsadvisor-fuzz with libFuzzer in .build-fuzz ..." >&2
  build
fi
binary="$(swift build -c release --product opsadvisor-fuzz --scratch-path "$scratch" \
  --toolset "$here/toolset.json" --show-bin-path)/opsadvisor-fuzz"
[ -x "$binary" ] || { echo "no fuzzing binary at $binary" >&2; exit 1; }

export OPSADVISOR_FUZZ_TARGET="$target"
# libFuzzer handles the crash itself; Swift's backtracer would only slow each crash down.
export SWIFT_BACKTRACE=enable=no

mkdir -p "$corpus" "$artifacts"
common=(
  -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -dict="$dictionary"
  -artifact_prefix="$artifacts/" -print_final_stats=1
)

case "$mode" in
  --merge)
    # The hand-made seeds (seed-*) stay; of the rest, keep a smallest set of files under 64 KB that
    # covers every edge the whole corpus (and $FUZZ_CORPUS, if set) covers beyond the seeds.
    # Plain -merge=1 also keeps a file per new hit-count bucket: 1463 respond and 818 loader
    # files after the first 10-minute runs, which take 25 s and 100 s in the debug replayer that
    # FuzzRegressionTests runs, against a few seconds for the edge cover.
    work="$(mktemp -d "/tmp/fuzz-merge-$target.XXXXXX")"
    mkdir "$work/fresh" "$work/grown"
    find "$corpus" -maxdepth 1 -type f -name 'seed-*' -exec cp {} "$work/fresh/" \;
    find "$corpus" ${FUZZ_CORPUS:+"$FUZZ_CORPUS"} -maxdepth 1 -type f ! -name 'seed-*' -size -64k \
      -exec cp {} "$work/grown/" \;
    "$binary" "${common[@]}" -set_cover_merge=1 -use_counters=0 "$work/fresh" "$work/grown" >"$log" 2>&1 \
      || { tail -30 "$log" >&2; exit 1; }
    find "$corpus" -maxdepth 1 -type f -delete
    find "$work/fresh" -maxdepth 1 -type f -exec mv {} "$corpus"/ \;
    rm -rf "$work"
    grep -E "MERGE-OUTER: [0-9]+ new files" "$log" | tail -1 || true
    echo "corpus $target: $(find "$corpus" -type f | wc -l) files, $(find "$corpus" -type f -printf "%s\n" | awk "{s+=\$1} END {print s}") bytes"
    ;;
  --repro)
    [ -n "${3:-}" ] || usage
    exec "$binary" "${common[@]}" "$3"
    ;;
  *)
    [[ "$mode" =~ ^[0-9]+$ ]] || usage
    jobs=()
    if [ -n "${FUZZ_JOBS:-}" ]; then jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); fi
    echo "fuzzing $target for $mode s: corpus $corpus, artifacts $artifacts, log $log" >&2
    status=0
    # shellcheck disable=SC2086
    folders=("$corpus")
    if [ -n "${FUZZ_CORPUS:-}" ]; then mkdir -p "$FUZZ_CORPUS"; folders=("$FUZZ_CORPUS" "$corpus"); fi
    "$binary" "${common[@]}" -max_total_time="$mode" "${jobs[@]}" ${FUZZ_EXTRA:-} "${folders[@]}" >"$log" 2>&1 \
      || status=$?
    # The final stats line (#N DONE ...), or the last progress line if libFuzzer stopped early,
    # then the final stats.
    grep -E "^#[0-9]+" "$log" | tail -1 || true
    grep -E "^stat::" "$log" || true
    if [ "$status" -ne 0 ]; then
      echo "libFuzzer exited with status $status; reproducer(s) in $artifacts:" >&2
      grep -E "^(artifact_prefix|Test unit written|==[0-9]+== ERROR|.*Fatal error|.*invariant violated)" "$log" >&2 || true
      ls -la "$artifacts" >&2
    fi
    exit "$status"
    ;;
esac
