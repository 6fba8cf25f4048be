/// `/compare`, whose arguments `CompareArguments` reads.
extension Advisor {
  /// The comparison table for the tracks and factor named (all of them when none is), or a
  /// topic answered track by track; only a note, listing what /compare takes, when a word names
  /// nothing it knows.
  mutating func compare(_ text: String, input: String) -> Reply {
    let phrases = comparePhrases ?? knowledgeBase.comparePhrases
    comparePhrases = phrases
    let arguments = CompareArguments(text, phrases: phrases)
    guard arguments.unknown.isEmpty else {
      let names = knowledgeBase.vocabulary.tracks.map(\.id.rawValue)
      let note = Phrases.compareUnknown(arguments.unknown, tracks: names, factors: phrases.factorNames)
      return notice(note, intent: KnownIntent.command, input: input)
    }
    var lead: [Block] = []
    if !arguments.corrections.isEmpty { lead.append(.paragraph(Phrases.corrections(arguments.corrections))) }
    if let shown = arguments.factor.map({ knowledgeBase.vocabulary.factor($0).aliases.first ?? $0.rawValue }) ?? arguments.topic,
      !arguments.ignored.isEmpty
    {
      lead.append(.paragraph(Phrases.compareOneFactor(shown: shown, ignored: arguments.ignored)))
    }
    state.mention(arguments.tracks)
    let parsed = parser.parse("").with(original: input)
    if let topic = arguments.topic {
      return answer(IntentID(topic), parsed: parsed, tracks: arguments.tracks, confidence: 1, match: nil, lead: lead)
    }
    return answer(
      KnownIntent.comparison, parsed: parsed, tracks: arguments.tracks, factor: .some(arguments.factor),
      confidence: 1, match: nil, lead: lead)
  }
}
