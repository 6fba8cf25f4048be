@testable import OpsAdvisorCore
import Testing

/// Questions that ask which track something belongs to (`Advisor+Coverage.swift`).
@Suite struct CoverageTests {
  /// "does it mention X" asks of the source, alone or after a complaint, and is not their work.
  @Test(arguments: [
    "does it mention access control or not?", "that doesnt answer my question. does it mention access control or not?",
    "bro you just listed the same stuff. does the doc say anything about cost",
  ])
  func doesItMentionAsksOfTheSource(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent != KnownIntent.recommendation && reply.intent != KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("My source mentions"))
    #expect(!Fixtures.text(of: reply).contains("Noted"))
  }

  /// A comparison on two factors shows both rows, in the order named.
  @Test func aComparisonOnTwoFactorsShowsBothRows() {
    let reply = Fixtures.ask("compare mlops and llmops on tools and projects")
    guard case .table(_, let rows)? = reply.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
      Issue.record("no table")
      return
    }
    #expect(rows.map { $0[0] } == ["Tool emphasis", "Project style"])
    #expect(reply.tracks == [.mlops, .llmops])
    // A word that is no factor but some row has adds that row: AIOps lists governance in its main focus.
    let concept = Fixtures.ask("compare all three on governance and tools")
    guard case .table(_, let conceptRows)? = concept.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
      Issue.record("no table")
      return
    }
    #expect(conceptRows.map { $0[0] } == ["Tool emphasis", "Main focus"])
  }

  /// Which track suits someone else is answered from what the line says of them, and leaves
  /// the asker's profile alone.
  @Test(arguments: [
    "which track for someone working on a recommender system", "what track should my colleague who runs our fraud detection model take",
  ])
  func whichTrackForSomeoneElseIsPlacedByWhatTheLineSays(line: String) {
    let (replies, advisor) = conversation(["i work on an llm chatbot", line])
    #expect(replies[1].tracks == [.mlops])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What that describes points to MLOps."))
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  /// A follow-up on a concept before an aside finds the place with all its words, not the one
  /// in focus with one of them.
  @Test func aFollowUpOnAConceptBeforeAnAsideFindsAllItsWords() {
    let replies = conversation(["what is agentops", "and cost control? token spend is my biggest problem rn"]).replies
    #expect(Fixtures.text(of: replies[1]).contains("My source doesn't mention cost control for AIOps; it does for LLMOps:"))
    #expect(replies[1].tracks == [.llmops])
  }

  /// A question about tools the source only names says it names them and no more, then where.
  @Test(arguments: [
    ("is vllm something i install?", "My source lists vLLM among the LLMOps tools and says no more about it"),
    ("is tgi better than vllm", "My source lists TGI and vLLM among the LLMOps tools and says no more about them"),
    ("should i learn kubeflow or airflow first?", "My source lists Kubeflow and Airflow among the MLOps tools"),
  ])
  func aQuestionAboutANamedToolSaysTheSourceOnlyNamesIt(line: String, start: String) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).contains(start))
    #expect(reply.intent == "tools")
    // With another track in focus, no second word on where they are.
    let afterMLOps = conversation(["what is mlops", line]).replies[1]
    #expect(!Fixtures.text(of: afterMLOps).contains("doesn't mention"))
    // Asked which track, the thing is looked up instead.
    #expect(Fixtures.text(of: Fixtures.ask("which track is kubeflow in?")).contains("Kubeflow"))
    #expect(!Fixtures.text(of: Fixtures.ask("which track is kubeflow in?")).contains("says no more"))
  }

  /// A tool asked of a track that does not list it: no, the source lists it for another track only.
  @Test(arguments: [("does airflow matter for llmops?", TrackID.mlops, "Airflow"), ("is vllm needed for mlops", .llmops, "vLLM")])
  func aToolAskedOfAnotherTrackIsListedElsewhere(line: String, track: TrackID, tool: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "tools")
    #expect(reply.tracks == [track])
    #expect(Fixtures.text(of: reply).hasPrefix("No: my source lists \(tool) among the"))
  }

  /// The question about someone else may come after what they do.
  @Test func whichTrackFitsHerAfterWhatSheDoes() {
    let (replies, advisor) = conversation([
      "i look after sagemaker endpoints and airflow dags that retrain them", "my teammate does the genai stuff tho, which track fits her?",
    ])
    #expect(replies[1].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What that describes points to LLMOps."))
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  /// Asked what to recommend for someone named and spoken of as "she" or "he", the line's own
  /// words place them, and none of it counts as the asker's work; with nothing that points to
  /// one track, the advisor asks what they do rather than giving the asker's recommendation.
  @Test(arguments: [
    ("what would you recommend for priya on my team, she builds the feature pipelines and retrains the scoring models", TrackID.mlops),
    ("and for tom? hes been doing the prompt engineering and eval for the chatbot pilot", .llmops),
  ])
  func aRecommendationForSomeoneNamedPlacesThem(line: String, track: TrackID) {
    let (replies, advisor) = conversation(["i run our credit risk scoring models", line])
    #expect(replies[1].tracks == [track])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What that describes points to"))
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
    let vague = Fixtures.ask("what would you recommend for sam, he is new")
    #expect(Fixtures.text(of: vague).hasPrefix("I can place someone else only by what you tell me of their work"))
    // During the guided questions too, a question about someone else is no answer to them.
    let (during, interviewing) = conversation(["which track should i choose", line])
    #expect(during[1].tracks == [track])
    #expect(interviewing.state.interview?.questionIndex == 0)
    let team = Fixtures.ask("hi, im a team lead, want to figure out which track fits each person on my team")
    #expect(Fixtures.text(of: team).hasPrefix("I can place someone else only by"))
  }

  /// Asked which track covers which part of their work, each track their words point to is
  /// listed with what they said for it; with one track only, the question is answered as before.
  @Test(arguments: [
    "which track covers what for us?", "who should own what", "which part goes where?", "so which track covers which part",
  ])
  func whichTrackCoversWhichPartListsEachTrack(line: String) {
    let replies = conversation([
      "we run credit risk scoring models with xgboost, and the bank is piloting an internal chatbot", line,
    ]).replies
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix("From what you've told me, the parts of your work point to different tracks:"))
    #expect(replies[1].tracks == [.mlops, .llmops])
    #expect(text.contains("You said \"we run credit risk scoring models with xgboost\""))
    let single = conversation(["i retrain churn models every week", line]).replies[1]
    #expect(!Fixtures.text(of: single).hasPrefix("From what you've told me, the parts"))
  }

  /// A request for a summary of nothing named gets the main takeaway; one of the person gets
  /// their profile.
  @Test(arguments: ["can you give me a one paragraph summary i can paste into a slide", "give me a summary"])
  func aSummaryOfNothingNamedIsTheTakeaway(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.overview)
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("The quick version:"))
    let aboutThem = conversation(["i deploy churn models", "summarise what you know about me"]).replies[1]
    #expect(Fixtures.text(of: aboutThem).hasPrefix("What your words point to so far:"))
  }

  /// What the source says about a topic or a row is that topic or row, not the page itself.
  @Test(arguments: [
    ("what does the source say about careers?", IntentID("career")), ("what does the source say about tools", "tools"),
    ("what does the source say about the main focus", KnownIntent.comparison),
  ])
  func whatTheSourceSaysAboutATopicIsThatTopic(line: String, intent: IntentID) {
    #expect(Fixtures.ask(line).intent == intent)
  }

  /// Rows of the table asked for by name, in a list or as "the first row: …", are those rows.
  @Test func rowsAskedForByNameAreThoseRows() {
    let replies = conversation([
      "Sorry, I meant all three tracks. Let's start with the first row: core system type.",
      "then the remaining rows: best for, tool emphasis, project style, career outcome",
    ]).replies
    #expect(replies.map(\.intent) == [KnownIntent.comparison, KnownIntent.comparison])
    let rows = Fixtures.text(of: replies[1])
    for row in ["Best for", "Tool emphasis", "Project style", "Career outcome"] { #expect(rows.contains(row)) }
    #expect(!rows.contains("Main focus"))
  }

  /// A posting pasted in quotes with "which track is this job?" after it is placed by its own
  /// words, whatever was pasted before it.
  @Test func aPastedPostingIsPlacedByItsOwnWords() {
    let replies = conversation([
      "\"Responsibilities: build CI/CD for ML models, monitor drift, maintain feature store, work with data scientists on retraining\" which track is this job?",
      "next one: \"you will design evaluation harnesses for LLM outputs and manage prompt versions, optimize latency of our vLLM deployment\" which track is this job?",
    ]).replies
    #expect(replies.map(\.tracks) == [[.mlops], [.llmops]])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("What that describes points to LLMOps."))
    #expect(text.contains("You said \"optimize latency of our vLLM deployment\":"))
  }

  /// Evidence quotes a clause without the marks of a pasted text or the question after it, and
  /// with a bracket it opened closed.
  @Test(arguments: [
    ("\"you will design evaluation harnesses", "you will design evaluation harnesses"),
    ("optimize latency of our vLLM deployment\" which track is this job?", "optimize latency of our vLLM deployment"),
    ("i built an internal RAG bot (langchain + openai", "i built an internal RAG bot (langchain + openai)"),
    ("training sets etc)", "training sets etc"), ("we said \"drift\" a lot", "we said \"drift\" a lot"),
  ])
  func evidenceQuotesTheClauseCleanly(clause: String, quoted: String) {
    #expect(Profile.quoted(clause) == quoted)
  }

  /// "which should i learn?" beside their story, and the recommendation asked for by name,
  /// get the recommendation; "learn" is no concept to compare on.
  @Test(arguments: [
    "hi. im a security engineer at a fintech, my boss just told me i now 'own AI governance' lol. thats model inventory, access controls for our internal llm gateway, audit logs, and everyone is freaking out about the EU AI act. which of these tracks actually covers that?",
    "we run the platform with governance and audit logs for every model, which one fits this best",
  ])
  func whichTrackCoversWhatTheyToldIsTheRecommendation(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.recommendation && reply.recommendation == .aiops)
  }

  @Test func theRecommendationAskedInOtherWords() {
    let story = Fixtures.ask("ok and which should i learn? at work i kinda maintain our rag chatbot, mostly fixing slow responses and token costs")
    #expect(story.intent == KnownIntent.recommendation)
    #expect(story.recommendation == .llmops)
    #expect(Fixtures.ask("ok whats the recommendation now").intent == KnownIntent.recommendation)
    let compared = Fixtures.ask("what is aiops and how is it different from mlops and which should i learn?")
    #expect(!Fixtures.text(of: compared).contains("mentions learn"))
  }

  /// What the source leaves out is listed: the topics it says nothing about, then the fields
  /// next door it does not describe (not AgentOps, which it places under AIOps).
  @Test(arguments: [
    "what does it NOT cover?", "what topics is your source silent on", "what's missing from the doc",
    "which stuff does your doc skip entirely?",
  ])
  func whatTheSourceLeavesOutIsListed(line: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("My source stays with the three tracks."))
    for name in ["Pay", "How long learning takes", "DevOps", "SRE"] { #expect(text.contains(name)) }
    #expect(!text.contains("AgentOps"))
  }

  /// A summary of the whole comparison is the main takeaway too.
  @Test(arguments: ["summarise the whole comparison please", "summarize the doc for me"])
  func aSummaryOfTheWholeComparisonIsTheTakeaway(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("The quick version:"))
  }

  /// A summary of the conversation lists the topics answered so far, each with its tracks (a
  /// comparison with its row), then the main takeaway; the recap itself is not listed later.
  @Test func aSummaryOfTheConversationListsWhatWasCovered() {
    let replies = conversation([
      "summarise everything we've covered", "what is mlops", "compare them on main focus", "what tools does llmops use",
      "Could you summarise everything we've covered so I can paste it into my course notes?", "recap what we discussed so far",
    ]).replies
    #expect(Fixtures.text(of: replies[0]).hasPrefix("We haven't gone over anything yet."))
    let recap = Fixtures.text(of: replies[4])
    #expect(recap.hasPrefix("Here is what we have gone over so far:"))
    for item in ["What each track means: MLOps", "A side-by-side comparison of the tracks: Main focus", "The tools each track uses: LLMOps"] {
      #expect(recap.contains(item))
    }
    #expect(recap.contains("The quick version:"))
    #expect(Fixtures.text(of: replies[5]) == recap)
    // One line per topic, with the tracks of all its answers.
    let merged = conversation(["what skills does llmops need", "and mlops?", "recap what we discussed so far"]).replies[2]
    #expect(Fixtures.text(of: merged).contains("  - The skills each track makes you practise: LLMOps, MLOps\n"))
  }

  /// "idk" with no question waiting starts the questions that help them decide.
  @Test(arguments: ["idk", "no idea", "dunno"])
  func sayingTheyDontKnowStartsTheQuestions(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent == KnownIntent.recommendation)
    #expect(advisor.state.interview != nil)
  }

  /// "easier?" alone is "which easier"; "idk really" is "idk".
  @Test func oneWordTopicsAndUnsureWithFillers() {
    let replies = conversation(["mlops vs llmops", "easier?"]).replies
    #expect(Fixtures.text(of: replies[1]).hasPrefix("Which track is easier to learn isn't something my source covers"))
    #expect(Fixtures.ask("idk really").intent == KnownIntent.recommendation)
    #expect(Fixtures.ask("meh dunno").intent == KnownIntent.recommendation)
    // In the guided questions, the same passes on the question.
    let advisor = conversation(["which track should i choose", "hmm not sure tbh"]).advisor
    #expect(advisor.state.interview?.questionIndex == 1)
  }

  /// Vague answers to the guided questions pass on them, as "not sure" does.
  @Test(arguments: ["both i guess", "depends", "not really", "it depends tbh"])
  func aVagueAnswerPassesOnAQuestion(line: String) {
    let advisor = conversation(["which track should i choose", line]).advisor
    #expect(advisor.state.interview?.questionIndex == 1)
  }

  /// The guided questions are set aside after three turns in a row that answer none of them.
  @Test func theQuestionsAreSetAsideAfterThreeAsides() {
    let (replies, advisor) = conversation(["which track should i choose", "what is mlops", "and aiops?", "thx"])
    #expect(Fixtures.text(of: replies[2]).contains("Back to my question:"))
    #expect(Fixtures.text(of: replies[3]).contains("I'll leave my questions there."))
    #expect(advisor.state.interview == nil)
  }

  /// Asked in words to save the conversation, the advisor names the command that does it.
  @Test(arguments: ["ok thx. can u save this for me", "is it possible to export this chat"])
  func askingToSaveNamesTheCommand(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("To keep this conversation, type /save FILE"))
    #expect(!Fixtures.text(of: Fixtures.ask("save money on gpus with llmops?")).contains("/save"))
  }

  /// AIOps named for IT operations work is noted with a word that the source means another
  /// AIOps; asked whether it is the same AIOps, the two meanings answer.
  @Test func aiopsForITOperationsIsTheOtherMeaning() {
    let replies = conversation([
      "ok new info, my boss wants \"AIOps\" for the IT ops team - like alert noise reduction, incident correlation",
      "is the aiops in your source the same thing my boss means?",
    ]).replies
    #expect(Fixtures.text(of: replies[0]).contains("is what the other meaning of \"AIOps\" is about"))
    #expect(replies[1].intent == KnownIntent.aiopsMeaning)
    let platform = Fixtures.ask("i run the aiops platform: observability and governance for our llm agents")
    #expect(!Fixtures.text(of: platform).contains("other meaning"))
  }

  /// "and llmops?" just after a topic the source does not cover asks the same of LLMOps; later,
  /// it no longer does.
  @Test func aTrackAfterATopicNotCoveredAsksTheSameOfIt() {
    let replies = conversation(["how long would it take to learn mlops", "and llmops?", "what is mlops", "and llmops?"]).replies
    #expect(Fixtures.text(of: replies[1]).hasPrefix("The same goes for LLMOps:"))
    #expect(Fixtures.text(of: replies[1]).contains("How long learning takes isn't something my source covers"))
    #expect(replies[1].tracks == [.llmops])
    #expect(!Fixtures.text(of: replies[3]).contains("isn't something my source covers"))
  }

  /// Who wrote the source is answered whatever else the line names; "how long time learn?"
  /// is the time learning takes.
  @Test func whoWroteItAndHowLongTimeLearn() {
    let author = Fixtures.ask("who wrote this doc anyway, a course vendor? be honest")
    #expect(author.intent == "about")
    #expect(Fixtures.text(of: author).contains("School of Core AI Curriculum Team"))
    #expect(Fixtures.text(of: Fixtures.ask("how long time learn?")).hasPrefix("How long learning takes isn't something my source covers"))
  }

  /// "who writes papers" after a noun speaks of someone, not of who wrote the source; "which
  /// track is the broadest" asks where AIOps sits, not for a recommendation.
  @Test func someoneWhoWritesAndTheBroadestTrack() {
    let reply = Fixtures.ask("i work on llm products. which track should i pick, given im a researcher who writes papers")
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(!Fixtures.text(of: reply).contains("School of Core AI Curriculum Team"))
    for line in ["which track is the broadest", "which one has the widest scope"] {
      #expect(Fixtures.ask(line).intent == KnownIntent.aiopsPosition, "\(line)")
    }
  }

  /// Asked for one track that covers all of their mixed work, none does: the widest, then where
  /// each part points.
  @Test(arguments: ["which track covers all of it??", "is there ONE track that covers everything we do or not"])
  func noOneTrackCoversAllOfMixedWork(line: String) {
    let (replies, _) = conversation(["im cto of a tiny startup, we do finetuning a small model, a RAG app, k8s, oncall, dashboards", line])
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix("No one track of my source covers all of it. The widest is AIOps"))
    #expect(text.contains("LLMOps") && text.contains("\"oncall\"") && replies[1].sources.contains("Summary"))
  }

  /// Time to learn asked in the words of someone writing in a second language, age or a late
  /// career change, laws and standards, and the order to learn the tracks in are said not to be
  /// in the source, then what comes closest.
  @Test(arguments: [
    ("how much time for learn mlops? 3 month is posible?", "How long learning takes isn't something my source covers"),
    ("no i ask how many time, weeks or months, for learn it", "How long learning takes isn't something my source covers"),
    ("how long it take to learn mlops?", "How long learning takes isn't something my source covers"),
    ("is it too late for me to get into any of this at 41?", "Age and when to switch careers isn't something my source covers"),
    ("does ur source say anything about regulation, eg the EU AI Act or SR 11-7?", "Naming laws, regulations or standards isn't"),
    ("ok and what order should my team learn these in? all 3 eventually", "Which track to learn before another isn't"),
  ])
  func learningTimeAndAgeAreSaidNotToBeCovered(line: String, opening: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix(opening))
  }

  /// Pay, job-market demand, where a term came from, cloud providers and personal data, asked in
  /// words people use, are said not to be in the source, then what comes closest.
  @Test(arguments: [
    ("And what do those jobs pay compared to a senior financial analyst? Roughly?", "Pay"),
    ("which track has the best job market demand right now?", "Which track has more openings"),
    ("when was the term MLOps first coined?", "Where the terms came from"),
    ("which cloud provider is best for aiops, aws or azure?", "Which cloud provider to use"),
    ("Where does PII redaction in prompts fit - LLMOps or AIOps?", "Personal data and PII"),
    ("is the course free?", "Course prices, dates and format"),
    ("how long take to learn LLMOps if I study 1 hour per day after work?", "How long learning takes"),
    ("Does the source say anything about how long the MLOps track takes to complete?", "How long learning takes"),
    ("can i do llmops without knowing mlops?", "Which track to learn before another"),
    ("should i learn mlops before llmops", "Which track to learn before another"),
    ("do i need mlops at all or can i skip it", "Which track to learn before another"),
  ])
  func topicsTheSourceLeavesOutAreSaidToBe(line: String, topic: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("\(topic) isn't something my source covers"))
  }

  /// "doesnt that make it aiops?" after their story asks what of it points there; a platform
  /// shared by many teams points to AIOps.
  @Test func doesntThatMakeItAIOpsShowsWhatPointsThere() {
    let replies = conversation([
      "i run a shared cluster serving llms for many teams",
      "hmm but its a platform for multiple teams, not one llm app. doesnt that make it aiops?",
    ]).replies
    #expect(replies[1].intent == KnownIntent.profile)
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What you've told me that points to AIOps:"))
    #expect(Fixtures.text(of: replies[1]).contains("many teams"))
  }

  /// "Where does the source mention X?" finds X where the source has it; for a tool it does
  /// not name, it says so and that the link to a track was the advisor's own.
  @Test func whereTheSourceMentionsSomething() {
    let kubeflow = Fixtures.ask("where does the source mention kubeflow")
    #expect(Fixtures.text(of: kubeflow).hasPrefix("My source mentions Kubeflow for MLOps"))
    let prometheus = Fixtures.text(of: Fixtures.ask("where does the doc mention prometheus"))
    #expect(prometheus.hasPrefix("My source doesn't name prometheus among any track's tools. Outside the comparison:"))
  }

  /// "what about X, which track is that" looks X up, found or not, rather than recommending.
  @Test(arguments: [
    ("what about kubernetes operators, which track is that", "I found nothing on kubernetes operators"),
    ("what about drift, which track is that", "My source mentions drift for MLOps"),
  ])
  func whatAboutAThingWhichTrackIsThatLooksItUp(line: String, start: String) {
    let reply = conversation(["i'm an sre on call for k8s", line]).replies[1]
    #expect(Fixtures.text(of: reply).hasPrefix(start))
    #expect(reply.intent != KnownIntent.recommendation)
  }

  /// "is cost a good reason to pick llmops tho" gets the source's rule for picking, then where
  /// LLMOps has cost, with LLMOps in focus for "what tools does it name for that" (before: the
  /// LLMOps overview, then the tools of the track in focus before it).
  @Test func aConceptAskedAsAReasonToPickATrackIsWhereTheTrackHasIt() {
    // Found in tmux: after a recommendation, with "hmm" before it (before: the recommendation's reasons).
    let afterFiller = conversation(["i mostly babysit our llm gateway", "which one is me then", "hmm is latency a good reason to pick llmops"])
    #expect(Fixtures.text(of: afterFiller.replies[2]).hasPrefix(Phrases.pickedByTheSystemType))
    let (replies, _) = conversation(["tell me about aiops", "is cost a good reason to pick llmops tho", "what tools does it name for that"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix(Phrases.pickedByTheSystemType))
    #expect(text.contains("cost-performance") && text.contains("Source: Recommended direction; Side-By-Side Comparison"))
    #expect(replies[2].tracks == [.llmops])
  }

  /// What the other meaning of AIOps is, told after IT-operations work, cites the advisor's own
  /// words in its sources line (before: no line, and "outside" as a section name in --json).
  @Test func theOtherMeaningOfAIOpsCitesTheAdvisorsOwnWords() {
    let reply = Fixtures.ask("so my company keeps saying we need AIOps. I'm an SRE, mostly on-call for k8s clusters")
    #expect(reply.sources.last == "Outside the comparison (general knowledge or my own advice)")
  }

  /// "does any of the tracks say something about research roles" asks the source of research
  /// (before: declined); "does the source say anything about careers" still gets the careers.
  @Test func aWordBesideATopicThatNoTrackMentionsIsLookedUp() {
    let research = Fixtures.ask("does any of the tracks say something about research roles or phds?")
    #expect(Fixtures.text(of: research).hasPrefix("I found nothing on research phds"))
    #expect(Fixtures.ask("does the source say anything about careers").intent == "career")
  }

  /// A word of the source beside one it never uses is asked as the two together: "prompt
  /// injection" is not "prompt".
  @Test func aWordOfTheSourceBesideAnUnknownOneIsAskedTogether() {
    let text = Fixtures.text(of: Fixtures.ask("what about prompt injection, is that in any of them?"))
    #expect(text.hasPrefix("I found nothing on prompt injection"))
  }

  /// "is kafka in any of them" looks Kafka up (before: declined); "what is vllm in like one
  /// sentence" asks what vLLM is (before: the overview of all three); "what is a feature store?"
  /// and "what does kubernetes mean" say the source does not name them, then what they are, as
  /// the advisor's own words.
  @Test(arguments: [
    ("is kafka in any of them", "I found nothing on kafka"),
    ("ok so what is drift? people keep saying it", "My source uses \"drift\" without saying what it means"),
    ("and drift? what is drift", "My source uses \"drift\" without saying what it means"),
    ("what does governance cover", "My source uses \"governance\" without saying what it means"),
    ("what does \"enterprise AI controls\" actually mean tho", "My source uses \"enterprise ai controls\" without saying what it means"),
    ("whats an llm btw, like chatgpt?", "Outside the comparison: LLM is short for \"large language model\""),
    ("governance - what does that actually cover", "My source uses \"governance\" without saying what it means"),
    ("is drift in any of them", "My source mentions drift for MLOps"),
    ("what does it say about keeping token costs down", "My source mentions costs for LLMOps"),
    ("what is vllm in like one sentence", "My source lists vLLM among the LLMOps tools"),
    ("what is a feature store?", "My source doesn't name Feature store. Outside the comparison: A feature store"),
    ("what does kubernetes mean", "My source doesn't name Kubernetes. Outside the comparison: Kubernetes"),
  ])
  func termsAskedInOtherWordsAreLookedUp(line: String, start: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix(start))
  }

  /// "is governance its own track or just part of aiops" says there are three tracks and this is
  /// none, then where the source mentions governance; a field next door keeps its own note.
  @Test func aConceptAskedAsATrackIsNone() {
    let text = Fixtures.text(of: Fixtures.ask("is governance its own track or just part of aiops"))
    #expect(text.hasPrefix(Phrases.noSuchTrack("governance")) && text.contains("My source mentions governance for AIOps"))
    #expect(Fixtures.text(of: Fixtures.ask("is evaluation a track of its own?")).hasPrefix(Phrases.noSuchTrack("evaluation")))
    #expect(Fixtures.text(of: Fixtures.ask("is agentops a separate track")).hasPrefix("My source has no separate AgentOps track"))
  }

  /// "is it governance or the model type that decides?" gets how to decide between the tracks,
  /// the dominant system type first, for no one track.
  @Test(arguments: [
    "ok but like, is it governance or the model type that decides? i dont run a platform, its one model",
    "does the system type or governance matter more for choosing",
  ])
  func whichOfTwoThingsDecidesIsHowToChoose(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.choose && reply.tracks.isEmpty)
    #expect(Fixtures.text(of: reply).contains("Let your dominant system type decide"))
  }

  /// "quote the exact line about aiops" is answered, saying first that the source is restated.
  @Test func aQuoteAskedOfATrackIsSaidToBeRestated() {
    #expect(Fixtures.text(of: Fixtures.ask("quote the exact line about aiops")).hasPrefix(Phrases.restatedForAQuote))
  }

  /// "give me one concrete difference between mlops and llmops" gets the row that sets them
  /// apart first, the core system type, not the whole table.
  @Test func oneDifferenceIsTheSystemTypeRow() {
    let reply = Fixtures.ask("give me one concrete difference between mlops and llmops. not marketing words")
    #expect(reply.intent == KnownIntent.comparison && reply.factor == .systemType)
    #expect(!Fixtures.text(of: reply).contains("Main focus"))
  }

  /// "can i realistically do aiops and llmops together or do i have to pick one" is asked as
  /// "should i do both"; a title setting the two side by side ("How they work together?") is not.
  @Test func takingUpSeveralTracksAtOnceIsAskedAsDoingBoth() {
    #expect(Fixtures.ask("can i realistically do aiops and llmops together or do i have to pick one").intent == KnownIntent.recommendation)
    #expect(Fixtures.ask("can i learn both llmops and aiops at the same time?").intent == KnownIntent.recommendation)
    #expect(Fixtures.ask("LLMOps vs MLOps - Which one to choose? and How they work together?").intent != KnownIntent.recommendation)
  }

  /// Whether something is in the source, asked as "is X in the doc" or "where does it mention
  /// X", is looked up; when it was written is who wrote it and when.
  @Test func questionsAboutTheSourceItself() {
    #expect(Fixtures.text(of: Fixtures.ask("is datadog in the doc at all?")).hasPrefix("My source doesn't name datadog"))
    #expect(Fixtures.text(of: Fixtures.ask("where does it mention prometheus")).hasPrefix("My source doesn't name prometheus"))
    #expect(Fixtures.ask("is kserve in the doc?").tracks == [.aiops])
    #expect(Fixtures.text(of: Fixtures.ask("when was it written")).contains("May 12, 2026"))
    #expect(Fixtures.ask("so not the same thing as what our noc calls aiops?").intent == KnownIntent.aiopsMeaning)
  }

  /// Asked whether the source is biased or an advert, the advisor says, as its own, that it
  /// comes from the provider of the courses it points to, then who wrote it.
  @Test(arguments: ["so its basically an ad for their courses", "is it biased? they sell courses"])
  func whetherTheSourceIsBiased(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == "about")
    #expect(Fixtures.text(of: reply).hasPrefix("Outside the comparison: the page comes from the School of Core AI"))
    #expect(Fixtures.ask("is aiops just marketing?").intent != "about")
  }

  /// Compared on skills, which the table has no row for, the skills lists answer, after the
  /// table when a factor is named too.
  @Test func aComparisonOnSkillsShowsTheSkills() {
    #expect(Fixtures.ask("compare mlops and llmops on skills").intent == "skills")
    let both = Fixtures.ask("compare mlops and llmops on tools and skills")
    #expect(Fixtures.text(of: both).contains("Pipeline automation"))
    #expect(Fixtures.text(of: both).contains("Tool emphasis"))
  }

  /// "ok and me? i mostly do governance reviews…" after placing others asks for their own recommendation.
  @Test func andMeAsksForTheirOwnRecommendation() {
    let replies = conversation([
      "what would you recommend for ana, she maintains our fraud model and its retraining",
      "ok and me? i mostly do governance reviews for all of it",
    ]).replies
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[1].recommendation == .aiops)
  }

  /// Someone placed earlier is placed the same way when asked about again by name; saying more
  /// of them places them anew.
  @Test func someonePlacedBeforeIsRemembered() {
    let replies = conversation([
      "what would you recommend for priya on my team, she builds the feature pipelines and retrains the scoring models",
      "and for tom? hes been doing the prompt engineering and eval for the chatbot pilot",
      "so which track for priya?", "which track for tom then",
      "and for priya? she now runs the rag chatbot and its evals",
    ]).replies
    #expect(Fixtures.text(of: replies[2]).hasPrefix("What you told me of Priya points to MLOps."))
    #expect(Fixtures.text(of: replies[3]).hasPrefix("What you told me of Tom points to LLMOps."))
    #expect(replies[4].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[4]).hasPrefix("What that describes points to LLMOps."))
  }

  /// "which track uses Kubeflow?" and "what is TGI?" ask of every track, whatever track was
  /// in focus; the tool is named as the source spells it.
  @Test func askingWhichTrackOrWhatAToolIsIgnoresTheFocus() {
    let replies = conversation(["does llmops use vllm?", "which track uses Kubeflow?", "what is TGI?"]).replies
    #expect(Fixtures.text(of: replies[1]).hasPrefix("My source mentions Kubeflow for MLOps:"))
    #expect(Fixtures.text(of: replies[2]).hasPrefix("My source lists TGI among the LLMOps tools but does not say what it is."))
  }

  /// A section of the source asked for by its name gets the answer resting on it.
  @Test(arguments: [
    ("what is the recommended direction if Im unsure?", "Recommended direction", "choose"),
    ("what does the next step section say?", "Next Step", "level"),
    ("what does the career mapping section say", "Career Mapping", "career"),
    ("what is in the related comparisons section", "Related Comparisons", "about"),
  ])
  func aSectionAskedForByNameIsAnswered(line: String, section: String, intent: String) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).hasPrefix("The \(section) part of my source, in my words:"))
    #expect(reply.intent == IntentID(intent))
    #expect(Fixtures.ask("what's the recommended next step for me").intent != "level")
  }

  /// Saying they do not know what something is asks what it is, and tells nothing of their work.
  @Test(arguments: ["ngl idk what drift is", "i dont know what drift is", "not sure what kserve does", "tbh whats kubeflow"])
  func notKnowingWhatSomethingIsAsksIt(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].intent != KnownIntent.outOfScope && replies[0].intent != KnownIntent.help)
    #expect(Fixtures.text(of: replies[0]).hasPrefix("My source"))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// A question in the form of a statement about what named tracks lack is answered as
  /// "does it cover…?" is.
  @Test(arguments: [
    ("So MLOps and LLMOps have nothing on governance at all?", "My source doesn't mention governance for MLOps or LLMOps; it does for AIOps:"),
    ("so aiops has nothing about prompts?", "My source doesn't mention prompts for AIOps; it does for LLMOps:"),
  ])
  func whatNamedTracksLackAskedAsAStatement(line: String, lead: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix(lead))
  }

  /// A challenge that the advisor contradicted the source gets where the source puts the
  /// concept for each track named, and what the source says is no part of their work.
  @Test(arguments: [
    "the definitions section says aiops covers observability. but you told me observability is llmops. so which is it",
    "you said observability is LLMOps, the table says AIOps",
  ])
  func aContradictionChallengeShowsEachPlace(line: String) {
    let (replies, advisor) = conversation(["what is aiops", line])
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix("Both can hold: my source names observability for LLMOps and AIOps"))
    #expect(text.contains("My source mentions observability for LLMOps:") && text.contains("My source mentions observability for AIOps:"))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// Two concepts set against each other, naming no track, get where the source mentions each,
  /// each found as if asked alone.
  @Test(arguments: [
    ("is evaluation the same thing as monitoring", "evaluation", "monitoring"),
    ("whats the difference between drift and evaluation", "drift", "evaluation"),
    ("how is governance different from observability", "governance", "observability"),
    ("tracing vs monitoring?", "tracing", "monitoring"),
  ])
  func twoConceptsSetAgainstEachOtherGetWhereEachIs(line: String, first: String, second: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("My source doesn't set \(first) against \(second) itself."))
    #expect(text.contains("My source mentions \(first) for") && text.contains("My source mentions \(second) for"))
    #expect(!text.contains("doesn't mention"))
  }

  /// A title setting two tracks side by side whose last clause asks a topic gets that topic.
  @Test func aComparisonAskingATopicLastGetsTheTopic() {
    let reply = Fixtures.ask("Hiring: MLOps vs LLMOps engineer — which skills matter?")
    #expect(reply.intent == "skills" && reply.tracks == [.mlops, .llmops])
  }

  /// "which track would suit him?" just after a line describing someone in the third person
  /// places them by that line, whose evidence no longer counts as the asker's own; a line of
  /// their own work ("i run…") stays theirs.
  @Test func whoTheLineBeforeDescribedIsPlacedByIt() {
    let (replies, advisor) = conversation([
      "hi, im a career coach with three clients. first one is a sysadmin, 10 yrs linux, runs monitoring and on-call for servers",
      "which track would suit him",
    ])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What that describes points to AIOps."))
    #expect(Fixtures.text(of: replies[1]).contains("I no longer count that description as your own work."))
    #expect(advisor.state.profile.evidence.isEmpty)
    let (own, mine) = conversation(["i run monitoring and on-call for our servers", "which track would suit him"])
    #expect(Fixtures.text(of: own[1]).hasPrefix("I can place someone else only by what you tell me"))
    #expect(!mine.state.profile.evidence.isEmpty)
  }

  /// Whose tool something is, asked yes/no or either/or, gets the verdict first.
  @Test(arguments: [
    ("is vLLM an mlops tool?", "No: my source lists vLLM among the LLMOps tools, not among those of MLOps."),
    ("does mlops use airflow y/n", "Yes: my source lists Airflow among the MLOps tools."),
    ("kserve: llmops or aiops?", "AIOps: my source lists KServe among its tools."),
    ("ok thx. so is TGI an aiops tool?", "No: my source lists TGI among the LLMOps tools, not among those of AIOps."),
  ])
  func whoseToolItIsGetsAVerdictFirst(line: String, verdict: String) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).hasPrefix(verdict))
    #expect(reply.intent == KnownIntent.tools)
  }

  /// People a team lead tells of by name are placed by what was said of each: later by name,
  /// or at once by "her?" / "tracks for them?".
  @Test func peopleToldOfByNameArePlacedEachByTheirOwnWords() {
    let replies = conversation([
      "alice runs our recommendation model, retrains it weekly and watches drift",
      "carol does our infra and on-call, k8s, monitoring, dashboards, incident response. her?",
      "dave does data pipelines and feature engineering with airflow, eve is a frontend dev who built our llm support bot. tracks for them?",
      "what track for alice?",
    ]).replies
    #expect(Fixtures.text(of: replies[1]).hasPrefix("Noted: AIOps") && Fixtures.text(of: replies[1]).contains("What you told me of Carol points to AIOps."))
    let both = Fixtures.text(of: replies[2])
    #expect(both.contains("What you told me of Dave points to MLOps.") && both.contains("What you told me of Eve points to LLMOps."))
    #expect(Fixtures.text(of: replies[3]).hasPrefix("What you told me of Alice points to MLOps."))
  }

  /// People introduced ("first is priya, she maintains …", "ok next is marcus. he wired up …")
  /// are placed by what follows of them, and asked about on the next line ("what about him?"),
  /// by name alone ("and priya?") or in a question naming them ("what track should dana take").
  @Test func peopleIntroducedOneAtATimeArePlacedAndAskedAboutLater() {
    let replies = conversation([
      "first is priya, she maintains our churn and fraud models, retrains them monthly with airflow and mlflow",
      "ok next is marcus. he wired up the RAG pipeline for our support bot and worries about GPU costs",
      "what about him?",
      "dana is our SRE lead, owns prometheus/grafana and on-call",
      "and priya?", "i mean what track should dana take",
    ]).replies
    #expect(Fixtures.text(of: replies[2]).hasPrefix("What you told me of Marcus points to LLMOps."))
    #expect(Fixtures.text(of: replies[4]).hasPrefix("What you told me of Priya points to MLOps."))
    #expect(Fixtures.text(of: replies[5]).hasPrefix("What you told me of Dana points to AIOps."))
  }

  /// "second is marcus." introduces Marcus, not "Second"; a topic asked for someone placed
  /// ("what tools would marcus learn on his track", "job title wise") is that topic of their
  /// track, whatever is in focus, and "and priya's?" asks the same topic of another.
  @Test func aTopicAskedForSomeonePlacedIsThatOfTheirTrack() {
    let replies = conversation([
      "first is priya, she builds churn models in sklearn and retrains them monthly",
      "second is marcus. he serves llama with vllm and fights latency and gpu cost", "and for him?",
      "could they both just do aiops so i only pay for one course?", "what would marcus be called after, job title wise",
      "what tools would marcus learn on his track", "and priya's?",
    ]).replies
    #expect(Fixtures.text(of: replies[2]).hasPrefix("What you told me of Marcus points to LLMOps."))
    #expect(Fixtures.text(of: replies[4]).hasPrefix("For Marcus, whose work you told me points to LLMOps:"))
    #expect(replies[4].intent == KnownIntent.career && replies[4].tracks == [.llmops])
    #expect(replies[5].intent == "tools" && replies[5].tracks == [.llmops])
    #expect(replies[6].intent == "tools" && replies[6].tracks == [.mlops])
  }

  /// Questions about people placed are answered for each of them, from their own words only:
  /// "then jo, she does …" introduces Jo; "what would priya learn first" is her track's skills;
  /// "so what should sam take now?", "compare sam and jo", "which track should each of them
  /// take?" and "so final answer for sam?" are their placements, not the asker's recommendation.
  @Test func questionsAboutPeoplePlacedAreAnsweredForEachFromTheirOwnWords() {
    let replies = conversation([
      "first is sam, he owns our churn model, retrains it weekly and watches drift",
      "next is priya. she runs our chatbot on vllm and worries about latency and token costs",
      "then jo, she does observability and governance for all our ai systems",
      "what would priya learn first", "so what should sam take now?", "compare sam and jo for me",
      "ok so which track should each of them take?", "so final answer for sam?",
    ]).replies
    #expect(replies[3].intent == "skills" && replies[3].tracks == [.llmops])
    #expect(Fixtures.text(of: replies[4]).hasPrefix("What you told me of Sam points to MLOps."))
    let compared = Fixtures.text(of: replies[5])
    #expect(compared.contains("What you told me of Sam points to MLOps.") && compared.contains("What you told me of Jo points to AIOps."))
    let each = Fixtures.text(of: replies[6])
    #expect(each.contains("Sam points to MLOps") && each.contains("Priya points to LLMOps") && each.contains("Jo points to AIOps"))
    #expect(!Fixtures.text(of: replies[7]).contains("token costs") && Fixtures.text(of: replies[7]).hasPrefix("What you told me of Sam"))
    // "other one is lina" after a track was named introduces Lina, not the other track.
    let lina = conversation([
      "evening. i manage two analysts moving into ml ops stuff", "other one is lina, she tunes prompts and runs evals on our gpt summariser",
      "compare raj and lina",
    ])
    #expect(!lina.advisor.state.profile.evidence.contains { $0.phrase == "aiops" })
    #expect(Fixtures.text(of: lina.replies[2]).hasPrefix("What you told me of Lina points to LLMOps."))
    // A question word inside a clause that goes on of them asks nothing: "… when precision drops".
    let tomas = conversation(["first up is tomas, he babysits our xgboost fraud scoring and retrains it when precision drops", "and tomas?"])
    #expect(Fixtures.text(of: tomas.replies[1]).hasPrefix("What you told me of Tomas points to MLOps."))
  }

  /// A change of someone's role places them afresh: "moving off fraud" leaves fraud work, and
  /// "she" opening a line that names no one is the person spoken of last.
  @Test func aRoleChangeMovesThePersonAndSheIsThePersonInFocus() {
    let (replies, advisor) = conversation([
      "first is dana, she trains our fraud models in pytorch and ships them w mlflow",
      "then theres marcus, he's building a rag search over our internal docs with langchain", "so what now for dana",
      "update: dana is moving off fraud, she'll be doing evals and latency tuning for our llm chatbot now",
      "no, she doesnt touch the fraud models anymore at all, forget that. shes 100% on the llm chatbot", "which track for dana now?",
    ])
    #expect(advisor.state.placedPeople.first { $0.name == "dana" }?.track == .llmops)
    #expect(advisor.state.placedPeople.first { $0.name == "marcus" }?.track == .llmops)
    let text = Fixtures.text(of: replies[5])
    #expect(text.hasPrefix("What you told me of Dana points to LLMOps.") && !text.contains("fraud"))
    #expect(text.contains("shes 100% on the llm chatbot"))
  }

  /// A name beside a word for someone of their team ("one of my guys (dave) also maintains …")
  /// places that person, and "where does he fit?" in the same line asks where.
  @Test func aNameBesideATeamWordIsPlacedAndAskedOf() {
    let (replies, advisor) = conversation([
      "we run alerting for the it ops team",
      "one of my guys (dave) also maintains a small churn model for the business side, retrains it every quarter in a python notebook. where does he fit?",
    ])
    #expect(advisor.state.placedPeople.map(\.name) == ["dave"])
    #expect(advisor.state.placedPeople.first?.track == .mlops)
    #expect(Fixtures.text(of: replies[1]).contains("What you told me of Dave points to MLOps."))
  }

  /// Three people told of one line each, with verbs the list of doing verbs did not have
  /// ("marco babysits the support bot"), are each placed; after "my coworker" any verb in the
  /// third person tells what the person does ("lena wrangles the summarization bot").
  @Test func eachOfThreePeopleToldOfInTurnIsPlaced() {
    let advisor = conversation([
      "priya runs our churn models and feature store", "marco babysits the support bot on claude",
      "and jo handles on-call for the k8s cluster",
    ]).advisor
    #expect(advisor.state.placedPeople.map(\.name) == ["priya", "marco", "jo"])
    #expect(advisor.state.placedPeople.map(\.track) == [.mlops, .llmops, .aiops])
    let lena = conversation(["my coworker lena wrangles the summarization bot on azure openai"]).advisor
    #expect(lena.state.placedPeople.first { $0.name == "lena" }?.track == .llmops)
  }

  /// "and me? i mostly review their work" after three people were placed is answered from what
  /// the asker told of themselves, not from the people's work: here too little, so the
  /// questions that help them decide; "and me?" after one person told in a line of the asker's
  /// own work gets the asker's track.
  @Test func andMeAfterPeoplePlacedLeavesTheirWorkOut() {
    let (replies, advisor) = conversation([
      "priya runs our churn models and feature store", "marco babysits the support bot on claude",
      "and jo handles on-call for the k8s cluster", "and me? i mostly review their work and talk to compliance",
    ])
    #expect(replies[3].recommendation == nil && advisor.state.interview != nil)
    #expect(advisor.state.profile.score(.mlops) > 0)
    let (mine, _) = conversation([
      "dave does our churn models and retraining", "i run the rag chatbot on gpt-4o with langsmith evals", "and me?",
    ])
    #expect(mine[2].recommendation == .llmops)
  }

  /// A line telling of a teammate by name and of the speaker's own work counts only their own
  /// for them; the teammate is placed by theirs.
  @Test func aTeammatesWorkBesideTheirOwnIsTheTeammates() {
    let (replies, advisor) = conversation([
      "ok so. my teammate jonas runs the feature store and our nightly xgboost retrains, im more on the side of the support bot that uses claude",
      "and me? which track",
    ])
    #expect(advisor.state.placedPeople.first { $0.name == "jonas" }?.track == .mlops)
    #expect(!advisor.state.profile.evidence.contains { $0.track == .mlops })
    #expect(replies[1].recommendation == .llmops)
  }

  /// One sentence telling of a colleague and then, after "and i", of the speaker (or the other
  /// way round) places the colleague by their part and counts only the speaker's part as theirs.
  @Test(arguments: [
    ("my coworker priya runs the rag chatbot and i do the churn models", "priya"),
    ("i do the churn models and my colleague anna runs the support bot", "anna"),
  ])
  func aColleagueAndTheSpeakerInOneSentenceEachKeepTheirPart(line: String, name: String) {
    let (replies, advisor) = conversation([line, "which track for me?"])
    #expect(advisor.state.placedPeople.first { $0.name == name }?.track == .llmops)
    #expect(!advisor.state.profile.evidence.contains { $0.track == .llmops })
    #expect(replies[1].recommendation == .mlops)
  }

  /// A lead who offers to describe the team is told how; "priya fine-tunes …" places Priya;
  /// "so for each of the 5 which track?" places everyone told of (before: a decline, no Priya,
  /// and one recommendation for the whole team).
  @Test func aLeadDescribesTheTeamAndAsksForEachOfThem() {
    let (replies, _) = conversation([
      "i lead a team of 5, let me describe them", "priya fine-tunes llama models for our support bot",
      "marco runs kubeflow pipelines for the recommender and retrains it weekly", "so for each of the 5 which track?",
    ])
    #expect(Fixtures.text(of: replies[0]) == Phrases.describeEachPerson)
    let each = Fixtures.text(of: replies[3])
    #expect(each.hasPrefix("What you told me of Priya points to LLMOps."))
    #expect(each.contains("What you told me of Marco points to MLOps."))
  }

  /// People introduced as managers type them: "then theres marcus, he's …", and a name set
  /// apart by commas after "the third one", whose sentence goes on with "is …" (no question,
  /// and no third track).
  @Test func peopleIntroducedInEverydayWordsAreEachPlaced() {
    let (replies, advisor) = conversation([
      "i manage 3 people and need a track for each", "first is dana, she trains our fraud models in pytorch and ships them w mlflow",
      "then theres marcus, he's building a rag search over our internal docs with langchain",
      "and the third one, kofi, is on call sre, runs prometheus + pagerduty all day", "which track should each of them take?",
    ])
    #expect(replies[3].intent == KnownIntent.preference)
    #expect(advisor.state.placedPeople.map(\.name) == ["dana", "marcus", "kofi"])
    #expect(advisor.state.placedPeople.map(\.track) == [.mlops, .llmops, .aiops])
    let each = Fixtures.text(of: replies[4])
    #expect(each.contains("Dana points to MLOps") && each.contains("Marcus points to LLMOps") && each.contains("Kofi points to AIOps"))
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "aiops" })
    let land = Fixtures.text(of: conversation([
      "first is dana, she trains our fraud models in pytorch", "next is tariq, hes wiring a claude powered helpdesk bot",
      "so where do they each land",
    ]).replies[2])
    #expect(land.contains("Dana points to MLOps") && land.contains("Tariq points to LLMOps"))
  }

  /// Asked to pick tracks for several people, they are told how to describe each; training of
  /// people is no model training.
  @Test(arguments: ["need to pick training tracks for 2 ppl", "need to plan training for 3 ppl on my team"])
  func tracksForSeveralPeopleAskForEachPerson(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(Fixtures.text(of: replies[0]).hasPrefix("Happy to place each of them."))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// More told of someone placed, by name, adds to what placed them: "does that change it for
  /// her?" is answered for her, and work handed off and new work told moves her.
  @Test func moreToldOfSomeonePlacedAddsToWhatPlacedThem() {
    let priya = "first is priya, she builds churn models in sklearn and retrains them monthly"
    let marcus = "second is marcus. he serves llama with vllm and fights latency and gpu cost"
    let asked = conversation([priya, marcus, "hmm actually priya also started building a RAG thing with gpt-4 for the sales team last month. does that change it for her?"])
    #expect(Fixtures.text(of: asked.replies[2]).hasPrefix("What you told me of Priya points to MLOps."))
    let moved = conversation([priya, marcus, "priya now mostly does rag with gpt-4 and langchain agents for sales, the churn stuff got handed off", "so which track for priya now?"])
    #expect(Fixtures.text(of: moved.replies[3]).hasPrefix("What you told me of Priya points to LLMOps."))
    #expect(moved.advisor.state.placedPeople.first { $0.name == "marcus" }?.track == .llmops)
  }

  /// A posting announced, pasted over several lines, then asked about: told to go ahead, then
  /// placed from what the pasted lines told, which no longer counts as the asker's work.
  @Test func aPostingPastedOverSeveralLinesIsPlacedAndNotTheirs() {
    let (replies, advisor) = conversation([
      "i'm a data scientist, i do drift and retraining work for credit models", "Here's another one I found, pasting it:",
      "AI Platform Reliability Engineer",
      "Responsibilities: build observability for ML and LLM workloads; define governance and policy controls; support agent frameworks",
      "Requirements: 5+ years SRE, Prometheus/Grafana, KServe or Ray Serve.", "which track is this job?",
    ])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("Go ahead and paste it."))
    #expect(Fixtures.text(of: replies[2]).hasSuffix("Got it. Paste the rest, or ask \"which track is this job?\" when it's all in."))
    let placed = Fixtures.text(of: replies[5])
    #expect(placed.hasPrefix("What that describes points to AIOps.") && placed.contains("I no longer count that description as your own work."))
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
    #expect(advisor.state.profile.leaning == .mlops)
  }

  /// A posting's duties ("build eval harnesses for our assistants") and its "our" are pasted
  /// lines, not requests or the asker's own work; a story told with "we" and then "which track is
  /// this?" with no posting announced is the asker's.
  @Test func aPostingsDutiesAreItsAndNotTheAskers() {
    let (replies, advisor) = conversation([
      "i look after a bunch of lightgbm demand forecasts, nightly batch jobs", "heres a role my friend sent me, pasting below",
      "Staff Engineer, GenAI Serving", "- operate vLLM and TGI fleets, own p95 latency and token spend",
      "- build eval harnesses for our assistants", "so which track is this job",
    ])
    #expect(Fixtures.text(of: replies[4]).contains("Got it. Paste the rest"))
    #expect(Fixtures.text(of: replies[5]).hasPrefix("What that describes points to LLMOps."))
    #expect(advisor.state.profile.leaning == .mlops && advisor.state.profile.score(.llmops) == 0)
  }

  /// A paste announced in a line that asks ("can you tell me which track this job fits. pasting
  /// it:") waits for the posting; "paste into a slide" announces nothing.
  @Test func aPasteAnnouncedWhileAskingWaitsForThePosting() {
    let (replies, advisor) = conversation([
      "hi im hiring, can you tell me which track this job fits. pasting it:", "Senior ML Engineer - Recommendations Platform",
    ])
    #expect(Fixtures.text(of: replies[0]).hasPrefix("Go ahead and paste it.") && advisor.state.interview == nil)
    #expect(Fixtures.text(of: replies[1]).contains("Got it. Paste the rest"))
    #expect(!Fixtures.text(of: Fixtures.ask("can you give me a one paragraph summary of mlops i can paste into a slide")).hasPrefix("Go ahead"))
  }

  /// Someone named after "my coworker" is remembered too, and asked about again with "what about
  /// for"; someone whose work points to several tracks alike is told so.
  @Test func aColleagueNamedInTheStoryAndSeveralTracksAlike() {
    let replies = conversation([
      "hey. my coworker lena babysits our xgboost churn thing and redeploys it monthly, what would u suggest for her?",
      "and for marco? he wires up langchain agents and checks their outputs", "ok what about for lena again",
    ]).replies
    #expect(replies[0].tracks == [.mlops])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("What that describes points to LLMOps and AIOps alike."))
    #expect(Fixtures.text(of: replies[2]).hasPrefix("What you told me of Lena points to MLOps."))
  }

  /// "split those between the tracks" lists each part; "email me a recap" is the takeaway;
  /// "does the writeup name grafana anywhere?" looks Grafana up.
  @Test func splittingRecapsAndTheWriteup() {
    let replies = conversation(["we run a fraud classifier and a customer support bot built on gpt-4", "split those between the tracks for me?"]).replies
    #expect(Fixtures.text(of: replies[1]).hasPrefix("From what you've told me, the parts of your work point to different tracks:"))
    #expect(Fixtures.ask("could you email me a recap").intent == KnownIntent.overview)
    #expect(Fixtures.text(of: Fixtures.ask("does the writeup name grafana anywhere?")).hasPrefix("My source doesn't name grafana"))
    #expect(Fixtures.text(of: Fixtures.ask("how should i split my time between mlops and llmops")).contains("isn't something my source covers"))
  }

  /// Tracks offered as the choices of a question are asked about, not their work.
  @Test func tracksOfferedInAQuestionAreNotTheirWork() {
    let advisor = conversation(["i must learn mlops first or can go direct llmops?"]).advisor
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  /// A number with no numbered list waiting picks nothing, and says so.
  @Test func aNumberWithNothingToPickSaysSo() {
    let replies = conversation(["2", "what is mlops", "3"]).replies
    #expect(Fixtures.text(of: replies[0]).hasPrefix("There's no numbered list to pick from right now."))
    #expect(Fixtures.text(of: replies[2]).hasPrefix("There's no numbered list to pick from right now."))
  }

  /// A thing named beside "which track" is looked up, not taken as a request for a recommendation.
  @Test(arguments: [
    ("kserve wich track?", TrackID.aiops), ("which track is kserve for", .aiops), ("ray serve, which track", .aiops),
    ("what track is vllm for?", .llmops), ("drift, which track?", .mlops),
  ])
  func aThingBesideWhichTrackIsLookedUp(line: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent != KnownIntent.recommendation && reply.intent != "choose")
    #expect(reply.tracks == [track])
    #expect(Fixtures.text(of: reply).hasPrefix("My source mentions"))
  }

  /// A pasted job posting asked about in the same line is placed where its words point.
  @Test(arguments: [
    ("found this job posting, which track is it?? - Build and maintain CI/CD for ML models - Monitor drift - Experience with Kubeflow", TrackID.mlops),
    ("what track is this: rag pipelines, prompt versioning, llm evals", .llmops),
  ])
  func aDescriptionAskedAboutInTheLineIsPlaced(line: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [track])
    #expect(Fixtures.text(of: reply).hasPrefix("What that describes points to"))
  }

  /// "which track" with nothing else named still asks for a recommendation.
  @Test(arguments: ["hi, which track", "which track for me", "ok thanks, which track then"])
  func whichTrackAloneIsNoLookUp(line: String) {
    #expect(!Fixtures.text(of: Fixtures.ask(line)).hasPrefix("My source mentions"))
  }

  /// Whether one track takes in the others is where AIOps sits, not a concept called "both".
  @Test(arguments: ["wouldnt aiops cover both tho? since its broader", "does aiops include the other two?", "does aiops span all three"])
  func whetherATrackTakesInTheOthersIsWhereAIOpsSits(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.aiopsPosition)
  }

  /// What the source is asked about ends with its clause, and "at all" is not a concept.
  @Test(arguments: [
    ("what does the source say about audit? like audit logs, who accessed which model", "use the word audit here; I take governance"),
    ("does the source mention prompt injection at all?", "I found nothing on prompt injection in"),
    ("what does the source say about pipelines specifically", "My source mentions pipelines for MLOps"),
  ])
  func theConceptAskedOfTheSourceIsTheOneAsked(line: String, lead: String) {
    #expect(Fixtures.text(of: conversation([line]).replies[0]).contains(lead))
  }

  @Test(arguments: [
    ("which track covers drift", TrackID.mlops),
    ("which one handles governance?", .aiops),
    ("which track covers evaluation", .llmops),
    ("which track is kubeflow in?", .mlops),
  ])
  func whichTrackCoversAConceptAnswersWhereTheSourceMentionsIt(line: String, track: TrackID) {
    let (replies, _) = conversation([line, "what tools does it use"])
    #expect(replies[0].tracks == [track])
    #expect(replies[1].factor == .tools)
    #expect(replies[1].tracks == [track])
  }

  @Test(arguments: [("already use airflow. is spark in there anywhere", "nothing on spark"),
    ("does it name kubernetes anywhere", "nothing on kubernetes"), ("is drift mentioned anywhere?", "drift handling")])
  func whetherSomethingIsAnywhereIsLookedUp(line: String, expected: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent != KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains(expected))
  }

  @Test(arguments: ["fine. which ONE track should the whole team take?", "which track would you have them follow"])
  func whichTrackSomeoneElseShouldTakeIsARecommendation(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.recommendation)
  }

  /// A term the source names in other words is looked up under its own word.
  @Test(arguments: ["whats an eval", "what are evals"])
  func aTermInOtherWordsIsLookedUpUnderTheSourcesWord(line: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("My source uses \"evaluation\" without saying what it means"))
  }

  @Test(arguments: ["what is drift", "what means drift?", "no i ask what is drift"])
  func whatAConceptIsSaysTheSourceDoesNotDefineItAndWhereItBelongs(line: String) {
    let (replies, advisor) = conversation(["we do anomaly detection on network KPI", line])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("without saying what it means"))
    #expect(text.contains("drift handling"))
    #expect(advisor.state.profile.evidence.allSatisfy { $0.turn == 1 })
  }

  @Test func aCoveringVerbInTheirStoryIsNoConceptAsked() {
    let line = "change of plan. I've been asked to own the log anomaly detection model end to end: feature pipelines, "
      + "training, drift monitoring, weekly retraining. which track should I do now?"
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(reply.recommendation == .mlops)
  }

  @Test func aQuestionAfterAStoryNamingAFieldNextDoorIsAnswered() {
    let line = "im top 5% on kaggle, mostly tabular gbdt stuff and some nlp comps with deberta finetuning. what should i learn"
    #expect(Fixtures.ask(line).intent == "skills")
  }

  @Test func aComparisonOnAConceptSaysWhichTracksHaveItInTheRow() {
    #expect(Fixtures.text(of: Fixtures.ask("compare them on cost")).hasPrefix("In this row my source mentions cost for LLMOps, not for MLOps or AIOps:"))
    let (replies, _) = conversation(["compare mlops and aiops", "compare them on cost"])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("In this row my source mentions cost for neither MLOps nor AIOps. It does for LLMOps."))
    // The source says every track deals with monitoring: no track is said to lack it.
    #expect(!Fixtures.text(of: Fixtures.ask("compare mlops and aiops on monitoring")).contains("In this row"))
  }

  @Test func aRequestAfterTheirStoryIsAnswered() {
    let line = "i train classical ml models for sepsis prediction on ehr data, deploy them to the hospital, "
      + "and need to monitor drift and retrain. recommend a track"
    #expect(Fixtures.ask(line).recommendation == .mlops)
  }

  @Test func whichTrackValuesAConceptIsWhereTheSourceHasIt() {
    #expect(Fixtures.ask("which track values evaluation skills").tracks == [.llmops])
    #expect(Fixtures.ask("which easiest").intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: Fixtures.ask("which easiest")).contains("isn't something my source covers"))
  }

  /// Which track to learn before another: the source sets no order, and says what comes closest.
  @Test(arguments: [
    "Do I need to learn MLOps before LLMOps?", "i must learn mlops first or can go direct llmops?", "which one learn first",
    "should i learn mlops first",
  ])
  func whichTrackToLearnFirstSaysTheSourceSetsNoOrder(line: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("Which track to learn before another isn't something my source covers"))
    #expect(text.contains("shares some operational ideas with MLOps"))
  }

  @Test(arguments: ["so is llmops a subset of aiops? like nested circles?", "realistically can one person cover both llmops and aiops? we cant afford two hires"])
  func llmopsBesideAIOpsIsWhereAIOpsSits(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.aiopsPosition)
  }

  @Test(arguments: [("does your source have any analogies at all? if not just say so", "It offers no analogies"),
    ("and which is newest?", "It gives no history of the terms")])
  func topicsTheSourceLeavesOutAreSaidToBe(line: String, expected: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains(expected))
  }

  @Test func twoToolsInOneQuestionAreNamedApart() {
    #expect(Fixtures.text(of: Fixtures.ask("whats TGI? and is vllm worth learning"))
      .hasPrefix("My source lists TGI and vLLM among the LLMOps tools but does not say what they are."))
  }

  @Test func theLeadNamesOnlyTheTracksItsTableShows() {
    let text = Fixtures.text(of: Fixtures.ask("ok if team pivots fully to llm serving, then what"))
    #expect(text.contains("My source mentions serving for LLMOps here, and for AIOps elsewhere:"))
  }

  @Test func whatATermIsUsedForIsWhereTheSourceNamesIt() {
    let (replies, _) = conversation(["what tools does aiops use", "what is kubeflow used for"])
    #expect(replies[1].tracks == [.mlops])
    #expect(Fixtures.text(of: replies[1]).contains("MLflow, Kubeflow"))
  }

  @Test(arguments: ["which one is the broadest?", "which of the three terms is the broadest umbrella?"])
  func theBroadestTrackIsWhereAIOpsSits(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.aiopsPosition)
  }

  /// Asked whether a track has something, what the source says of it, or about tracks that lack
  /// it: answered where the source has it, saying so when the track asked of does not.
  @Test(arguments: [
    ("is drift part of llmops?", TrackID.mlops, "doesn't mention drift for LLMOps"),
    ("is hallucination an llmops thing", .llmops, "I take evaluation"),
    ("is governance covered in mlops", .aiops, "doesn't mention governance for MLOps"),
    ("does the source say anything about audit trails or reproducibility?", .mlops, "reproducibility"),
    ("what does the source mean by enterprise AI controls", .aiops, "enterprise AI controls"),
    ("what does the document say about drift", .mlops, "drift"),
    ("what does governance mean in the source, like concretely?", .aiops, "mentions governance for AIOps"),
    ("is drift mentioned anywhere in your doc", .mlops, "mentions drift for MLOps"),
    ("What about governance in MLOps and in LLMOps? Is it covered there at all?", .aiops,
     "doesn't mention governance for MLOps or LLMOps; it does for AIOps"),
    ("what about drift in llmops", .mlops, "doesn't mention drift for LLMOps; it does for MLOps"),
    ("do mlops and llmops cover agents", .aiops, "for MLOps or LLMOps; it does for AIOps"),
  ])
  func aConceptQuestionIsAnsweredWhereTheSourceHasIt(line: String, track: TrackID, says: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [track])
    #expect(Fixtures.text(of: reply).contains(says))
  }

  @Test(arguments: [
    ("no wait i asked which track deals with COST not which one i should pick", TrackID.llmops),
    ("what about governance, which tracks cover it", .aiops),
    ("where does governance fit", .aiops),
    ("where does drift handling fit in all this", .mlops),
  ])
  func whatALineOpensWithOrAsksToFitIsLookedUp(line: String, track: TrackID) {
    #expect(Fixtures.ask(line).tracks == [track])
  }

  @Test(arguments: ["is aiops the thing where ML detects incidents in your logs? thats what my manager thinks it is",
    "is aiops about alert correlation?", "wait whats aiops actually? isnt that the it monitoring thing w splunk"])
  func askingWhetherAIOpsIsITOperationsGetsItsTwoMeanings(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.aiopsMeaning)
  }

  @Test func whereATrackFitsIsStillTheFAQ() {
    #expect(Fixtures.ask("where does aiops fit").intent == KnownIntent.aiopsPosition)
  }

  @Test func whatTheSourceDoesNotMentionIsSaidAsSuch() {
    #expect(Fixtures.text(of: Fixtures.ask("is event correlation mentioned anywhere in your doc")).contains("found nothing on event correlation"))
  }

  /// A question that names something only the source's lists name is declined, with where
  /// the source names it.
  @Test func aPhraseOfTheSourceInADeclinedQuestionIsShownWhereTheSourceHasIt() {
    let reply = Fixtures.ask("what would a governed enterprise ai deployment stack even look like")
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(reply.tracks == [.aiops])
    #expect(Fixtures.text(of: reply).contains("Governed enterprise AI deployment stack"))
  }

  /// A short question naming one concept of the source among words it does not have is shown
  /// where the source has it, not declined; a long one stays declined.
  @Test(arguments: ["governance and audit?", "what about governance and audit"])
  func aConceptOfTheSourceInAShortDeclinedQuestionIsShownWhereTheSourceHasIt(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [.aiops])
    #expect(Fixtures.text(of: reply).hasPrefix("My source mentions governance for AIOps"))
  }

  /// A short question about one term the source does not name but a signal bridges ("k8s?",
  /// "is terraform needed") says so, then the bridge as the advisor's own; a short question
  /// about a tool the source names ("is kubeflow hard") says where it names it.
  @Test func aShortQuestionAboutOneTermSaysWhatTheSourceHasOfIt() {
    let k8s = Fixtures.ask("k8s?")
    #expect(Fixtures.text(of: k8s).hasPrefix("My source doesn't name K8s. Outside the comparison:") && k8s.tracks == [.aiops])
    #expect(Fixtures.text(of: Fixtures.ask("is terraform needed")).hasPrefix("My source doesn't name Terraform."))
    #expect(Fixtures.text(of: Fixtures.ask("is kubeflow hard")).hasPrefix("My source lists Kubeflow among the MLOps tools"))
  }

  @Test func aDeclinedQuestionOfManyWordsNamingAConceptStaysDeclined() {
    #expect(Fixtures.text(of: Fixtures.ask("how much governance paperwork do lawyers in germany deal with each year")).hasPrefix("Sorry"))
  }

  /// "can u say more simple what is difference the 3": every track and a word of comparing.
  @Test func aQuestionComparingTheThreeInOtherWordsGetsTheComparison() {
    #expect(Fixtures.ask("sorry my english no good, can u say more simple what is difference the 3").intent == KnownIntent.comparison)
  }

  @Test func whatAQuestionAsksToBelongIsBetweenItsOpeningAndTheWordOfBelonging() {
    #expect(Advisor.askedAsBelonging(["is", "drift", "part", "of", "llmops"]) == 1..<2)
    #expect(Advisor.askedAsBelonging(["is", "mlops", "a", "good", "career"]) == nil)
    #expect(Advisor.askedAsBelonging(["is", "aiops", "in", "demand"]) == nil)
    #expect(Advisor.askedAsBelonging(["is", "there", "a", "career", "in", "aiops"]) == nil)
    #expect(Advisor.askedAsBelonging("is that even the same aiops as in your source".split(separator: " ").map(String.init)) == nil)
  }

  @Test func aConceptTheNamedTrackHasKeepsItsOwnAnswer() {
    #expect(!Fixtures.text(of: Fixtures.ask("how does mlops handle drift")).contains("doesn't mention"))
  }

  @Test func askingWhetherThereIsAProjectAboutSomethingFindsIt() {
    let reply = Fixtures.ask("is there a project in any track about cost dashboards")
    #expect(reply.tracks == [.llmops])
    #expect(Fixtures.text(of: reply).contains("Cost-aware GenAI operations dashboard"))
    #expect(Advisor.askedWhetherThereIsOne(Fixtures.advisor().parser.parse("is there a career in aiops")) == nil)
  }

  @Test func needingSomethingForAnyTrackIsAskedOfEveryTrack() {
    let reply = Fixtures.ask("do I need kubernetes for any of these?")
    #expect(Fixtures.text(of: reply).contains("I found nothing on kubernetes"))
    #expect(Fixtures.ask("which track uses mlflow").tracks == [.mlops])
    #expect(Fixtures.ask("which track covers most of my work").intent != KnownIntent.followUp)
  }

  /// The topics offered for a track after a word the source has nothing on are answered, by
  /// number, for that track: "3" is MLOps's tools, not the bridge of "kubernetes" to AIOps.
  @Test func aTopicPickedByNumberIsAnsweredForTheTrackOffered() {
    let (replies, _) = conversation(["do i need kubernetes for mlops or nah", "3"])
    #expect(Fixtures.text(of: replies[0]).contains("What would you like to know about MLOps?"))
    #expect(replies[1].intent == "tools" && replies[1].tracks == [.mlops])
    #expect(Fixtures.text(of: replies[1]).contains("MLflow"))
  }

  @Test func aConceptNoTrackMentionsIsSaidAsSuchWithTheTopicsOffered() {
    let reply = Fixtures.ask("which track covers model validation")
    #expect(reply.intent == KnownIntent.followUp)
    #expect(Fixtures.text(of: reply).contains("I found nothing on model validation"))
  }

  @Test func aRelatedWordAnswersForOneConceptTheSourceDoesNotName() {
    let reply = Fixtures.ask("does any of these tracks cover guardrails?")
    #expect(reply.tracks == [.aiops])
    #expect(Fixtures.text(of: reply).contains("doesn't use the word guardrails"))
  }

  @Test func askingWhetherTheirWorkIsAConceptMovesTheFocusToItsTrack() {
    let (replies, _) = conversation([
      "we run chatbots for customer service and I approve them before release", "which track should I choose?",
      "but I don't run anything, I only approve them. isn't that more governance?", "what would the job title be for that?",
    ])
    #expect(replies[1].recommendation == .llmops)
    #expect(replies[2].tracks == [.aiops])
    #expect(replies[3].tracks == [.aiops])
  }

  @Test func aFollowUpAfterAFillerLooksUpItsConceptForTheTrackTheWordsPointToMost() {
    let (replies, _) = conversation([
      "I'm in model risk management at a bank",
      "lately its more and more genAI stuff, chatbots for customer service, and I have to sign off on them",
      "hmm. what about audit trails",
    ])
    #expect(replies[2].intent == KnownIntent.comparison)
    #expect(replies[2].tracks == [.aiops])
  }

  @Test func hallucinationsAreLookedUpAsEvaluation() {
    let reply = Fixtures.ask("which one deals with hallucinations")
    #expect(reply.tracks == [.llmops])
    #expect(Fixtures.text(of: reply).contains("I take evaluation"))
  }

  @Test func aMixedProfileStillLooksUpWhatTheirWorkIsAskedToBe() {
    let (replies, _) = conversation([
      "platform eng at an insurer, we keep a bunch of models and a couple of gpt wrappers alive", "isn't that basically governance?",
    ])
    #expect(replies[1].tracks == [.aiops])
  }

  @Test func askingWhetherTheTrackInFocusIsAConceptShowsWhereItsPartMentionsIt() {
    let (replies, _) = conversation(["what is aiops", "isn't this basically observability?"])
    #expect(replies[1].intent == "comparison")
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).lowercased().contains("observability"))
  }

  @Test(arguments: [
    ("what is llmops", "that's basically mlops then?", KnownIntent.llmopsVersusMLOps),
    ("what is aiops", "is that basically mlops?", KnownIntent.aiopsPosition),
  ])
  func askingWhetherTheTrackInFocusIsAnotherGetsTheirFAQ(first: String, second: String, intent: IntentID) {
    let (replies, _) = conversation([first, second])
    #expect(replies[1].intent == intent)
  }

  @Test(arguments: [
    ("how do the three compare on governance", FactorID.focus), ("compare mlops and aiops on tools", .tools),
    ("compare them in terms of cost", .focus), ("how does evaluation differ between mlops and llmops", .focus),
    ("how's monitoring different between llmops and aiops", .tools), ("compare cost please", .focus),
  ])
  func aComparisonOnAConceptShowsTheFirstRowThatMentionsIt(line: String, factor: FactorID) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.comparison)
    #expect(reply.factor == factor)
  }

  @Test(arguments: [
    ("does aiops cover governance", "Main focus"), ("do i need to know kubernetes for llmops roles", "I found nothing on kubernetes"),
    ("does llmops use langsmith?", "I found nothing on langsmith"),
  ])
  func whetherANamedTrackNeedsSomethingIsLookedUpForIt(line: String, excerpt: String) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).contains(excerpt))
  }

  @Test func askingWhetherATrackFitsForWhatTheyHandleIsNotALookUp() {
    let (replies, _) = conversation(["we run a rag chatbot", "wait, is aiops a better fit since i also handle the governance side?"])
    #expect(replies[1].intent == KnownIntent.recommendation)
  }

  @Test(arguments: [
    ("is guardrails / safety work llmops or aiops? feels like it could be either", TrackID.aiops),
    ("is drift monitoring mlops or llmops?", .mlops), ("is prompt versioning llmops or mlops", .llmops),
    // Words that place the thing are no part of it.
    ("does drift monitoring belong to mlops or aiops?", .mlops), ("would cost tracking count as llmops or aiops", .llmops),
  ])
  func whichOfTwoNamedTracksHasSomethingIsLookedUpAmongThem(line: String, track: TrackID) {
    #expect(Fixtures.ask(line).tracks == [track])
  }

  @Test(arguments: ["not sure if i should specialise in one of these or stay generalist tbh", "should i learn all three or specialise"])
  func weighingSpecialisingGetsTheRecommendation(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.recommendation)
  }

  @Test(arguments: [("which track cares most about cost", TrackID.llmops), ("which track focuses on governance", .aiops)])
  func whichTrackCaresAboutSomethingIsLookedUp(line: String, track: TrackID) {
    #expect(Fixtures.ask(line).tracks == [track])
  }

  @Test(arguments: ["what does ops even mean here", "what is ops"])
  func whatOpsMeansIsWhatEachTrackMeans(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.definition)
    #expect(Fixtures.text(of: reply).contains("operations discipline for machine learning systems"))
  }

  @Test func aDefinitionOfEachOfTheThreeIsWhatEachMeans() {
    let reply = Fixtures.ask("can you give me a one line definition of each of the three")
    #expect(reply.intent == KnownIntent.definition)
    #expect(reply.tracks.isEmpty)
  }

  @Test func theLearnerProfilesAreWhatTheMaterialIsFor() {
    #expect(Fixtures.ask("what are the three learner profiles").intent == "level")
  }

  @Test func supposingTheyDroppedSomethingGetsTheRecommendationAgain() {
    let (replies, _) = conversation([
      "I lead a platform team, we host fraud models, a couple of rag assistants and now some agents for other teams",
      "and if we dropped the agents?",
    ])
    #expect(replies[1].intent == KnownIntent.recommendation)
  }

  @Test func droppingSomethingDeniesItsSignals() {
    let detector = Fixtures.advisor().detector
    let dropped = detector.detect(in: "and if we dropped the agents?")
    let stopped = detector.detect(in: "we stopped using mlflow")
    #expect(!dropped.isEmpty && dropped.allSatisfy { $0.negated })
    #expect(!stopped.isEmpty && stopped.allSatisfy { $0.negated })
  }

  @Test func aNegativeQuestionDoesNotDenyWhatItSuggests() {
    let detector = Fixtures.advisor().detector
    #expect(detector.detect(in: "isn't that more governance?").map(\.negated) == [false])
    #expect(detector.detect(in: "this isn't governance work").map(\.negated) == [true])
  }

  @Test func aClauseAfterAFillerCanOpenAQuestion() {
    let parser = Fixtures.advisor().parser
    #expect(DialogueAct.opensAsQuestion(parser.parse("hmm. what about audit trails")))
    #expect(!DialogueAct.opensAsQuestion(parser.parse("we run audits, mostly by hand")))
  }

  @Test(arguments: [
    ("which track for governance", TrackID.aiops), ("which track for drift", .mlops), ("wich track for goverance", .aiops),
    ("which track deals with governance and audit?", .aiops),
  ])
  func whichTrackIsForAConceptAnswersWhereTheSourceMentionsIt(line: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [track])
    #expect(reply.intent == KnownIntent.comparison)
  }

  @Test(arguments: ["which track for traditional machine learning", "which track for a beginner"])
  func whichTrackIsForAKindOfSystemOrPersonIsNotAConcept(line: String) {
    #expect(Fixtures.ask(line).intent != KnownIntent.comparison)
  }

  @Test(arguments: [
    "is docker required for llmops", "how important is kubernetes in mlops", "why is kubernetes important for mlops",
    "is kubernetes needed for mlops",
  ])
  func askingWhetherATrackNeedsSomethingLooksItUp(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.followUp)
    #expect(Fixtures.text(of: reply).contains("I found nothing on"))
  }

  @Test func aYearIsNotWhatATrackIsAskedToNeed() {
    #expect(Fixtures.ask("Why is MLOps crucial in 2025?").intent != KnownIntent.followUp)
    #expect(Fixtures.ask("why is monitoring important in mlops").tracks == [.mlops])
  }

  @Test func howEachTrackHandlesAConceptIsLookedUp() {
    #expect(Fixtures.ask("how does each track handle security").tracks == [.aiops])
    let drift = Fixtures.ask("does llmops deal with drift?")
    #expect(drift.tracks == [.mlops])
    #expect(Fixtures.text(of: drift).contains("doesn't mention drift for LLMOps"))
    #expect(Fixtures.ask("does llmops cover guardrails at all? like prompt injection defenses").tracks == [.aiops])
  }

  @Test(arguments: [
    ("which track does drift fall under", TrackID.mlops), ("which one does governance go under", .aiops),
    ("which track does agentops belong to", .aiops),
  ])
  func whatBelongsBeforeTheVerbIsLookedUp(line: String, track: TrackID) {
    #expect(Fixtures.ask(line).tracks == [track])
  }

  @Test func itAfterAFieldFiledUnderATrackIsThatField() {
    let (replies, _) = conversation(["what is agentops", "which track does it belong to"])
    #expect(replies[1].tracks == [.aiops])
    #expect(replies[1].intent == KnownIntent.comparison)
  }

  @Test func aWordEveryTrackMentionsDoesNotDecideWhichTrackCoversAPhrase() {
    let reply = Fixtures.ask("Which of the three tracks covers model governance?")
    #expect(reply.tracks == [.aiops])
    #expect(reply.factor == .focus)
  }

  @Test func whichTrackIsAboutSomethingOnlyADefinitionSaysFindsThatDefinition() {
    let reply = Fixtures.ask("which track is about cost control and latency")
    #expect(reply.intent == KnownIntent.definition)
    #expect(reply.tracks == [.llmops])
  }

  /// Interviewing or screening candidates is not in the source: said so, with what comes
  /// closest; preparing for an interview as a candidate is no such question.
  @Test(arguments: ["what questions should I ask in an interview for an MLOps role?", "I'm a recruiter. What should I look for on a CV for an AIOps role?"])
  func screeningCandidatesIsSaidNotToBeCovered(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("Interviewing or screening candidates isn't something my source covers"))
  }

  /// A course's price or format is not in the source: said so, with which course suits whom.
  @Test(arguments: ["how much does the aiops course cost", "are the SCAI courses online or in person, and roughly how much do they cost?"])
  func aCoursesPriceOrFormatIsSaidNotToBeCovered(line: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("Course prices, dates and format isn't something my source covers"))
    #expect(text.contains("Source: SCAI Course Fit"))
  }

  @Test(arguments: ["which easier", "which one harder", "which of those is hardest?", "which of them is the easiest"])
  func whichTrackIsEasierIsSaidNotToBeRanked(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains("It ranks no track as easier"))
  }

  @Test func whichTrackForABeginnerAsksAboutTheirSystemsNotTheLLMProductsFAQ() {
    #expect(Fixtures.ask("which track for a beginner").intent == KnownIntent.recommendation)
  }

  @Test(arguments: [("what does evaluation mean here?", TrackID.llmops), ("what does drift even mean", .mlops)])
  func whatAConceptMeansIsAnsweredWhereTheSourceMentionsIt(line: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [track])
    #expect(!Fixtures.text(of: reply).contains("among the LLMOps tools"))
    #expect(reply.intent != KnownIntent.aiopsMeaning)
  }

  @Test(arguments: [
    ("Who coined the term MLOps, and when?", "It gives no history of the terms"),
    ("what should I read to get started?", "It names no book or reading list"),
    ("can you recommend academic papers on mlops", "It names no book or reading list"),
  ])
  func aTopicTheSourceLeavesOutIsSaidToBeLeftOut(line: String, closest: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains(closest))
  }

  @Test(arguments: ["do we need all 3 tracks or only one", "is one track enough or do we need all three"])
  func whetherAllThreeAreNeededGetsHowToChoose(line: String) {
    #expect(Fixtures.ask(line).intent == "choose")
  }

  @Test func whatCarriesOverAsksWhatTheTracksShare() {
    #expect(Fixtures.ask("which of my skills transfer?").intent == KnownIntent.confusion)
    #expect(Fixtures.ask("which of my mlops skills carry over to llmops").intent == KnownIntent.llmopsVersusMLOps)
    let (replies, _) = conversation(["i run kubeflow pipelines and drift monitoring every day. thinking about moving into llmops", "which of my skills transfer?"])
    #expect(replies[1].intent == KnownIntent.llmopsVersusMLOps)
    let (shared, _) = conversation(["compare mlops and llmops", "what do they have in common?"])
    #expect(shared[1].intent == KnownIntent.llmopsVersusMLOps)
  }

  @Test(arguments: [("could one person do both?", KnownIntent.confusion), ("can one candidate cover both mlops and llmops?", KnownIntent.llmopsVersusMLOps)])
  func whetherOnePersonCanDoBothAsksWhatTheyShare(line: String, intent: IntentID) {
    #expect(Fixtures.ask(line).intent == intent)
  }

  @Test(arguments: ["i mean latency and token cost. which track covers that", "latency and token cost, which track covers that"])
  func conceptsNamedBeforeWhichTrackCoversThatAreWhatItAsksAbout(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.tracks == [.llmops])
    #expect(reply.intent != KnownIntent.recommendation)
  }

  @Test(arguments: ["what monitoring / observability does each track need", "monitoring for each of the 3?"])
  func aConceptAskedOfEveryTrackIsLookedUpForEach(line: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.contains("My source mentions monitoring for MLOps"))
    #expect(text.contains("I take observability, which it names for LLMOps"))
    #expect(text.contains("I take observability, which it names for AIOps"))
  }

  @Test func aQuestionBeforeAnAsideTheSourceDoesNotCoverIsAnswered() {
    #expect(Fixtures.ask("what projects could i build to show this? i only know java lol").intent == "projects")
    // A topic not covered named as a fragment is asked, not an aside: the pay note.
    #expect(Fixtures.text(of: Fixtures.ask("cuanto gana un mlops engineer? salary")).hasPrefix("Pay isn't something my source covers"))
    // A question on a factor before an aside in words the comparison does not know.
    #expect(Fixtures.ask("what tools should we use in the labs? we have a modest gpu budget").intent == "tools")
  }

  /// Topics the source leaves out are said to be left out, each with what comes closest.
  @Test(arguments: [
    ("ok but how should i split my time? like 50/50 or what", "How to split learning time between tracks isn't"),
    ("what is mlops|how long would that take", "How long learning takes isn't"),
    ("is mlops a good first step or too advanced?", "Which track is easier to learn isn't"),
    ("compare mlops and llmops|which of them is harder?", "Which track is easier to learn isn't"),
  ])
  func aTopicLeftOutIsSaidSo(lines: String, start: String) {
    let replies = conversation(lines.split(separator: "|").map(String.init)).replies
    #expect(Fixtures.text(of: replies.last!).hasPrefix(start))
  }

  /// "pay for" asks nothing about pay: a topic's name ("Pay") is no phrase of its own.
  @Test func payingForToolsIsNoQuestionAboutPay() {
    let reply = Fixtures.ask("how is aiops different from the observability tooling we already pay for")
    #expect(reply.intent != KnownIntent.outOfScope)
    #expect(!Fixtures.text(of: reply).contains("Pay isn't"))
  }
}

