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

  @Test func closeIntentsAskWhichWasMeantAndANumberAnswers() {
    var advisor = Fixtures.advisor()
    let question = advisor.respond(to: "what career outcome does llmops lead to")
    #expect(question.intent == "clarification")
    let text = Fixtures.text(of: question)
    #expect(text.contains("  1. "))
    for intent in Fixtures.knowledgeBase.intents where text.contains(intent.id + "\n") || text.hasSuffix(intent.id) {
      Issue.record("the choices show the internal id \(intent.id)")
    }
    #expect(text.contains("  1. The jobs each track leads to"))
    let answer = advisor.respond(to: "1")
    #expect(answer.intent == advisor.state.lastIntent)
    #expect(answer.tracks == [.llmops])
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
