@testable import OpsAdvisorCore
import Testing

/// What kind of line it is, apart from its topic.
@Suite struct DialogueActTests {
  let parser = Fixtures.advisor().parser

  @Test(arguments: [
    ("2 others serve our internal LLM assistant, mostly latency and token cost issues", true),
    ("my kubernetes pod is stuck in pending", false), ("we have issues with drift", false), ("i do ml models", true),
  ])
  func issuesAfterAWordOfWorkNameAKindOfWork(line: String, onlyKinds: Bool) {
    #expect(DialogueAct.namesOnlyKindsOfIssues(parser.parse(line)) == onlyKinds)
  }

  /// A story that names the kind of issues in the work is noted, not noted and then declined.
  @Test func aStoryOfKindsOfIssuesIsNotDeclined() {
    let text = Fixtures.text(of: conversation(["2 others serve our internal LLM assistant, mostly latency and token cost issues"]).replies[0])
    #expect(text.contains("Noted: LLMOps") && text.contains("what you said about your work counts") && !text.contains("Sorry"))
  }

  @Test(arguments: [
    ("im writing access policies, setting up audit logging of prompts and responses", true),
    ("im setting up kubeflow on eks and it keeps failing", false), ("trying to install kubeflow, any tips?", false),
  ])
  func tasksInHandToldAloneAreNoTrouble(line: String, onlyTasks: Bool) {
    #expect(DialogueAct.tellsOnlyTasksInHand(parser.parse(line)) == onlyTasks)
  }

  /// A story of tasks in hand with enough signal is noted, not noted and then declined.
  @Test func aStoryOfTasksInHandIsNotDeclined() {
    let line = "im writing access policies, setting up audit logging of prompts and responses, and red-teaming it for prompt injection"
    let text = Fixtures.text(of: conversation([line]).replies[0])
    #expect(text.contains("Noted:") && !text.contains("Sorry"))
  }

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
    "how a small team cut its monthly inference bill in half",
    "You will design, build, test and ship the forecasting models",
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

  @Test(arguments: [
    ("I think I want to move to ML models", true),
    ("we deploy churn models every week", true),
    ("I thought AIOps meant alert correlation", false),
    ("I heard LLMOps is just MLOps", false),
    ("This is Part 1 of our LLMOps Interview QA series", false), ("in my blog I deploy models on kubernetes", true),
  ])
  func workSaidAfterAThoughtIsStillTheirWork(line: String, speaksOfWork: Bool) {
    #expect(DialogueAct.speaksOfTheirWork(parser.parse(line)) == speaksOfWork)
  }

  @Test func supposingSomethingAboutOnesWorkAsksForTheRecommendation() {
    var advisor = Fixtures.advisor()
    _ = advisor.respond(to: "we just shipped a support chatbot using RAG over our docs")
    let reply = advisor.respond(to: "hmm what if I'd rather stay closer to infrastructure")
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(reply.profile[.aiops]! > 0)
    #expect(Fixtures.ask("build me a rag pipeline with langchain").intent == KnownIntent.outOfScope)
  }

  @Test func aStatementAboutOneselfMostlyAboutSomethingElseIsDeclined() {
    #expect(Fixtures.ask("I tune nginx buffer sizes and rotate TLS certificates by hand").intent == KnownIntent.outOfScope)
    #expect(Fixtures.ask("i'm a student, i don't operate anything yet").intent == KnownIntent.preference)
  }

  @Test(arguments: [
    ("Set up retraining pipelines for churn and fraud models", true),
    ("Build evaluation pipelines for our LLM features", false),
    ("build me a rag pipeline with langchain", false),
    ("set up prometheus alerting for my cluster", false),
    ("how do i deploy churn models", false),
    ("tell me about mlops", false),
  ])
  func aJobPostingsDutyIsToldFromARequest(line: String, isDuty: Bool) {
    #expect(DialogueAct.statesADuty(parser.parse(line)) == isDuty)
  }

  @Test func aDutyFullOfSignalsCountsForTheProfile() {
    let reply = Fixtures.ask("Set up retraining pipelines for churn and fraud models")
    #expect(reply.intent == KnownIntent.preference)
    #expect(reply.leaning == .mlops)
  }

  @Test func supposingAboutOnesWorkWithAFactorGetsThatFactorForTheTrackItPointsTo() {
    let reply = Fixtures.ask("what title would fit if the hire will run our llm gateway")
    #expect(reply.intent == "career")
    #expect(reply.tracks == [.llmops])
  }

  @Test func aWhichThatAddsToAStatementAsksNothing() {
    let parser = Fixtures.advisor().parser
    let story = parser.parse("the models are gradient boosted trees, we retrain them when fraud patterns shift, which is like monthly")
    #expect(!DialogueAct.asksSomething(story))
    #expect(!DialogueAct.isRequest(story))
    #expect(DialogueAct.statesAboutSelf(story))
    #expect(DialogueAct.asksSomething(parser.parse("mlops or llmops, which is better")))
    #expect(DialogueAct.asksSomething(parser.parse("I run churn models, which is the right track?")))
    #expect(!DialogueAct.asksSomething(parser.parse("the rag bot is growing way faster, its where most incidents come from now")))
    #expect(DialogueAct.asksSomething(parser.parse("so where does aiops fit")))
  }
}
