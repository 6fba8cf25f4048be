@testable import OpsAdvisorCore
import Testing

@Suite struct MatchPolicyTests {
  static func result(_ scores: [(IntentID, Double)], foreignWords: Int = 0) -> MatchResult {
    MatchResult(
      ranking: scores.map { IntentScore(intent: $0.0, score: $0.1, nearestExample: 0) }, words: [], foreignWords: foreignWords)
  }

  static func parsed(_ line: String) -> ParsedInput { Fixtures.advisor().parser.parse(line) }

  let policy = MatchPolicy()

  @Test(arguments: [
    ("only the tools row", KnownIntent.comparison), ("the tools row of the table", KnownIntent.comparison),
    ("what is aiops in plain english", KnownIntent.overview), ("im a cv engineer doing defect detection. ok what should i study next then", "skills"),
    ("what skills am i missing?", "skills"),
  ])
  func askingForOneRowPlainWordsOrWhatToStudyIsUnderstood(line: String, intent: IntentID) {
    #expect(Fixtures.ask(line).intent == intent)
  }

  @Test func theTopicTheLastClauseAsksAboutOutweighsTheStoryBeforeIt() {
    let line = "Hi, Im a hiring manager writing job descriptions for ops roles. What skills should I list for an MLOps engineer?"
    #expect(Fixtures.ask(line).intent == "skills")
    #expect(Fixtures.ask("I'm a data scientist with churn models. What tools would I use in mlops?").intent == "tools")
  }

  @Test(arguments: [
    ("give me the full comparison", true), ("the complete comparison", true), ("can you show me the whole comparison", true),
    ("full comparison of mlops and llmops", true), ("compare the salaries", false), ("full fine-tuning", false),
    ("can i get the full table", true), ("ok thanks. can i get the full table", true),
  ])
  func askingForTheWholeTableIsTheComparison(line: String, isTable: Bool) {
    #expect(MatchPolicy.asksForTheWholeTable(Self.parsed(line)) == isTable)
    if isTable { #expect(Fixtures.ask(line).intent == KnownIntent.comparison) }
  }

  /// A topic named as typed that ties with out of scope is answered; a report of trouble is not.
  @Test func aTopicTiedWithOutOfScopeIsAnswered() {
    #expect(Fixtures.ask("give me one concrete first project").intent == "projects")
    #expect(Fixtures.ask("[SUPPORT] Hudi Job failing with ExecutorDeadException in spark").intent == KnownIntent.outOfScope)
  }

  /// "core" weighs as a stopword: it says how much something matters, not which topic.
  @Test func coreIsNotTheSkillsTopic() {
    #expect(FeatureExtractor.isStopword("core"))
    #expect(Fixtures.ask("The Core Debate: Is LLMOps a Distinct Discipline?").intent == KnownIntent.llmopsVersusMLOps)
    #expect(Fixtures.ask("what are the core skills for mlops").intent == "skills")
  }

  @Test(arguments: ["is llmops its own discipline", "is llmops a discipline of its own", "is llmops a standalone field"])
  func askingWhetherLLMOpsStandsAloneIsTheFAQ(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.llmopsVersusMLOps)
  }

  @Test func answersAClearBest() {
    #expect(policy.decide(Self.result([("tools", 0.7), ("skills", 0.4)])) == .answer("tools"))
  }

  @Test func declinesBelowTheMinimumConfidence() {
    #expect(policy.decide(Self.result([("tools", 0.2)])) == .outOfScope)
    #expect(policy.decide(Self.result([])) == .outOfScope)
  }

  @Test func declinesWhenOutOfScopeWins() {
    #expect(policy.decide(Self.result([("out-of-scope", 0.9), ("tools", 0.5)])) == .outOfScope)
  }

  @Test func offersCloseIntents() {
    #expect(policy.decide(Self.result([("tools", 0.5), ("skills", 0.497)])) == .clarify(["tools", "skills"]))
  }

  @Test func neverOffersOutOfScopeAsAChoice() {
    #expect(policy.decide(Self.result([("tools", 0.5), ("out-of-scope", 0.497)])) == .answer("tools"))
  }

  @Test func answersAVeryConfidentBestEvenWhenAnotherIsClose() {
    #expect(policy.decide(Self.result([("tools", 0.9), ("skills", 0.89)])) == .answer("tools"))
  }

