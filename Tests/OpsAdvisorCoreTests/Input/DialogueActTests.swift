@testable import OpsAdvisorCore
import Testing

/// What kind of line it is, apart from its topic.
@Suite struct DialogueActTests {
  let parser = Fixtures.advisor().parser

  @Test(arguments: [
    "how do we monitor llm apps",
    "how can I become an mlops engineer",
    "what should we learn first",
    "tell me about aiops",
    "is llmops just mlops",
  ])
  func aQuestionOrRequestAsks(line: String) {
    #expect(DialogueAct.isRequest(parser.parse(line)))
  }

  @Test(arguments: [
    "How we build evaluation pipelines that catch regressions before customers do.",
    "why we moved our chatbot to a new serving stack",
    "what our platform team learned from a year of on-call",
    "we deploy churn models every week",
  ])
  func aTeamsStoryDoesNotAsk(line: String) {
    #expect(!DialogueAct.isRequest(parser.parse(line)))
  }

  @Test func aTeamsStoryCountsForTheProfile() {
    var advisor = Fixtures.advisor()
    let reply = advisor.respond(to: "How we build evaluation pipelines that catch regressions before customers do.")
    #expect(reply.profile[.llmops]! > reply.profile[.mlops]!)
  }

  @Test(arguments: [
    ("vLLM: Serving LLMs in Production with Very High Throughput", true),
    ("7 Steps to Mastering Language Model Deployment", true),
    ("6 yrs of demand forecasting models, weekly retraining", false),
    ("We deploy churn models every week", false),
    ("MLOps vs LLMOps", false),
  ])
  func titlesAreToldFromStatements(line: String, isTitle: Bool) {
    #expect(DialogueAct.isTitle(line) == isTitle)
  }

  @Test func aTitleFullOfSignalWordsIsNotTakenForSomeonesWork() {
    #expect(Fixtures.ask("7 Steps to Mastering Language Model Deployment").intent == KnownIntent.outOfScope)
    #expect(Fixtures.ask("vLLM: Serving LLMs in Production with Very High Throughput").intent == KnownIntent.outOfScope)
    #expect(Fixtures.ask("hi, nice to meet you").intent == "greeting")
    #expect(Fixtures.ask("demand forecasting models, weekly retraining, some churn").intent == KnownIntent.preference)
  }
}

