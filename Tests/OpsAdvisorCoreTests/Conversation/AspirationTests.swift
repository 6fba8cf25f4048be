@testable import OpsAdvisorCore
import Testing

@Suite struct AspirationTests {
  @Test(arguments: [
    ("Thinking about moving into LLMOps. Worth it?", TrackID.llmops),
    ("i'd like to switch to aiops eventually", .aiops),
    ("i want to become an llmops engineer", .llmops),
    ("actually i'd rather stay with mlops", .mlops),
    ("honestly i think i'd like to shift to llmops eventually", .llmops),
    ("hmm actually aiops sounds cooler. like the big picture one. maybe that", .aiops),
    ("mlops sounds cooler than llmops", .mlops),
    ("honestly i think llmops is the better bet for me. the forecasting stuff basically runs itself", .llmops),
    ("ok im going with aiops, final answer", .aiops), ("leaning towards llmops tbh", .llmops),
    ("i lean towards aiops honestly", .aiops), ("no ok llm stuff is hotter, go back to llmops. final answer?", .llmops),
    ("no wait, scratch the llmops thing, i think i want aiops", .aiops), ("ok i think mlops. sounds the most like structured data", .mlops),
  ])
  func aMoveTowardsOneTrackIsAnAspiration(line: String, track: TrackID) {
    #expect(Aspiration.stated(in: Fixtures.advisor().parser.parse(line), negatedBy: Fixtures.advisor().detector)?.track == track)
  }

  @Test(arguments: [
    "should I move into LLMOps?", "how do I become an mlops engineer", "i don't want to move into aiops",
    "everyone is moving to llmops", "i run mlops pipelines", "moving from mlops into llmops or aiops",
    "does aiops sound cooler than mlops?", "does aiops sounds cool",
    "mlops is better for classical ml", "should i go with llmops or aiops", "i want to know about aiops",
    "i think mlops is about the model lifecycle",
  ])
  func aQuestionADenialOrSomeoneElsesMoveIsNot(line: String) {
    #expect(Aspiration.stated(in: Fixtures.advisor().parser.parse(line), negatedBy: Fixtures.advisor().detector) == nil)
  }

  @Test func theRecommendationFollowsWhereTheyWantToGoAndSaysWhereTheirWorkPoints() {
    let (replies, _) = conversation([
      "I'm a senior ML engineer, I run kubeflow pipelines, mlflow, a feature store and drift monitoring every day. Thinking about moving into LLMOps. Worth it?",
      "which track do you recommend for me?",
    ])
    #expect(replies[1].recommendation == .llmops)
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("You said \"Thinking about moving into LLMOps\""))
    #expect(text.contains("What you do today points most to MLOps"))
  }


  @Test func withNothingForAnotherTrackTheRecommendationNamesNoOtherAndSaysTheAspirationOnce() {
    let (replies, _) = conversation([
      "i want to get into llmops but i've never touched vllm or langchain", "which track should i pick?",
    ])
    #expect(replies[1].recommendation == .llmops)
    let text = Fixtures.text(of: replies[1])
    #expect(!text.contains("What you do today points"))
    #expect(text.components(separatedBy: "You said").count == 2)
  }
  @Test func aTrackThatAppealsIsToldNotAsked() {
    let (replies, advisor) = conversation(["i maintain xgboost models for credit risk", "hmm llmops sounds more interesting honestly"])
    #expect(replies[1].intent == KnownIntent.preference)
    #expect(advisor.state.aspiration?.track == .llmops)
    // "pays the bills" is no bill to cut.
    #expect(Fixtures.text(of: Fixtures.ask("which of these pays the bills better")).hasPrefix("Pay isn't something my source covers"))
  }

  @Test func sayingTheyWouldRatherStayChangesIt() {
    let (replies, _) = conversation([
      "i run kubeflow pipelines and drift monitoring. thinking about moving into llmops", "which track should i choose",
      "actually i'd rather stay with mlops", "which track should i choose",
    ])
    #expect(replies[1].recommendation == .llmops)
    #expect(replies[3].recommendation == .mlops)
  }

  @Test func theirOwnTrackForProjectsIsWhereTheyWantToGo() {
    let (replies, _) = conversation([
      "i run kubeflow pipelines and drift monitoring every day. thinking about moving into llmops", "which track should i choose",
      "what projects should i build to make the switch", "why not mlops?",
    ])
    #expect(replies[2].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[3]).contains("still LLMOps, where you said you want to go"))
  }
}