  @Test func aLineThatNamesATrackIsNeverDeclined() {
    let decision = policy.decide(Self.result([("out-of-scope", 0.9), ("career", 0.05)]), parsed: Self.parsed("mlops zzz qqq"))
    #expect(decision == .bestGuess("overview", choices: ["career"]))
  }

  @Test(arguments: [
    ("mlops blorp", "overview"), ("mlops and llmops blorp", "comparison"), ("tools blorp mlops", "comparison"),
  ])
  func aWeakMatchGetsTheAnswerItsSlotsPointTo(line: String, intent: IntentID) {
    #expect(policy.decide(Self.result([("skills", 0.05)]), parsed: Self.parsed(line)) == .bestGuess(intent, choices: ["skills"]))
  }

  @Test func trackNamesAloneAreAFollowUp() {
    #expect(policy.decide(Self.result([("definition", 0.9)]), parsed: Self.parsed("LLMOps?")) == .answer("follow-up"))
    #expect(policy.decide(Self.result([("definition", 0.9)]), parsed: Self.parsed("what is llmops")) == .answer("definition"))
  }

  @Test func aTopicTheComparisonDoesNotCoverIsDeclinedEvenWithATrack() {
    #expect(policy.decide(Self.result([("career", 0.6)]), parsed: Self.parsed("mlops engineer salary")) == .outOfScope)
  }

  @Test func aNeighbourWithoutATrackIsDeclinedUnlessItAsksWhichTrackSuits() {
    #expect(policy.decide(Self.result([("comparison", 0.6)]), parsed: Self.parsed("sre vs devops")) == .outOfScope)
    let choice = policy.decide(Self.result([("fit", 0.6)]), parsed: Self.parsed("which track fits a data scientist"))
    #expect(choice == .answer("fit"))
  }

  @Test func twoTracksSetAgainstEachOtherAskForTheComparison() {
    let decision = policy.decide(Self.result([("faq.aiops-position", 0.6)]), parsed: Self.parsed("aiops vs mlops vs llmops for managers"))
    #expect(decision == .answer("comparison"))
  }

  @Test func aFactorAmongWordsAboutSomethingElseIsNotInScope() {
    #expect(MatchPolicy.isInScope(Self.parsed("which tools"), foreignWords: 0))
    #expect(!MatchPolicy.isInScope(Self.parsed("which tools for terraform"), foreignWords: 1))
    #expect(!MatchPolicy.isInScope(Self.parsed("which roles after data engineering"), foreignWords: 0))
  }

  @Test func comparingATrackWithANeighbourSaysWhatTheTrackIs() {
    let decision = policy.decide(Self.result([("comparison", 0.6)]), parsed: Self.parsed("mlops vs devops"))
    #expect(decision == .answer("definition"))
  }

  @Test func aLineAboutLLMOpsAloneIsNotTheFAQOnWhetherItIsMLOpsRenamed() {
    let ranking = Self.result([(KnownIntent.llmopsVersusMLOps, 0.5), ("definition", 0.4)])
    #expect(policy.decide(ranking, parsed: Self.parsed("llmops explained: managing language models")) == .answer("definition"))
    #expect(policy.decide(ranking, parsed: Self.parsed("is llmops just hype")) == .answer(KnownIntent.llmopsVersusMLOps))
    #expect(policy.decide(ranking, parsed: Self.parsed("how llmops extends mlops")) == .answer(KnownIntent.llmopsVersusMLOps))
  }

  @Test func aWordNamingAnIntentsTopicRanksItHigherAsTyped() {
    let policy = MatchPolicy(topics: ["course": ["course"], "skills": ["skills"]])
    let ranking = Self.result([("definition", 0.32), ("course", 0.3)])
    #expect(policy.decide(ranking, parsed: Self.parsed("this llmops course will teach you a lot")) == .answer("course"))
    #expect(policy.decide(ranking, parsed: Self.parsed("what llmops will teach you")) == .answer("definition"))
    let practice = Self.result([("definition", 0.32), ("skills", 0.3)])
    #expect(policy.decide(practice, parsed: Self.parsed("llmops is the practice of running llms")) == .answer("definition"))
  }

  @Test func theProjectsRankLowerWhenNoWordNamesThem() {
    let policy = MatchPolicy(topics: ["projects": ["project", "projects"]])
    let ranking = Self.result([("projects", 0.32), ("overview", 0.3)])
    #expect(policy.decide(ranking, parsed: Self.parsed("building production-grade ai with mlops")) == .answer("overview"))
    #expect(policy.decide(ranking, parsed: Self.parsed("an mlops project for beginners")) == .answer("projects"))
  }

