@testable import OpsAdvisorCore
import Testing

@Suite struct PreferenceTests {
  /// "which track is that under" after news that points elsewhere than their whole story: where
  /// that news points, without changing the recommendation.
  @Test func whichTrackThatIsAnswersForWhatWasJustTold() {
    let (replies, advisor) = conversation([
      "i run airflow and dbt pipelines and a feature store. we retrain models weekly and watch drift",
      "ok. now my manager also wants me to keep an eye on a RAG prototype someone built", "which track is that under",
    ])
    #expect(Fixtures.text(of: replies[2]).hasPrefix("What you just told me points to LLMOps."))
    #expect(replies[2].recommendation == nil && advisor.state.lastRecommendation == nil)
  }

  /// "forget the chatbot" takes back the clause that counted it, with its other LLMOps words,
  /// and the AIOps weight the correction had cut comes back; the recommendation returns to
  /// AIOps without the chatbot among its reasons.
  @Test func whatTheyTakeBackStopsCounting() {
    let (replies, advisor) = conversation([
      "sre here. prometheus, grafana, oncall, k8s clusters", "actually my team is moving to an llm chatbot",
      "hmm wait. forget the chatbot, thats another team", "which track should i choose",
    ])
    #expect(advisor.state.profile.score(.llmops) == 0)
    #expect(advisor.state.profile.score(.aiops) == 9)  // sre, prometheus, grafana, oncall, k8s clusters
    #expect(replies[3].recommendation == .aiops)
    #expect(!Fixtures.text(of: replies[3]).contains("chatbot"))
  }

  /// A switch planned for later with "instead" is settled: it corrects what was said before;
  /// a pilot "killed" after it takes it back, and the recommendation returns to MLOps.
  @Test func aPlannedSwitchCorrectsAndAKilledPilotIsTakenBack() {
    let story = "for context i fine-tune small models for document classification. distilbert mostly, we retrain every month"
    let switched = "hmm. actually scratch that, were moving off distilbert, next quarter we switch to prompting claude for the classification instead"
    let (replies, advisor) = conversation([story, switched, "which track fits me"])
    #expect(replies[2].recommendation == .llmops)
    #expect(advisor.state.profile.evidence.contains { $0.phrase == "prompt" && $0.weight > 2 })
    let killed = "ugh. update: legal killed the claude pilot. we stay on distilbert with monthly retrains in mlflow after all"
    let (after, _) = conversation([story, switched, killed, "so which track"])
    #expect(after[3].recommendation == .mlops)
    #expect(!Fixtures.text(of: after[3]).contains("claude"))
  }

