import OpsAdvisorCore
import OpsAdvisorKnowledgeBase
import Testing

@testable import opsadvisor

/// What Tab offers, checked against the command list and the vocabulary (the terminal tests in
/// `InteractiveSessionTests` check that readline offers it).
@Suite("Completion candidates")
struct CompletionCandidatesTests {
  static let candidates = InteractiveSession.candidates(EmbeddedKnowledgeBase.knowledgeBase)

  @Test("Every slash command is offered at the start of a line")
  func everyCommand() {
    for name in SlashCommand.names {
      #expect(Self.candidates.matches(for: "/" + name.prefix(2), start: 0, line: "/" + name.prefix(2))?.contains("/" + name) == true, "/\(name)")
    }
  }

  @Test("Every track alias, factor word and synonym of a factor word is offered (a singular as its plural)")
  func everyVocabularyWord() {
    let vocabulary = EmbeddedKnowledgeBase.knowledgeBase.vocabulary
    var expected = vocabulary.tracks.flatMap { [$0.id.rawValue] + $0.aliases } + vocabulary.factors.flatMap(\.aliases)
    let factorWords = Set(vocabulary.factors.flatMap(\.aliases) + ["skills"])
    expected += vocabulary.synonyms.filter { factorWords.contains($0.value) }.map(\.key)
    expected.append("skills")
    for word in expected {
      let typed = String(word.prefix(3))
      let offered = Self.candidates.matches(for: typed, start: 9, line: "/compare " + typed) ?? []
      #expect(offered.contains(word) || offered.contains(word + "s"), "\(word) is not offered after \(typed)")
    }
    #expect(!Self.candidates.words.contains("hello"), "only words /compare understands")
    #expect(Self.candidates.matches(for: "aio", start: 8, line: "what is aio") == ["aiops"], "no \"aiop\" to stop at")
    #expect(Self.candidates.matches(for: "car", start: 9, line: "/compare car") == ["career", "career outcome", "career path", "careers"])
  }
}
