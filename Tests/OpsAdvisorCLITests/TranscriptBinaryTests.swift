import Foundation
import Testing

/// A few transcripts through the real binary: `opsadvisor replay`, and `--echo` giving back a
/// transcript's own text.
@Suite("Transcripts through the binary")
struct TranscriptBinaryTests {
  static let files = [
    "follow-up-tools-then-skills.transcript",
    "interview-with-digression.transcript",
    "preference-mlops-churn-models-then-recommendation.transcript",
  ]

  static func path(_ name: String) -> String {
    OpsAdvisor.packageRoot.appendingPathComponent("transcripts/\(name)").path
  }

  @Test("opsadvisor replay passes a few transcripts")
  func replayPasses() throws {
    let result = try runOpsAdvisor(["replay"] + Self.files.map(Self.path))
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.hasSuffix("\(Self.files.count) passed, 0 failed (knowledge base: built in)\n"))
  }

  @Test("--echo prints a transcript's turns back exactly", arguments: files)
  func echoReproducesTheTranscript(name: String) throws {
    let text = try String(contentsOfFile: Self.path(name), encoding: .utf8)
    let turns = text.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("> ") }
    let inputs = turns.filter { $0.hasPrefix("> ") }.map { $0.dropFirst(2) + "\n" }.joined()
    let expected = turns.filter { !$0.hasPrefix("#=") }.joined(separator: "\n")
    let result = try runOpsAdvisor(["--echo", "--width", "80"], stdin: inputs)
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText == expected)
  }

  @Test("replay shows file:line and a diff for a changed answer, and exits 1")
  func replayFailsWithADiff() throws {
    let directory = try TemporaryDirectory()
    let original = try String(contentsOfFile: Self.path(Self.files[0]), encoding: .utf8)
    let changed = directory("changed.transcript")
    try original.replacingOccurrences(of: "  - vLLM\n", with: "  - vLLM!\n").write(toFile: changed, atomically: true, encoding: .utf8)
    let result = try runOpsAdvisor(["replay", changed])
    #expect(result.termination == .exited(1))
    #expect(result.stdoutText.contains("FAIL  \(changed):"))
    #expect(result.stdoutText.contains("-  - vLLM!\n") && result.stdoutText.contains("+  - vLLM\n"))
    #expect(result.stdoutText.hasSuffix("0 passed, 1 failed (knowledge base: built in)\n"))
  }

  @Test("replay names the --intents folder it used, and finding no transcript is an error (66)")
  func replayNamesItsKnowledgeBase() throws {
    let intents = OpsAdvisor.packageRoot.appendingPathComponent("intents").path
    let result = try runOpsAdvisor(["--intents", intents, "replay", Self.path(Self.files[0])])
    #expect(result.stdoutText.hasSuffix("1 passed, 0 failed (knowledge base: \(intents))\n"))
    let empty = try TemporaryDirectory()
    let none = try runOpsAdvisor(["replay", empty.path])
    #expect(none.termination == .exited(66))
    #expect(none.stderrText.contains("no transcripts"))
  }
}
