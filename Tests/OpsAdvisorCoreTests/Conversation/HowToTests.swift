@testable import OpsAdvisorCore
import Testing

/// How-to questions stay declined but say where the source places their subject
/// (`Advisor+HowTo.swift`).
@Suite struct HowToTests {
  @Test(arguments: [
    ("how do i cut token costs", TrackID.llmops, "costs"),
    ("how to handle model drift in production", .mlops, "drift"),
    ("how do i reduce hallucinations", .llmops, "hallucinations"),
    ("how can we make our agents more reliable", .aiops, "agents"),
    ("any tips on monitoring drift?", .mlops, "drift"),
  ])
  func aHowToAboutAConceptIsDeclinedWithWhereTheSourcePlacesIt(line: String, track: TrackID, subject: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(reply.tracks == [track])
    let text = Fixtures.text(of: reply)
    #expect(text.contains("Step-by-step how-tos are outside what I cover"))
    #expect(text.contains(subject))
  }

  @Test func theTrackOfTheSubjectComesIntoFocus() {
    let (replies, _) = conversation(["how do i cut token costs", "what tools does it use"])
    #expect(replies[1].factor == .tools)
    #expect(replies[1].tracks == [.llmops])
  }

  @Test(arguments: ["how do i deploy a flask app", "how do i bake bread", "how to center a div"])
  func aHowToAboutThingsTheSourceDoesNotNameGetsThePlainDecline(line: String) {
    let reply = Fixtures.ask(line)
    #expect(reply.intent == KnownIntent.outOfScope)
    #expect(reply.tracks.isEmpty)
    #expect(!Fixtures.text(of: reply).contains("Step-by-step"))
  }

  @Test(arguments: [
    ("how do i become an mlops engineer", 3), ("how to learn kubernetes", 2), ("best way to start", 3),
    ("tips on prompts", 2), ("how does one choose", 3), ("what is drift", nil),
  ])
  func whereAHowToQuestionsTaskBegins(line: String, start: Int?) {
    #expect(Advisor.howToStart(line.split(separator: " ").map(String.init)) == start)
  }

  @Test func aPhraseWhoseWordsOneTrackHasInDifferentPlacesIsAnsweredForItsHead() {
    let reply = Fixtures.ask("which track covers token costs")
    #expect(reply.tracks == [.llmops])
    #expect(Fixtures.text(of: reply).contains("mentions costs for LLMOps"))
  }
}