  @Test(arguments: [
    ("MLOps is a discipline that keeps production models healthy", true),
    ("AIOps refers to the layer of controls over every AI system", true),
    ("MLOps is a necessity now", false),
    ("MLOps is a career with a future", false),
    ("LLMOps is the subset of MLOps for language models", false),
  ])
  func aSentenceSayingWhatATrackIsAsksItsDefinition(line: String, defines: Bool) {
    #expect(MatchPolicy.definesATrack(Self.parsed(line)) == defines)
  }

  @Test func oneTrackBesideAFieldNextDoorIsNotTheRecommendation() {
    let ranking = Self.result([("recommendation", 0.5), ("definition", 0.3)])
    #expect(policy.decide(ranking, parsed: Self.parsed("can i take both mlops and devops")) == .answer("definition"))
    #expect(policy.decide(ranking, parsed: Self.parsed("which track fits a devops engineer")) == .answer("recommendation"))
  }

  @Test(arguments: [
    ("where would someone like me fit", "recommendation"),
    ("hmm, where do i fit in?", "recommendation"),
    ("where does aiops fit", "faq.aiops-position"),
  ] as [(String, IntentID)])
  func whereTheAskerFitsIsTheRecommendationNotWhereAIOpsFits(line: String, intent: IntentID) {
    let ranking = Self.result([("faq.aiops-position", 0.5), ("recommendation", 0.3)])
    #expect(policy.decide(ranking, parsed: Self.parsed(line)) == .answer(intent))
  }

  @Test(arguments: ["hmm", "um", "oh", "alright"])
  func aFillerIsAFunctionWord(word: String) {
    #expect(FunctionWords.contains(word))
  }

  @Test(arguments: [
    ("What is MLOps and LLMOps: A Step-by-Step Guide!", true), ("What is MLOps and why does it need DevOps DNA?", false),
    ("what is llmops, in practical engineering terms", true), ("what's aiops and how do I measure it", true),
    ("what is the mlops certified professional certification", false),
    ("LLMOps Explained: Managing Large Language Models in Production", true), ("understanding aiops: the basics", true),
    ("LLMOps and MLOps explained", false), ("What MLOps is, and what it is not", true),
  ])
  func aLineOpeningWithWhatATrackIsAsksItsDefinition(line: String, opens: Bool) {
    #expect(MatchPolicy.opensWithWhatATrackIs(Self.parsed(line)) == opens)
  }

  @Test(arguments: ["so mlops and llmops are the same?", "then MLOps and LLMOps are basically the same things."])
  func sayingTheTwoAreTheSameAsksTheirFAQEvenAfterAFiller(line: String) {
    #expect(MatchPolicy.refined(KnownIntent.followUp, Self.parsed(line)) == KnownIntent.llmopsVersusMLOps)
  }

  @Test(arguments: [
    ("LLMOps: The Prompt Layer", true), ("Part 2: AIOps: Running the Platform", true),
    ("MLOps: the skills you need", true), ("LLMOps: why it matters", false), ("mlops, llmops: the basics", false),
  ])
  func aTrackBeforeAColonAndWhatItIsIsATitleAboutIt(line: String, apposition: Bool) {
    #expect(MatchPolicy.namesATrackInApposition(Self.parsed(line)) == apposition)
  }

  @Test func aTrackBesideAFieldNextDoorDoesNotAskWhichTrackSuitsAKindOfSystem() {
    let parsed = Self.parsed("MLOps is often considered more complex than DevOps because it adds models")
    #expect(MatchPolicy.refined("faq.classical-ml", parsed) == KnownIntent.definition)
    #expect(MatchPolicy.refined("faq.classical-ml", Self.parsed("MLOps is for classical models")) == "faq.classical-ml")
  }

  @Test(arguments: ["skills", "faq.classical-ml", KnownIntent.comparison.rawValue])
  func whereLLMOpsCameFromBesideMLOpsIsTheirFAQ(matched: String) {
    let parsed = Self.parsed("LLMOps emerged as a specialization of MLOps when teams met LLM applications")
    #expect(MatchPolicy.refined(IntentID(rawValue: matched), parsed) == KnownIntent.llmopsVersusMLOps)
  }