  /// "the claude thing got cancelled" takes back what Claude counted; "describe the shelves"
  /// drops nothing.
  @Test func whatGotCancelledIsTakenBack() {
    let (_, advisor) = conversation([
      "i glue together a retrieval pipeline over pinecone + claude for our helpdesk",
      "hmm actually we just got told the claude thing got cancelled, back to the old ticket classifier in sklearn",
    ])
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "claude" && $0.weight > 0 })
    #expect(advisor.state.profile.leaning == .mlops)
  }

  /// "the mlflow airflow thing was the job ad not me" takes back what those words counted.
  @Test func whatCameFromAPostingIsTakenBack() {
    let (_, advisor) = conversation([
      "i run a small ml platform team, mostly uptime and monitoring", "manage model registry and deployments with MLflow and Airflow",
      "the mlflow airflow thing was the job ad not me",
    ])
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "mlflow" || $0.phrase == "airflow" })
  }

  /// A denial that takes nothing back ("i didnt enjoy the rag chatbot") still counts against
  /// its track; taking back the churn models beside a chatbot keeps the chatbot.
  @Test func aDenialOnlyTakesBackWhenItSaysSo() {
    let enjoyed = conversation(["built a rag chatbot for my capstone", "i didnt enjoy the rag chatbot"]).advisor
    #expect(enjoyed.state.profile.evidence.contains { $0.phrase == "not chatbot" })
    let scratched = conversation(["we have a support chatbot and some older churn models", "actually scratch the churn models"]).advisor
    #expect(scratched.state.profile.score(.mlops) == 0)
    #expect(scratched.state.profile.score(.llmops) > 0)
  }

  /// "what changed since ur first pick" after the recommendation moved: the track it went from
  /// with the words it rested on, and what was said since; with no change, it stays.
  @Test func whatChangedTheRecommendationIsShown() {
    let (replies, _) = conversation([
      "sre here. prometheus, grafana, oncall, k8s clusters", "pick for me", "actually my team is moving to an llm chatbot",
      "which track should i choose", "what changed since ur first pick",
    ])
    let text = Fixtures.text(of: replies[4])
    #expect(text.hasPrefix("My recommendation went from AIOps to LLMOps."))
    #expect(text.contains("\"prometheus\"") && text.contains("(\"llm\", \"chatbot\")"))
    let same = conversation(["i run fraud models", "pick for me", "what changed"]).replies
    #expect(Fixtures.text(of: same[2]).hasPrefix("My recommendation stays MLOps"))
  }

  /// "how confident are you" after a recommendation says, as its own reading, what it rests on
  /// and how far it leads; "what would change your mind" gives the other tracks' cards.
  @Test func howSureAndWhatWouldChangeIt() {
    let (replies, _) = conversation([
      "i build churn models in sklearn and retrain them monthly. which track should i choose?", "how confident are you",
      "what would change your mind",
    ])
    let sure = Fixtures.text(of: replies[1])
    #expect(sure.hasPrefix("Outside the comparison: my recommendation of MLOps rests on") && sure.contains("a clear lead"))
    #expect(replies[2].intent == KnownIntent.choose && replies[2].tracks == [.llmops, .aiops])
    // Asked before anything was told, there is nothing to be sure of yet.
    #expect(Fixtures.text(of: Fixtures.ask("how confident are you")).hasPrefix("I can't be sure or unsure about you yet"))
  }

  /// Doubt said of the advisor or its pick asks how sure it is, before a recommendation too:
  /// the leaning, and what of it is thin (said as a maybe, or tied by the advisor's own mapping).
  @Test(arguments: [
    "what r u unsure about here? like where could u be wrong about me", "what parts of ur recommendation are shaky?",
    "how confident are u that im mlops? whats uncertain",
  ])
  func doubtSaidOfTheAdvisorAsksHowSureItIs(line: String) {
    let (replies, _) = conversation(["we have churn models. drift maybe later, and a support chatbot too", line])
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix("Outside the comparison: my leaning to MLOps (I haven't recommended a track yet) rests on"))
    #expect(text.contains("You said \"drift maybe later\" as a maybe, so it counts half."))
    #expect(text.contains("\"churn\" counts through my own mapping"))
  }

  /// "none??" first in an interview answer passes on the question, whatever they tell after it.
  @Test func noneFirstPassesOnAnInterviewQuestion() {
    let (replies, advisor) = conversation(["which track should i choose?", "none?? i teach 7th grade science. i dont work on any systems lol"])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(advisor.state.interview != nil)
  }

  /// A doubt about a fact of the source is no question about the advisor's pick.
  @Test func doubtAboutAFactIsNotHowSure() {
    #expect(!Fixtures.text(of: Fixtures.ask("are you sure mlops covers drift?")).contains("I can't be sure or unsure"))
  }

  /// "I don't know, a bit of everything" and "not sure, to be honest" pass on an interview
  /// question, as its hint says they may.
  @Test(arguments: ["I don't know, a bit of everything", "not sure, to be honest"])
  func unsureAnswersInTheirOwnWordsPassOnAQuestion(line: String) {
    let (replies, advisor) = conversation(["which track should i choose?", line])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(advisor.state.interview != nil)
  }

  /// A story that ends "what would you recommend?" gets the recommendation, not the tools it
  /// named; "im trying to figure out which of these tracks I should do" asks for one.
  @Test func aStoryEndingInARequestForTheRecommendationGetsIt() {
    let story = Fixtures.ask(
      "more context: we retrain the fraud model weekly with airflow, track runs in mlflow, and lately i've been prototyping a support chatbot with gpt-4 on the side. what would you recommend?")
    #expect(story.intent == KnownIntent.recommendation && story.recommendation == .mlops)
    #expect(Fixtures.ask("im trying to figure out which of these tracks I should do").intent == KnownIntent.recommendation)
  }

  /// "and if i moved to the chatbot team?" gets the recommendation it would lead to, LLMOps,
  /// while what they told stays as it was; "what if I ignore the gateway" takes the gateway out
  /// of that reading only; "what if I'd rather stay closer to infrastructure" is no what-if.
  @Test func aWhatIfIsAnsweredWithoutChangingTheirStory() {
    let (replies, advisor) = conversation([
      "i'm a data scientist, i mostly build churn and fraud models", "which track should i choose", "and if i moved to the chatbot team?",
    ])
    #expect(replies[2].recommendation == .llmops)
    #expect(Fixtures.text(of: replies[2]).hasPrefix("If that were so"))
    #expect(advisor.state.profile.score(.llmops) == 0 && advisor.state.lastRecommendation?.track == .mlops)
    let (gateway, kept) = conversation([
      "we deploy fraud models with mlflow and run an llm gateway", "which track should i choose", "what if I ignore the gateway",
    ])
    #expect(gateway[2].recommendation == .mlops)
    #expect(kept.state.profile.evidence.contains { $0.phrase == "llm gateway" })
    #expect(!Advisor.asksWhatIf(Fixtures.advisor().parser.parse("hmm what if I'd rather stay closer to infrastructure")))
  }

  /// "hypothetically if i took over the support chatbot too, would that flip it" (no question
  /// mark) is a what-if that adds to their work: answered as if it were so, their story kept.
  @Test func aWhatIfAddingWorkIsAnsweredWithoutChangingTheirStory() {
    let (replies, advisor) = conversation([
      "we run a churn model in sagemaker with airflow retraining", "which track should i choose",
      "hypothetically if i took over the support chatbot too, would that flip it",
    ])
    #expect(Fixtures.text(of: replies[2]).hasPrefix("If that were so"))
    #expect(advisor.state.profile.score(.llmops) == 0 && advisor.state.lastRecommendation?.track == .mlops)
    let (dropped, kept) = conversation([
      "i run the gpu clusters that serve classic models on triton for the fraud team and llms on vllm", "which track for me",
      "what would change if we dropped the classic models, like if the fraud team moved off triton",
    ])
    #expect(Fixtures.text(of: dropped[2]).hasPrefix("If that were so") && dropped[2].recommendation == .llmops)
    #expect(kept.state.profile.evidence.contains { $0.phrase == "fraud" && $0.weight > 0 })
  }

  /// "i'd still own the churn pipeline too, the rag thing is like 30% of my time" makes the
  /// churn work their main work: the recommendation goes from LLMOps to MLOps.
  @Test func aSmallShareOfTheirTimeMakesTheRestTheirMainWork() {
    let (replies, _) = conversation([
      "i build airflow pipelines that feed our churn model and a rag index", "my manager wants me moving onto the rag side",
      "which track for me", "no wait, i meant i'd still own the churn pipeline too, the rag thing is like 30% of my time",
      "so given that, which track should i choose",
    ])
    #expect(replies[2].recommendation == .llmops && replies[4].recommendation == .mlops)
  }

  /// "do we need an aiops person at all or is that overkill for us" asks whom AIOps suits, set
  /// against where their words lean; "What skills do MLOps engineers need?" still asks the skills.
  @Test func whetherToHireForATrackIsWhomItSuits() {
    let (replies, _) = conversation([
      "we run one support chatbot on openai and a recommender model", "ok and do we need an aiops person at all or is that overkill for us",
    ])
    #expect(replies[1].intent == KnownIntent.fit && replies[1].tracks == [.aiops])
    #expect(Fixtures.ask("What skills do MLOps engineers need?").intent == KnownIntent.skills)
  }

  /// "prometheus and grafana are the ops teams thing" says they are not the speaker's: what
  /// the clause names counts against AIOps, not for it.
  @Test func whatIsAnotherTeamsThingIsNotTheirs() {
    let advisor = conversation([
      "i use vllm, prometheus, grafana and we track experiments in a spreadsheet lol",
      "no wait, prometheus and grafana are the ops teams thing, i just look at the dashboards. my actual work is the npc llm",
    ]).advisor
    #expect(advisor.state.profile.score(.aiops) <= 0)
    #expect(advisor.state.profile.leaning == .llmops)
  }

  /// "ok cool, the mlops one sounds more like me" after a recommendation of MLOps agrees; "ok last
  /// q what title should i put on linkedin then" gets the jobs of the track they lean to.
  @Test func agreeingWithTheRecommendationAndAskingForATitle() {
    let (replies, _) = conversation([
      "my team got handed a fraud scoring model (xgboost)", "which track for me", "ok cool, the mlops one sounds more like me",
      "ok last q what title should i put on linkedin then",
    ])
    #expect(Fixtures.text(of: replies[2]).contains(Phrases.wantedIsRecommended("MLOps")))
    #expect(replies[3].intent == KnownIntent.career && replies[3].tracks == [.mlops])
  }

  /// "in case i end up at a place doing classic ml" is a maybe, not their work.
  @Test func whatIsSaidInCaseIsAMaybe() {
    let advisor = conversation([
      "i fine tune llama with lora and run evals at a uni lab", "what project would show i can do production work",
      "no wait i meant for mlops, in case i end up at a place doing classic ml",
    ]).advisor
    #expect(advisor.state.profile.evidence.filter { $0.track == .mlops }.allSatisfy { $0.phrase.hasPrefix("maybe ") })
    #expect(advisor.state.profile.leaning == .llmops)
  }

  /// "i mean if i only did the cheat detection classifier and not the llm stuff, which track
  /// then" is a what-if after "i mean": answered as if so, their story kept.
  @Test func aWhatIfAfterIMean() {
    let (replies, advisor) = conversation([
      "i built an npc dialogue system on self hosted mistral with vllm and a cheat detection classifier", "which track for me",
      "i mean if i only did the cheat detection classifier and not the llm stuff, which track then",
    ])
    #expect(Fixtures.text(of: replies[2]).hasPrefix("If that were so, my recommendation would change from LLMOps to MLOps"))
    #expect(advisor.state.profile.leaning == .llmops)
  }

  /// "no i ask, mlops fit me?" asks whom MLOps suits; the track is no part of their work.
  @Test func aShortQuestionWhetherATrackFitsThem() {
    let (replies, advisor) = conversation(["we have too many alerts at night in splunk", "no i ask, mlops fit me?"])
    #expect(replies[1].intent == KnownIntent.fit)
    #expect(advisor.state.profile.score(.mlops) == 0)
  }

  /// "the aiops one sounds more like me honestly" after a recommendation of LLMOps changes it to
  /// AIOps, the track they want; "so am i mlops or llmops or both" at the end of their story asks
  /// for the recommendation, and "am i mlops?" whom MLOps suits; the tracks asked about are no
  /// part of their work.
  @Test func sayingWhichTrackIsLikeThemAndAskingWhichTheyAre() {
    let (changed, _) = conversation([
      "i run the k8s gpu clusters that serve classic models on triton and llms on vllm for 5 teams", "which track for me",
      "the aiops one sounds more like me honestly",
    ])
    #expect(changed[1].recommendation == .llmops && changed[2].recommendation == .aiops)
    let (wanted, _) = conversation([
      "i keep a demand forecasting model alive in databricks and lately a slack bot that answers hr questions with gpt",
      "which one am i closer to", "the llmops route sounds more like what i want tbh",
    ])
    #expect(wanted[1].recommendation == .mlops && wanted[2].recommendation == .llmops)
    let (asked, advisor) = conversation([
      "i handle the node pools and autoscaling and on-call when latency spikes for the llm serving, so am i mlops or llmops or both",
    ])
    #expect(asked[0].intent == KnownIntent.recommendation)
    #expect(!advisor.state.profile.evidence.contains { $0.phrase == "mlops" })
    #expect(conversation(["i build churn models. am i mlops?"]).replies[0].intent == KnownIntent.fit)
  }

  /// "scrap the fraud part" takes back "fraud detection" and the "models" said with it, and
  /// nothing counts against MLOps; "suppose we added a support bot" adds to their work as a
  /// maybe rather than replacing it.
  @Test func scrappingPartOfTheirStoryAndAddingInAWhatIf() {
    let scrapped = conversation([
      "we run a rag assistant for our sales team and I tune the prompts", "also I own the fraud detection models",
      "scrap the fraud part, that moved to another team",
    ]).advisor
    #expect(scrapped.state.profile.score(.mlops) == 0)
    let (replies, _) = conversation([
      "hey, I look after a few fraud detection models and the feature pipelines", "which way should I go",
      "ok and suppose we added a customer support bot next quarter?",
    ])
    #expect(replies[2].recommendation == .mlops)
  }

  /// "still llmops?" after their news asks for the recommendation from all they said.
  @Test func stillATrackAfterNewsAsksForTheRecommendation() {
    let (replies, _) = conversation([
      "im qa, just got told to own evaluation for our llm support chatbot",
      "but i dont touch serving or latency at all. i just test outputs. still llmops?",
    ])
    #expect(replies[1].intent == KnownIntent.recommendation && replies[1].recommendation == .llmops)
    #expect(conversation(["i run fraud models", "still mlops?"]).replies[1].intent == KnownIntent.recommendation)
  }

  /// Asking for plain words is the short version; a question in plain words about something else is not.
  @Test(arguments: [("ok thats a lot of words lol. like in normal person terms", true), ("explain it simpler", true),
    ("ok thats a lot of words lol", true), ("thanks a lot", false),
    ("In plain language, what does the learning rate control?", false)])
  func plainWordsAskForTheShortVersion(line: String, short: Bool) {
    #expect((Fixtures.ask(line).intent == KnownIntent.overview) == short)
  }

  /// "did my recommendation change?" after news gives the recommendation again, saying it changed.
  @Test func askingWhetherTheRecommendationChangedGivesItAgainWithTheChange() {
    let (replies, _) = conversation([
      "i build a rag chatbot for our support team", "which track",
      "actually scratch that, I was wrong. the chatbot was a side project. my real job is maintaining fraud-detection models",
      "did my recommendation change?",
    ])
    #expect(replies[3].recommendation == .mlops)
    #expect(Fixtures.text(of: replies[3]).hasPrefix("That changes my recommendation from LLMOps to MLOps"))
    let (kept, _) = conversation([
      "i run fraud models and retrain them weekly", "which track", "now they want me to watch our rag chatbot too",
      "did my recommendation change?",
    ])
    #expect(Fixtures.text(of: kept[3]).hasPrefix("My recommendation stays MLOps"))
  }

  /// The reasons of a recommendation say a thing once: a clause whose reasons were all given
  /// for an earlier one is passed over, and signals of one thing share one reason.
  @Test func aReasonIsGivenOnce() {
    let (replies, _) = conversation(["i run k8s clusters and im on call, pager at 3am", "which track"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.components(separatedBy: "being paged are reliability work").count == 2)
    #expect(text.components(separatedBy: "is platform work").count == 2)
    #expect(!text.contains("pager at 3am"))
  }

  @Test(arguments: [
    ("I deploy XGBoost churn models and keep retraining them when the data drifts", TrackID.mlops),
    ("we run a RAG chatbot and I tune prompts and watch token costs", .llmops),
    ("I own governance and security policy for our AI platform across many teams", .aiops),
  ])
  func selfDescriptionsLeanToTheirTrack(description: String, track: TrackID) {
    let (replies, _) = conversation([description, "which track should I choose?"])
    #expect(replies[0].leaning == track)
    #expect(replies[1].intent == "recommendation")
    #expect(replies[1].recommendation == track)
    #expect(replies[1].leaning == track)
  }

  @Test func askingWhatNewsDoesToTheAdviceGetsTheRecommendation() {
    let story = "I work on computer vision models for a retail chain"
    let news = "my boss wants us to try a vision language model to describe the shelves, would that change anything?"
    let (replies, advisor) = conversation([story, news])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[1].recommendation == .mlops)
    #expect(advisor.state.profile.score(.llmops) > 0)
  }

  @Test func takingBackWhatWasSaidChangesTheProfileWithoutADecline() {
    let (replies, advisor) = conversation([
      "I work on computer vision models", "we might also try a vision language model",
      "hmm actually forget the vlm, the boss dropped it",
    ])
    #expect(replies[2].intent == KnownIntent.preference)
    #expect(advisor.state.profile.score(.llmops) <= 0)
  }

  @Test func whatSomeoneElseMentionedIsNotTheirWork() {
    let (_, advisor) = conversation(["my manager also mentioned AIOps for monitoring the feature in prod, is that different?"])
    #expect(advisor.state.profile.score(.aiops) == 0)
  }

  @Test(arguments: ["so should I learn both?", "ok, which one first then?"])
  func anOrderOfTracksTakesTheOtherTrackTheConversationNamed(line: String) {
    let (replies, _) = conversation([
      "our team just shipped an LLM feature and I got asked to set up evals for it", "what does aiops mean here?", line,
    ])
    #expect(replies[2].recommendation == .llmops)
    #expect(Fixtures.text(of: replies[2]).contains("start with LLMOps and take AIOps next"))
  }

  @Test func aGreetingWithWhoIsSpeakingIsGreetedNotDeclined() {
    #expect(Fixtures.ask("hi im a high school teacher thinking about switching to tech").intent == KnownIntent.greeting)
    #expect(Fixtures.ask("hi, I maintain fraud models at an insurance company").intent == KnownIntent.preference)
  }

  @Test(arguments: ["I'm an appsec engineer, mostly pentesting web apps", "i am a teacher"])
  func sayingWhatTheyAreIsNotedNotDeclined(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.preference)
  }

  @Test(arguments: ["are you chatgpt?", "are you a bot"])
  func askingWhatTheAdvisorIsGetsHowItWorks(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).hasPrefix(Phrases.howTheAdvisorWorks))
  }

  @Test(arguments: ["i dont know any programming yet tbh", "I don't know anything about ML yet"])
  func whatTheyDoNotKnowYetIsTheirBackground(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.preference)
  }

  @Test func aTrackTheyKeepSeeingIsNotTheirWork() {
    let (_, advisor) = conversation(["i keep seeing mlops jobs on linkedin, what even is that"])
    #expect(advisor.state.profile.score(.mlops) == 0)
    let (_, interviewing) = conversation(["I'm interviewing for an MLOps role"])
    #expect(interviewing.state.profile.score(.mlops) > 0)
  }

  @Test(arguments: ["which has more jobs", "which track has more job openings?"])
  func whichHasMoreJobsIsATopicTheSourceDoesNotCover(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("not how many openings there are"))
  }

  @Test(arguments: [
    "what about llmops, is it harder?", "is it hard to learn mlops", "which has the steepest learning curve", "which one is hardest",
    "which is easy to learn? mlops or llmops",
  ])
  func howHardATrackIsIsATopicTheSourceDoesNotCover(line: String) {
    let (replies, _) = conversation(["what is mlops", line])
    #expect(replies[1].intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: replies[1]).contains("ranks no track as easier"))
  }

  @Test(arguments: [
    "i am devops 5 year, wich better for me", "no. i ask which track i choose. i do devops, jenkins, terraform, aws",
    "which one is more future proof do you think",
  ])
  func askingWhichBesideAFieldTheyWorkInGetsTheRecommendation(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.recommendation)
  }

  @Test func askingAboutAFieldNextDoorStillSaysItIsNotCovered() {
    #expect(Fixtures.ask("what is devops, which track covers it?").intent == KnownIntent.outOfScope)
  }

  @Test(arguments: ["ok", "okay", "cool", "got it", "hmm ok", "k", "ok nvm", "never mind", "ugh", "FFS", "lol", "🤔", "..."])
  func anAcknowledgementNeitherEndsTheSessionNorIsDeclined(line: String) {
    let (replies, _) = conversation(["what is mlops", line])
    #expect(replies[1].intent == KnownIntent.acknowledgement)
    #expect(!replies[1].endsSession)
  }

  @Test func anAcknowledgementInAnInterviewKeepsTheQuestion() {
    let (replies, advisor) = conversation(["which track should i choose", "ok"])
    #expect(replies[1].intent == KnownIntent.acknowledgement)
    #expect(advisor.state.interview != nil)
    #expect(Fixtures.text(of: replies[1]).contains("Question 1 of 3"))
  }

  @Test(arguments: ["ok, ml ops then?", "im not sure what to ask", "cool thanks", "?"])
  func aLineWithMoreThanAcknowledgingWordsIsNoAcknowledgement(line: String) {
    #expect(Fixtures.ask(line).intent != KnownIntent.acknowledgement)
  }

  @Test func aFactorAskedForThemIsAnsweredForTheirLeaning() {
    let (replies, _) = conversation(["i do imaging models at a hospital", "whats the career path look like for someone like me in healthcare"])
    #expect(replies[0].intent == KnownIntent.preference)
    #expect(replies[1].intent == "career")
    #expect(replies[1].tracks == [.mlops])
  }

  @Test(arguments: ["me? i do k8s + vllm serving", "and you? we run churn models"])
  func aStoryAfterAQuestionInFunctionWordsIsNoted(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.preference)
  }

  @Test func whichOneOfTheseToHireIsTheRecommendation() {
    #expect(Fixtures.ask("ok. were a chatbot startup, 6 people. which one of these would i hire first").intent == KnownIntent.recommendation)
  }

  @Test(arguments: ["can you recommend a textbook to go with it", "any good books on llmops?"])
  func booksAreATopicTheSourceDoesNotCover(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("names no book"))
  }

  @Test func aQuestionOnlyForThemIsTheRecommendation() {
    #expect(Fixtures.ask("ok so final answer for me?").intent == KnownIntent.recommendation)
  }

  @Test(arguments: ["so where does that leave me", "ok so where does that leave us", "where does this leave my team"])
  func whereThatLeavesThemAsksForTheRecommendation(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.recommendation)
  }

  @Test(arguments: ["so where does that leave me", "where does that leave me?", "what if i leave my job"])
  func aQuestionWithAWordOfLeavingDoesNotEndTheSession(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent != KnownIntent.goodbye)
    #expect(!reply.endsSession)
  }

  @Test(arguments: ["ok thanks bye", "thank you very much, bye"])
  func thanksEndingInAFarewellSaysGoodbye(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.goodbye)
    #expect(reply.endsSession)
  }

  @Test func aStoryOtherwiseOutsideTheComparisonIsNotedWithoutTheDecline() {
    let (replies, _) = conversation([
      "hey. ios dev here, I just shipped a feature that calls the openai api to summarise user notes",
      "product wants it to not cost a fortune. is that an llmops thing or am I overthinking it",
    ])
    // Who is speaking ("ios dev here") makes the line their story, noted as such.
    #expect(replies[0].intent == KnownIntent.preference)
    #expect(Fixtures.text(of: replies[0]).contains("Noted: LLMOps"))
    #expect(!Fixtures.text(of: replies[0]).contains("Sorry"))
    #expect(replies[1].intent == KnownIntent.profile)
    #expect(replies[1].tracks == [.llmops])
  }

  @Test func aProgrammingLanguageIsATopicTheSourceDoesNotCover() {
    let reply = Fixtures.ask("do I need to know python for this? I only do swift")
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("names no programming language"))
  }

  @Test func aTrackSomeoneElseNamedIsNotTheirWork() {
    let detector = Fixtures.advisor().detector
    #expect(detector.detect(in: "my manager say we must learn llmops now").isEmpty)
    #expect(!detector.detect(in: "I said we run llmops for our chatbot").isEmpty)
    #expect(detector.detect(in: "my VP wants us to do AIOps").isEmpty)
    #expect(!detector.detect(in: "my team wants to learn llmops").isEmpty)
  }

  @Test func newsAboutTheirWorkAskedAboutGetsTheRecommendationSetAgainstIt() {
    let (replies, _) = conversation([
      "hello, i am working as ml enginer in bank, we do credit scoring modles", "my manager say we must learn llmops now. is it true?",
    ])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(replies[1].recommendation == .mlops)
    #expect(Fixtures.text(of: replies[1]).contains("Nothing you've said so far points to LLMOps"))
  }

  @Test(arguments: ["what would my team be called in these terms", "so what is my role called then?"])
  func whatTheirRoleIsCalledGetsTheTitles(line: String) {
    #expect(Fixtures.ask(line).intent == "career")
  }

  @Test(arguments: ["ok but for my job which is better", "which is best for my career"])
  func whichIsBetterForTheirJobIsTheRecommendation(line: String) {
    #expect(Fixtures.ask(line).intent == KnownIntent.recommendation)
  }

  @Test func theTracksANotedLineNamesCountAsSpokenOf() {
    let (replies, _) = conversation([
      "we do credit scoring models", "my manager say we must learn llmops now", "what is the difference between them",
    ])
    #expect(replies[2].intent == KnownIntent.comparison)
    #expect(Set(replies[2].tracks) == [.mlops, .llmops])
  }

  @Test func whatPeopleTalkAboutIsNotTheirWork() {
    let detector = Fixtures.advisor().detector
    #expect(detector.detect(in: "everyone at work is talking about chatgpt").isEmpty)
    #expect(!detector.detect(in: "we built a chatgpt plugin").isEmpty)
    let story = detector.detect(in: "I maintain a ticket classifier and my lead keeps talking about copilots")
    #expect(story.map(\.signal.track) == [.mlops])
  }

  @Test func mathsIsATopicTheSourceDoesNotCover() {
    let reply = Fixtures.ask("do I need a lot of math for that?")
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("no maths requirement"))
  }

  @Test func aDegreeIsATopicTheSourceDoesNotCover() {
    let reply = Fixtures.ask("do I need a cs degree for mlops?")
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(Fixtures.text(of: reply).contains("names no degree or qualification"))
  }

  @Test func aTopicNotCoveredInTheirStoryLeavesTheQuestionAfterItAnswered() {
    let line = "I'm an ML researcher (PhD), I train large transformer models. what is actually different between mlops and llmops, concretely"
    #expect(Fixtures.ask(line).intent == KnownIntent.comparison)
    #expect(Fixtures.ask("I have a PhD, do I need a degree for mlops?").intent == KnownIntent.outOfScope)
  }

  @Test(arguments: ["does llmops need an ml background?", "any prereqs for mlops?"])
  func aBackgroundAskedForIsWhatATrackExpectsFirst(line: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains("lists nothing you must know before any track"))
  }

  @Test func aPlanForNextQuarterCountsAsAMaybeButNotWhatIsInProductionBeforeIt() {
    let line = "we have two recommendation models in prod and we're adding an LLM support agent next quarter"
    let detections = Fixtures.advisor().detector.detect(in: line)
    let mlopsNow = detections.contains { $0.signal.track == .mlops && !$0.hedged }
    let llmopsLater = detections.filter { $0.signal.track == .llmops }.allSatisfy(\.hedged)
    #expect(mlopsNow)
    #expect(llmopsLater)
  }

  @Test func eachRoleIsAboutEveryTrack() {
    let (replies, _) = conversation(["we run chatbots", "which track should I choose?", "what would each role actually own?"])
    #expect(replies[2].intent == "career")
    #expect(replies[2].tracks.isEmpty)
  }

  @Test func redTeamingAnLLMChatbotPointsToBothLLMOpsAndAIOps() {
    let (_, advisor) = conversation(["now I'm getting pulled into red teaming our LLM chatbot for prompt injection"])
    #expect(advisor.state.profile.score(.llmops) > 0)
    #expect(advisor.state.profile.score(.aiops) > 0)
  }

  @Test func recommendationQuotesThePersonAndTheBestFitCard() {
    let line = "I deploy XGBoost churn models and keep retraining them when the data drifts"
    let (replies, _) = conversation([line, "which track should I choose?"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("I'd recommend MLOps"))
    #expect(text.contains("You said \"\(line)\""))
    #expect(text.contains("clearest route into production machine learning lifecycle"))
    #expect(text.contains("Pipeline automation") || text.contains("pipeline automation"))
    #expect(text.contains("Production ML lifecycle pipeline"))
  }

  @Test func signalsCountInsideAQuestion() {
    let reply = Fixtures.ask("as someone who deploys churn models, what should I learn?")
    #expect(reply.profile[.mlops]! > 0)
  }

  @Test func negationCountsAgainstTheTrack() {
    let (replies, advisor) = conversation(["I don't work with LLMs"])
    #expect(replies[0].profile[.llmops]! < 0)
    #expect(advisor.state.profile.evidence.first?.phrase.hasPrefix("not ") == true)
  }

  @Test func negationStaysInItsClause() {
    let (replies, _) = conversation(["I'm not into governance, but I deploy churn models"])
    #expect(replies[0].profile[.aiops]! < 0)
    #expect(replies[0].profile[.mlops]! > 0)
  }

  @Test func whatSomethingIsPreferredToCountsAgainstItsTrack() {
    let (replies, _) = conversation(["i like building chatbots more than monitoring dashboards"])
    #expect(replies[0].profile[.llmops]! > 0)
    #expect(replies[0].profile[.aiops]! < 0)
    let (years, _) = conversation(["i have more than five years of forecasting models"])
    #expect(years[0].profile[.mlops]! > 0)
  }

  @Test func imAndIveSpeakOfOneself() {
    #expect(conversation(["ive been running churn models for years"]).0[0].intent == KnownIntent.preference)
  }

  @Test(arguments: ["I'm done with retraining pipelines", "we are moving away from retraining pipelines"])
  func whatSomeoneIsDoneWithCountsAgainstItsTrack(line: String) {
    let (replies, _) = conversation([line])
    #expect(replies[0].profile[.mlops]! < 0)
  }

  @Test func forgettingSomethingIsACorrectionAgainstIt() {
    let (replies, _) = conversation([
      "I built a RAG chatbot over our docs", "nah forget the chatbot, I prefer working on kubernetes and terraform",
      "so what do you recommend",
    ])
    #expect(replies[2].recommendation == .aiops)
  }

  @Test func aMaybeCountsHalfAndOnlyAfterTheHedge() {
    let (now, _) = conversation(["we ship churn models and add an llm chatbot"])
    let (maybe, advisor) = conversation(["we ship churn models and might add an llm chatbot later"])
    #expect(maybe[0].profile[.mlops] == now[0].profile[.mlops])
    #expect(maybe[0].profile[.llmops]! * 2 == now[0].profile[.llmops]!)
    #expect(advisor.state.profile.evidence.contains { $0.phrase.hasPrefix("maybe ") })
    #expect(!advisor.state.profile.evidence.contains { $0.phrase.hasPrefix("maybe churn") })
  }

  @Test func aMaybeCorrectsNothing() {
    let (replies, _) = conversation(["I build churn models", "actually we might start a chatbot project later"])
    #expect(replies[1].profile[.mlops] == replies[0].profile[.mlops])
    #expect(replies[1].profile[.llmops]! < replies[1].profile[.mlops]!)
  }

  @Test func aCorrectionOutweighsWhatItCorrects() {
    let (replies, _) = conversation([
      "I deploy XGBoost churn models and keep retraining them when the data drifts",
      "actually I've moved to LLM products",
    ])
    #expect(replies[0].leaning == .mlops)
    #expect(replies[1].leaning == .llmops)
  }

  @Test func aMixedProfileSaysSoAndStartsFromTheDominantSystemType() {
    let (replies, _) = conversation([
      "I retrain churn models when the data drifts",
      "I also serve a RAG chatbot and watch token latency",
      "which track should I choose?",
    ])
    let reply = replies[2]
    #expect(reply.leaning == nil)
    #expect(reply.recommendation != nil)
    let text = Fixtures.text(of: reply)
    #expect(text.contains("points more than one way"))
    #expect(text.contains("dominant system type"))
    #expect(text.contains("Outside the comparison: my own advice is to start with"))
  }

  @Test func anOutOfScopeQuestionLeavesTheProfileAlone() {
    #expect(Fixtures.ask("how do I fine-tune llama on my laptop").profile[.llmops] == 0)
  }

  @Test func whoAnotherTrackFitsIsSetAgainstWhereTheirWordsLean() {
    let (replies, _) = conversation(["I'm an SRE, I run prometheus and pagerduty", "would llmops make more sense?"])
    let text = Fixtures.text(of: replies[1])
    #expect(replies[1].intent == "fit")
    #expect(text.contains("your words point most to AIOps"))
    #expect(text.contains("Nothing you've said so far points to LLMOps."))
    #expect(!Fixtures.text(of: Fixtures.ask("would llmops make more sense?")).contains("point most to"))
  }

  @Test func aQuestionBesideTheirStoryIsAnsweredAndTheStoryNoted() {
    let reply = Fixtures.ask("i know docker and terraform, where should I start")
    #expect(reply.intent == "recommendation")
    #expect(Fixtures.ask("my docker build keeps failing, what should i do?").intent == "out-of-scope")
  }

  @Test func aQuestionThatIsNotAboutThemselvesLeavesTheProfileAlone() {
    #expect(Fixtures.ask("is kserve part of ai-ops").leaning == nil)
    #expect(Fixtures.ask("does llmops use vllm").profile[.llmops] == 0)
  }

  @Test(arguments: [
    "ok then final which track i choose, i like ML models actually more than tickets", "i do churn models, which one should we go for",
  ])
  func aStoryWithWhichTrackTheyShouldChooseGetsTheRecommendation(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(reply.recommendation == .mlops)
  }

  @Test func aChangeOfMainJobBeforeAQuestionCorrectsWhatCameBefore() {
    let (replies, advisor) = conversation([
      "i'm an ML researcher doing demand forecasting. we use xgboost, models get retrained weekly via airflow dags.",
      "hmm actually scratch that. the genai thing is going to be my main job from next quarter, building an llm assistant that explains forecasts to planners. so should i go llmops instead?",
      "which track should i choose now?",
    ])
    #expect(replies[1].intent == KnownIntent.fit)
    #expect(advisor.state.profile.leaning == .llmops)
    #expect(replies[2].recommendation == .llmops)
  }

  @Test func whyNotATrackListsWhatCountedAgainstItToo() {
    let (replies, _) = conversation([
      "i deploy churn models and retrain them weekly", "i dont do llms or chatbots", "which track should i choose", "why not llmops?",
    ])
    #expect(Fixtures.text(of: replies[3]).contains("not \"llm\" (counted against it):"))
    #expect(!Fixtures.text(of: replies[3]).contains("(turn"))
  }

  @Test func aRecommendationOfAIOpsOnITOperationsAloneSaysSo() {
    let (replies, advisor) = conversation([
      "i work in a NOC, mostly servicenow and splunk, alert fatigue all day", "which track should i choose?",
    ])
    #expect(advisor.state.profile.aiopsRestsOnITOperations)
    #expect(replies[1].recommendation == .aiops)
    #expect(Fixtures.text(of: replies[1]).contains("nothing you've told me involves an AI system yet"))
  }

  /// "what tool help for this" from someone whose AIOps is IT operations alone gets AIOps's tools
  /// with a word that they are for running AI systems, not for cutting alert noise.
  @Test func aiopsToolsForITOperationsAloneSaySo() {
    let (replies, _) = conversation([
      "im noc technician, we use splunk alerts and servicenow tickets",
      "alert storm in night is very bad, i am alone on shift. what tool help for this",
    ])
    #expect(replies[1].intent == KnownIntent.tools && replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).contains(Phrases.toolsAreForAISystems))
  }

  @Test func itOperationsBesideAnAISystemNeedNoCaveat() {
    let (replies, advisor) = conversation([
      "I'm an SRE on call for our multi agent platform, prometheus and pagerduty", "which track should i choose?",
    ])
    #expect(!advisor.state.profile.aiopsRestsOnITOperations)
    #expect(!Fixtures.text(of: replies[1]).contains("involves an AI system yet"))
  }

  @Test func aTrackNameIsNotASignal() {
    #expect(Fixtures.ask("what job can i get with genai ops").profile[.llmops] == 0)
    #expect(Fixtures.ask("isn't genai ops just ml ops again").profile[.llmops] == 0)
  }

  @Test func aCorrectionAlsoDiscountsTheEvidence() {
    let (_, advisor) = conversation(["I retrain churn models when the data drifts", "actually I've moved to LLM products"])
    let mlops = advisor.state.profile.evidence.filter { $0.track == .mlops }.map(\.weight).reduce(0, +)
    #expect(mlops == advisor.state.profile.score(.mlops))
  }

  @Test func evidenceIsCapped() {
    var advisor = Fixtures.advisor()
    for run in 0..<50 { _ = advisor.respond(to: "I retrain churn model \(run) when drift shows up in our MLflow runs") }
    #expect(advisor.state.profile.evidence.count == Profile.keptEvidenceLimit)
    let listed = Fixtures.text(of: advisor.respond(to: "/profile")).components(separatedBy: "\n  - ").count - 1
    #expect(listed == Profile.evidenceLimit)
  }

  @Test func preferenceIsAcknowledgedWithWhatItPointsTo() {
    let text = Fixtures.text(of: Fixtures.ask("we serve llama with vllm"))
    #expect(text.contains("Noted: LLMOps"))
  }

  @Test func aShortPickAfterTheirStoryIsTheRecommendation() {
    let reply = Fixtures.ask("idk i do chatbots at work w/ openai api. pick one")
    #expect(reply.intent == KnownIntent.recommendation)
    #expect(reply.recommendation == .llmops)
  }

  @Test(arguments: ["y", "yes", "yeah sure", "ok go ahead"])
  func sayingYesAfterTheirStoryIsTheRecommendation(line: String) {
    let (replies, _) = conversation(["i do chatbots at work with the openai api", line])
    #expect(replies[1].intent == KnownIntent.recommendation)
  }

  @Test(arguments: ["ok", "y?"])
  func anAcknowledgementOrAQuestionIsNotAYes(line: String) {
    let (replies, _) = conversation(["i do chatbots at work with the openai api", line])
    #expect(replies[1].intent != KnownIntent.recommendation)
  }

  @Test func theAdvisorsOwnReasonsForOneClauseAreMarkedOnce() {
    let text = Fixtures.text(of: Fixtures.ask("idk i do chatbots at work w/ openai api. pick one"))
    let reasons = text.components(separatedBy: "Next step.")[0]
    #expect(reasons.components(separatedBy: "Outside the comparison:").count == 2)
  }

  @Test func theNextStepIsMarkedAsTheAdvisorsOwn() {
    let text = Fixtures.text(of: Fixtures.ask("i deploy churn models. which track should i choose?"))
    #expect(text.contains("Next step. Outside the comparison: my own suggestion is to practise the skills my source lists for MLOps"))
    #expect(text.contains("Outside the comparison (general knowledge or my own advice)"))
  }
}

