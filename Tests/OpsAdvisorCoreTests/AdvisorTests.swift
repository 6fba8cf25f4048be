@testable import OpsAdvisorCore
import Testing

@Suite struct AdvisorTests {
  @Test func sameInputInTheSameStateGivesTheSameReply() {
    let questions = ["hi", "compare mlops and llmops", "what tools does aiops use", "lorem ipsum"]
    var first = Fixtures.advisor()
    var second = Fixtures.advisor()
    for question in questions {
      #expect(first.respond(to: question) == second.respond(to: question))
    }
  }

  @Test func closeIntentsAreOfferedAsNumberedLabels() {
    var advisor = Fixtures.advisor()
    let parsed = advisor.parser.parse("what about llmops career")
    let reply = advisor.clarify(["career", "comparison"], parsed: parsed, confidence: 0.5)
    #expect(reply.intent == "clarification")
    let text = Fixtures.text(of: reply)
    #expect(text.contains("  1. The jobs each track leads to\n  2. A side-by-side comparison of the tracks"))
    #expect(!text.contains("comparison\n") && !text.contains("career\n"), "labels, never internal ids")
  }

  @Test func aBareNumberAnswersTheNumberedChoice() {
    var advisor = Fixtures.advisor()
    _ = advisor.clarify(["tools", "skills"], parsed: advisor.parser.parse("llmops stuff"), confidence: 0.5)
    let answer = advisor.respond(to: "2")
    #expect(answer.intent == "skills")
    #expect(answer.tracks == [.llmops])
    #expect(advisor.state.pendingChoices.isEmpty)
  }

  @Test func aNumberOutsideTheChoicesSaysSo() {
    var advisor = Fixtures.advisor()
    _ = advisor.clarify(["tools", "skills"], parsed: advisor.parser.parse("llmops stuff"), confidence: 0.5)
    #expect(Fixtures.text(of: advisor.respond(to: "7")) == "There is no choice with that number.")
  }

  @Test func goodbyeAndQuitEndTheSession() {
    #expect(Fixtures.ask("bye").endsSession)
    #expect(Fixtures.ask("/quit").endsSession)
    #expect(Fixtures.ask("/exit").endsSession)
    #expect(!Fixtures.ask("hello").endsSession)
  }

  @Test func namesTheCorrectedWords() {
    let text = Fixtures.text(of: Fixtures.ask("llmosp tools"))
    #expect(text.hasPrefix("(I read \"llmosp\" as \"llmops\".)"))
  }

  @Test func compareCommandTakesTracksAndAFactor() {
    let reply = Fixtures.ask("/compare llmops aiops tools")
    #expect(reply.intent == "comparison")
    #expect(reply.tracks == [.llmops, .aiops])
    #expect(reply.factor == .tools)
    #expect(Fixtures.text(of: reply).contains("vLLM or TGI"))
  }

  @Test(arguments: ["", "   ", "???", "\u{0}\u{1B}[31m", String(repeating: "x", count: 10_000)])
  func strangeInputIsAnsweredNotCrashedOn(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "out-of-scope")
  }
}