/// A short form asked of ("what is an LLM?") is spelt out as the advisor's own knowledge,
/// before the definition whose words those are.
@Suite struct ShortFormTests {
  @Test(arguments: [
    ("what is an LLM?", "LLM", TrackID.llmops), ("what does ML even mean lol", "ML", .mlops),
    ("what does ML stand for", "ML", .mlops), ("huh? i asked what an LLM is", "LLM", .llmops),
    ("hey, quick one: what's an LLM exactly", "LLM", .llmops), ("so whats ML short for anyway", "ML", .mlops),
  ])
  func shortFormIsSpeltOutBeforeTheDefinition(line: String, shortForm: String, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).hasPrefix("Outside the comparison: \(shortForm) is short for"))
    #expect(reply.intent == KnownIntent.definition)
    #expect(reply.tracks == [track])
    #expect(reply.sources.contains { $0.hasPrefix("Outside the comparison") })
  }

  @Test func askingWhatAWordMeansTellsNothingOfTheirWork() {
    let advisor = conversation(["and LLM? is that like chatgpt", "huh? i asked what an LLM is"]).advisor
    #expect(advisor.state.profile.evidence.isEmpty)
  }
}

/// What a track's engineers do is the track's main focus, before the roles it leads to.
@Suite struct WorkOfTheRoleTests {
  @Test(arguments: ["what does an llmops engineer do", "llmops job responsibilities", "what tasks does an llmops person handle?"])
  func whatTheRoleDoesIsTheMainFocusThenTheCareers(line: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.hasPrefix("My source lists no duties for the role; what LLMOps work centres on"))
    #expect(text.contains("Main focus") && text.contains("LLMOps usually leads to roles such as"))
    #expect(reply.intent == KnownIntent.career && reply.tracks == [.llmops])
    #expect(text.components(separatedBy: "Source:").count == 2)
  }

  @Test(arguments: ["in plain english what would each person actually do day to day?", "what does each person do all day"])
  func whatEachRoleDoesIsEveryTracksMainFocusThenTheCareers(line: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.hasPrefix(Phrases.workOfTheRoles))
    #expect(["MLOps", "LLMOps", "AIOps"].allSatisfy { text.contains("\($0) usually leads to roles such as") })
    #expect(reply.tracks == TrackID.allCases)
  }

  @Test func theJobsATrackLeadsToAreTheCareersAlone() {
    #expect(Fixtures.text(of: Fixtures.ask("what jobs does mlops lead to")).hasPrefix("MLOps usually leads to roles such as"))
  }
}