@Suite struct InterviewTests {
  /// "idk both really", "all three" pass on a question, like "a bit of both".
  @Test(arguments: ["idk both really", "all three"])
  func aLooseAnswerOfSeveralPassesOnTheQuestion(answer: String) {
    let (replies, _) = conversation(["quiz me pls", "mostly 1", answer])
    #expect(Fixtures.text(of: replies[2]).contains("Question 3 of 3") && !Fixtures.text(of: replies[2]).contains("Sorry"))
  }

  @Test(arguments: [
    "can u interview me or something to figure out which one fits", "interview me",
    "no like ask me questions first, idk what i actually want", "quiz me pls",
  ])
  func askingToBeInterviewedStartsTheInterviewWhatever(they told: String) {
    let (replies, advisor) = conversation(["i did some kaggle with xgboost", told])
    #expect(Fixtures.text(of: replies[1]).contains("Question 1 of 3"))
    #expect(advisor.state.interview != nil)
  }

  @Test(arguments: ["what interview questions come up for mlops roles", "what should i ask a candidate for llmops"])
  func questionsOfSomeoneElsesInterviewStartNone(line: String) {
    #expect(!Fixtures.text(of: Fixtures.ask(line)).contains("Question 1 of 3"))
  }

  @Test func aQuestionMidInterviewIsNotTakenAsAnAnswer() {
    let (replies, advisor) = conversation(["which track should i choose", "which of the three pays attention to latency the most"])
    #expect(!Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func askingWhatAToolIsMidInterviewIsAnsweredNotTakenAsAnAnswer() {
    let (replies, advisor) = conversation(["which track should i choose", "whats kserve"])
    #expect(replies[1].tracks == [.aiops])
    #expect(Fixtures.text(of: replies[1]).contains("Question 1 of 3"))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func askingAboutAnotherTrackInTheInterviewIsAnsweredNotTakenForAnAnswer() {
    let (replies, advisor) = conversation([
      "which of these is the most realistic for me?", "ok and what would a first project look like",
      "hmm what about llmops instead, everyone at work is talking about chatgpt",
    ])
    #expect(replies[0].intent == KnownIntent.recommendation)
    #expect(replies[2].intent == "projects")
    #expect(replies[2].tracks == [.llmops])
    #expect(advisor.state.interview?.questionIndex == 0)
    #expect(advisor.state.profile.score(.llmops) == 0)
  }

