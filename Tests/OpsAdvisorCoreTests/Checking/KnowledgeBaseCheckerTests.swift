@testable import OpsAdvisorCore
import Testing

@Suite struct KnowledgeBaseCheckerTests {
  static func report(editing name: String? = nil, _ edit: (String) -> String = { $0 }, heldOut: String? = nil) throws -> CheckReport {
    let files = name.map { Fixtures.files(replacing: $0, with: edit) } ?? Fixtures.files
    let advisor = try Fixtures.advisorFromFiles(files)
    let sets = try heldOut.map { [KnowledgeBaseChecker.NamedSet(file: "held-out", set: try HeldOutSet(text: $0))] } ?? []
    return KnowledgeBaseChecker(advisor: advisor).check(heldOut: sets)
  }

  @Test func theShippedKnowledgeBaseIsClean() throws {
    let report = try Self.report()
    #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
    #expect(report.crossValidationAccuracy > 0)
    #expect(report.text.contains("Leave-one-out cross-validation:"))
  }

  @Test func aRepeatedExampleIsAnError() throws {
    let report = try Self.report(editing: "skills.yaml") { $0.replacingOccurrences(of: "examples:\n", with: "examples:\n  - What tools does LLMOps use?\n") }
    #expect(report.errors.contains { $0.file == "intents/tools.yaml" && $0.message.contains("repeats intents/skills.yaml:5") })
  }

  @Test func tooFewExamplesIsAnError() throws {
    let report = try Self.report(editing: "thanks.yaml") { text in
      var (kept, inExamples) = (0, false)
      return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
        if line.hasPrefix("examples:") || line.hasPrefix("answers:") { inExamples = line.hasPrefix("examples:") }
        guard inExamples, line.hasPrefix("  - ") else { return true }
        kept += 1
        return kept <= 3
      }.joined(separator: "\n")
    }
    #expect(report.errors.contains { $0.message == "intent 'thanks' has 3 examples; it needs at least 12" })
  }

  @Test func aHeldOutPhraseThatIsAnExampleIsAnError() throws {
    let report = try Self.report(heldOut: "tools\twhat tools does LLMOps use!\n")
    #expect(report.errors.contains { $0.line == 1 && $0.message.contains("repeats, nearly, the example \"what tools does llmops use\"") })
  }

  @Test func jsonHasTheFigures() throws {
    let json = try Self.report().json
    #expect(json.hasPrefix("{\"passed\":true,\"intents\":"))
    #expect(json.contains("\"crossValidationAccuracy\":"))
  }
}