/// A concept that names a track's kind of system is looked up there first.
@Suite struct ConceptOfAKindOfSystemTests {
  @Test func llmIsLookedUpUnderLLMOpsFirst() {
    let reply = Fixtures.ask("which track covers llm stuff")
    #expect(Fixtures.text(of: reply).hasPrefix("My source mentions llm for LLMOps here"))
  }
}

/// Tools the source does not name, asked one after another, are each said not to be named.
@Suite struct ToolsNotNamedTests {
  @Test func eachToolAskedAfterAToolAnswerIsSaidNotToBeNamed() {
    let replies = conversation(["Is Feast mentioned anywhere?", "what about Seldon", "Argo?", "and LiteLLM"]).replies
    #expect(Fixtures.text(of: replies[0]).hasPrefix("My source doesn't name Feast among any track's tools."))
    for (reply, tool) in zip(replies.dropFirst(), ["Seldon", "Argo", "LiteLLM"]) {
      #expect(Fixtures.text(of: reply).hasPrefix("My source doesn't name \(tool) among any track's tools."))
      #expect(reply.intent == KnownIntent.tools)
    }
  }

  @Test func aToolTheSourceNamesIsNotSaidToBeMissing() {
    let replies = conversation(["Is Feast mentioned anywhere?", "what about mlflow"]).replies
    #expect(!Fixtures.text(of: replies[1]).contains("doesn't name"))
  }
}