  @Test func aChoiceToldInTheInterviewEndsItAndItsTrackComesIntoFocus() {
    let (replies, advisor) = conversation([
      "which track should I choose?", "ok thanks, I'll start with the mlops one then", "what should I learn first for it?",
    ])
    #expect(replies[1].intent == KnownIntent.fit)
    #expect(replies[2].tracks == [.mlops])
    #expect(advisor.state.interview == nil)
  }

  @Test(arguments: ["whatever, just tell me which one", "stop asking and just pick one"])
  func askingForTheAnswerNowEndsTheInterviewWithIt(line: String) {
    let (replies, advisor) = conversation(["which track should I choose?", line])
    #expect(replies[1].intent == KnownIntent.recommendation)
    #expect(!Fixtures.text(of: replies[1]).contains("Question 1 of 3"))
    #expect(advisor.state.interview == nil)
  }

  @Test func askingWhetherNewsChangesTheRecommendationGivesItAgain() {
    let (replies, _) = conversation([
      "i deploy churn models with mlflow and airflow", "which track should i choose",
      "wait no, the genai search assistant is my project now, i'll be running it in prod. does that change things?",
    ])
    #expect(replies[2].intent == KnownIntent.recommendation)
    #expect(replies[2].recommendation == .llmops)
  }

  @Test func askingWhetherToDoATrackInsteadAfterAFillerIsAboutWhomItSuits() {
    #expect(Fixtures.ask("hmm so now should i do llmops instead? i can only pick one this year").intent == KnownIntent.fit)
  }

