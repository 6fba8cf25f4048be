import Foundation
import Glibc
import Testing

/// `make install` and `make uninstall`, for real.
///
/// One test, because it builds: `make install` makes a release binary with the Swift runtime
/// linked statically and the man page (swift-argument-parser's plugin, which builds the package
/// in debug mode), in `.build-install/` at the package root. That folder is kept, so that a
/// later `swift test` only rebuilds what changed; on a fresh clone the builds take about five
/// minutes on two cores, at the lowest CPU priority (`nice -n 19`) so that the other tests run
/// first. It then installs into a temporary PREFIX, and again under a DESTDIR, and checks:
/// the five files; the binary runs from an empty environment, and also with the toolchain's
/// Swift runtime hidden (a tmpfs mounted over it in a private mount namespace, where that is
/// permitted), where the debug binary cannot start; the man page is found through MANPATH; the
/// bash completion completes subcommands and options; `make uninstall` removes exactly those
/// files and leaves everything else.
@Suite("make install")
struct InstallTests {
  /// The files `make install` writes, relative to PREFIX.
  static let installedFiles = [
    "bin/opsadvisor",
    "share/bash-completion/completions/opsadvisor",
    "share/fish/vendor_completions.d/opsadvisor.fish",
    "share/man/man1/opsadvisor.1",
    "share/zsh/site-functions/_opsadvisor",
  ]

