@testable import OpsAdvisorCore
import Testing

/// Replies of one conversation, turn by turn.
func conversation(_ lines: [String]) -> (replies: [Reply], advisor: Advisor) {
  var advisor = Fixtures.advisor()
  let replies = lines.map { advisor.respond(to: $0) }
  return (replies, advisor)
}

@Suite struct FollowUpTests {
  /// A topic asked of a kind of work, naming no track, is answered for the one track that work
  /// points to, saying so first, and puts that track in focus.
  @Test(arguments: [
    ("what projects should a candidate for a fraud detection role have?", "projects", TrackID.mlops),
    ("what skills for someone running a rag chatbot?", "skills", .llmops),
  ])
  func aTopicAskedOfAKindOfWorkIsAnsweredForItsTrack(line: String, intent: IntentID, track: TrackID) {
    let (replies, _) = conversation([line, "and tools?"])
    #expect(replies[0].intent == intent)
    #expect(replies.map(\.tracks) == [[track], [track]])
    #expect(Fixtures.text(of: replies[0]).hasPrefix("That is \(track == .mlops ? "MLOps" : "LLMOps") work"))
  }

  /// "give me an example" after an answer on tracks gets their projects, the source's nearest to
  /// examples (before: the help); with no track in focus, and for "example questions", the help.
  @Test func anExampleAskedAfterATrackIsItsProjects() {
    let (replies, _) = conversation(["ok how is llmops different from mlops really", "give me an example"])
    #expect(replies[1].intent == KnownIntent.projects)
    #expect(replies[1].tracks == [.llmops, .mlops])
    #expect(Fixtures.text(of: replies[1]).hasPrefix(Phrases.examplesAreItsProjects))
    #expect(Fixtures.ask("give me an example").intent == KnownIntent.help)
    #expect(conversation(["what is llmops", "give me some example questions"]).replies[1].intent == KnownIntent.help)
  }

  /// "is this job mlops or aiops? \"…posting…\"" says which track the posting points to, and
  /// the posting is not the asker's work (before: both tracks' careers, and no verdict).
  @Test func aPostingAskedAsOneTrackOrAnotherGetsAVerdict() {
    var advisor = Fixtures.advisor()
    let reply = advisor.respond(to: """
      found this posting, is this job mlops or aiops? "Senior Platform Engineer. You will build CI/CD pipelines for model \
      training using Kubeflow and MLflow; implement model monitoring and drift detection. Nice to have: Prometheus, Grafana."
      """)
    #expect(Fixtures.text(of: reply).hasPrefix("What that describes points to MLOps."))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// "so basically the same thing?" after the FAQ on LLMOps and MLOps gets that FAQ again
  /// (before: "I found nothing on basically"); after two other tracks, their comparison.
  @Test func whetherTheTwoAreTheSameIsAnsweredForTheTwoSpokenOf() {
    let faq = conversation(["is llmops just rebranded mlops", "so basically the same thing?"]).replies[1]
    #expect(faq.intent == KnownIntent.llmopsVersusMLOps)
    let compared = conversation(["compare aiops and llmops", "so the same thing then?"]).replies[1]
    #expect(compared.intent == KnownIntent.comparison && compared.tracks == [.aiops, .llmops])
    // Found in tmux: a track named is set against the one recommended.
    let named = conversation(["i mostly babysit our llm gateway", "which one is me then", "so basically the same as mlops?"]).replies[2]
    #expect(named.intent == KnownIntent.llmopsVersusMLOps)
  }

  /// "where exactly does the source say llmops is different? quote it" answers what it says of
  /// LLMOps, naming where in its sources line (before: the page's authors and date).
  @Test func whereTheSourceSaysAClaimAboutATrackAnswersTheClaim() {
    let reply = Fixtures.ask("where exactly does the source say llmops is different? quote it")
    #expect(reply.intent != KnownIntent.about && reply.tracks == [.llmops])
  }

  /// A line ending in a question mark takes nothing back, whatever its words: "so the vendor is
  /// using it wrong?" (before: "Taken back" for the on-call work told before it).
  @Test func aQuestionTakesNothingBack() {
    let (replies, advisor) = conversation(["our vendor pitches an aiops platform, i manage the on-call team", "so the vendor is using it wrong?"])
    #expect(!Fixtures.text(of: replies[1]).hasPrefix("Taken back"))
    #expect(advisor.state.profile.evidence.contains { $0.weight > 0 })
  }

  /// One other reading after a best guess is offered in a sentence, not as a list of one.
  @Test func oneOtherReadingIsOfferedInASentence() {
    let reply = conversation(["i build rag chatbots", "is prompt engineering part of llmops"]).replies[1]
    let text = Fixtures.text(of: reply)
    #expect(!text.contains("reply with a number"))
    #expect(text.contains("instead, reply 1."))
  }

  /// A question about their own work for the ground of one track ("for the llm thing") is about
  /// that track, not where their words lean, nor the track they say they know already.
  @Test(arguments: ["i already know mlops, obviously. what should i add for the llm thing?", "what skills should i learn for the llm side?"])
  func aQuestionForTheGroundOfATrackIsAboutIt(line: String) {
    let (replies, _) = conversation(["i've been doing mlops 8 yrs, kubeflow, mlflow, drift monitoring", line])
    #expect(replies[1].intent == "skills")
    #expect(replies[1].tracks == [.llmops])
  }

  /// A reply that is a numbered question itself gets no second numbered list after it, so a
  /// number picks from the one on screen.
  @Test func oneNumberedListAtATime() {
    let (replies, _) = conversation(["what is aiops, is same of devops?", "1"])
    #expect(!Fixtures.text(of: replies[0]).contains("If you meant something else"))
    #expect(replies[1].intent == KnownIntent.definition)
    #expect(replies[1].tracks == [.aiops])
  }

  /// "so is my thing mlops or aiops??" after their story: what they said for each.
  @Test func whetherMyThingIsOneTrackOrAnother() {
    let (replies, _) = conversation([
      "i deploy defect detection models to edge devices, retrain monthly, worry about drift",
      "the thing is the factory calls all of this 'AI operations'. so is my thing mlops or aiops??",
    ])
    #expect(replies[1].intent == KnownIntent.profile)
    #expect(Fixtures.text(of: replies[1]).contains("Nothing you've told me so far points to AIOps."))
  }

  /// "and the same for the fraud model hire?" after one hire's projects: the projects again, for
  /// the track the other hire's work points to, and the focus moves there.
  @Test func theSameTopicForAnotherKindOfWork() {
    let (replies, _) = conversation([
      "what kind of projects on a CV would prove an engineer can run an llm support assistant?",
      "and the same for the fraud model hire?", "and skills?",
    ])
    #expect(replies.map(\.intent) == ["projects", "projects", "skills"])
    #expect(replies.map(\.tracks) == [[.llmops], [.mlops], [.mlops]])
    #expect(Fixtures.text(of: replies[1]).contains("Model drift and retraining system"))
    let (opened, _) = conversation(["what projects should a candidate for a rag chatbot role have?", "same for the fraud model hire?"])
    #expect(opened.map(\.tracks) == [[.llmops], [.mlops]])
  }

  @Test func followUpsStayOnTopic() {
    let (replies, _) = conversation(["tell me about llmops", "what about its tools?", "and for aiops?"])
    #expect(replies.map(\.intent) == ["overview", "tools", "tools"])
    #expect(replies.map(\.tracks) == [[.llmops], [.llmops], [.aiops]])
    #expect(Fixtures.text(of: replies[2]).contains("KServe or Ray Serve"))
  }

  @Test func aConceptFollowUpGetsTheCellOfTheTrackInFocusThatMentionsIt() {
    let (replies, _) = conversation(["what skills does llmops need", "what about cost?"])
    #expect(replies[1].intent == "comparison")
    #expect(replies[1].tracks == [.llmops])
    #expect(replies[1].factor == .focus)
  }

  @Test func aConceptOnlyAnotherTrackMentionsGetsThatTracksCellSaidAsSuch() {
    let (replies, _) = conversation(["tell me about mlops", "and latency?"])
    #expect(replies[1].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[1]).contains("doesn't mention latency for MLOps; it does for LLMOps"))
  }

  @Test func aConceptFoundElsewhereKeepsTheFocus() {
    let (replies, _) = conversation(["tell me about mlops", "and latency?", "what about tools?"])
    #expect(replies[2].tracks == [.mlops])
  }

  @Test func aConceptTheSourceNamesInOtherWordsIsFoundUnderThemAndSaidToBeOurReading() {
    let (replies, _) = conversation(["what skills does llmops need", "what about monitoring?"])
    let text = Fixtures.text(of: replies[1])
    #expect(replies[1].tracks == [.llmops])
    // The source names monitoring for MLOps, which is said before the advisor's own reading.
    #expect(text.contains("My source names monitoring for MLOps, not for LLMOps. Outside the comparison: for LLMOps I take"))
    #expect(text.contains("observability"))
    #expect(replies[1].sources.contains { $0.hasPrefix("Outside the comparison") })
  }

  /// "and monitoring?" after the LLMOps tools is the concept in LLMOps, not which AIOps is
  /// meant (whose examples include "aiops vs monitoring"); a line of news after "and" is not.
  @Test func aConceptAloneAfterAnOpenerFollowsTheFocus() {
    let (replies, _) = conversation(["what tools does llmops use", "and monitoring?"])
    #expect(replies[1].tracks == [.llmops] && replies[1].intent != KnownIntent.aiopsMeaning)
    let (others, _) = conversation(["what tools does mlops use", "and observability?"])
    #expect(Fixtures.text(of: others[1]).contains("My source names observability for LLMOps and AIOps, not for MLOps."))
  }

  @Test func isThatATrackAfterTheirStorySaysWhatPointsToIt() {
    let (replies, _) = conversation(["i'm building a chatbot for our support team", "is that llmops?", "what tools?"])
    #expect(replies[1].intent == KnownIntent.profile)
    #expect(Fixtures.text(of: replies[1]).contains("What you've told me that points to LLMOps:"))
    #expect(Fixtures.text(of: replies[1]).contains("\"chatbot\""))
    #expect(replies[2].tracks == [.llmops])
    let (other, _) = conversation(["i'm building a chatbot for our support team", "does that count as aiops?"])
    #expect(Fixtures.text(of: other[1]).contains("Nothing you've told me so far points to AIOps."))
    #expect(Fixtures.ask("is that llmops?").intent != KnownIntent.profile)
  }

  @Test(arguments: [
    ("is that llmops?", true), ("so is this aiops or mlops", true), ("does that count as mlops?", true),
    ("does that make me an llmops engineer?", true), ("is that llmops tooling?", false), ("is llmops hard", false),
    ("wouldn't that be llmops then", true), ("isn't this aiops?", true),
  ])
  func asksWhetherWhatWasSaidIsATrack(line: String, asks: Bool) {
    #expect(Advisor.asksWhetherThatIs(Fixtures.advisor().parser.parse(line)) == asks)
  }

  @Test(arguments: ["what's TGI", "is vllm worth learning?"])
  func aQuestionAboutOneToolTheSourceNamesIsAnsweredWhereItIsNamed(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [.llmops])
    #expect(reply.factor == .tools)
  }