  @Test(arguments: ["stop the quiz please", "no more questions", "no, i'm not choosing a track for myself, i teach. it's for students"])
  func askingToLeaveTheInterviewEndsItWithoutARecommendation(line: String) {
    let (replies, advisor) = conversation(["which track should I choose?", line, "what is llmops"])
    #expect(replies[1].intent == KnownIntent.acknowledgement)
    #expect(advisor.state.interview == nil)
    #expect(!Fixtures.text(of: replies[2]).contains("Back to my question"))
  }

  @Test(arguments: [
    "2 i guess", "option 2", "prob 2", "the second", "second one", "2nd", "option two", "id go with the second", "2 obv",
    // A pick in one of the first clauses, then why.
    "idk, maybe the second one? i like making chatbots answer well",
  ])
  func aNumberAmongHedgesAnswersTheInterview(line: String) {
    let (replies, advisor) = conversation(["which track should I choose?", line])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(advisor.state.profile.score(.llmops) > 0)
  }

  @Test(arguments: ["the last", "kinda the last one", "3rd i guess"])
  func theLastOptionIsTheThird(line: String) {
    let (replies, advisor) = conversation(["which track should I choose?", line])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(advisor.state.profile.score(.aiops) > 0 && advisor.state.profile.score(.mlops) == 0)
  }

