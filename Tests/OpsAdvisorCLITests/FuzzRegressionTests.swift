import Foundation
import Testing

/// Replays the fuzzing corpus and the crash reproducers through the normally built
/// `opsadvisor-fuzz` (see Tests/Fuzz/README.md): every input must pass the fuzz target's checks.
///
/// Reproducers of findings that are reported but not fixed yet are listed in
/// Tests/Fuzz/Regressions/open-findings.txt; they run as known issues, so the suite stays green
/// until the fix lands and then fails until the line is removed from that list. The corpus is
/// replayed with `OPSADVISOR_FUZZ_SKIP_KNOWN=1`, as the fuzzer ran, so that corpus inputs that
/// happen to meet an open finding (Sources/OpsAdvisorFuzz/KnownIssues.swift) do not fail it.
@Suite("Fuzz corpus and regressions")
struct FuzzRegressionTests {
  static let targets = ["respond", "transcript", "loader"]
  static let fuzzFolder = OpsAdvisor.packageRoot.appendingPathComponent("Tests/Fuzz")
  /// Files per run of the replayer: few processes, each well inside its timeout.
  static let batchSize = 400

  /// `opsadvisor-fuzz`: `$OPSADVISOR_FUZZ_BINARY`, or next to `opsadvisor`.
  static func executable() throws -> String {
    if let explicit = ProcessInfo.processInfo.environment["OPSADVISOR_FUZZ_BINARY"], !explicit.isEmpty {
      return explicit
    }
    let sibling = URL(fileURLWithPath: try OpsAdvisor.executable()).deletingLastPathComponent()
      .appendingPathComponent("opsadvisor-fuzz").path
    guard OpsAdvisor.isExecutableFile(sibling) else {
      throw HarnessError("opsadvisor-fuzz was not found at \(sibling); run `swift build` first (or set OPSADVISOR_FUZZ_BINARY)")
    }
    return sibling
  }

  /// The regular files directly in `folder`, sorted; none when it does not exist.
  static func files(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
      .filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
      }
  }

  /// `TARGET/FILE` entries of Tests/Fuzz/Regressions/open-findings.txt (text after `#` ignored).
  static let openFindings: Set<String> = {
    let list = fuzzFolder.appendingPathComponent("Regressions/open-findings.txt")
    guard let text = try? String(contentsOf: list, encoding: .utf8) else { return [] }
    return Set(text.split(separator: "\n").compactMap { line in
      let entry = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
      return entry.isEmpty ? nil : entry
    })
  }()

  static func isOpen(_ target: String, _ file: String) -> Bool {
    openFindings.contains("\(target)/\(URL(fileURLWithPath: file).lastPathComponent)")
  }

  /// Runs the replayer; an input that takes longer than `perInputTimeout` seconds ends it with
  /// status 70, as a libFuzzer timeout.
  static func replay(_ target: String, _ files: [String], skipKnown: Bool, perInputTimeout: Int = 10) throws
    -> ProcessResult
  {
    var environment = [
      "OPSADVISOR_FUZZ_TARGET": target, "OPSADVISOR_FUZZ_TIMEOUT": String(perInputTimeout),
      "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
    ]
    if skipKnown { environment["OPSADVISOR_FUZZ_SKIP_KNOWN"] = "1" }
    return try ProcessRunner.run(try executable(), files, environment: environment, timeout: .seconds(120))
  }

  /// Replays `inputs` in batches; records which ones fail.
  static func expectPass(_ target: String, _ inputs: [String], skipKnown: Bool) throws {
    for start in stride(from: 0, to: inputs.count, by: batchSize) {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      let result = try replay(target, batch, skipKnown: skipKnown)
      if result.termination == .exited(0) { continue }
      // Name the inputs that fail, one run each.
      var failing: [String] = []
      for file in batch where try replay(target, [file], skipKnown: skipKnown).termination != .exited(0) {
        failing.append(file)
        if failing.count == 5 { break }
      }
      let culprits = failing.isEmpty ? "a batch" : failing.joined(separator: ", ")
      Issue.record("opsadvisor-fuzz (\(target)) failed on \(culprits): \(result.summary)")
    }
  }

  @Test("every corpus input and fixed regression passes", arguments: targets)
  func replaysCorpus(target: String) throws {
    let corpus = Self.files(in: Self.fuzzFolder.appendingPathComponent("Corpus/\(target)"))
    #expect(!corpus.isEmpty, "no corpus for \(target)")
    try Self.expectPass(target, corpus, skipKnown: true)
    let fixed = Self.files(in: Self.fuzzFolder.appendingPathComponent("Regressions/\(target)"))
      .filter { !Self.isOpen(target, $0) }
    try Self.expectPass(target, fixed, skipKnown: false)
  }

  @Test("open findings still reproduce (fix one: remove it from open-findings.txt)", arguments: targets)
  func openFindingsReproduce(target: String) throws {
    let open = Self.files(in: Self.fuzzFolder.appendingPathComponent("Regressions/\(target)"))
      .filter { Self.isOpen(target, $0) }
    for file in open {
      let result = try Self.replay(target, [file], skipKnown: false, perInputTimeout: 5)
      withKnownIssue("open fuzz finding \(target)/\(URL(fileURLWithPath: file).lastPathComponent)") {
        #expect(result.termination == .exited(0), "\(result.stderrText.prefix(2000))")
      }
    }
  }

  @Test("open-findings.txt names only existing reproducers")
  func openFindingsExist() {
    for entry in Self.openFindings.sorted() {
      let path = Self.fuzzFolder.appendingPathComponent("Regressions/\(entry)").path
      #expect(FileManager.default.fileExists(atPath: path), "open-findings.txt lists \(entry), which does not exist")
    }
  }
}