  @Test func sayingTheAnswerWasWrongKeepsTheQuestionBeforeForWhy() {
    let (replies, _) = conversation(["what tools does aiops use", "you're wrong", "/why"])
    #expect(replies[1].intent == KnownIntent.misread)
    #expect(Fixtures.text(of: replies[2]).contains("I read \"what tools does aiops use\""))
  }

  @Test(arguments: ["nope, not what i was asking", "no"])
  func aBareNoSaysTheAnswerMissed(line: String) {
    let (replies, _) = conversation(["what tools does aiops use", line])
    #expect(replies[1].intent == KnownIntent.misread)
  }

  @Test func sayingTheyMeantAnotherTrackAsksTheQuestionBeforeAboutIt() {
    let (replies, _) = conversation(["what tools does mlops use", "no, I meant LLMOps"])
    #expect(replies[1].intent == "tools")
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func aQuestionAfterThanksIsAnswered() {
    let reply = Fixtures.ask("thanks! one more question: what is aiops")
    #expect(reply.intent == KnownIntent.definition)
    #expect(reply.tracks == [.aiops])
  }

  @Test(arguments: ["is llmops worth learning in 2026", "is mlops still relevant in 2025"])
  func aYearBesideATrackIsNotTheSourcesDate(line: String) {
    #expect(Fixtures.ask(line).intent != "about")
    #expect(Fixtures.ask("is this info from 2026").intent == "about")
  }

  @Test(arguments: ["what tools would I need for the llm part", "what tools would I need for the vlm part"])
  func aFactorQuestionNamingATracksGroundIsAboutThatTrack(line: String) {
    let (replies, _) = conversation(["I work on computer vision models", "which track should I choose?", line])
    #expect(replies[1].recommendation == .mlops)
    #expect(replies[2].intent == "tools")
    #expect(replies[2].tracks == [.llmops])
  }

  @Test func aToolOfTwoWordsIsAnsweredWhereTheSourceListsIt() {
    let reply = Fixtures.ask("whats llm tracing")
    #expect(reply.intent == "tools")
    #expect(reply.tracks == [.llmops])
  }

  @Test(arguments: [
    ("this is kinda useless tbh", KnownIntent.misread), ("aiops is just marketing BS right?", "aiops-meaning"),
    ("what are you exactly", "about"), ("is mlops more in demand than aiops", KnownIntent.outOfScope),
  ])
  func whatASkepticSaysIsAnswered(line: String, intent: IntentID) {
    #expect(Fixtures.ask(line).intent == intent)
  }

  @Test func aStoryThatAsksWhetherIsAnsweredAndItsFollowUpsWithIt() {
    let story = "our product team is debating whether we need an LLMOps person or if our ML platform team can just handle the chatbot"
    let (replies, _) = conversation([story, "whats the actual difference in what they'd do day to day", "ok and cost wise?"])
    #expect(replies[0].intent != KnownIntent.preference)
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(replies[2].tracks == [.mlops, .llmops])
    #expect(Fixtures.text(of: replies[2]).contains("cost-performance"))
  }

  @Test func aTopicFollowUpAfterAnAnswerAboutTwoTracksCoversBoth() {
    let (replies, _) = conversation(["what is mlops", "and llmops?", "which one has better tools", "ok and skills?"])
    #expect(replies[2].tracks == [.mlops, .llmops])
    #expect(replies[3].intent == "skills")
    #expect(replies[3].tracks == [.mlops, .llmops])
  }

  @Test func theThirdOneIsTheTrackNotYetMentioned() {
    let (replies, _) = conversation(["what is mlops", "and llmops?", "what about the third one"])
    #expect(replies[2].tracks == [.aiops])
    #expect(Fixtures.ask("what about the third one").tracks.isEmpty)
  }

  @Test func comparedToATrackSetsItAgainstTheOneInFocus() {
    let (replies, _) = conversation(["what tools does llmops use", "and compared to mlops?", "what about agents?"])
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(replies[1].tracks == [.llmops, .mlops])
    #expect(Fixtures.text(of: replies[2]).contains("doesn't mention agents for LLMOps"))
  }

  @Test func aConceptAsAFirstLineIsLookedUpInEveryTrack() {
    let agents = Fixtures.ask("what about agents?")
    #expect(agents.tracks == [.aiops])
    #expect(Fixtures.text(of: agents).contains("agents"))
    let rag = Fixtures.ask("what about rag?")
    #expect(rag.tracks == [.llmops])
    #expect(rag.sources.contains { $0.hasPrefix("Outside the comparison") })
    // The question where "they" fit points back at what the line opened with.
    #expect(Fixtures.ask("what about agents? where do they fit").tracks == [.aiops])
  }

  @Test func whyTheAdvisorDidSomethingIsExplainedAndNotCounted() {
    let (replies, advisor) = conversation([
      "my team handles incidents and change management in servicenow",
      "ok so then why did you note me down as AIOps because i said incident?",
    ])
    #expect(replies[1].intent == KnownIntent.why)
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  @Test(arguments: ["summarize all 3 in a short paragraph i can paste into the wiki", "no i mean a summary of all 3"])
  func aSummaryOfAllThreeIsTheOverview(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.overview)
  }

  @Test(arguments: ["whats that", "what is that exactly?"])
  func whatThatIsAfterATrackIsItsDefinition(line: String) {
    let (replies, _) = conversation(["mlops?", line])
    #expect(replies[1].intent == KnownIntent.definition)
    #expect(replies[1].tracks == [.mlops])
    #expect(Fixtures.ask("what is this").intent == KnownIntent.help)
  }

  @Test func anAfterthoughtAboutTheirWorkGoesOnWithTheirStory() {
    let (replies, _) = conversation(["i like the idea of working with chatgpt type stuff", "but also maybe governance?"])
    #expect(replies[1].intent == KnownIntent.preference)
    #expect(replies[1].profile[.aiops]! > 0)
    #expect(Fixtures.ask("but also maybe governance?").intent == KnownIntent.outOfScope)
  }

  @Test func whyNotATrackBeforeAnyRecommendationWeighsItAgainstTheTrackAhead() {
    let (replies, _) = conversation(["we run a rag chatbot in production", "why not aiops"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("I haven't recommended a track yet; so far your words point most to LLMOps."))
    #expect(text.contains("Nothing you've said so far points to AIOps."))
  }

  @Test func aTopicTheComparisonDoesNotCoverIsNotAnsweredByAClauseThatNamesTracks() {
    #expect(Fixtures.ask("which pays better, mlops or llmops?").intent == KnownIntent.outOfScope)
  }

  @Test func shouldILearnBothGetsTheRecommendationAndAnOrderMarkedAsOurOwn() {
    let (replies, _) = conversation(["we do fraud detection with xgboost", "what if we add an llm", "so should i learn both?"])
    #expect(replies[2].recommendation == .mlops)
    #expect(Fixtures.text(of: replies[2]).contains("Outside the comparison: my own advice is to start with MLOps and take LLMOps"))
  }

  @Test func aConceptIsFoundFirstInWhatWasNotShownYet() {
    let (replies, _) = conversation(["what is llmops", "what about monitoring?"])
    #expect(replies[1].intent == "skills")
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func aTrackAnsweredFromTheProfileIsInFocus() {
    let (replies, advisor) = conversation(["we run a rag chatbot for our docs", "what would i learn there"])
    #expect(replies[1].tracks == [.llmops])
    #expect(advisor.state.focusTracks == [.llmops])
  }

  @Test func aConceptNoTrackMentionsIsSaidSoWithTheTopicsOfTheTrackInFocus() {
    let (replies, advisor) = conversation(["what skills does llmops need", "what about terraform?"])
    #expect(replies[1].intent == KnownIntent.followUp)
    #expect(Fixtures.text(of: replies[1]).contains("nothing on terraform"))
    #expect(advisor.state.focusTracks == [.llmops])
  }

  @Test func aConceptInATracksAnswerGetsThatAnswer() {
    let (replies, _) = conversation(["tell me about mlops", "what about airflow?"])
    #expect(replies[1].intent == "tools")
    #expect(replies[1].tracks == [.mlops])
  }

  @Test func whatAboutRepeatsTheLastQuestionForAnotherTrack() {
    let (replies, _) = conversation(["what skills does mlops need", "what about aiops"])
    #expect(replies[1].intent == "skills")
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).contains("AgentOps awareness"))
  }

  @Test func whatAboutKeepsTheComparisonFactor() {
    let (replies, _) = conversation(["compare the tool emphasis of mlops and llmops", "what about aiops"])
    #expect(replies[1].intent == "comparison")
    #expect(replies[1].factor == .tools)
    #expect(replies[1].tracks == [.aiops])
  }

  @Test(arguments: ["compare the two for me", "compare both"])
  func compareTheTwoUsesTheLastTwoTracksNamed(line: String) {
    let (replies, _) = conversation(["what is mlops", "what is aiops", "what is llmops", line])
    #expect(replies[3].intent == "comparison")
    #expect(replies[3].tracks == [.aiops, .llmops])
  }

  @Test func aTopicWithoutATrackUsesTheFocus() {
    let (replies, _) = conversation(["what is llmops", "what skills?"])
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func aTopicWithoutATrackOrFocusCoversAllThree() {
    let reply = Fixtures.ask("what skills do i need")
    #expect(reply.intent == "skills")
    let text = Fixtures.text(of: reply)
    for name in ["MLOps", "LLMOps", "AIOps"] { #expect(text.contains(name)) }
  }

  @Test func eachTrackOverridesTheFocus() {
    let (replies, _) = conversation(["what is llmops", "what tools does each track use"])
    #expect(replies[1].tracks == [])
    #expect(Fixtures.text(of: replies[1]).contains("MLflow"))
  }

  @Test func aFreshTopicReplacesTheFocus() {
    let (_, advisor) = conversation(["what is llmops", "what tools does mlops use"])
    #expect(advisor.state.focusTracks == [.mlops])
  }

  @Test func tellMeMoreWalksThroughTheTrackTopics() {
    let (replies, _) = conversation(["what is llmops", "tell me more", "tell me more", "tell me more"])
    #expect(replies.map(\.intent) == ["definition", "fit", "skills", "tools"])
    #expect(replies.dropFirst().allSatisfy { $0.tracks == [.llmops] })
  }

  @Test func tellMeMoreEndsWithTheTrackColumnOfTheTable() {
    let order = Fixtures.knowledgeBase.vocabulary.moreOrder
    let (replies, _) = conversation(["what is aiops"] + Array(repeating: "tell me more", count: order.count))
    #expect(replies.last?.intent == "comparison")
    #expect(replies.last?.tracks == [.aiops])
  }

  @Test func followUpWithoutContextAsksWhichTopicAndKeepsTheTrack() {
    var advisor = Fixtures.advisor()
    let reply = advisor.respond(to: "what about aiops")
    #expect(reply.intent == "follow-up")
    #expect(Fixtures.text(of: reply).contains("1. What each track means"))
    #expect(advisor.state.focusTracks == [.aiops])
    let chosen = advisor.respond(to: "3")
    #expect(chosen.intent == "tools")
    #expect(chosen.tracks == [.aiops])
  }

  @Test func aTrackAloneGetsItsOverviewWithTopicsOffered() {
    let reply = Fixtures.ask("LLMOps?")
    #expect(reply.intent == "overview")
    #expect(reply.tracks == [.llmops])
    #expect(Fixtures.text(of: reply).contains("If you meant something else, reply with a number:"))
  }

  @Test func aTopicAloneContinuesFromTheTrackInFocus() {
    for followUp in ["what about tools?", "skills", "the tools", "tooling", "which tools would help"] {
      let (replies, _) = conversation(["what is aiops", followUp])
      #expect(replies[1].tracks == [.aiops], "\(followUp)")
      #expect(["tools", "skills"].contains(replies[1].intent), "\(followUp)")
    }
  }

  @Test func afterARecommendationTheRecommendedTrackIsInFocus() {
    let (replies, _) = conversation([
      "I run a RAG chatbot and care about token costs and evals", "which track should I choose?", "what tools",
      "what should i focus on learning",
    ])
    #expect(replies[1].recommendation == .llmops)
    #expect(replies[2].tracks == [.llmops])
    #expect(replies[3].tracks == [.llmops])
  }

  @Test func theOtherOneIsTheTrackNamedMostRecentlyBesideTheOneInFocus() {
    let (replies, _) = conversation([
      "what tools does mlops use", "why not llmops?", "what projects does mlops lead to", "and the other one?",
      "and the other track?",
    ])
    #expect(replies[3].intent == "projects")
    #expect(replies[3].tracks == [.llmops])
    #expect(replies[4].tracks == [.mlops])
    let (alone, _) = conversation(["what tools does llmops use", "and the other one?"])
    #expect(alone[1].tracks == [.mlops, .aiops])
  }

  @Test func whetherSomethingIsAmongWhatWasListedIsAConceptFollowUp() {
    let (replies, _) = conversation(["what tools does llmops use", "is vllm one of them?", "does it include mlflow?", "is langsmith on the list"])
    #expect(replies[1].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[1]).contains("vLLM"))
    #expect(replies[2].tracks == [.mlops])
    #expect(replies[3].intent == "follow-up")
    #expect(Fixtures.text(of: replies[3]).contains("nothing on langsmith"))
  }

  @Test func theSameQuestionAboutAnotherTrackWithAStoryAfterItIsAFollowUp() {
    let (replies, _) = conversation([
      "what projects does mlops have", "hmm what about llmops instead, everyone at work is talking about chatgpt",
    ])
    #expect(replies[1].intent == "projects")
    #expect(replies[1].tracks == [.llmops])
    let parser = Fixtures.advisor().parser
    #expect(!Advisor.opensWithAFollowUp(parser.parse("what about llmops, is it harder?")))
  }

  @Test func anItemOfTheListIsLookedUpForTheTrackInFocus() {
    let (replies, _) = conversation(["what skills does llmops need", "the evaluation one, what does that mean in practice"])
    #expect(replies[1].intent != KnownIntent.definition)
    #expect(replies[1].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[1]).contains("evaluation"))
    #expect(Advisor.itemPickedOut(["so", "the", "prompt", "ops", "part"]) == "prompt ops")
    #expect(Advisor.itemPickedOut(["explain", "the", "drift", "one"]) == "drift")
    let drift = conversation(["what projects for mlops", "explain the drift one"]).replies[1]
    #expect(drift.intent != KnownIntent.outOfScope && drift.tracks == [.mlops])
    #expect(Advisor.itemPickedOut(["the", "one", "with", "tools"]) == nil)
  }

  @Test func whichOneIsAboutEveryTrackMentionedNotOnlyTheOneInFocus() {
    let (replies, _) = conversation(["compare mlops and llmops", "and aiops?", "which one has the best job titles"])
    #expect(replies[2].intent == "career")
    #expect(replies[2].tracks == [.mlops, .llmops, .aiops])
  }

  @Test(arguments: [
    ("and for the other one?", true), ("what about the other", true), ("what are the other tools", false),
    ("is there another one", false),
  ])
  func saysTheOtherTrack(line: String, says: Bool) {
    #expect((Advisor.otherTrackSpan(Fixtures.advisor().parser.parse(line)) != nil) == says)
  }

  @Test(arguments: [
    (["what is mlops", "and llmops?", "and the last one?"], TrackID.aiops),
    (["what tools does mlops use", "ok what about the other one", "and the last one?"], .aiops),
    (["what is llmops", "and the remaining one?"], nil), (["what is mlops", "and llmops?", "the third one?"], .aiops),
  ])
  func theLastOneIsTheTrackNotYetMentioned(lines: [String], track: TrackID?) {
    let (replies, _) = conversation(lines)
    if let track { #expect(replies.last?.tracks == [track]) }
    #expect(replies.last?.intent != KnownIntent.outOfScope)
  }

  @Test func aToolAskedAsOneOfTheToolsIsLookedUpForTheTrackInFocus() {
    let (replies, _) = conversation(["what is aiops", "is servicenow one of the tools", "is mlflow one of the tools"])
    #expect(Fixtures.text(of: replies[1]).contains("I found nothing on servicenow"))
    #expect(replies[2].tracks == [.mlops])
    #expect(replies[2].factor == .tools)
  }

  @Test func whichBucketAsksWhichTrack() {
    let (replies, _) = conversation(["routing requests to openai, rate limits, token cost tracking. which bucket"])
    #expect(replies[0].intent == KnownIntent.recommendation)
  }

  @Test func sayingWhichTrackTheyMeantAsksTheLastQuestionForIt() {
    let (replies, _) = conversation(["what skills for aiops", "sorry i meant for llmops, not aiops"])
    #expect(replies[1].intent == "skills")
    #expect(replies[1].tracks == [.llmops])
    let (asking, _) = conversation(["what is mlops", "isn't llmops just mlops for bigger models"])
    #expect(asking[1].tracks == [.llmops, .mlops])
  }

  @Test func aConceptAskedBeforeTheirStoryIsLookedUpAndRemembered() {
    let (replies, advisor) = conversation([
      "ok compare just mlops and llmops on tools",
      "what about agents? we're thinking of letting the support bot take actions like issuing refunds",
      "which track covers that",
    ])
    #expect(replies[1].tracks == [.aiops])
    // What the question asks about is not their work; what they tell after it is.
    #expect(advisor.state.profile.score(.aiops) == 0)
    #expect(advisor.state.profile.score(.llmops) > 0)
    #expect(replies[2].tracks == [.aiops])
  }

  @Test func aWordAfterAComparisonOfSeveralShowsItsRowForThemAll() {
    let (replies, _) = conversation(["compare", "cost", "jobs"])
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(replies[1].factor == .focus)
    #expect(replies[1].tracks.isEmpty)
    #expect(replies[2].factor == .career)
    #expect(replies[2].tracks.isEmpty)
  }

  @Test func whyNotATrackWithAStoryAfterExplainsTheAdvice() {
    let (replies, _) = conversation(["we run fraud models", "which track should i choose", "why not aiops, i do a lot of ops"])
    #expect(replies[2].intent == KnownIntent.why)
    #expect(Fixtures.text(of: replies[2]).contains("Nothing you've said so far points to AIOps"))
  }

  @Test func aQuestionEndingInEachIsAboutEveryTrack() {
    let (replies, _) = conversation(["what is aiops", "what job titles would i end up with in each"])
    #expect(replies[1].intent == "career")
    #expect(replies[1].tracks.isEmpty)
    #expect(Fixtures.text(of: replies[1]).contains("MLOps Engineer"))
  }

  @Test func whatSomethingTheSourceMentionsIsSaysWhereItDoes() {
    let reply = Fixtures.ask("what is drift")
    #expect(Fixtures.text(of: reply).contains("My source mentions drift for MLOps"))
  }

  @Test(arguments: ["how does llmops compare to the rest", "what do these people actually do all day? like an mlops person vs the others"])
  func oneTrackAgainstTheRestIsAboutEveryTrack(line: String) {
    #expect(Fixtures.ask(line).tracks.isEmpty)
  }

  @Test func whatAToolIsGetsWhereTheSourceListsItAndMovesTheFocus() {
    let (replies, advisor) = conversation(["what is kserve", "hmm what is TGI exactly"])
    #expect(replies[0].tracks == [.aiops])
    #expect(replies[1].tracks == [.llmops])
    #expect(advisor.state.focusTracks == [.llmops])
  }

  @Test func tellMeMoreAfterOneRowShowsTheWholeComparison() {
    let (replies, _) = conversation(["how do mlops and llmops differ on monitoring", "tell me more", "tell me more"])
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(replies[1].factor == nil)
    #expect(replies[1].tracks == [.mlops, .llmops])
    #expect(replies[2].intent != KnownIntent.comparison)
  }

  @Test func whatATrackExpectsFirstIsATopicTheSourceDoesNotCover() {
    let (replies, _) = conversation(["what is aiops", "do i have to learn machine learning for it? i never did any ML"])
    #expect(replies[1].intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: replies[1]).contains("lists nothing you must know"))
  }

  /// Follow-ups whose last reply answers one intent for the tracks it means.
  @Test(arguments: [
    // Whether a track suits the asker: who it fits.
    (["is llmops right for me?"], KnownIntent.fit, [TrackID.llmops]), (["would aiops suit me"], KnownIntent.fit, [.aiops]),
    (["I run churn models", "what is aiops", "is it for people like me?"], KnownIntent.fit, [.aiops]),
    (["what is llmops", "is this track for me"], KnownIntent.fit, [.llmops]),
    // Whether their work is a track, with an aside after the question.
    (["im a platform eng, mostly kubernetes, helm, argo. we're rolling out an LLM gateway at work",
      "is that llmops or aiops? kinda confused"], KnownIntent.profile, [.llmops, .aiops]),
    (["we just bolted an embeddings search onto our app", "would that be llmops territory or am i reaching"],
      KnownIntent.profile, [.llmops]),
    // "The other two": both tracks not in focus.
    (["what tools does llmops use", "what about the other two"], IntentID("tools"), [.mlops, .aiops]),
    // A question pointing back at the focus that would be declined is asked of that track.
    (["what is aiops", "wait so none of this is about correlating alerts and reducing noise?"], IntentID("aiops-meaning"), [.aiops]),
  ])
  func aFollowUpIsAnsweredForTheTracksItMeans(lines: [String], intent: IntentID, tracks: [TrackID]) {
    let (replies, _) = conversation(lines)
    #expect(replies.last?.intent == intent)
    #expect(replies.last?.tracks == tracks)
  }
}

@Suite struct ComparisonFollowUpTests {
  @Test func aFactorAloneAfterAComparisonAsksForThatRow() {
    let (replies, _) = conversation(["compare mlops and aiops on focus", "and in career outcome?"])
    #expect(replies[1].intent == "comparison")
    #expect(replies[1].tracks == [.mlops, .aiops])
    #expect(replies[1].factor == .career)
  }

  @Test func itInAFollowUpIsTheTrackInFocusNotTheAdvisor() {
    let (replies, _) = conversation(["is aiops just marketing", "what does it do", "ok. what does it actually do"])
    #expect(replies[1].intent == KnownIntent.definition)
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[2]).contains("What would you like to know about AIOps?"))
    #expect(!Fixtures.text(of: replies[2]).contains("actually"))
  }

  @Test(arguments: [("what is langsmith", TrackID.llmops), ("is prometheus mentioned anywhere in ur source", .aiops)])
  func aToolTheSourceDoesNotNameIsSaidSoWithTheAdvisorsOwnMapping(line: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "tools")
    #expect(reply.tracks == [track])
    #expect(Fixtures.text(of: reply).contains("My source doesn't name"))
    #expect(Fixtures.text(of: reply).contains(Phrases.outsideTheComparison))
  }

  @Test func aOneShotReplyThatWaitsForANextTurnSaysThereIsNone() {
    #expect(Fixtures.text(of: Fixtures.ask("what does it do").forOneShot()).contains("single question"))
    #expect(Fixtures.text(of: Fixtures.ask("i run a rag chatbot").forOneShot()).contains("single question"))
    #expect(!Fixtures.text(of: Fixtures.ask("what is llmops").forOneShot()).contains("single question"))
  }

  @Test func chatSpellingsReadAsTheWords() {
    #expect(Fixtures.ask("where is ur info from").intent == "about")
  }

  @Test func aFollowUpAfterTheirStoryRepeatsTheQuestionBeforeIt() {
    let (replies, _) = conversation([
      "what skills does llmops build", "we also have a fraud detection model, i sometimes test that too",
      "what about the other one then, mlops",
    ])
    #expect(replies[2].intent == "skills")
    #expect(replies[2].tracks == [.mlops])
  }

  @Test(arguments: [("who should i hire for llmops", [TrackID.llmops]), ("what should my team hire for", [])])
  func askingWhomToHireIsTheCareers(line: String, tracks: [TrackID]) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "career")
    #expect(reply.tracks == tracks)
    #expect(Fixtures.ask("we are hiring an mlops engineer, what skills should they have").intent == "skills")
  }

  @Test func aBriefFollowUpAfterMoreOfTheirStoryRecommendsAgain() {
    let (replies, _) = conversation([
      "i do forecasting", "which should i pick", "actually i like chatbots more than spreadsheets tbh", "so now which",
    ])
    #expect(replies[1].recommendation == .mlops)
    #expect(replies[3].recommendation == .llmops)
  }

  @Test func theTrackTheyMeanRepeatsTheQuestionForIt() {
    let (replies, _) = conversation(["what should i build for my portfolio", "for llmops i mean"])
    #expect(replies[1].intent == "projects")
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func aGreetingWithATopicAnswersTheTopic() {
    #expect(Fixtures.ask("hi, im an eng manager looking for a course for my team of 5").intent == "course")
    #expect(Fixtures.ask("hi im sam").intent == KnownIntent.greeting)
  }
}