  /// "1 and 2" counts for both options, half each, as a mix.
  @Test func twoNumbersJoinedAnswerWithAMix() {
    let (replies, advisor) = conversation(["which track should I choose?", "1 and 2"])
    #expect(Fixtures.text(of: replies[1]).contains("a mix of MLOps and LLMOps"))
    #expect(advisor.state.profile.score(.mlops) == advisor.state.profile.score(.llmops))
    #expect(advisor.state.profile.score(.mlops) > 0)
  }

  /// "yeah" and "both" say no option: the question again, asking which.
  @Test(arguments: ["yeah", "sure", "both"])
  func anAnswerNamingNoOptionAsksWhich(line: String) {
    let (replies, advisor) = conversation(["which track should I choose?", line])
    let text = Fixtures.text(of: replies[1])
    #expect(text.hasPrefix("Which of them? Answer with a number from 1 to 3") && text.contains("Question 1 of 3"))
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test(arguments: ["not really sure", "not too sure tbh"])
  func unsureWithWordsBetweenPassesOnTheQuestion(line: String) {
    let (replies, _) = conversation(["which track should I choose?", line])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
  }

  /// A question in a later clause is answered, and the interview's question asked again.
  @Test func aQuestionAfterAnAsideInTheInterviewIsAnswered() {
    let (replies, advisor) = conversation(["which track should I choose?", "ok whatever. whats MLOps then, in plain english"])
    #expect(replies[1].intent == KnownIntent.definition)
    #expect(Fixtures.text(of: replies[1]).contains("Question 1 of 3"))
    #expect(advisor.state.interview != nil)
  }

  @Test func aNumberOpeningALineWithNoListPicksNothing() {
    #expect(Advisor.chosenNumbers(Fixtures.advisor().parser.parse("2024, which track should i learn"), count: 0).isEmpty)
    #expect(Advisor.chosenNumbers(Fixtures.advisor().parser.parse("3, since i like dashboards"), count: 2).isEmpty)
  }

  @Test func theSecondPicksTheSecondOfADidYouMean() {
    #expect(Advisor.chosenNumber(Fixtures.advisor().parser.parse("the second one"), count: 3) == 2)
    #expect(Advisor.chosenNumber(Fixtures.advisor().parser.parse("the second project"), count: 3) == nil)
  }

  /// Thanks and goodbyes in Portuguese and Spanish are thanks and goodbyes.
  @Test(arguments: [("valeu, muito obrigado! tchau", KnownIntent.goodbye), ("obrigado", KnownIntent.thanks), ("gracias", KnownIntent.thanks)])
  func thanksAndGoodbyesInOtherLanguages(line: String, intent: IntentID) {
    #expect(Fixtures.ask(line).intent == intent)
  }

  @Test func aGoodbyeMidInterviewAsksNoQuestionAgain() {
    let (replies, _) = conversation(["which track should I choose?", "bye"])
    #expect(replies[1].intent == KnownIntent.goodbye)
    #expect(!Fixtures.text(of: replies[1]).contains("Question"))
  }

  @Test(arguments: [
    ("I'll go with llmops", true), ("I think I'll pick aiops", true), ("we're going with mlops for now", true),
    ("should I go with llmops?", false), ("I take care of mlflow pipelines", false), ("I'll go with them", false),
  ])
  func tellingTheTrackTheyChoseIsAChoice(line: String, chooses: Bool) {
    #expect(Advisor.announcesTheirChoice(Fixtures.advisor().parser.parse(line)) == chooses)
  }

  @Test func whichTrackFirstStartsTheInterview() {
    let reply = Fixtures.ask("which track should I choose?")
    #expect(reply.intent == "recommendation")
    #expect(reply.recommendation == nil)
    let text = Fixtures.text(of: reply)
    #expect(text.contains("Question 1 of 3"))
    #expect(text.contains("  1. "))
  }

  @Test func aGuessThatOpensTheInterviewOffersNoOtherNumberedChoice() {
    let (replies, _) = conversation(["which track is the most future-proof", "2"])
    #expect(!Fixtures.text(of: replies[0]).contains("If you meant something else"))
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
  }

  @Test func aStatementPointingToSeveralTracksAnswersTheQuestionAsAMix() {
    let (replies, _) = conversation([
      "which track should I choose?", "honestly a bit of both, we have some sklearn models and a new gpt thing",
    ])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("Got it: a mix of MLOps and LLMOps."))
    #expect(text.contains("Question 2 of 3"))
    #expect(!text.contains("Whenever you're ready"))
  }

