@testable import OpsAdvisorCore
import Testing

@Suite struct ExampleClassificationTests {
  static let examples: [(intent: IntentID, example: String)] = Fixtures.knowledgeBase.intents.flatMap { intent in
    intent.examples.map { (intent.id, $0) }
  }

  @Test func everyExampleIsClassifiedAsItsOwnIntent() {
    let advisor = Fixtures.advisor()
    var wrong: [String] = []
    for (intent, example) in Self.examples {
      let best = advisor.index.rank(advisor.parser.parse(example).words).best?.intent
      if best != intent { wrong.append("\(intent): \"\(example)\" → \(best?.rawValue ?? "nothing")") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) examples go elsewhere:\n\(wrong.joined(separator: "\n"))")
  }

  @Test func everyIntentHasAtLeastTwelveExamples() {
    for intent in Fixtures.knowledgeBase.intents {
      #expect(intent.examples.count >= 12, "\(intent.id) has \(intent.examples.count)")
    }
  }
}

@Suite struct OutOfScopeTests {
  @Test(arguments: [
    "what's the weather in Paris",
    "will it rain tomorrow in london",
    "write me a python function that reverses a string",
    "fix this javascript error: undefined is not a function",
    "how do I become a nurse",
    "what does a product manager do all day",
    "best pizza recipe",
    "who won the football match yesterday",
    "tell me a joke",
    "how much is bitcoin worth",
  ])
  func isDeclinedWithPointers(question: String) {
    let reply = Fixtures.ask(question)
    #expect(reply.intent == "out-of-scope")
    let text = Fixtures.text(of: reply)
    #expect(text.contains("MLOps, LLMOps and AIOps"))
    #expect(text.contains("Which track should I choose?"))
  }
}