@Suite struct WhereItSaysTests {
  @Test(arguments: ["prove it", "where does it say that", "source?", "says who", "hm where does it say that"])
  func askingWhereItSaysNamesTheSectionsOfTheLastAnswer(line: String) {
    let (replies, advisor) = conversation(["isnt llmops just mlops with prompts", line, "what skills does aiops need", line])
    #expect(Fixtures.text(of: replies[1]).contains("rests on these parts of my source: FAQ"))
    #expect(Fixtures.text(of: replies[3]).contains("rests on these parts of my source: Skills Comparison"))
    #expect(advisor.state.lastSources == ["Skills Comparison"])
  }

  /// Asked whether the last answer is the source's, the parts marked as the advisor's own are named as such.
  @Test(arguments: ["is that from your source or just you?", "is this your own opinion?", "is that in the doc"])
  func askingWhoseItIsSaysWhatWasTheAdvisorsOwn(line: String) {
    let replies = conversation(["i build rag chatbots and also retrain churn models", "which track should i choose", line]).replies
    let text = Fixtures.text(of: replies[2])
    #expect(text.contains("rests on these parts of my source: Recommended direction"))
    #expect(text.contains("What I marked \"Outside the comparison\" in it is not from my source"))
    #expect(!text.contains("Outside the comparison (general knowledge"))
    let plain = Fixtures.text(of: conversation(["what is mlops", line]).replies[1])
    #expect(plain.contains("rests on these parts of my source: Definitions") && !plain.contains("not from my source"))
  }

