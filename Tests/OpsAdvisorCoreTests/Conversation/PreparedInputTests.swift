@testable import OpsAdvisorCore
import Testing

/// Preparing lines ahead of their turns changes nothing: one conversation answered line by
/// line and the same lines prepared first, then answered in order, give the same replies.
@Suite struct PreparedInputTests {
  static let lines: [String] = HeldOutEvaluationTests.set.items.map(\.phrase)
    + ["compare them", "what is llmops? and what tools does it use?", "what about its tools?", "2", "/why", "/profile", "/reset", "/interview", "1", "skip", "3", String(repeating: "mlops ", count: 500)]

  @Test func answeringPreparedLinesGivesTheSameConversation() {
    var direct = Fixtures.advisor()
    var prepared = Fixtures.advisor()
    let preparer = Fixtures.advisor()
    let ahead = Self.lines.map(preparer.prepare)
    for (line, input) in zip(Self.lines, ahead) {
      let expected = direct.respond(to: line)
      let reply = prepared.respond(to: input)
      #expect(reply == expected, "\(line)")
    }
    #expect(prepared.state == direct.state)
  }
}