  @Test func answeredByNumber() {
    let (replies, _) = conversation(["which track should I choose?", "2", "2", "2"])
    #expect(Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
    #expect(replies[3].recommendation == .llmops)
  }

  @Test func answeredInFreeText() {
    let (replies, _) = conversation([
      "which track should I choose?", "mostly classical tabular models", "drift and retraining", "skip",
    ])
    #expect(replies[3].recommendation == .mlops)
  }

  @Test func aQuestionMidInterviewIsAnsweredAndTheInterviewResumes() {
    let (replies, advisor) = conversation(["which track should I choose?", "what is llmops?"])
    #expect(replies[1].intent == "definition")
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("large language model"))
    #expect(text.contains("Back to my question:\n\nQuestion 1 of 3"))
    #expect(advisor.state.interview?.questionIndex == 0)
  }

  @Test func skipsAreAllowedAndAllSkippedGivesGeneralAdvice() {
    let (replies, advisor) = conversation(["which track should I choose?", "skip", "not sure", "skip"])
    #expect(replies[3].recommendation == nil)
    #expect(Fixtures.text(of: replies[3]).contains("dominant system type"))
    #expect(advisor.state.interview == nil)
  }

  @Test func mixedAnswersFollowTheDominantSystemType() {
    let (replies, _) = conversation(["which track should I choose?", "3", "1", "2"])
    #expect(replies[3].recommendation == .aiops)
    #expect(Fixtures.text(of: replies[3]).contains("points more than one way"))
  }

  @Test func aNumberOutsideTheOptionsAsksAgain() {
    let (replies, advisor) = conversation(["which track should I choose?", "9"])
    #expect(Fixtures.text(of: replies[1]).contains("There is no choice with that number."))
    #expect(advisor.state.interview?.questionIndex == 0)
  }

  @Test func sayingTheQuestionsAreForSomeoneTheyHireLeavesTheInterview() {
    let (replies, advisor) = conversation(["which track should i choose", "no no, its not for me, im hiring"])
    #expect(advisor.state.interview == nil)
    #expect(!Fixtures.text(of: replies[1]).contains("Question 2 of 3"))
  }
}