/// A topic asked of work described in the line goes to the track that work points to far
/// ahead of the others, and a job asked about is placed, not counted as the asker's.
@Suite struct WorkAskedAboutTests {
  @Test func governanceWorkWithOneWordForAnotherTrackGetsTheAIOpsTools() {
    let replies = conversation([
      "what is llmops", "what tools does it name for the governance stuff? like for audit logging and model approval workflows",
    ]).replies
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).hasPrefix("That is AIOps work"))
  }

  @Test(arguments: [
    "hiring manager here. this one says: \"own our vLLM inference cluster, drive down p95 latency and cost per token\"",
    "one more posting: \"set up prompt versioning and eval harness for our customer support chatbot\"",
    "one more posting: \u{201C}set up prompt versioning and eval harness for our customer support chatbot\u{201D}",
  ])
  func aPostingQuotedIsPlacedAndNotTheirs(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(Fixtures.text(of: replies[0]).hasPrefix("What that describes points to LLMOps."))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func aJobAskedAboutIsPlacedAndNotTheirs() {
    let (replies, advisor) = conversation(["which track is a job doing prompt versioning and an eval harness for a chatbot"])
    #expect(Fixtures.text(of: replies[0]).hasPrefix("What that describes points to LLMOps."))
    #expect(advisor.state.profile.evidence.isEmpty)
  }
}

