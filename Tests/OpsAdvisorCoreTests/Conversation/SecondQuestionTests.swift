@testable import OpsAdvisorCore
import Testing

/// Two questions in one line are both answered, in the order asked, in one turn.
@Suite struct SecondQuestionTests {
  @Test func theSecondQuestionFollowsTheFirstAndItsTrack() {
    let (replies, advisor) = conversation(["what is llmops? and what tools does it use?"])
    let text = Fixtures.text(of: replies[0])
    #expect(replies[0].intent == KnownIntent.definition)
    #expect(replies[0].sources == ["Definitions", "Tools Comparison"])
    let definition = try? #require(text.range(of: "operations discipline for large language model systems"))
    let tools = try? #require(text.range(of: "vLLM"))
    #expect(definition!.lowerBound < tools!.lowerBound)
    #expect(advisor.state.turn == 1)
  }

  /// Up to three questions joined by "and" before a question word, or by clauses that ask, are
  /// each answered in the order asked; the line still reports what it reads as whole.
  @Test(arguments: [
    ("what is llmops and what tools does it use and which one pays more?", ["Definitions", "Tools Comparison", "Side-By-Side Comparison"],
     KnownIntent.outOfScope),
    ("whats aiops, how is it different from llmops, and what job title would i end up with", ["Definitions", "Side-By-Side Comparison"],
     KnownIntent.comparison),
  ])
  func threeQuestionsInALineAreEachAnswered(line: String, sources: [String], reported: IntentID) {
    let (replies, advisor) = conversation([line])
    #expect(replies[0].sources == sources)
    #expect(replies[0].intent == reported)
    #expect(advisor.state.turn == 1)
    #expect(Fixtures.advisor().prepare(line).questions.count == 3)
  }

  /// A line opening with "and" starts its first question after it.
  @Test func aLeadingAndStartsNoQuestionOfItsOwn() {
    let prepared = Fixtures.advisor().prepare("and which tools and how does it differ from aiops")
    #expect(prepared.questions.map(\.parsed.words.first) == ["which", "how"])
  }

  /// A declined line that asks, then tells of their work, gets the question answered alone,
  /// then the story noted.
  @Test func aQuestionBeforeTheirStoryIsAnsweredAndTheStoryNoted() {
    let (replies, advisor) = conversation(["do i need vllm tho? we use openai hosted, we dont run any models ourselves"])
    let text = Fixtures.text(of: replies[0])
    #expect(text.contains("vLLM") && text.contains("Noted:") && !text.contains("Sorry"))
    #expect(advisor.state.profile.score(.llmops) > 0)
  }

  /// "i said for each track" after an answer for one track asks the same of every track.
  @Test func whatTheySaidTheyAskedForEveryTrackIsAnsweredForEach() {
    let (replies, _) = conversation(["what projects for mlops", "i said for each track"])
    #expect(replies[1].intent == "projects" && replies[1].tracks == [.mlops, .llmops, .aiops])
    // "… i mean" after it says what they mean.
    let meant = conversation(["what skills for mlops", "for all three i mean"]).replies
    #expect(meant[1].intent == "skills" && meant[1].tracks == [.mlops, .llmops, .aiops])
  }

  /// A short "and X" after a question asks X of the same tracks.
  @Test(arguments: [("tols for mlops? and projcts", ["Tools Comparison", "Project Comparison"]), ("what is llmops? and the tools", ["Definitions", "Tools Comparison"])])
  func anAddedTopicIsAskedOfTheSameTracks(line: String, sources: [String]) {
    let reply = Fixtures.ask(line)
    #expect(reply.sources == sources)
    #expect(reply.tracks.count == 1)
  }

  /// A clause that only announces a question ("ok different q.", "one more q -") is passed
  /// over: the question after it is answered, with what frames it.
  @Test(arguments: [
    ("ok different q. for the RAG product specifically, what would the team need to get good at?", "That is LLMOps work"),
    ("one more q - whats drift", "My source mentions drift for MLOps"), ("last question, which track pays more?", "Pay isn't something"),
  ])
  func aQuestionAfterAnnouncingItIsAnswered(line: String, expected: String) {
    #expect(Fixtures.text(of: Fixtures.ask(line)).contains(expected))
  }

  /// An aside on how the talk feels ("still a bit jargony for me") before a question is passed
  /// over, and starts no interview.
  @Test func aQuestionAfterAnAsideIsAnswered() {
    let reply = Fixtures.ask("hmm still a bit jargony for me. what does \"drift\" mean?")
    #expect(Fixtures.text(of: reply).contains("My source mentions drift for MLOps"))
  }