  /// "why mlops though? …" just after MLOps was recommended gives the recommendation's reasons.
  @Test func whyTheRecommendedTrackGivesItsReasons() {
    let replies = conversation([
      "i run churn models and a small chatbot", "which track should i choose",
      "why mlops though? the chatbot is the thing customers actually see. justify it",
    ]).replies
    #expect(replies[2].intent == KnownIntent.why && replies[2].recommendation == .mlops)
    #expect(Fixtures.text(of: replies[2]).hasPrefix("Your work pointed more than one way; I suggested starting with MLOps for these reasons."))
  }

  /// "so what now?" right after their story asks for the recommendation; with nothing told, what to ask.
  @Test func whatNowAfterTheirStoryIsTheRecommendation() {
    let replies = conversation(["i love classical ml, xgboost, i built a churn model that runs every week", "so what now?"]).replies
    #expect(replies[1].intent == KnownIntent.recommendation && replies[1].recommendation == .mlops)
    #expect(Fixtures.ask("so what now?").intent != KnownIntent.recommendation)
  }

  /// Asked whether answers are quoted or its own, the advisor says it restates, and names the last answer's sections.
  @Test(arguments: [
    "is that word for word from the source? i need to quote it", "which parts of your answers are from the source and which are your own wording?",
    "do you add anything of your own or is everything from the doc?", "can you give it to me verbatim?",
  ])
  func askingHowTheSourceIsUsedSaysItIsRestated(line: String) {
    let text = Fixtures.text(of: conversation(["what is mlops", line]).replies[1])
    #expect(text.hasPrefix("I restate my source in my own words rather than quoting it"))
    #expect(text.contains("rests on these parts of my source: Definitions"))
    #expect(Fixtures.ask("what is devops exactly").intent == KnownIntent.outOfScope)
  }