/// Questions about the advisor itself are answered by how it works, and a word imagined said
/// to it tells nothing of their work.
@Suite struct AdvisorItselfTests {
  @Test(arguments: ["be honest, are you just matching keywords? like if i say vllm you say llmops", "how do you work", "are you chatgpt btw?"])
  func howItWorksIsSaid(line: String) {
    let (replies, advisor) = conversation([line])
    #expect(Fixtures.text(of: replies[0]).hasPrefix(Phrases.howTheAdvisorWorks))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test(arguments: ["how does it work", "how do you work with mlops teams"])
  func aQuestionAboutSomethingElseIsNotAboutTheAdvisor(line: String) {
    #expect(!Fixtures.text(of: Fixtures.ask(line)).hasPrefix(Phrases.howTheAdvisorWorks))
  }
}

/// What a track expects one to know first is said not to be covered, in the words people use.
@Suite struct PrerequisitesAskedTests {
  @Test(arguments: ["what do i need to know before starting? like do i need python or is sql enough", "anything i should learn before starting?"])
  func prerequisitesAreSaidNotToBeCovered(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix("What a track expects you to know first isn't something my source covers"))
  }
}

/// Someone choosing whom to hire gets, after the recommendation, what to look for in a hire
/// instead of what to practise.
@Suite struct ChoosingAHireTests {
  @Test func aRecommendationForAHireSaysWhatToLookFor() {
    let (replies, advisor) = conversation([
      "my ceo says we need to hire someone. we have a support chatbot on openai and an older churn model",
      "which one should we hire for? not for me, for the hire",
    ])
    let text = Fixtures.text(of: replies[1])
    #expect(advisor.state.forAHire)
    #expect(text.contains("For the hire. Outside the comparison:") && text.contains("LLMOps Engineer or GenAI Platform Engineer"))
    #expect(!text.contains("Next step."))
  }

