@testable import OpsAdvisorCore
import Testing

/// Lines that push back on the last answer: doubting it, or saying they are torn.
@Suite struct PushBackTests {
  static let story = ["i train churn models with xgboost", "i also help on our rag chatbot", "which track should i choose?"]

  /// "are you sure?" after a recommendation gives it again with its reasons, also when it names
  /// the recommended track against another.
  @Test(arguments: ["are you sure?", "really?", "hmm you sure", "are you sure its mlops and not llmops for me?"])
  func doubtingARecommendationGivesItAgain(line: String) {
    let (replies, _) = conversation(Self.story + [line])
    #expect(replies[3].intent == KnownIntent.recommendation)
    #expect(Fixtures.text(of: replies[3]).contains("Why:"))
    #expect(Fixtures.text(of: replies[3]).hasPrefix("My recommendation stays MLOps"))
  }

  /// A doubt naming a track outside the recommendation asks about that track.
  @Test func aDoubtAboutAnotherTrackIsNotARepeat() {
    let (replies, _) = conversation(Self.story + ["is that right for aiops?"])
    #expect(replies[3].intent != KnownIntent.recommendation)
    #expect(replies[3].tracks == [.aiops])
  }

  /// "are you sure?" after any other answer says which parts of the source it rests on.
  @Test func doubtingAnAnswerNamesItsSource() {
    let (replies, _) = conversation(["is llmops just mlops rebranded?", "are you sure?"])
    #expect(replies[1].intent == KnownIntent.about)
    #expect(Fixtures.text(of: replies[1]).contains("rests on these parts of my source: FAQ"))
  }

  /// "torn between the two" after a recommendation: the cards on choosing, for the two tracks
  /// their words point to most.
  @Test(arguments: ["honestly im torn between the two", "im undecided"])
  func tornBetweenTheTwoGetsTheCardsOnChoosing(line: String) {
    let (replies, _) = conversation(Self.story + [line])
    #expect(replies[3].intent == KnownIntent.choose)
    #expect(replies[3].tracks == (line.contains("two") ? [.mlops, .llmops] : [.mlops]))
  }

  /// What they call most of their work decides the recommendation, as the source's advice to
  /// start from the dominant system type says, whatever else scored more.
  @Test(arguments: [
    (["i do credit scoring models with xgboost and some llm summarisation of call transcripts, plus a bit of governance paperwork",
      "which track should i choose", "hmm but honestly most of my time is the LLM stuff now, the scoring models mostly run themselves",
      "so which track?"], TrackID.llmops),
    (["we have 1 RAG product, some classic ML scoring models, and an ops team", "which track should we prioritise first?",
      "hmm but the RAG product is 80% of revenue, the lead scoring is a side thing. doesnt that change it?"], .llmops),
    (["i work in bank with fraud model, retrain xgboost monthly", "my manager say next year we make also chatbot for customer with gpt",
      "chatbot is only small part, fraud model is main work", "so which track?"], .mlops),
    (["client A has churn models in xgboost, i do their batch scoring", "client B has a gpt-4 support bot i maintain",
      "which track should i choose", "the support bot is my main work now, most of my hours go there", "ok so now which track"], .llmops),
  ])
  func theirStatedMainWorkDecides(lines: [String], track: TrackID) {
    let (replies, advisor) = conversation(lines)
    #expect(replies.last?.recommendation == track)
    #expect(advisor.state.statedMainWork == track)
  }

  /// "so?" after news of their work, once a track was recommended, gives the recommendation
  /// again; with none given, it is no such question.
  @Test func soAloneAfterARecommendationGivesItAgain() {
    let (replies, _) = conversation(Self.story + ["tbh the rag bit is like 80% of my time now", "so?"])
    #expect(replies[4].intent == KnownIntent.recommendation)
    #expect(conversation(["so?"]).replies[0].intent != KnownIntent.recommendation)
  }

  /// Found in tmux in words written nowhere else: "which path makes sense" after a story is the
  /// recommendation, "hmm you positive?" doubts it, and "ok so?" after more news gives it again.
  @Test func whichPathMakesSenseThenDoubtThenSo() {
    let (replies, _) = conversation([
      "morning! quick one - im a data eng, mostly spark + airflow, but lately babysitting a summarisation thing built on claude",
      "which path makes sense", "hmm you positive?", "honestly the claude thing eats most of my week now", "ok so?",
    ])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[2].intent == KnownIntent.recommendation)
    #expect(replies[4].intent == KnownIntent.recommendation)
    #expect(Fixtures.ask("which track suits llm products").intent != KnownIntent.recommendation)
  }

  /// "so llmops now?", "mlops instead?", "so mlops is the pick?" after a recommendation check
  /// it: the recommendation is given again, with what the line tells taken in first.
  @Test(arguments: [
    ("im moving to the chatbot team, rag and prompts and evals. so llmops now?", "That changes my recommendation from MLOps to LLMOps"),
    ("so mlops is the pick?", "My recommendation stays MLOps"),
    ("llmops instead?", "My recommendation stays MLOps"),
  ])
  func aTrackAskedAsTheVerdictChecksIt(line: String, opening: String) {
    let (replies, advisor) = conversation(["i build churn models with airflow", "which track should i choose?", line])
    #expect(replies[2].intent == KnownIntent.recommendation)
    #expect(Fixtures.text(of: replies[2]).contains(opening))
    #expect(advisor.state.profile.score(.llmops) > 0 || !line.contains("chatbot"))
  }

  /// "so llmops now or mlops?" after their story, before any recommendation, asks for it, with
  /// the other track named weighed against it.
  @Test(arguments: ["so llmops now or mlops?", "mlops or llmops then?"])
  func twoTracksWeighedNowAskForTheRecommendation(line: String) {
    let (replies, _) = conversation(["we run a fraud model in prod and just started a gpt-4 based assistant for support", line])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[1].recommendation != nil)
    #expect(!Advisor.weighsTheNamedNow(Fixtures.advisor().parser.parse("llmops or mlops?")))
  }
}
