@testable import OpsAdvisorCore
import Testing

/// What a line says of the person's work, and how much it weighs: questions, things played
/// down and things called off.
@Suite struct WhatCountsAsTheirWorkTests {
  let detector = Fixtures.advisor().detector

  @Test(arguments: ["my manager keeps calling it mlops lol", "they call this mlops at my company", "my boss calls mlops everything"])
  func aTrackSomethingIsCalledIsNotTheirWork(line: String) {
    #expect(!detector.detect(in: line).contains { $0.signal.phrase == "mlops" })
  }

  @Test(arguments: ["so does that make me llmops now??", "is our chatbot llmops?"])
  func aTrackNamedInAYesNoQuestionIsNotTheirWork(line: String) {
    #expect(!detector.detect(in: line).contains { $0.signal.phrase == "llmops" })
  }

  @Test(arguments: [
    "ml platform eng vs mlops eng whats the diff", "ok if team pivots fully to llm serving, then what",
    "does vllm/tgi even matter then?",
  ])
  func aQuestionThatSaysNothingOfTheAskerLeavesTheProfile(line: String) {
    let (replies, advisor) = conversation(["i build feature stores and spark pipelines", line])
    #expect(replies[1].intent != KnownIntent.preference)
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  /// A request after "ok" or "so" asks; the "me" of "tell me" is not them telling of their work.
  @Test(arguments: ["ok tell me more about mlops", "so tell me more about aiops", "okay tell me more about llmops"])
  func aRequestAfterAFillerLeavesTheProfile(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent != KnownIntent.preference)
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// A later clause opening with "and" and a question asks, question mark or not: what it
  /// names is no news of their work ("more than sre" would otherwise set SRE aside).
  @Test func aQuestionAfterAndLeavesTheProfile() {
    let (_, advisor) = conversation(["im an sre", "whats the job title i'd have, and do those pay more than sre"])
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  /// A term someone else says is hearsay; what they say of the speaker's work is not.
  @Test func aTermSomeoneElseSaysIsNotTheirWork() {
    #expect(detector.detect(in: "my manager says kubernetes").isEmpty)
    #expect(detector.detect(in: "my manager says we run kubernetes").contains { $0.signal.phrase == "kubernetes" })
    #expect(!detector.detect(in: "we run nightly batch scoring for insurance claims").isEmpty)
  }

  /// "thats the ml teams job not mine" after what they named denies it.
  @Test func whatTheNextClauseCallsSomeoneElsesJobIsDenied() {
    let found = detector.detect(in: "hmm but retraining and drift monitoring, thats the ml teams job not mine")
    #expect(!found.isEmpty && found.allSatisfy(\.negated))
  }

  /// A track a course or talk is on is its subject, not their work; "each" and "tho" name no concept.
  @Test func aTrackTaughtIsNoWorkOfTheirs() {
    let (replies, advisor) = conversation([
      "hi, im a lecturer designing a one-semester course on 'AI operations' for CS masters students. what should i cover from each track?",
      "is there a course for it tho?",
    ])
    #expect(advisor.state.profile.evidence.isEmpty)
    #expect(replies.allSatisfy { !Fixtures.text(of: $0).contains("I found nothing on") })
    #expect(!detector.detect(in: "im giving a talk about llmops next week").contains { $0.signal.phrase == "llmops" })
  }

  /// Work only imagined ("say i did…", "if we … what would …") is asked about, not told.
  @Test(arguments: [
    "say i did move to llmops, what transfers", "if we self host the fine tuned llama what would we serve it with",
    "suppose we went all in on agents, which track then?",
  ])
  func workOnlyImaginedLeavesTheProfile(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent != KnownIntent.preference)
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// A question first, then their story: the question answered and the story noted.
  @Test func aQuestionThenTheirStoryGetsBoth() {
    let (replies, advisor) = conversation([
      "can one person do both mlops and llmops tho? budget is for 1 hire. we also have a churn prediction model"
    ])
    let text = Fixtures.text(of: replies[0])
    #expect(text.contains("Noted: MLOps"))
    #expect(text.contains("LLMOps is not just MLOps"))
    #expect(advisor.state.profile.evidence.contains { $0.phrase == "churn" })
  }

  @Test func aQuestionBesideTheirStoryCountsOnlyTheStory() {
    let found = detector.detect(in: "my big worry is regulation. does governance belong to mlops or aiops?")
    #expect(found.contains { $0.signal.phrase == "regulation" && !$0.asked })
    let governance = found.filter { $0.signal.phrase == "governance" }
    #expect(!governance.isEmpty && governance.allSatisfy { $0.asked })
    let (_, advisor) = conversation(["my big worry is regulation. does governance belong to mlops or aiops?"])
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "governance" })
    // Asked of what they just told, it still counts.
    #expect(detector.detect(in: "I only approve them. isn't that more governance?").contains { $0.signal.phrase == "governance" && !$0.asked })
  }

  /// A negation reaches past "or", and dropping past "and the …", to the next item of the list.
  @Test(arguments: [
    ("thing is i dont deploy anything or touch vllm/tgi, i only test outputs", ["vllm", "tgi"]),
    ("forget the drift thing and the churn models, i want to run our llm chatbot", ["drift", "churn"]),
    ("hmm actually forget the vendor thing and the agents", ["agents"]),
  ])
  func anotherItemOfWhatTheyDenyOrDropIsNegated(line: String, phrases: [String]) {
    let found = detector.detect(in: line)
    for phrase in phrases {
      let named = found.filter { $0.signal.phrase == phrase }
      #expect(!named.isEmpty && named.allSatisfy(\.negated), "\(phrase)")
    }
  }

  @Test(arguments: ["dana is moving off fraud", "i rolled off the churn project last month", "stepping away from the chatbot"])
  func workTheyMoveOffIsNegated(line: String) {
    let found = detector.detect(in: line)
    #expect(!found.isEmpty && found.allSatisfy(\.negated))
  }