  /// The whole FAQ, in the source's order, when asked for as such.
  @Test(arguments: ["can you give me the faq answers? all of them", "how many faq questions does the doc have", "show me the FAQ"])
  func theFAQIsGivenWhole(line: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.hasPrefix("My source's FAQ answers 4 questions."))
    let order = ["Whether LLMOps is just MLOps renamed", "Where AIOps sits", "Which track suits classical ML", "Which track suits LLM products"]
    let places = order.compactMap { text.range(of: $0)?.lowerBound }
    #expect(places.count == 4 && places == places.sorted())
    #expect(reply.sources == ["FAQ"])
  }

  @Test func theTitleOfThePageIsAboutTheSourceNotCareers() {
    #expect(Fixtures.ask("whats the title of the page").intent == "about")
  }

  @Test func beforeAnyAnswerItSaysWhatTheSourceIs() {
    #expect(Fixtures.ask("where does it say that").intent == "about")
    #expect(!Advisor.asksWhereItSays(Fixtures.advisor().parser.parse("where does llmops say cost matters")))
  }
}

@Suite struct ShellQuotingTests {
  @Test(arguments: [
    ("ok.transcript", "ok.transcript"), ("dir/a-b_c+1.transcript", "dir/a-b_c+1.transcript"),
    ("rag notes.transcript", "'rag notes.transcript'"), ("it's.transcript", "'it'\\''s.transcript'"),
  ])
  func aSavedPathIsShownAsTheShellTakesIt(path: String, quoted: String) {
    #expect(Phrases.shellQuoted(path) == quoted)
  }