  /// The first executable `name` on the test's PATH.
  static func onPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first(where: OpsAdvisor.isExecutableFile)
  }

  static let tools: (make: String, swift: String, nice: String)? = {
    guard let make = onPath("make"), let swift = onPath("swift"), let nice = onPath("nice") else { return nil }
    return (make, swift, nice)
  }()

  /// Runs `make TARGET VARIABLES…` in the package, at the lowest priority, with the test's own
  /// environment (the toolchain on PATH).
  static func make(_ target: String, _ variables: [String], timeout: Duration = .seconds(60)) throws -> ProcessResult {
    let tools = try #require(tools)
    let scratch = OpsAdvisor.packageRoot.appendingPathComponent(".build-install").path
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT"] = tools.swift
    let arguments = ["-n", "19", tools.make, "-C", OpsAdvisor.packageRoot.path, target, "SCRATCH_PATH=\(scratch)"] + variables
    let result = try ProcessRunner.run(tools.nice, arguments, stdin: nil, environment: environment, timeout: timeout)
    #expect(result.termination == .exited(0), "make \(target) \(variables):\n\(String(result.summary.suffix(4000)))")
    return result
  }

  /// The regular files under `folder`, relative to it, sorted.
  static func files(under folder: String) -> [String] {
    (FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted()
  }

  @Test(
    "make install puts a binary that needs no toolchain, its man page and completions under PREFIX; make uninstall removes them",
    .enabled(if: tools != nil, "make, swift or nice is not on PATH"), .timeLimit(.minutes(25)))
  func installAndUninstall() throws {
    let directory = try TemporaryDirectory()
    let prefix = directory("prefix")
    try directory.makeFolder("prefix/bin")
    try directory.write("#!/bin/sh\n", to: "prefix/bin/another-tool")
    print("InstallTests: make install into \(prefix); the first build in .build-install takes a few minutes")
    let installed = try Self.make("install", ["PREFIX=\(prefix)"], timeout: .seconds(1500))
    try #require(installed.termination == .exited(0))
    #expect(Self.files(under: prefix) == (Self.installedFiles + ["bin/another-tool"]).sorted())
    #expect(octal(permissions(of: prefix + "/bin/opsadvisor")) == "755")
    for file in Self.installedFiles.dropFirst() {
      #expect(octal(permissions(of: prefix + "/" + file)) == "644", "\(file)")
    }

    let binary = prefix + "/bin/opsadvisor"
    try Self.checkRunsAlone(binary)
    try Self.checkRunsWithoutTheSwiftRuntime(binary)
    try Self.checkManPage(prefix)
    try Self.checkCompletions(prefix)

    // DESTDIR: the same files, staged under it; uninstall with the same variables removes them.
    let stage = directory("stage")
    let staged = try Self.make("install", ["DESTDIR=\(stage)", "PREFIX=/usr/local"], timeout: .seconds(600))
    try #require(staged.termination == .exited(0))
    #expect(Self.files(under: stage) == Self.installedFiles.map { "usr/local/" + $0 })
    _ = try Self.make("uninstall", ["DESTDIR=\(stage)", "PREFIX=/usr/local"])
    #expect(Self.files(under: stage).isEmpty, "\(Self.files(under: stage))")

    let removed = try Self.make("uninstall", ["PREFIX=\(prefix)"])
    #expect(Self.files(under: prefix) == ["bin/another-tool"], "only what install wrote is removed")
    #expect(removed.stdoutText.components(separatedBy: "removed ").count - 1 == Self.installedFiles.count)
    let again = try Self.make("uninstall", ["PREFIX=\(prefix)"])
    #expect(!again.stdoutText.contains("removed"), "a second uninstall finds nothing to remove")
  }

  /// The installed binary answers, in every mode, from an empty environment (no PATH, no HOME).
  static func checkRunsAlone(_ binary: String) throws {
    let ask = try ProcessRunner.run(binary, ["ask", "is LLMOps just MLOps?"], stdin: nil, environment: [:])
    #expect(ask.termination == .exited(0), "\(ask.summary)")
    #expect(ask.stdoutText.hasPrefix("LLMOps is not just MLOps under a new name."), "\(ask.summary)")
    let piped = try ProcessRunner.run(binary, ["--width", "60", "--json"], stdin: "hi\n/compare skills\n", environment: [:])
    #expect(piped.termination == .exited(0), "\(piped.summary)")
    #expect(piped.stdoutText.split(separator: "\n").count == 2, "\(piped.summary)")
    let version = try ProcessRunner.run(binary, ["--version"], stdin: nil, environment: [:])
    #expect(version.stdoutText == "0.1.0\n", "\(version.summary)")
    // No Swift runtime library among the libraries it asks the loader for.
    if let readelf = onPath("readelf") {
      let dynamic = try ProcessRunner.run(readelf, ["-d", binary], stdin: nil, environment: [:])
      let needed = dynamic.stdoutText.split(separator: "\n").filter { $0.contains("(NEEDED)") }
      #expect(!needed.isEmpty, "\(dynamic.summary)")
      for line in needed {
        #expect(!["libswift", "libFoundation", "libdispatch", "libBlocksRuntime"].contains { line.contains($0) }, "\(line)")
      }
    } else {
      print("InstallTests: readelf not found; the binary's libraries were not listed")
    }
  }

  /// With the toolchain's runtime libraries hidden under an empty tmpfs, the installed binary
  /// still answers and the debug binary (linked to that runtime) cannot start.
  static func checkRunsWithoutTheSwiftRuntime(_ binary: String) throws {
    guard PrivateMount.isAvailable, let swift = tools?.swift else {
      print("InstallTests: a private mount namespace is not permitted here; the run without the Swift runtime was skipped")
      return
    }
    let toolchain = URL(fileURLWithPath: swift).resolvingSymlinksInPath()
      .deletingLastPathComponent().deletingLastPathComponent()  // usr/bin/swift → usr
    let runtime = toolchain.appendingPathComponent("lib/swift").path
    try #require(FileManager.default.fileExists(atPath: runtime + "/linux"), "no Swift runtime at \(runtime)/linux")
    let script = #"mount -t tmpfs tmpfs "$1" || exit 99; shift; exec env -i "$@""#
    for (program, works) in [(binary, true), (try OpsAdvisor.executable(), false)] {
      let result = try ProcessRunner.run(
        PrivateMount.unshare, PrivateMount.arguments(script: script, [runtime, program, "ask", "what is llmops"]),
        stdin: nil, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
      if works {
        #expect(result.termination == .exited(0), "\(program) with \(runtime) hidden: \(result.summary)")
        #expect(result.stdoutText.contains("LLMOps is the operations discipline"), "\(result.summary)")
      } else {
        #expect(result.termination != .exited(0), "the debug binary started with \(runtime) hidden: \(result.summary)")
        #expect(result.stderrText.contains("error while loading shared libraries"), "\(result.summary)")
      }
    }
  }

  /// `man` finds the page through MANPATH and renders it (when man is installed).
  static func checkManPage(_ prefix: String) throws {
    let page = try String(contentsOfFile: prefix + "/share/man/man1/opsadvisor.1", encoding: .utf8)
    #expect(page.contains(".Dt OPSADVISOR 1"), "\(page.prefix(300))")
    for word in ["--intents", "replay", "check", "Exit status"] { #expect(page.contains(word), "\(word)") }
    guard let man = onPath("man") else {
      print("InstallTests: man not found; the page was not rendered")
      return
    }
    let environment = ["PATH": "/usr/bin:/bin", "MANPATH": prefix + "/share/man", "MANWIDTH": "80", "MANPAGER": "cat"]
    let found = try ProcessRunner.run(man, ["-w", "opsadvisor"], stdin: nil, environment: environment)
    #expect(found.stdoutText == prefix + "/share/man/man1/opsadvisor.1\n", "\(found.summary)")
    let rendered = try ProcessRunner.run(man, ["opsadvisor"], stdin: nil, environment: environment)
    #expect(rendered.termination == .exited(0), "\(rendered.summary)")
    #expect(rendered.stdoutText.contains("OPSADVISOR(1)"), "\(rendered.summary)")
  }

  /// bash completes the installed command's subcommands and options; the zsh and fish scripts
  /// name them too (and pass `zsh -n` / `fish -n` where those shells are installed).
  static func checkCompletions(_ prefix: String) throws {
    let bashScript = prefix + "/share/bash-completion/completions/opsadvisor"
    let cases = [(["opsadvisor", "re"], "replay"), (["opsadvisor", "ask", "--wi"], "--width")]
    for (words, expected) in cases {
      let call = #"source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; "#
        + #"_opsadvisor opsadvisor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf '%s\n' "${COMPREPLY[@]}""#
      let result = try ProcessRunner.run(
        "/bin/bash", ["-c", call, "bash", bashScript] + words, stdin: nil,
        environment: ["PATH": prefix + "/bin:/usr/bin:/bin"])
      #expect(result.stdoutText == expected + "\n", "bash completion of \(words): \(result.summary)")
    }
    for (file, shell) in [("share/zsh/site-functions/_opsadvisor", "zsh"), ("share/fish/vendor_completions.d/opsadvisor.fish", "fish")] {
      let script = try String(contentsOfFile: prefix + "/" + file, encoding: .utf8)
      for word in ["replay", "intents"] { #expect(script.contains(word), "\(file) does not name \(word)") }
      if let path = onPath(shell) {
        let check = try ProcessRunner.run(path, ["-n", prefix + "/" + file], stdin: nil, environment: ["PATH": "/usr/bin:/bin"])
        #expect(check.termination == .exited(0), "\(shell) -n \(file): \(check.summary)")
      }
    }
  }
}
