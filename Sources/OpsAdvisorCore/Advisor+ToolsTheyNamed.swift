/// Tools listed that the person has named: "ok and the tools? do i already know any of them".
extension Advisor {
  /// Whether words ask which of what was listed the person already knows or uses: "do i already
  /// know any of them", "which of these do i use".
  static func asksWhichTheyKnow(_ words: [String]) -> Bool {
    words.contains("i") && words.contains(where: knowingVerbs.contains) && words.contains { $0 == "any" || $0 == "which" }
  }

  /// Verbs of knowing or using a tool.
  static let knowingVerbs: WordSet = ["know", "use", "used", "using", "have", "touched", "tried"]

  /// A tools answer followed by which of its tools the person named of their work, or that
  /// they named none.
  func withToolsTheyNamed(_ reply: Reply) -> Reply {
    let tracks = reply.tracks.isEmpty ? TrackID.allCases : reply.tracks
    let named = tracks.flatMap { track in
      (knowledgeBase.intent(KnownIntent.tools)?.answers.first { $0.track == track }?.bullets ?? []).filter { tool in
        state.profile.evidence.contains { $0.weight > 0 && $0.saidPhrase == TextNormalizer.normalize(tool) }
      }
    }
    let text = named.isEmpty ? Phrases.namedNoneOfTheTools : Phrases.namedTheseTools(named)
    return reply.inserting([.paragraph(text)], at: reply.blocks.lastIndex(where: \.isSources) ?? reply.blocks.count)
  }
}