  /// A first clause that only acknowledges ("ok.", "cool, got it.") leaves the rest to be read as the line.
  @Test func whatFollowsABareAcknowledgementIsReadAlone() {
    #expect(Fixtures.ask("ok. i want job fast, which one").intent == KnownIntent.recommendation)
    let (replies, _) = conversation(["what is mlops", "cool, got it. and the tools?"])
    #expect(replies[1].tracks == [.mlops] && Fixtures.text(of: replies[1]).contains("MLflow"))
  }

  /// "you didnt answer" before a question is a complaint, not a question of what the source
  /// leaves out: the question after it is answered.
  @Test func aQuestionAfterSayingTheLastWentUnansweredIsAnswered() {
    let (replies, _) = conversation(["what does llmops focus on", "wait you didnt answer, what tools does it use"])
    let text = Fixtures.text(of: replies[1])
    #expect(!text.contains("It says nothing about these"))
    #expect(text.contains("vLLM"))
    #expect(Fixtures.text(of: Fixtures.ask("what does the source not cover")).contains("It says nothing about these"))
  }

  /// "what" asked of two topics in one clause, after thanks or not, answers both.
  @Test(arguments: ["what skills do i need + what tools pls", "ok cool thx. what skills do i need + what tools pls", "what skills for llmops and what tools"])
  func whatAskedOfTwoTopicsAnswersBoth(line: String) {
    #expect(Fixtures.ask(line).sources == ["Skills Comparison", "Tools Comparison"])
  }

  /// "for what kind of job" asks no second topic.
  @Test func whatAfterForAsksNoSecondTopic() {
    #expect(Fixtures.ask("what skills do i need for what kind of job").sources == ["Skills Comparison"])
  }

  /// Two topics named together are both answered, each for the same tracks.
  @Test(arguments: [("tools and skills for llmops pls", ["Tools Comparison", "Skills Comparison"]), ("projects and tools for aiops?", ["Project Comparison", "Tools Comparison"])])
  func twoTopicsNamedTogetherAreBothAnswered(line: String, sources: [String]) {
    let reply = Fixtures.ask(line)
    #expect(reply.sources == sources)
    #expect(reply.tracks.count == 1)
  }

  @Test func aTopicLeftOutIsSaidBesideTheAnswer() {
    let (replies, _) = conversation(["whats the difference between mlops and aiops, and which one pays better"])
    let text = Fixtures.text(of: replies[0])
    #expect(text.contains("Core system type"))
    #expect(text.contains("Pay isn't something my source covers"))
  }

  @Test(arguments: ["what about llmops, is it harder?", "thanks! what is aiops?", "what is mlops? i run churn models"])
  func aLeadInThanksOrStoryIsNoSecondQuestion(line: String) {
    let advisor = Fixtures.advisor()
    #expect(advisor.prepare(line).questions.isEmpty)
  }

  @Test func noSecondAnswerWhileTheInterviewWaits() {
    let (replies, _) = conversation(["which track should i choose?", "what is llmops? and what tools does it use?"])
    #expect(!Fixtures.text(of: replies[1]).contains("vLLM"))
  }
}

/// Lines of numbered parts: each part answered in turn, under its number.
@Suite struct NumberedPartsTests {
  @Test func eachNumberedPartIsAnsweredUnderItsNumber() {
    let (replies, advisor) = conversation([
      "I'm a data analyst doing dashboards and some forecasting. 1) Based on my background, which of the three tracks fits me best? 2) What is the single biggest skill gap I should expect? 3) Which tools from that track should I learn first?",
    ])
    let text = Fixtures.text(of: replies[0])
    #expect(text.hasPrefix("Part 1 of 3:"))
    #expect(text.contains("I'd recommend MLOps") && text.contains("Part 2 of 3:") && text.contains("Part 3 of 3:"))
    #expect(text.contains("Pipeline automation") && text.contains("MLflow"))
    #expect(advisor.state.profile.score(.mlops) > 0)
  }

  @Test func aPartOutsideTheSourceIsSaidToBeInALine() {
    let text = Fixtures.text(of: Fixtures.ask("1) what is mlops 2) what is the price of bitcoin"))
    #expect(text.contains("Part 2 of 2:\n\nThat part is outside what my source covers"))
  }

  @Test(arguments: [
    ("a 1) b 2) c", ["a b", "c"]), ("(1) x (2) y (3) z", ["x", "y", "z"]),
    ("2.5 hours, 1. one", []), ("gpt4 1) only one", []), ("1) a 3) c", []),
  ])
  func numberedPiecesAreFoundInOrderFromOne(line: String, pieces: [String]) {
    #expect(Advisor.numberedPieces(line) == pieces)
  }
}