  @Test func whatTheTracksHaveInCommonIsWhyTheyGetMixedUp() {
    let (replies, _) = conversation(["what is aiops", "what do they have in common?"])
    #expect(replies[1].intent == "confusion")
    #expect(Fixtures.ask("is there overlap between mlops and llmops or do i start from scratch").intent == KnownIntent.llmopsVersusMLOps)
    #expect(Fixtures.ask("which tools overlap between the three").intent == "tools")
  }

  @Test(arguments: ["thx, last q: whats vllm", "thanks! one more question: what is aiops", "ok thx, last q - whats drift"])
  func aQuestionAfterThanksIsAnswered(line: String) {
    let (replies, _) = conversation(["what is llmops", line])
    #expect(replies[1].intent != "thanks")
    #expect(!Fixtures.text(of: replies[1]).contains("welcome"))
  }

  /// Thanks before a question the whole line hides ("cool thx, what does dvc do"), and a chat
  /// aside after it ("btw"): the tool is looked up where the source names it.
  @Test(arguments: ["cool thx, what does dvc do", "what does dvc do btw", "btw what does dvc do"])
  func aToolAskedBesideChatIsLookedUp(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "tools")
    #expect(Fixtures.text(of: reply).hasPrefix("My source lists DVC among the MLOps tools"))
  }

  @Test func theOtherOneAfterARecommendationIsWhyNotTheRunnerUpAndAfterTwoTracksTheThird() {
    let (replies, _) = conversation(["i do k8s and prometheus for our ml platform", "which track should i choose", "other one?"])
    #expect(replies[2].intent == KnownIntent.why)
    #expect(Fixtures.text(of: replies[2]).contains("points to MLOps than to AIOps"))
    let (compared, _) = conversation(["how does mlops compare to llmops", "other one?"])
    #expect(compared[1].tracks == [.aiops])
  }

  @Test func theWordTrackIsNoConceptToLookUp() {
    let (replies, _) = conversation(["what is aiops", "what about risks. what are the risks of picking the wrong track"])
    #expect(!Fixtures.text(of: replies[1]).contains("mention track"))
  }

  @Test(arguments: ["Can you give me a crisp one-line summary of each?", "literally one sentence per track please", "shorter"])
  func askingForItShortGetsTheQuickVersion(line: String) {
    let (replies, _) = conversation(["what is the difference between mlops and aiops", line])
    #expect(replies[1].intent == KnownIntent.overview)
  }

  @Test func newsOpeningWithNowGoesOnWithTheirStory() {
    let (replies, advisor) = conversation([
      "i deploy vision models to jetson boards", "which track should i choose", "why?",
      "now they want a small voice assistant with a llama model on the device too",
    ])
    #expect(replies[3].intent == KnownIntent.preference)
    #expect(advisor.state.profile.score(.llmops) > 0)
  }

  @Test func aProjectAboutSomethingNoPartHasIsSaidAsSuch() {
    #expect(Fixtures.text(of: Fixtures.ask("is there a project about edge deployment")).contains("found nothing on edge deployment"))
  }

  @Test func aTermTheTrackInFocusAlsoNamesIsLookedUpThereFirst() {
    let (replies, _) = conversation(["which track covers agents", "and tracing?"])
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).contains("tracing workflow"))
  }

  @Test func askingToHaveTheirTrackCheckedGetsTheRecommendation() {
    let (replies, _) = conversation(["i build real time bidding models with a feature store, pretty sure im mlops", "so am i right?"])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[1].recommendation == .mlops)
  }

  @Test(arguments: [("whats kserve", "KServe among the AIOps tools"), ("what's TGI", "TGI among the LLMOps tools")])
  func aToolTheSourceOnlyNamesIsSaidToBeUndefinedAsItIsSpelled(line: String, says: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains("My source lists \(says) but does not say what it is"))
  }

  /// A story that gets MLOps recommended, with a little LLMOps heard beside it.
  static let recommendedMLOps = ["i look after fraud and churn models, mostly xgboost, and a small genai pilot", "ok so what should i pick"]

  @Test(arguments: ["what about the other one", "and llmops?"])
  func theRunnerUpAskedAfterARecommendationIsWhyNotIt(line: String) {
    let (replies, _) = conversation(Self.recommendedMLOps + [line])
    #expect(replies[2].intent == KnownIntent.why)
    #expect(Fixtures.text(of: replies[2]).contains("Less of what you've said points to LLMOps than to MLOps"))
  }

  @Test func whyBeforeAnyRecommendationGivesWhatTheLeaningRestsOnInPlainWords() {
    let (replies, _) = conversation(["i build data pipelines with airflow and spark", "would LLMOps be better for me tho?", "why?"])
    let text = Fixtures.text(of: replies[2])
    #expect(text.contains("so far your words point most to MLOps"))
    #expect(text.contains("Airflow is listed among MLOps tools"))
    #expect(!text.contains("confidence"))
  }

  @Test func typedWhyReadsTheLastLineInPlainWordsAndSlashWhyShowsTheScores() {
    let (replies, _) = conversation(["what is llmops", "why?", "/why"])
    #expect(Fixtures.text(of: replies[1]).contains("I took \"what is llmops\" as asking about what each track means"))
    #expect(!Fixtures.text(of: replies[1]).contains("(intent definition)"))
    #expect(Fixtures.text(of: replies[2]).contains("(intent definition), confidence"))
  }

  @Test func anotherTrackAskedAfterARecommendationGetsWhomItFitsAndTheScoresNotTheReasonsAgain() {
    let (replies, _) = conversation(Self.recommendedMLOps + ["why not aiops?"])
    let text = Fixtures.text(of: replies[2])
    #expect(text.contains("AIOps fits best when"))
    #expect(text.contains("my recommendation is still MLOps"))
    #expect(!text.contains("I recommended MLOps for these reasons"))
  }

  @Test func aConceptEveryTrackDealsWithIsNotSaidToBeMissingFromTheTrackInFocus() {
    let text = Fixtures.text(of: Fixtures.ask("what monitoring does LLMOps do"))
    #expect(text.contains("all three tracks deal with monitoring"))
    #expect(!text.contains("doesn't mention monitoring"))
  }

  @Test func anotherTrackAskedJustAfterARecommendationIsDefinedAndWeighedNotRecommendedAgain() {
    let (replies, _) = conversation([
      "i build pipelines in airflow for ml models", "which track should i choose", "ok and what is AIOps, is that relevant to us at all",
    ])
    let text = Fixtures.text(of: replies[2])
    #expect(text.contains("AIOps, in the sense my source uses"))
    #expect(text.contains("my recommendation is still MLOps"))
    #expect(!text.contains("I'd recommend MLOps"))
  }

  @Test func aNOCEngineerAskingWhetherTheVendorsAIOpsIsTheSourcesGetsBothMeanings() {
    let reply = Fixtures.ask(
      "hey. i work in a NOC, we get like 3000 alerts a day from nagios and splunk and half are noise. vendor demo last week kept saying AIOps will fix this. is that what aiops is?")
    #expect(reply.intent == KnownIntent.aiopsMeaning)
  }

  @Test func nahAfterAnAnswerIsANoNotADecline() {
    let (replies, _) = conversation(["what is aiops", "nah"])
    #expect(replies[1].intent != KnownIntent.outOfScope)
  }

  @Test func theLLMOneIsLLMOps() {
    let (replies, _) = conversation(["What skills should I list for the MLOps one?", "and for the LLM one?"])
    #expect(replies[1].intent == "skills")
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func saasIsNotCorrectedToSays() {
    #expect(!Fixtures.text(of: Fixtures.ask("we have a SaaS product and i want to move into llmops")).contains("I read"))
  }

  @Test func aToolAskedOnThatListIsLookedUpForTheTrackInFocus() {
    let (replies, _) = conversation(["what tools does llmops use", "is mlflow on that list?"])
    #expect(Fixtures.text(of: replies[1]).contains("doesn't mention mlflow for LLMOps; it does for MLOps"))
  }

  /// "and the others?" after one track's careers: the same topic for both other tracks.
  @Test(arguments: ["and the others?", "others?", "what about the others"])
  func theOthersAreBothOtherTracks(line: String) {
    let (replies, _) = conversation(["what jobs can i get with llmops", line])
    #expect(replies[1].intent == KnownIntent.career)
    #expect(replies[1].tracks == [.mlops, .aiops])
  }

  /// "the second one. explain" after a list: that point said again, with its section; a second
  /// reference still reads the same list.
  @Test func aPointReferredToByItsPlaceIsSaidAgain() {
    let (replies, advisor) = conversation(["why do people confuse these tracks", "the second one. explain", "and the fourth point?"])
    let points = Advisor.points(of: replies[0])
    #expect(Fixtures.text(of: replies[1]).contains(points[1].prefix(30)))
    #expect(Fixtures.text(of: replies[2]).contains(points[3].prefix(30)))
    #expect(replies[1].sources == ["Where the Confusion Comes From"])
    #expect(advisor.state.lastPoints == points)
  }

  /// "the second skill you listed for mlops" is a point; "what's a good first project" is not.
  @Test func aListedSkillByItsPlaceIsAPointAndAFirstProjectIsNot() {
    let (replies, _) = conversation(["what skills would i need for mlops", "the second skill you listed for mlops", "what's a good first project"])
    #expect(Fixtures.text(of: replies[1]).contains("Model monitoring and drift handling"))
    #expect(!Fixtures.text(of: replies[1]).contains("Pipeline automation"))
    #expect(replies[2].intent == KnownIntent.projects)
  }

  /// "sorry dumb question but what is drift?" and "ok so final answer?" are answered.
  @Test func apologeticAndFinalAnswerQuestionsAreAnswered() {
    #expect(!Fixtures.text(of: Fixtures.ask("sorry dumb question but what is drift?")).hasPrefix("Sorry"))
    let (replies, _) = conversation(["i train churn models", "which track should i choose", "ok so final answer?"])
    #expect(replies[2].intent == KnownIntent.recommendation)
  }

  /// "so final answer llmops? gonna tell my boss", "so llmops still right?", "is that your final
  /// answer" after a recommendation check it: it is given again, and one naming another track
  /// is told the recommendation stands. "does mlops still use kubeflow?" checks nothing.
  @Test(arguments: [
    "ok cool. so final answer llmops? gonna tell my boss", "so llmops still right?", "is that your final answer",
    "so final answer mlops?", "so final answer for me is llmops?",
  ])
  func aCheckOfTheVerdictGetsItAgain(line: String) {
    let (replies, advisor) = conversation(["i added an openai summary feature to our app and the token bill is huge", "which track should i pick", line])
    #expect(replies[2].recommendation == .llmops)
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
    #expect(Fixtures.text(of: replies[2]).contains("LLMOps"))
  }

  @Test func aQuestionWithStillIsNoCheckOfTheVerdict() {
    let (replies, _) = conversation(["i train churn models", "which track should i choose", "does mlops still use kubeflow?"])
    #expect(replies[2].intent == "tools")
  }

  /// "the 2nd project, say more" is that project again; "what is the first project i should do"
  /// and "ok and what do they build" ask for the projects.
  @Test func aListedProjectEndingItsClauseIsAPoint() {
    let (replies, _) = conversation(["what projects for llmops", "the 2nd project, say more", "what is the first project i should do"])
    #expect(Fixtures.text(of: replies[1]).contains("Prompt and model ops workflow"))
    #expect(!Fixtures.text(of: replies[1]).contains("Cost-aware"))
    #expect(replies[2].intent == KnownIntent.projects)
    let (built, _) = conversation(["what is mlops", "ok and what do they build"])
    #expect(built[1].intent == KnownIntent.projects)
    #expect(built[1].tracks == [.mlops])
  }

  /// "all three", "skills for all 3" and "what jobs do they each lead to?" after one track's
  /// answer ask it of every track; "careers for each" too; "how to pick between them" after
  /// one track at a time covers both tracks asked about.
  @Test func everyTrackAskedAfterOneTracksAnswerGetsEveryTrack() {
    let (replies, _) = conversation(["llmops vs mlops", "and aiops", "skills", "all three", "skills for all 3", "and what jobs do they each lead to?"])
    #expect(replies[3].intent == KnownIntent.skills)
    for reply in replies[3...] {
      #expect(["MLOps", "LLMOps", "AIOps"].allSatisfy { ("\n" + Fixtures.text(of: reply)).contains("\n\($0)\n") })
    }
    #expect(replies[5].intent == KnownIntent.career)
    let (between, _) = conversation([
      "if I'm doing classic ML like churn models, which one?", "and if I'm building a chatbot product?",
      "what does the document advise on how to pick between them?",
    ])
    #expect(between[2].tracks == [.mlops, .llmops])
  }

  /// "no i mean all three" and "all three, not just mlops" after one track's careers ask them
  /// of every track.
  @Test(arguments: ["no i mean all three", "all three, not just mlops", "not just mlops, all 3 pls"])
  func everyTrackAskedAsACorrectionGetsEveryTrack(line: String) {
    let replies = conversation(["what jobs does mlops lead to", line]).replies
    #expect(replies[1].intent == KnownIntent.career)
    #expect(replies[1].tracks == TrackID.allCases)
  }

  /// "last one: what job would that lead to?" asks the careers of the track just recommended;
  /// "diff in monitoring" compares the tracks on it; "what does the source NOT say" lists what
  /// it leaves out.
  @Test func announcedAndTerseQuestionsAreAnswered() {
    let (replies, _) = conversation([
      "I am on call for Linux servers and Nagios pages me.", "which track would you recommend for me?",
      "last one: what job would that lead to?",
    ])
    #expect(replies[2].intent == KnownIntent.career && replies[2].tracks == [.aiops])
    #expect(Fixtures.ask("diff in monitoring").intent == KnownIntent.comparison)
    #expect(Fixtures.text(of: Fixtures.ask("what does the source NOT say")).contains("It says nothing about these"))
  }

  /// "what are the frequently asked questions in the document?" is the FAQ, "give me the whole
  /// table please, every row for all three" the table, and "pick again" after news the
  /// recommendation again.
  @Test func theFAQTheWholeTableAndPickAgain() {
    #expect(Fixtures.text(of: Fixtures.ask("what are the frequently asked questions in the document?")).hasPrefix("My source's FAQ answers 4 questions"))
    let table = Fixtures.ask("give me the whole table please, every row for all three")
    #expect(table.intent == KnownIntent.comparison && Fixtures.text(of: table).contains("Career outcome"))
    let (replies, _) = conversation(["i run fraud models", "pick for me", "we also run an llm chatbot", "pick again", "which one now"])
    #expect(replies[3].intent == KnownIntent.recommendation)
    #expect(replies[4].intent == KnownIntent.recommendation)
  }

  /// "explain what model drift means" asks what drift means, which the source does not say.
  @Test(arguments: ["explain what model drift means", "can you explain what governance means here"])
  func explainWhatItMeansIsATermQuestion(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains("without saying what it means"))
  }

  /// "the first track you mentioned" after the overview is MLOps, "the second track you
  /// mentioned" LLMOps; "what does llmops focus on" is its main focus, not its course.
  @Test func aTrackReferredToByItsPlace() {
    let (replies, _) = conversation([
      "what are the three tracks?", "tell me more about the first track you mentioned",
      "the second track you mentioned, what does it focus on?",
    ])
    #expect(replies[1].tracks == [.mlops])
    #expect(replies[2].tracks == [.llmops] && replies[2].intent == KnownIntent.comparison)
    #expect(Fixtures.text(of: replies[2]).contains("Main focus"))
    let (after, _) = conversation(["llmops vs mlops", "the first track, what tools?"])
    #expect(after[1].tracks == [.llmops])
  }

  /// "need to decide which training to buy" looks up no concept "choose" (before: "I found
  /// nothing on choose in what my source says").
  @Test func wordsOfChoosingAreNoConcept() {
    let text = Fixtures.text(of: Fixtures.ask("I manage a team of 6 and need to decide which training to buy for each of them. Can you help?"))
    #expect(!text.contains("found nothing on"))
  }

  /// A decline's example questions are no points to refer back to.
  @Test func aDeclinesExamplesAreNoPoints() {
    let (_, advisor) = conversation(["what is the meaning of life"])
    #expect(advisor.state.lastPoints.isEmpty)
  }

  /// "the third one" after two tracks side by side is still the third track.
  @Test func theThirdOneAfterTwoTracksIsTheThirdTrack() {
    let (replies, _) = conversation(["mlops vs llmops", "and the third one?"])
    #expect(replies[1].tracks == [.aiops])
  }

  /// "and evaluation? is that new or …" after a comparison on one concept: the comparison on the
  /// concept added, which answers whether it is new.
  @Test func aTopicAddedThenAskedAboutIsTheTopicFollowedUp() {
    let (replies, _) = conversation(["compare mlops and llmops on monitoring", "and evaluation? is that new or did mlops always have it"])
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(replies[1].tracks == [.mlops, .llmops])
    #expect(Fixtures.text(of: replies[1]).contains("Main focus"))
  }
}

/// Which tracks "them" and "the other two" stand for after several were spoken of.
@Suite struct TracksPointedBackAtTests {
  @Test func comparingThemAfterEachTrackInTurnComparesAllThree() {
    let replies = conversation(["what is mlops", "and llmops?", "and aiops?", "compare them"]).replies
    #expect(replies[3].tracks == [.mlops, .llmops, .aiops])
  }

  @Test func comparingTheTwoComparesTheLastTwo() {
    let replies = conversation(["what is mlops", "and llmops?", "and aiops?", "compare the two"]).replies
    #expect(replies[3].tracks == [.llmops, .aiops])
  }

  @Test func theOtherTwoAfterDroppingOneAreTheRest() {
    let replies = conversation([
      "compare all three tracks",
      "hmm actually maybe i drop aiops, its too broad for undergrads. whats the difference between the other two again",
    ]).replies
    #expect(replies[1].tracks == [.mlops, .llmops])
  }
}
