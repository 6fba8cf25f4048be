@testable import OpsAdvisorCore
import Testing

/// `/compare`'s arguments, read against the shipped vocabulary.
@Suite struct CompareArgumentsTests {
  static let phrases = Fixtures.knowledgeBase.comparePhrases

  static func read(_ text: String) -> CompareArguments {
    CompareArguments(text, phrases: phrases)
  }

  @Test func aFactorAloneIsTheFactor() {
    let arguments = Self.read("tools")
    #expect(arguments.factor == .tools)
    #expect(arguments.tracks.isEmpty && arguments.unknown.isEmpty && arguments.topic == nil)
  }

  @Test func aTrackAloneIsTheTrack() {
    #expect(Self.read("aiops") == CompareArguments(tracks: [.aiops]))
  }

  @Test func skillsIsATopic() {
    let arguments = Self.read("skills")
    #expect(arguments.topic == "skills")
    #expect(arguments.factor == nil && arguments.unknown.isEmpty)
  }

  @Test func unknownWordsAreReportedOnceEachInOrder() {
    let arguments = Self.read("mlops banana, kiwi BANANA")
    #expect(arguments.tracks == [.mlops])
    #expect(arguments.unknown == ["banana", "kiwi"])
  }

  @Test(arguments: [
    ("competencies", CompareArguments(topic: "skills")),
    ("software", CompareArguments(factor: .tools)),
    ("occupation", CompareArguments(factor: .career)),
    ("machine learning operations", CompareArguments(tracks: [.mlops])),
    ("ML-Ops", CompareArguments(tracks: [.mlops])),
    ("who is it for", CompareArguments(factor: .bestFor)),
    ("core system type", CompareArguments(factor: .systemType)),
    ("mlops vs aiops on tools", CompareArguments(tracks: [.mlops, .aiops], factor: .tools)),
    ("between llmops and mlops, in terms of the career", CompareArguments(tracks: [.llmops, .mlops], factor: .career)),
  ])
  func understood(text: String, expected: CompareArguments) {
    #expect(Self.read(text) == expected)
  }

  @Test func aTypoOfFourLettersOrMoreIsCorrectedToTheName() {
    let arguments = Self.read("llmosp tols")
    #expect(arguments.tracks == [.llmops])
    #expect(arguments.factor == .tools)
    #expect(arguments.corrections == [.init(typed: "llmosp", read: "llmops"), .init(typed: "tols", read: "tools")])
    #expect(Self.read("tol").unknown == ["tol"], "three letters are too few to correct")
  }

  @Test func aSecondFactorIsNotedAsLeftOut() {
    let arguments = Self.read("career tools skills career")
    #expect(arguments.factor == .career)
    #expect(arguments.ignored == ["tools", "skills"])
  }

  @Test func everyCompletionWordIsUnderstood() {
    #expect(Self.phrases.completionWords().count > 80)
    for word in Self.phrases.completionWords() {
      let arguments = Self.read(word)
      #expect(arguments.unknown.isEmpty && arguments.corrections.isEmpty, "\(word): \(arguments)")
      #expect(!arguments.tracks.isEmpty || arguments.factor != nil || arguments.topic != nil, "\(word)")
    }
    for word in ["skills", "competencies", "tooling", "software", "career", "jobs", "ml-ops", "machine learning ops"] {
      #expect(Self.phrases.completionWords().contains(word), "\(word)")
    }
  }

  @Test func aHugeArgumentIsReadOnlyInPart() {
    let arguments = Self.read(String(repeating: "banana mlops ", count: 100_000))
    #expect(arguments.unknown == ["banana"])
    #expect(arguments.tracks == [.mlops])
  }

  @Test func theAdvisorAnswersAnUnknownWordWithTheFactorsAndNoTable() {
    let reply = Fixtures.ask("/compare banana")
    let text = Fixtures.text(of: reply)
    #expect(text.contains("I don't know \"banana\" as a track or a factor."))
    #expect(text.contains("system type, focus, best for, tools, project, career or skills"))
    #expect(!reply.blocks.contains { if case .table = $0 { true } else { false } })
  }

  @Test func theAdvisorAnswersSkillsTrackByTrack() {
    let reply = Fixtures.ask("/compare skills")
    #expect(reply.intent == "skills")
    #expect(reply.sources == ["Skills Comparison"])
  }

  @Test func theComparedTracksBecomeTheFocus() {
    var advisor = Fixtures.advisor()
    _ = advisor.respond(to: "/compare llmops aiops")
    #expect(advisor.state.focusTracks == [.llmops, .aiops])
  }
}

extension CompareArguments {
  /// Arguments with these parts and nothing else.
  init(tracks: [TrackID] = [], factor: FactorID? = nil, topic: String? = nil) {
    self.init("", phrases: CompareArgumentsTests.phrases)
    self.tracks = tracks
    self.factor = factor
    self.topic = topic
  }
}