  @Test func whichTrackToHireForIsTheRecommendationForAHire() {
    let replies = conversation([
      "our startup is recruiting its first ml infra person, we have a demand forecasting model and a copilot on claude",
      "which track do we hire for",
    ]).replies
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(Fixtures.text(of: replies[1]).contains("For the hire. Outside the comparison:"))
  }

  @Test(arguments: ["how do i get hired as an mlops engineer", "will companies hire me without a degree"])
  func beingHiredIsNoHire(line: String) {
    #expect(!Advisor.speaksOfHiring(Fixtures.advisor().parser.parse(line)))
  }
}

/// What the source says of a concept, asked of the source as a whole, is every place it comes
/// up, after the first.
@Suite struct EveryPlaceOfAConceptTests {
  @Test(arguments: [
    ("does the source say anything about the cost side specifically", "LLMOps, Project Comparison: Cost-aware GenAI operations dashboard"),
    ("what does the doc say about evaluation", "LLMOps, Skills Comparison: Evaluation for GenAI systems"),
  ])
  func everyOtherPlaceFollowsTheFirst(line: String, item: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.contains(Phrases.alsoComesUp) && text.contains("  - " + item))
    #expect(reply.sources.first == "Side-By-Side Comparison")
  }

  @Test func aFollowUpOnAConceptShowsOnePlace() {
    let replies = conversation(["what is llmops", "and cost?"]).replies
    #expect(!Fixtures.text(of: replies[1]).contains(Phrases.alsoComesUp))
  }
}

/// Asked which of the tools listed they know, the person is told which they named of their work.
@Suite struct ToolsTheyNamedTests {
  @Test func theToolsTheyNamedAreSaidAfterTheList() {
    let replies = conversation(["i run airflow dags and dbt models for our churn model", "ok and the tools? do i already know any of them"]).replies
    #expect(replies[1].intent == KnownIntent.tools)
    #expect(Fixtures.text(of: replies[1]).contains(Phrases.namedTheseTools(["Airflow"])))
  }

  @Test func noToolNamedIsSaidSo() {
    let replies = conversation(["ok and the tools? do i already know any of them"]).replies
    #expect(Fixtures.text(of: replies[0]).contains(Phrases.namedNoneOfTheTools))
  }
}