@Suite struct ConversationCommandTests {
  @Test func profileShowsBarsAndEvidence() {
    let (replies, _) = conversation(["we serve llama with vllm and fight latency", "/profile"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("LLMOps  ##"))
    #expect(text.contains("Leaning: LLMOps."))
    #expect(text.contains("for \"vllm\" (turn 1)"))
  }

  @Test func emptyProfileSaysSo() {
    #expect(Fixtures.text(of: Fixtures.ask("/profile")).contains("haven't picked up anything"))
  }

  @Test func whyExplainsTheLastAnswer() {
    let (replies, _) = conversation(["what tools does llmops use", "/why"])
    let text = Fixtures.text(of: replies[1])
    #expect(text.contains("intent tools"))
    #expect(text.contains("confidence"))
    #expect(text.contains("Other readings I weighed: "))
    // Runners-up by what they answer, deciding words as typed, not as stems.
    #expect(text.contains("(skills)"))
    #expect(text.contains("The words that decided it: use, tools"))
  }

  @Test func whyAfterARecommendationShowsItsEvidence() {
    let (replies, _) = conversation(["I retrain churn models when data drifts", "which track should I choose?", "why?", "/why"])
    #expect(replies[2].intent == "why")
    #expect(replies[2].recommendation == .mlops)
    #expect(Fixtures.text(of: replies[2]).contains("You said \"I retrain churn models when data drifts\""))
    #expect(!Fixtures.text(of: replies[2]).contains("Evidence:"))
    #expect(Fixtures.text(of: replies[3]).contains("Evidence:"))
  }

  @Test func resetForgetsEverything() {
    let (replies, advisor) = conversation(["I retrain churn models when data drifts", "/reset"])
    #expect(replies[1].profile[.mlops] == 0)
    #expect(advisor.state.profile.evidence.isEmpty)
    #expect(advisor.state.focusTracks.isEmpty)
  }
}

/// Tracks asked between for the asker, and someone like the asker, are their own question.
@Suite struct AskingBetweenTracksForThemTests {
  @Test func tracksSetAsAlternativesForThemAskForTheRecommendationAndTellNothing() {
    let (replies, advisor) = conversation(["so llmops or aiops for me"])
    #expect(replies[0].intent == KnownIntent.recommendation)
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func theirWorkBeforeTheTracksAskedBetweenStillCounts() {
    let advisor = conversation(["i do rag chatbots and grafana, so llmops or aiops for me"]).advisor
    #expect(advisor.state.profile.score(.llmops) > 0)
  }

  @Test func someoneLikeThemIsTheAsker() {
    let reply = Fixtures.ask("ok so which one should someone like me pick? i do dashboards and sql queries all day")
    #expect(reply.intent == KnownIntent.recommendation)
  }
}

/// A line arguing where something belongs tells nothing of the speaker's work.
@Suite struct ArgumentsAboutTracksTests {
  @Test(arguments: [
    "the guardrails sit right in the LLM serving path, that's prompt ops territory, not aiops",
    "drift monitoring belongs to mlops, obviously",
  ])
  func anArgumentAboutWhereSomethingBelongsIsNoEvidence(line: String) {
    let advisor = conversation([line]).advisor
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func theirOwnWorkBesideSuchWordsStillCounts() {
    let advisor = conversation(["i run the guardrails in our llm serving path, that's llmops territory right?"]).advisor
    #expect(!advisor.state.profile.evidence.isEmpty)
  }
}

/// A track named in a clause about what they asked or in a supposition is not their work.
@Suite struct TracksNamedInPassingTests {
  @Test(arguments: [
    "wait why aiops? I was asking about llmops",
    "ok so say i buy it. what would i actually do differently day to day if i moved to aiops",
    "llmops or mlops for me, given what i said",
  ])
  func aTrackAskedAboutOrSupposedIsNoEvidence(line: String) {
    let advisor = conversation([line]).advisor
    #expect(advisor.state.profile.evidence.isEmpty)
  }

  @Test func aTrackTheyDoIsEvidence() {
    let advisor = conversation(["i do mlops at a bank"]).advisor
    #expect(advisor.state.profile.score(.mlops) > 0)
  }
}
