/// Challenges that the advisor contradicted itself or the source ("the definitions section says
/// aiops covers observability. but you told me observability is llmops. so which is it").
extension Advisor {
  /// Where the source puts the concept a challenge is about, for each track it names (every
  /// track when it names one or none), after a word on how both can hold; nil for a line that
  /// challenges nothing, or names no concept the advisor knows people ask of the tracks.
  mutating func contradictionChallenged(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard Self.challengesAContradiction(parsed.words), parsed.namesNothingOutside,
      let place = parsed.words.indices.first(where: { isAskedConcept(parsed, at: $0) })
    else { return nil }
    let asked = parsed.words[place]
    let tracks = parsed.tracks.count >= 2 ? TrackID.allCases.filter(parsed.tracks.contains) : TrackID.allCases
    let found = tracks.filter { conceptPlace(asked, for: $0) != nil }
    var content = AnswerContent(blocks: [.paragraph(Phrases.whereBothHold(asked, in: trackNames(found)))], sourceIDs: [])
    content.append(conceptAcross(asked, tracks: tracks))
    state.mention(tracks)
    return reply(input: parsed.original, intent: KnownIntent.comparison, confidence: confidence, tracks: tracks, content: content)
  }

  /// Whether a line says what was said contradicts something: a word of contradiction, "which
  /// is it", or "you said"/"you told me" beside what the source says ("the table says").
  static func challengesAContradiction(_ words: [String]) -> Bool {
    words.contains(where: contradictionWords.contains) || words.containsRun(["which", "is", "it"])
      || (words.containsRun(["you", "said"]) || words.containsRun(["you", "told"]))
        && words.indices.dropLast().contains { SignalDetector.sourceNouns.contains(words[$0]) && SignalDetector.sourceSpeechVerbs.contains(words[$0 + 1]) }
  }

  /// Words that call something a contradiction.
  static let contradictionWords: WordSet = [
    "contradict", "contradicts", "contradicted", "contradiction", "contradictions", "contradictory", "inconsistent",
  ]
}
