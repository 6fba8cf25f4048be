@testable import OpsAdvisorCore
import Testing

/// The topic a line asks for, read from where its words stand beside a track's name.
@Suite struct TopicSlotTests {
  /// A topic named just after a track's name, or before "for" and one, is the topic asked,
  /// not the track's overview or definition.
  @Test(arguments: [
    ("tell me about aiops tools", "tools", TrackID.aiops), ("tell me about llmops skills", "skills", .llmops),
    ("tell me about the tools for mlops", "tools", .mlops), ("what is llmops tooling", "tools", .llmops),
    ("tell me about aiops projects", "projects", .aiops),
  ])
  func aTopicATrackQualifiesIsAsked(line: String, intent: IntentID, track: TrackID) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == intent)
    #expect(reply.tracks == [track])
  }

  /// "what even is that" after a track's jobs asks what the track is.
  @Test func whatThatIsStaysADefinition() {
    #expect(Fixtures.ask("i keep seeing mlops jobs on linkedin, what even is that").intent == KnownIntent.definition)
  }

  /// "is monitoring the same in mlops and llmops?" compares the two on what it names; "is
  /// llmops the same as mlops" is still the FAQ on whether one is the other renamed.
  @Test(arguments: [
    ("is monitoring the same in mlops and llmops?", KnownIntent.comparison), ("is evaluation the same in mlops and llmops", KnownIntent.comparison),
    ("is llmops the same as mlops", KnownIntent.llmopsVersusMLOps),
  ])
  func whetherAConceptIsTheSameComparesOnIt(line: String, intent: IntentID) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == intent)
    #expect(reply.tracks == [.mlops, .llmops] || intent != KnownIntent.comparison)
  }

  /// The same after another topic: "is governance the same in aiops and mlops?" after AIOps's
  /// projects compares the two on governance, not their projects.
  @Test func whetherAConceptIsTheSameAfterAnotherTopicComparesOnIt() {
    let (replies, _) = conversation(["what projects does aiops have", "is governance the same in aiops and mlops?"])
    #expect(replies[1].intent == KnownIntent.comparison)
    #expect(Fixtures.text(of: replies[1]).contains("Main focus"))
  }

  /// The topic "what" asks is the topic answered, whatever the line's other words share with
  /// another topic's examples ("day to day" with the skills).
  @Test func theTopicWhatAsksIsAnswered() {
    #expect(Fixtures.ask("what tools would each team be using day to day").intent == KnownIntent.tools)
    #expect(Fixtures.ask("what kind of roles do mlops skills lead to").intent != KnownIntent.skills)
  }

  /// "what should I teach" asks what to learn; a last clause asking of every track answers for
  /// all three, whatever track the story before it names.
  @Test func whatToTeachInEachTrackIsEachTracksSkills() {
    let reply = Fixtures.ask("hi, i'm a university lecturer designing a module on ML operations. What should I teach in each of the three tracks?")
    #expect(reply.intent == KnownIntent.skills)
    #expect(reply.tracks.isEmpty)
    #expect(["MLOps keeps", "LLMOps keeps", "AIOps"].allSatisfy(Fixtures.text(of: reply).contains))
  }

  /// "in a couple sentences, how is AIOps different from LLMOps?" asks for it short: a line on
  /// each of the two, not the whole table.
  @Test func aComparisonAskedInACoupleOfSentencesIsShort() {
    let reply = Fixtures.ask("in a couple sentences, how is AIOps different from LLMOps?")
    #expect(reply.intent == KnownIntent.overview)
    #expect(reply.tracks == [.llmops, .aiops] || reply.tracks == [.aiops, .llmops])
    #expect(!Fixtures.text(of: reply).contains("Factor"))
  }
}