  /// "we're dropping the finetuning" takes it back, in the same line or a later one; a drop
  /// with nothing dropped after it ("latency drops") is no dropping.
  @Test func droppingTheThingTakesItBack() {
    let same = detector.detect(in: "we finetune a small model and run a rag app. actually we're dropping the finetuning next month")
    #expect(!same.contains { $0.signal.phrase == "finetune" && !$0.negated })
    let (_, advisor) = conversation([
      "im cto, we finetune a small model, run a rag app, k8s and oncall",
      "actually we're dropping the finetuning next month, itll be just the rag app plus infra and oncall",
    ])
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "finetune" })
    #expect(detector.detect(in: "our latency drops the whole evening").allSatisfy { !$0.negated })
    #expect(TextNormalizer.normalize("itll be just the rag app") == "it will be just the rag app")
  }

  /// "forget that" takes back all the last story told; "those words were from the vendor
  /// blog, not me" takes back only what was not said of themselves; a line naming what it drops,
  /// telling new work or asking something is left to the other readings.
  @Test func takingBackWhatWasToldLastWithoutNamingIt() {
    let forgot = conversation(["we run churn models and a rag chatbot", "forget that"])
    #expect(Fixtures.text(of: forgot.replies[1]).hasPrefix("Taken back: I no longer count what you said in \"we run churn models and a rag chatbot\"."))
    #expect(forgot.advisor.state.profile.evidence.isEmpty)
    let blog = conversation([
      "AIOps platforms ingest telemetry from across your IT estate, correlate alerts and cut MTTR. I run the on-call rotation for our SRE team.",
      "wait, those words were from the VENDOR BLOG, not me",
    ])
    #expect(Fixtures.text(of: blog.replies[1]).hasPrefix("Taken back: I no longer count what you said in \"AIOps platforms ingest"))
    #expect(blog.advisor.state.profile.evidence.contains { $0.phrase == "on call" })
    #expect(!blog.advisor.state.profile.evidence.contains { $0.words.hasPrefix("AIOps platforms") })
    for line in ["actually forget it, what's aiops", "forget the chatbot", "actually forget that, i mostly do prompt engineering now"] {
      #expect(!Fixtures.text(of: conversation(["we run churn models and a rag chatbot", line]).replies[1]).hasPrefix("Taken back"), "\(line)")
    }
  }

  /// What a vendor sells is not their work; work that goes to another team is theirs no more.
  @Test func aVendorsProductAndWorkGoingToAnotherTeamAreNotTheirs() {
    #expect(detector.detect(in: "btw our vendor sells an 'AIOps' thing that does alert correlation / noise reduction for pagerduty").isEmpty)
    let fraud = detector.detect(in: "we run an llm gateway and some fraud models, the fraud models go to another team next month")
      .filter { $0.signal.phrase == "fraud model" }
    #expect(!fraud.isEmpty && fraud.allSatisfy(\.negated))
  }

  /// "… is actually my colleague priya's work, not mine" takes back what it names, in a
  /// correction too (before: counted again, twice over).
  @Test func workCalledAColleaguesNotMineIsTakenBack() {
    let (_, advisor) = conversation([
      "i do red teaming and guardrails for our llm apps, and rbac on the ml platform",
      "hmm wait, correction: the red teaming and guardrails stuff is actually my colleague priya's work, not mine. i mostly do the rbac / audit side on the ml platform",
    ])
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "red teaming" || $0.phrase == "guardrails" })
    #expect(advisor.state.profile.evidence.contains { $0.phrase == "audit" })
  }

  /// What starts something new after the list keeps what follows it.
  @Test(arguments: [
    ("forget the agents and focus on llm serving", "llm serving"),
    ("forget the drift thing and the churn models, i want to run our llm chatbot", "chatbot"),
    ("i dont do agents but i run the churn models", "churn"),
  ])
  func whatFollowsTheDeniedListStillCounts(line: String, phrase: String) {
    let named = detector.detect(in: line).filter { $0.signal.phrase == phrase }
    #expect(!named.isEmpty && named.allSatisfy { !$0.negated })
  }

  @Test func droppingTwoThingsTakesBothBack() {
    let (_, advisor) = conversation(["we have churn models. drift maybe later", "forget the drift thing and the churn models, i want to run our llm chatbot"])
    #expect(advisor.state.profile.evidence.allSatisfy { $0.track == .llmops })
  }

  /// Denying a need reaches the rest of the clause, however far: the fraud models are not what they want.
  @Test(arguments: ["we do NOT need help with the fraud models", "i don't want to work on the fraud models anymore"])
  func whatTheyDenyNeedingIsNegated(line: String) {
    let fraud = detector.detect(in: line).filter { $0.signal.phrase == "fraud model" }
    #expect(!fraud.isEmpty && fraud.allSatisfy(\.negated))
  }

  /// Node the language is no server node, and imaging laptops is no computer vision; cluster
  /// nodes and medical imaging still count.
  @Test(arguments: [
    ("I know Swift, Kotlin, and a bit of Node for our backend.", nil),
    ("service desk tickets, imaging laptops, and the on-call rota", TrackID.aiops),
    ("i keep the k8s nodes healthy", .aiops), ("we ship medical imaging models", .mlops),
  ])
  func wordsThatOnlyLookLikeWorkSignalsDoNotCount(line: String, track: TrackID?) {
    let tracks = Set(detector.detect(in: line).map(\.signal.track))
    #expect(tracks == Set([track].compactMap { $0 }))
  }

  /// Tools named just before a question that points back at them are asked about ("and vLLM
  /// and TGI, do I need those?"); "… it's really just the chatbot. does that change your
  /// answer?" still tells their work.
  @Test func thingsNamedForTheQuestionAfterThemAreNotTheirWork() {
    let asked = conversation(["ok. and vLLM and TGI, do I need those if we're on OpenAI?"]).advisor
    #expect(!asked.state.profile.evidence.contains { $0.phrase == "vllm" || $0.phrase == "tgi" })
    #expect(detector.detect(in: "scratch the churn models. it's really just the chatbot. does that change your answer?").contains {
      $0.signal.phrase == "chatbot" && !$0.asked
    })
  }

  /// A lead's story of "my team", asking which track their people should take, is their work;
  /// a friend's is not.
  @Test func aLeadsOwnTeamIsTheirWork() {
    let lead = conversation([
      "my team runs a shared platform that hosts fraud models and an internal LLM assistant, and we're on the hook for governance and audit. which track should my people take?",
    ]).advisor
    #expect(lead.state.profile.leaning == .aiops)
    let friend = conversation(["my friend runs fraud models at a bank, which track should my friend take?"]).advisor
    #expect(friend.state.profile.evidence.isEmpty)
  }

  /// A small share of their time plays the work down; a large one does not.
  @Test(arguments: [("the agent is 10% of my time", true), ("the agent is 80% of my time", false)])
  func aSmallShareOfTheirTimePlaysItDown(line: String, hedged: Bool) {
    let agents = detector.detect(in: line).filter { $0.signal.phrase.hasPrefix("agent") }
    #expect(!agents.isEmpty && agents.allSatisfy { $0.hedged == hedged })
  }

  /// "no wait" and "forget … too" correct what came before; work across ML and LLMs is the
  /// platform, and a Kubernetes cluster is one thing, not two.
  @Test func aMindChangedToThePlatformEndsOnAIOps() {
    let parser = Fixtures.advisor().parser
    #expect(detector.isCorrection(parser.parse("hmm no wait, my boss says i'm the platform person")))
    #expect(detector.isCorrection(parser.parse("ok so forget the prompt stuff too. platform is my job now")))
    let found = detector.detect(in: "i set up the k8s cluster and the monitoring dashboards for all our ml and llm stuff")
    #expect(found.map(\.signal.phrase) == ["k8s cluster", "monitoring dashboards", "ml and llm"])
    let (replies, _) = conversation([
      "i really love classical ml, like xgboost, i built a churn model that runs every week",
      "actually forget that, i mostly do prompt engineering now",
      "hmm no wait, my boss says i'm the platform person. like i set up the k8s cluster and the monitoring dashboards for all our ml and llm stuff",
      "ok so forget the prompt stuff too. platform is my job now", "which track should i choose?",
    ])
    #expect(replies[4].recommendation == .aiops)
  }

  /// Dropping part of their story counts, though the line ends by asking whether it changes the answer.
  @Test func droppingPartOfTheStoryBeforeAQuestionChangesTheRecommendation() {
    let replies = conversation([
      "We have a customer support chatbot built on GPT-4 and also some older churn prediction models", "which track should i choose",
      "actually scratch the churn models, they're being retired next quarter. it's really just the chatbot. does that change your answer?",
    ]).replies
    #expect(replies[1].recommendation == .mlops)
    #expect(replies[2].recommendation == .llmops)
    #expect(Fixtures.text(of: replies[2]).contains("That changes my recommendation from MLOps to LLMOps"))
  }

  /// IT support and its tools lean to AIOps as IT operations, and asking whether AIOps suits
  /// them is no question about monitoring.
  @Test func aSysadminAskingWhetherAIOpsSuitsThemGetsTheITOperationsCaveat() {
    let reply = Fixtures.ask("i do IT support, nagios and zabbix monitoring. is aiops right for me?")
    #expect(reply.recommendation == .aiops)
    let text = Fixtures.text(of: reply)
    #expect(text.contains("everything that points you to AIOps is IT operations work"))
    #expect(!text.contains("names monitoring only for MLOps"))
    let told = Fixtures.ask(
      "so i've been doing IT support / sysadmin for like 6 yrs, servicenow tickets, nagios and zabbix monitoring, bash scripts. a friend told me AIOps is the natural path for people like me. is that true?")
    #expect(told.intent == KnownIntent.aiopsMeaning)
  }

  /// What they will not do any more is noted against it; "to be clear" thanks no one.
  @Test func whatTheyRuleOutIsNotedAgainstIt() {
    let (replies, advisor) = conversation(["to be clear: no more mlflow. not interested in kubeflow either"])
    #expect(Fixtures.text(of: replies[0]).hasPrefix(#"Noted: MLOps (not "mlflow", not "kubeflow")."#))
    #expect(replies[0].intent != "thanks")
    #expect(advisor.state.profile.score(.mlops) < 0)
  }

  /// A tool asked about is no news of their work; a tool in their story still is.
  @Test func aToolAskedAboutIsNotTheirWork() {
    let (_, asked) = conversation(["is vllm something i install?"])
    #expect(asked.state.profile.evidence.isEmpty)
    let (_, both) = conversation(["do i need vllm if im just calling openai?"])
    #expect(both.state.profile.evidence.map(\.phrase) == ["openai"])
    let (_, yesNo) = conversation(["does mlflow matter if we're on sagemaker"])
    #expect(!yesNo.state.profile.evidence.contains { $0.phrase == "mlflow" })
    let (_, story) = conversation(["I run kubeflow pipelines and mlflow every day. Thinking about moving into LLMOps. Worth it?"])
    #expect(story.state.profile.evidence.contains { $0.phrase == "kubeflow" })
  }

  /// Being sick or tired of something is no interest in it.
  @Test func beingSickOfAToolCountsAgainstIt() {
    let found = detector.detect(in: "honestly im sick of kubeflow and mlflow, i dont want to touch them again")
    #expect(!found.isEmpty && found.allSatisfy(\.negated), "\(found.map(\.signal.phrase))")
  }

  /// Denying a doubt confirms the work: "isnt a maybe" is no "not rag".
  @Test func denyingADoubtConfirmsTheWork() {
    let rag = detector.detect(in: "the rag thing isnt a maybe, its definitely happening").filter { $0.signal.phrase == "rag" }
    #expect(!rag.isEmpty && rag.allSatisfy { !$0.negated })
  }

  /// The advisor's own words repeated back, and what someone else might want, are not their work.
  @Test(arguments: [
    "you said build an 'LLM serving and evaluation platform' as a first project?? that sounds huge",
    "ok so if what he actually wants is the alert-noise thing, is any of these right for me",
    "no i said only governance and monitoring",
  ])
  func wordsThatAreNotTheirsCountForNothing(line: String) {
    let found = detector.detect(in: line)
    #expect(!found.contains { ["llm serving", "evaluation", "alert", "alerts", "governance"].contains($0.signal.phrase) }, "\(found.map(\.signal.phrase))")
  }

  @Test func aWordOfCorrectingInAQuestionCorrectsNothing() {
    let parser = Fixtures.advisor().parser
    #expect(!detector.isCorrection(parser.parse("so if audits matter, should i switch to aiops instead? my models are still classical ml though")))
    #expect(detector.isCorrection(parser.parse("actually we moved to llms, what now?")))
  }

  @Test func aQuestionInsideAClauseIsNotOnlyNoted() {
    let (replies, _) = conversation([
      "i run nightly retrains of our ranking models",
      "so if i'm doing the description generator do i still need mlflow/airflow or is that all vllm now",
    ])
    #expect(replies[1].intent != KnownIntent.preference)
    #expect(!DialogueAct.isRequest(Fixtures.advisor().parser.parse("what i do is retrain models nightly")))
  }

  @Test func anAfterthoughtWithAQuestionMarkStillCounts() {
    let (_, advisor) = conversation(["i like the idea of working with chatgpt type stuff", "but also maybe governance?"])
    #expect(advisor.state.profile.evidence.contains { $0.turn == 2 })
  }

  @Test func theAdvisorsOwnReasonsStandInASentenceOfTheirOwn() {
    let outside = Phrases.outsideTheComparison + "a chatbot is an LLM product"
    #expect(Phrases.youSaid("a rag bot", reasons: ["vLLM is an LLMOps tool", outside])
      == "You said \"a rag bot\": vLLM is an LLMOps tool. Outside the comparison: a chatbot is an LLM product.")
    #expect(Phrases.youSaid("a bot", reasons: [outside]) == "You said \"a bot\". Outside the comparison: a chatbot is an LLM product.")
    #expect(Phrases.plainEvidenceLine(phrase: "bot", reason: outside) == "\"bot\". Outside the comparison: a chatbot is an LLM product")
  }

  /// A reason said twice, or within another, is said once.
  @Test func aReasonIsSaidOnce() {
    let outside = Phrases.outsideTheComparison
    let classical = outside + "a classical ML library; classical models are the MLOps system type"
    #expect(Phrases.youSaid("sklearn and xgboost", reasons: [classical, classical])
      == "You said \"sklearn and xgboost\". Outside the comparison: a classical ML library; classical models are the MLOps system type.")
    let pager = outside + "PagerDuty is an incident tool, and incident work is reliability engineering, an AIOps skill"
    let incident = outside + "incident work is reliability engineering, an AIOps skill"
    #expect(Phrases.youSaid("pagerduty for incident mgmt", reasons: [pager, incident]) == Phrases.youSaid("pagerduty for incident mgmt", reasons: [pager]))
  }

  @Test func whatBoresThemOrTheyLikeLessCountsAgainst() {
    #expect(detector.detect(in: "i hate the infra side, serving/latency/k8s bores me").allSatisfy { $0.negated })
    #expect(detector.detect(in: "i kinda liked that more than the llm stuff").allSatisfy { $0.negated })
    // A few words after "than" are set against too.
    let wanted = detector.detect(in: "i think reliability of the platform is what i want more than the llm evals")
    #expect(wanted.filter { $0.signal.track == .llmops && !$0.negated }.allSatisfy { $0.signal.phrase == "platform" })
    #expect(wanted.contains { $0.signal.phrase == "evals" && $0.negated })
  }

  @Test func costControlIsLLMOpsNotEnterpriseControls() {
    let found = detector.detect(in: "i work on llm serving, latency and cost control")
    #expect(found.contains { $0.signal.phrase == "cost control" && $0.signal.track == .llmops })
    #expect(!found.contains { $0.signal.track == .aiops })
  }

  @Test func whatTheyDeniedSaysItCountsAgainst() {
    #expect(Phrases.plainEvidenceLine(phrase: "not platform", reason: "platform work is AIOps", against: true)
      == "not \"platform\" (counted against it): platform work is AIOps")
  }

  @Test func anEmbeddedDeveloperWorksWithNoEmbeddings() {
    #expect(!detector.detect(in: "i'm an embedded dev").contains { $0.signal.phrase == "embeddings" })
    #expect(detector.detect(in: "we use embeddings for search").contains { $0.signal.phrase == "embeddings" })
  }

  /// A track named in a clause that ends in a question mark is what they ask about, not their
  /// work: "any concrete project ideas for aiops i could do on the side?", "so mlops is ok for
  /// me yes?" (before: "Noted" for the track); "i do mlops mostly, what should i learn next?"
  /// still tells it.
  @Test func aTrackNamedInAClauseAskedIsNotTheirWork() {
    #expect(detector.detect(in: "any concrete project ideas for aiops i could do on the side?").isEmpty)
    #expect(detector.detect(in: "so mlops is ok for me yes?").isEmpty)
    #expect(detector.detect(in: "i do mlops mostly, what should i learn next?").map(\.signal.track) == [.mlops])
  }

  /// What they denied later is no reason for a recommendation ("i never said we use vllm"), and
  /// "/why" after taking something back leaves it out and says so.
  @Test func whatWasDeniedOrTakenBackSinceIsNoReason() {
    let denied = conversation([
      "meh. vllm is just a server. anyway we run a rag chatbot and p99 latency + token costs are killing us",
      "also fyi i never said we use vllm, i said its just a server. we call the openai api", "which track then, with that fixed",
    ]).replies[2]
    #expect(denied.recommendation == .llmops)
    #expect(!Fixtures.text(of: denied).contains("vllm is just a server"))
    let (replies, _) = conversation([
      "i integrate a fraud scoring api and a support llm into our banking app",
      "theres a data science team that actually builds the fraud model, they retrain it monthly", "which track should i choose",
      "no wait, thats not me, thats THEIR team. i dont retrain anything.", "/why",
    ])
    let why = Fixtures.text(of: replies[4])
    #expect(!why.contains("retrain it monthly") && why.contains(Phrases.someReasonsTakenBack))
  }

  /// "why?" after a mixed recommendation says it suggested where to start, not that it
  /// recommended one track outright.
  @Test func whyAfterAMixedRecommendationSaysWhereToStart() {
    let (replies, _) = conversation(["we do classic ml and also a chatbot, mixed", "which track should i choose", "why?"])
    #expect(Fixtures.text(of: replies[2]).hasPrefix("Your work pointed more than one way; I suggested starting with MLOps"))
  }

  /// "platform and architecture work" is the AIOps card's own words, one signal for AIOps alone
  /// (before: "platform" for each of the three tracks).
  @Test func platformAndArchitectureWorkIsTheAIOpsCard() {
    let found = detector.detect(in: "i see myself more in platform and architecture work")
    #expect(found.map { $0.signal.track } == [.aiops])
    #expect(found.first?.signal.phrase == "platform and architecture")
  }

  /// "i dont really want to be on call" denies on-call work; "governance - what does that
  /// actually cover. we have enterprise customers" asks of governance, and tells of the customers.
  @Test func whatTheyDoNotWantOrAskOfIsNotTheirWork() {
    let unwanted = detector.detect(in: "which track is the least ops heavy? i dont really want to be on call or doing infra")
    #expect(!unwanted.isEmpty)
    #expect(unwanted.allSatisfy { $0.negated })
    let asked = detector.detect(in: "governance - what does that actually cover. we have enterprise customers asking about it")
    #expect(asked.map { $0.signal.phrase } == ["enterprise"])
  }

  /// "please recommend again" at the end of a correction recommends (before: only "Noted"), and
  /// "recommend again pls" is no greeting.
  @Test func recommendAgainRecommends() {
    let (replies, _) = conversation([
      "i work on fraud detection models and a small chatbot", "no. my main work is fraud model. chatbot only small. please recommend again",
      "recommend again pls",
    ])
    #expect(replies[1].recommendation == .mlops)
    #expect(replies[2].intent == KnownIntent.recommendation)
  }

  @Test func aWorryOfTheirBossIsTheirTeamsNotSomeoneElses() {
    #expect(detector.detect(in: "token costs are my boss's main worry").contains { !$0.negated })
    #expect(detector.detect(in: "the prompt stuff is my coworkers'").allSatisfy { $0.negated })
  }

  @Test(arguments: ["kserve? we dont run any models ourselves lol", "mlflow for llms?"])
  func whatAFewWordsAskOfATermIsNotTheirWork(line: String) {
    #expect(detector.detect(in: line).allSatisfy { $0.negated })
  }

  @Test func whatTheyCallHypotheticalIsDeniedAndWhatTheyImagineIsAMaybe() {
    let denied = detector.detect(in: "the drift/retraining thing was hypothetical, i dont actually do that")
    #expect(denied.count == 2)
    #expect(denied.allSatisfy { $0.negated })
    let imagined = detector.detect(in: "suppose i run a rag chatbot")
    #expect(!imagined.isEmpty)
    #expect(imagined.allSatisfy { $0.hedged })
  }

  @Test func whatTheirTeamTalksAboutIsAMaybeButWhatOthersTalkAboutIsNotTheirs() {
    let planned = detector.detect(in: "weve also been talking about using llms to summarise clinical notes")
    #expect(!planned.isEmpty)
    #expect(planned.allSatisfy { $0.hedged })
    #expect(detector.detect(in: "everyone at work is talking about chatgpt").isEmpty)
  }

  @Test func anAuthorAnnouncingWhatTheTextExplainsTellsNothingOfTheirWork() {
    let reply = Fixtures.ask("Finally, we will explain what LLMOps is and how it emerged from MLOps.")
    #expect(reply.intent != KnownIntent.preference)
  }

  @Test func thatIsWhyExplainsAndAsksNothing() {
    let reply = Fixtures.ask("That is why MLOps, AIOps, and LLMOps are built on software engineering and infrastructure discipline.")
    #expect(reply.intent != KnownIntent.profile)
  }

  @Test func whatTheyDidNotEnjoyIsDeniedAndAPartialDenialIsAMaybe() {
    let disliked = detector.detect(in: "the rag chatbot was a mess and i didnt enjoy it")
    #expect(!disliked.isEmpty)
    #expect(disliked.allSatisfy { $0.negated })
    let partly = detector.detect(in: "we dont really do retraining much")
    #expect(!partly.isEmpty)
    #expect(partly.allSatisfy { $0.negated && $0.hedged })
  }

  @Test func edgeVisionWorkIsModelDeploymentNotLLMWork() {
    let (_, advisor) = conversation([
      "i do robotics, mostly deploying vision models to jetson boards with onnx and tensorrt",
      "we dont really do retraining much, its more like quantize to int8, profile latency on device",
    ])
    #expect(advisor.state.profile.leaning == .mlops)
    #expect(Fixtures.advisor().parser.parse("quantize to int8").corrections.isEmpty)
  }

  @Test func nonBeforeASignalDeniesItAlone() {
    #expect(detector.detect(in: "latency for non-llm models").contains { $0.signal.track == .llmops && $0.negated })
    #expect(detector.detect(in: "credit, customer, and non-customer decision models").allSatisfy { !$0.negated })
  }

  @Test func whatIsAlreadyUsedAddsRatherThanCorrects() {
    #expect(!detector.isCorrection(Fixtures.advisor().parser.parse("we already use kserve actually, plus prometheus")))
  }

  @Test(arguments: ["i run the recsys", "we build recommendation systems", "i maintain the ranking models for search"])
  func recommenderWorkIsPredictiveModels(line: String) {
    #expect(detector.detect(in: line).contains { $0.signal.track == .mlops && !$0.negated })
  }

  @Test func aQuestionCorrectsNothing() {
    let parser = Fixtures.advisor().parser
    #expect(!detector.isCorrection(parser.parse("so does that make me llmops now??")))
    #expect(detector.isCorrection(parser.parse("actually I mostly run forecasting models now")))
  }

  @Test func aSideProjectIsPlayedDownOnlyWhenSaidOfSomething() {
    #expect(detector.detect(in: "the llm thing was a side project").allSatisfy { $0.hedged })
    #expect(!detector.detect(in: "i built a little chatbot side project with the openai api").contains { $0.hedged })
  }

  @Test(arguments: ["what i really do is manage the k8s platform that hosts everything", "what i actually do: we run fraud models"])
  func tellingWhatTheyDoAsksNothing(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.preference)
  }

  @Test(arguments: ["like would i be using the same mlflow and airflow stuff", "would i be learning kubeflow then"])
  func whatTheyAskWhetherTheyWouldUseIsNotTheirWork(line: String) {
    #expect(detector.detect(in: line).isEmpty)
  }

  @Test func whatEveryoneDoesIsNotTheirWork() {
    #expect(detector.detect(in: "so are my skills obsolete now that everyone does llms?").isEmpty)
    #expect(detector.detect(in: "everyone on linkedin says llms are the future tho").isEmpty)
    #expect(!detector.detect(in: "everyone on my team uses mlflow").isEmpty)
  }

  @Test func aTrackSomeoneElseThinksOfIsNotTheirs() {
    #expect(!detector.detect(in: "my client's CTO thinks llmops is just mlops rebranded").contains { $0.signal.reason == Phrases.namedTrackReason })
  }

  @Test(arguments: [
    "the gpt thing is a side task", "the gpt part is minor", "the llm thing is small", "governance is a later problem for us",
    "rag is low priority for now",
  ])
  func whatTheyPlayDownCountsAsAMaybe(line: String) {
    let detections = detector.detect(in: line)
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { $0.hedged })
  }

  /// Scepticism about a track counts against it; a track someone else "means" is not self-named.
  @Test func scepticismCountsAgainstATrack() {
    let detections = detector.detect(in: "im an sre and skeptical of the aiops hype")
    #expect(detections.contains { $0.signal.track == .aiops && $0.negated })
    #expect(SignalDetector.reportsSpeech(["by", "aiops", "he", "means", "anomaly", "detection"][...]))
  }

  /// "me" after "tell" or "show" asks for the answer; it does not speak of the asker's work.
  @Test func tellMeAsksForTheAnswer() {
    let parser = Fixtures.advisor().parser
    #expect(SignalDetector.asksWithoutTheAsker(parser.parse("could you tell me what the source says about governance and drift?")))
    #expect(!SignalDetector.asksWithoutTheAsker(parser.parse("could you tell me which track suits my drift work?")))
  }

  /// A supposed person's work is not the speaker's; "i'm someone who…" is.
  @Test func aSupposedPersonsWorkIsNotTheirs() {
    #expect(detector.detect(in: "if someone serves an LLM assistant and cares about latency and token cost which track").isEmpty)
    #expect(detector.detect(in: "say somebody runs fraud models, which track").isEmpty)
    #expect(!detector.detect(in: "im someone who deploys fraud models").isEmpty)
  }

  /// What was called off, disowned, someone else's or over, before or after it is named.
  @Test(arguments: [
    "scratch the gateway", "the fraud model isnt mine", "the chatbot is not really ours", "chatbots are not my thing",
    "the chatbot is other team, not me", "the chatbot belongs to another team", "the classifier is done",
    "we barely retrain it", "the llm project got cancelled", "the chatbot pilot is the other team's",
    "the claims bot is owned by the digital team btw", "the prompt stuff is my coworkers not me",
    "the feature pipelines are getting handed off", "we are handing over the chatbot", "the fraud model was outsourced",
    "but the fraud models will be handed to another team", "honestly the models are someone elses job, i just own the pipelines",
  ])
  func whatIsCalledOffDisownedOrOverIsDenied(line: String) {
    let detections = detector.detect(in: line)
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { $0.negated })
  }

  @Test(arguments: [
    "the genai thing is going to be my main job from next quarter", "genai will be our whole focus next year",
    "the rag stuff is gonna be like 70% of my job next year", "the chatbot will be most of my time next year",
  ])
  func whatWillBeTheirMainWorkIsNoMaybe(line: String) {
    let detections = detector.detect(in: line)
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { !$0.hedged })
  }

  @Test(arguments: ["latency is killing us, p99 is like 4s", "token cost is killing me", "hands-on with mlflow and airflow"])
  func whatHurtsTheSpeakerIsTheirWork(line: String) {
    let detections = detector.detect(in: line)
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { !$0.negated })
  }

  @Test func anOpinionThatSomethingSoundsLikeATrackIsNotTheirWork() {
    #expect(!detector.detect(in: "governance sounds kinda like aiops to me").contains { $0.signal.phrase == "aiops" })
  }

  @Test func versioningEveryModelIsNoPlatformHostingEveryModel() {
    let tracks = detector.detect(in: "we need audit trails for every model version").map(\.signal.track)
    #expect(tracks.contains(.mlops))
    #expect(detector.detect(in: "we need audit trails for every model version").filter { $0.signal.track == .aiops }.count == 1)
  }

  /// A tool in a clause that tells, with a question word inside it ("when it shows up"), counts
  /// as their work though a later clause asks; one in a question does not.
  @Test func aToolToldBeforeAQuestionCounts() {
    let told = conversation([
      "Every month I check for drift and when it shows up I kick off a retraining pipeline in Airflow that pulls fresh features and registers the new model in MLflow. Is MLOps still a good bet for me or should I look at LLMOps?",
    ]).advisor
    #expect(told.state.profile.evidence.contains { $0.phrase == "airflow" } && told.state.profile.evidence.contains { $0.phrase == "mlflow" })
    #expect(conversation(["do i need mlflow?"]).advisor.state.profile.evidence.isEmpty)
  }

  @Test func theProfileSaysWhenOlderEvidenceIsNotListed() {
    let (replies, advisor) = conversation([
      "i deploy churn models and retrain them weekly with airflow and mlflow on kubernetes",
      "we also run a rag chatbot with langchain and pinecone on gpt-4, evals and prompt versioning", "/profile",
    ])
    #expect(advisor.state.profile.evidence.count > Profile.evidenceLimit)
    #expect(Fixtures.text(of: replies[2]).contains("most recent items are listed"))
  }

  @Test(arguments: ["ok what governance tooling is there for aiops", "and what tools would the llm person need"])
  func aQuestionAfterAFillerIsNotTheirWork(line: String) {
    let (_, advisor) = conversation([line])
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func aRoleBeforeHereSaysWhoIsSpeaking() {
    let (replies, advisor) = conversation(["hi. cloud infra engineer here - terraform, aws, eks, lots of cost optimisation work"])
    #expect(advisor.state.profile.score(.aiops) > 0)
    #expect(Fixtures.text(of: replies[0]).contains("Noted"))
    let (field, _) = conversation(["data engineer here. airflow + dbt + snowflake mostly"])
    #expect(Fixtures.text(of: field[0]).contains("Data engineering isn't something my source covers"))
    #expect(Fixtures.text(of: field[0]).contains("Noted: MLOps"))
  }

  @Test func theEasiestForABeginnerIsTheDifficultyTopic() {
    #expect(Fixtures.text(of: Fixtures.ask("whats the easiest of the three for a beginner")).contains("ranks no track as easier"))
  }

  @Test func theNoteSetsWhatWasDeniedApart() {
    let reply = Fixtures.ask("forget the gateway. its mostly just the k8s cluster for our ml models")
    #expect(Fixtures.text(of: reply).contains(#"AIOps ("k8s cluster"; not "gateway")"#))
  }

  @Test func playingDownAChatbotKeepsTheForecastingAhead() {
    let (replies, _) = conversation([
      "i do demand forecasting for a retail chain, retrain weekly",
      "my boss just asked me to add a GPT summary to our forecast dashboard",
      "so does that make me llmops now??",
      "actually no wait, its more that i like the forecasting stuff, the gpt thing is a side task",
      "which track should i pick",
    ])
    #expect(replies[2].leaning == .mlops)
    #expect(replies[4].recommendation == .mlops)
  }

  @Test func aNegationReachesEveryItemOfItsList() {
    let detections = detector.detect(in: "hm but i dont really do governance or agent stuff")
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { $0.negated })
    #expect(detector.detect(in: "no governance, we run agents").contains { !$0.negated })
  }

  @Test func aSignalSaidAgainCountsOnce() {
    let (_, advisor) = conversation([
      "we have chatbots. chatbots chatbots chatbots", "we have chatbots. chatbots chatbots chatbots",
    ])
    #expect(advisor.state.profile.score(.llmops) == 2)
    #expect(Fixtures.text(of: Fixtures.ask("we have chatbots, chatbots and chatbots")).contains("(\"chatbot\")."))
  }

  @Test func whatAQuestionAsksAboutIsNotTheirWork() {
    let (replies, advisor) = conversation(["im an mlops engineer at a bank, which track covers governance?"])
    #expect(replies[0].tracks == [.aiops])
    #expect(advisor.state.profile.score(.aiops) == 0)
    #expect(advisor.state.profile.score(.mlops) > 0)
  }

  @Test func aCorrectionToTheChatWorkRecommendsLLMOps() {
    let (replies, _) = conversation([
      "im an ios dev, we ship an on device image classifier (coreml) in our app",
      "and now we are adding a chat assistant that calls the openai api",
      "actually scratch that, the classifier is done, we barely retrain it. mostly its the chat thing now",
      "so which track should i pick",
    ])
    #expect(replies[3].recommendation == .llmops)
  }

  @Test(arguments: [
    "so im a qa / test automation engineer at a fintech, mostly selenium + pytest stuff",
    "career changer here, from accounting, no coding yet",
  ])
  func sayingWhoTheyAreIsNotedNotDeclined(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.preference)
  }

  @Test func aQuestionInsideTheirStoryIsAnswered() {
    let reply = Fixtures.ask("i do churn models so which track is good for me")
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(reply.recommendation == .mlops)
  }

  @Test func tracksTheyCompareAreNotTheirWork() {
    #expect(detector.detect(in: "hi im writing my thesis comparing mlops llmops and aiops").isEmpty)
    #expect(!detector.detect(in: "i do mlops and some llmops").isEmpty)
  }

  @Test(arguments: [
    "what security tools would i use in aiops", "do i still need vllm", "do u know if mlflow can track llm prompts",
  ])
  func whatAQuestionAsksForIsNotTheirWork(line: String) {
    #expect(detector.detect(in: line).isEmpty)
  }

  @Test(arguments: [
    "which track should i choose if i run a rag chatbot",
    "what title should I put on the job ad if the person will run our llm gateway and evals",
    "what i do is manage the k8s platform that hosts everything",
  ])
  func whatTheyTellInsideAQuestionIsTheirWork(line: String) {
    #expect(!detector.detect(in: line).isEmpty)
  }

  @Test func aTrackTheyMeantCorrectsTheirStory() {
    let (replies, _) = conversation(["i do mlops", "no wait i meant llmops, sorry", "which track"])
    #expect(replies[1].intent == KnownIntent.preference)
    #expect(replies[2].recommendation == .llmops)
  }

  @Test func cvBeforeARoleIsNotAResume() {
    let reply = Fixtures.ask("hello! cv researcher here, mostly pytorch, object detection models, deploying to edge devices")
    #expect(reply.intent == KnownIntent.preference)
    #expect(reply.leaning == .mlops)
  }

  @Test func aToolAskedBeforeTheReasonIsLookedUp() {
    #expect(Fixtures.ask("do i still need vllm if we just call the api").tracks == [.llmops])
  }

  @Test func whichForTheirTeamIsTheRecommendation() {
    let (replies, _) = conversation([
      "my team does churn and recommendation models, weekly airflow retraining", "so which for my team",
    ])
    #expect(replies[1].recommendation == .mlops)
  }

  @Test func whatSomeoneElseWantsMadeCountsAsAMaybe() {
    let detections = detector.detect(in: "our ceo now wants a claims bot on top of gpt4")
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { $0.hedged })
    #expect(!detector.detect(in: "the chatbot is run by us").allSatisfy { $0.negated })
  }

  @Test(arguments: ["and for the llm assistant, what would llmops monitor that i dont already", "also what is TGI"])
  func whatAQuestionIsAboutIsNotTheirWork(line: String) {
    let (_, advisor) = conversation([line])
    #expect(advisor.state.profile.score(.llmops) == 0)
  }

  /// A CV in fragments, no "I", then a bare "Which track?": the fragments are their work, and
  /// the question gets the recommendation.
  @Test(arguments: [
    ("Senior Platform Engineer, 7 years Kubernetes infra, Prometheus observability, OPA policy. Which track?", TrackID.aiops),
    ("Data scientist, 5 years of churn models, Kubeflow pipelines, MLflow registry. Which one?", .mlops),
  ])
  func aCVInFragmentsThenWhichTrackIsTheirStory(line: String, track: TrackID) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent == KnownIntent.recommendation)
    #expect(replies[0].recommendation == track)
    #expect(advisor.state.profile.leaning == track)
  }

  /// A question before "which one?" is not a story.
  @Test func aQuestionBeforeWhichOneIsNoStory() {
    let (replies, advisor) = conversation(["what is mlops. which one fits?"])
    #expect(replies[0].intent == KnownIntent.definition)
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// Two teams' systems, then "which track should I hire from for each?": each track their words
  /// point to, with what they said for it, not one recommendation; and a topic asked of "each
  /// team" after it is answered for both.
  @Test func whichTrackForEachTeamGivesEachPartItsTrack() {
    let (replies, _) = conversation([
      "i'm an engineering manager with two teams: one building an LLM customer support bot, one doing a demand forecasting model. which track should I hire from for each?",
      "what tools would each team be using day to day",
    ])
    #expect(replies[0].intent == KnownIntent.fit)
    #expect(replies[0].tracks == [.llmops, .mlops])
    #expect(replies[1].intent == KnownIntent.tools)
    #expect(replies[1].tracks == [.llmops, .mlops])
  }

  /// A time opening a clause ("next year we …", "soon we will …") puts what follows it later:
  /// a maybe, not their work today.
  @Test(arguments: ["my manager say next year we make also chatbot for customer with gpt", "next year we add a rag bot", "soon we will build an agent"])
  func aPlanOpeningWithItsTimeIsAMaybe(line: String) {
    let detections = detector.detect(in: line)
    #expect(!detections.isEmpty)
    #expect(detections.allSatisfy { $0.hedged })
  }

  /// A pasted job ad asked about is placed by its words, which are not the asker's work; so is
  /// a candidate's CV asked about by "which of the 3 roles is she best for".
  @Test(arguments: [
    ("job ad: \"own our LLM serving with TGI and build evals\". which track is this?", TrackID.llmops),
    ("a candidate CV says: \"built MLflow model registry, Airflow retraining DAGs, Evidently drift monitors\". Which of the 3 roles is she best for?", .mlops),
  ])
  func aPostingOrACandidateIsPlacedNotNoted(line: String, track: TrackID) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent == KnownIntent.fit)
    #expect(replies[0].tracks == [track])
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// A line that opens by saying what a track is, naming no one, tells nothing of their work.
  @Test func whatATrackIsSaidToBeIsNotTheirWork() {
    #expect(detector.detect(in: "AIOps is gartner term for AI for IT operations, anomaly detection on logs etc. your source is using it wrong").isEmpty)
    #expect(!detector.detect(in: "llmops is my main job, we run a rag chatbot").isEmpty)
  }

  /// "…, not my job" after a clause takes what it names back; "is the SMALL part" plays it down.
  @Test func notMyJobAfterAClauseTakesItBack() {
    let found = detector.detect(in: "the anomaly detection thing was me arguing about gartner, not my job. and the chatbot is the SMALL part")
    #expect(found.first { $0.signal.phrase == "anomaly detection" }?.negated == true)
    #expect(found.first { $0.signal.phrase == "chatbot" }?.hedged == true)
  }

  /// Tools they say they only know or are fine with are background: they count as a maybe.
  @Test(arguments: ["(I'm fine with k8s, docker, grafana etc)", "I already know grafana", "im familiar with kubernetes"])
  func whatTheyOnlyKnowCountsAsAMaybe(line: String) {
    let found = detector.detect(in: line)
    #expect(!found.isEmpty && found.allSatisfy(\.hedged))
  }

  /// Playing down later what was said firmly before makes the earlier words count as a maybe,
  /// instead of counting them again.
  @Test func playingDownLaterCountsTheEarlierWordsAsAMaybe() {
    let (_, advisor) = conversation([
      "backend dev, i run some k8s and grafana", "the k8s/grafana bit was just me saying I already know infra",
    ])
    let grafana = advisor.state.profile.evidence.filter { $0.saidPhrase == "grafana" }
    #expect(grafana.count == 1 && grafana[0].weight == 1)
  }

  /// The last item of a list after a clause of their own work is theirs too, though a question
  /// pointing back follows it.
  @Test func theLastItemOfTheirListCountsBeforeAQuestion() {
    let found = detector.detect(in: "my day job is writing Go APIs that call OpenAI, caching responses, and watching token spend on a dashboard. does that change anything?")
    #expect(found.contains { $0.signal.phrase == "tokens" })
  }
}