  @Test(arguments: [
    ("I'd like to move closer to ML. which of these is the most realistic for me?", true),
    ("which one would you pick for me", true), ("which of these tools is best", false),
  ])
  func whichOfThemForMeAsksWhichTrack(line: String, asks: Bool) {
    #expect(MatchPolicy.asksWhichTrack(Self.parsed(line)) == asks)
  }

  @Test func mlopsWithANewNameIsTheFAQOnTheTwoUnlessAFieldNextDoorIsNamed() {
    #expect(MatchPolicy.refined("definition", Self.parsed("It's not MLOps with a new name.")) == KnownIntent.llmopsVersusMLOps)
    #expect(MatchPolicy.refined("definition", Self.parsed("is mlops just devops renamed")) == "definition")
  }

  @Test func aTitleAboutATrackAsksWhatItIsUnlessItNamesATopic() {
    #expect(MatchPolicy.refined("confusion", Self.parsed("LLMOps: The Prompt Layer")) == KnownIntent.definition)
    #expect(MatchPolicy.refined("skills", Self.parsed("MLOps: the skills you need")) == "skills")
  }

  @Test func askingWhatSeveralTracksAreKeepsAnAnswerThatSetsThemSideBySide() {
    let parsed = Self.parsed("what is mlops and llmops: a step-by-step guide")
    #expect(MatchPolicy.refined("skills", parsed) == KnownIntent.definition)
    #expect(MatchPolicy.refined(KnownIntent.comparison, parsed) == KnownIntent.comparison)
  }

  @Test(arguments: [
    ("which track is the most future-proof", true), ("what path should i take", true),
    ("which tool tracks my experiments", false), ("how do i track experiments", false),
  ])
  func aLineAskingWhichTrackIsAboutChoosingOne(line: String, asks: Bool) {
    #expect(MatchPolicy.asksWhichTrack(Self.parsed(line)) == asks)
    let decision = policy.decide(Self.result([("out-of-scope", 0.3)]), parsed: Self.parsed(line))
    #expect((decision != .outOfScope) == asks)
  }

  @Test(arguments: ["is prompt engineering part of llmops", "does mlops include data engineering"])
  func whetherAFieldNextDoorIsPartOfATrackGetsWhatTheTrackIs(line: String) {
    #expect(MatchPolicy.refined("career", Self.parsed(line)) == KnownIntent.definition)
  }

  @Test(arguments: ["which is harder, mlops or llmops", "is llmops harder than mlops", "which one more easy to lern? mlops or llmops"])
  func whichTrackIsHarderIsATopicTheComparisonDoesNotCover(line: String) {
    #expect(Self.parsed(line).uncoveredTopics == ["difficulty"])
  }

  @Test func startingOverAsAJuniorIsATopicTheComparisonDoesNotCover() {
    #expect(Self.parsed("would i be starting over as a junior?").uncoveredTopics == ["seniority"])
    #expect(Fixtures.ask("whats the exact title tho").intent == KnownIntent.about)
  }

  @Test func whetherATrackIsHotterAsksForTheDemandTheComparisonDoesNotCover() {
    #expect(Self.parsed("is llmops actually hotter tho? like more demand").uncoveredTopics == ["job-demand"])
  }

  @Test func aQuestionAboutATrackNeverEndsTheSession() {
    let result = Self.result([("goodbye", 0.6), ("career", 0.3)])
    #expect(policy.decide(result, parsed: Self.parsed("can i switch from llmops to aiops later")) == .answer("career"))
    #expect(policy.decide(result, parsed: Self.parsed("ok mlops it is, later")) == .answer("goodbye"))
  }

  @Test func aWeakGoodbyeDoesNotEndTheSession() {
    let weak = policy.decide(Self.result([("goodbye", 0.25), ("greeting", 0.2)]), parsed: Self.parsed("i am new to all of this"))
    #expect(weak != .answer("goodbye"))
    #expect(policy.decide(Self.result([("goodbye", 0.8)]), parsed: Self.parsed("ok bye")) == .answer("goodbye"))
  }

  @Test(arguments: ["i'm new here", "im new to all of this", "i'm here to learn"])
  func sayingOneIsNewIsNoGoodbye(line: String) {
    #expect(!Fixtures.ask(line).endsSession)
  }

  @Test(arguments: ["bye the way, what is llmops", "thanks! one more question: what is aiops"])
  func aQuestionAboutATrackIsNotTakenForThanksOrAGoodbye(line: String) {
    let reply = Fixtures.ask(line)
    #expect(!reply.endsSession)
    #expect(reply.intent != "thanks")
  }
}
