/// Questions that set two concepts of the source against each other, naming no track ("is
/// evaluation the same thing as monitoring", "drift vs evaluation", "difference between
/// observability and monitoring").
extension Advisor {
  /// Where the source mentions each of two concepts a line sets against each other, after a
  /// word that the source does not compare them itself; nil for a line that does not, or
  /// names a track or something next door, or a concept the source does not mention.
  mutating func twoConceptsSetApart(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, parsed.factor == nil,
      let (first, second) = Self.conceptsSetApart(parsed),
      [first, second].allSatisfy({ !coveringPlaces(of: $0.map(\.stem), word: "").isEmpty })
    else { return nil }
    let names = [first, second].map { side in DisplayText.sanitized(side.map(\.word).joined(separator: " "), limit: 40) }
    // Each is found as if asked alone: no track in focus, before or from the first, steers it.
    state.focusTracks = []
    let one = answerCovering(first, parsed: parsed, confidence: confidence, match: match)
    let focusOfOne = state.focusTracks
    state.focusTracks = []
    let other = answerCovering(second, parsed: parsed, confidence: confidence, match: match)
    state.mention(TrackID.allCases.filter { (focusOfOne + state.focusTracks).contains($0) })
    let both = one.inserting([.paragraph(Phrases.notSetApart(names[0], names[1]))], at: 0).followed(by: other, reporting: one)
    return withMeanings(of: [first.map(\.word), second.map(\.word)], in: both)
  }

  /// The concept words on each side of what sets them against each other, one or two each:
  /// "is X the same (thing) as Y", "X vs Y", "difference between X and Y", "how is X
  /// different from Y"; nil for any other line.
  static func conceptsSetApart(_ parsed: ParsedInput) -> ([ConceptQuery], [ConceptQuery])? {
    // "is observability the same thing as monitoring? we have monitoring already": the question
    // is the first clause; what follows tells.
    let asked = parsed.clauses.count > 1 && parsed.asks(parsed.clauses[0]) ? parsed.clauses[0].range : parsed.words.indices
    guard asked.count <= conceptsApartLength, let (left, right) = sidesSetApart(Array(parsed.words[asked])) else { return nil }
    let concepts = { (range: Range<Int>) in
      conceptQueries(parsed, in: range).filter { !DialogueAct.questionOpeners.contains($0.word) && !differingWords.contains($0.word) }
    }
    let (first, second) = (concepts(left), concepts(right))
    guard (1...2).contains(first.count), (1...2).contains(second.count),
      Set(first.map(\.stem)).isDisjoint(with: second.map(\.stem))
    else { return nil }
    return (first, second)
  }

  /// The most words of a line that sets two concepts against each other.
  static let conceptsApartLength = 12

  /// The places of the two sides a line sets against each other, by the words that do it.
  static func sidesSetApart(_ words: [String]) -> (Range<Int>, Range<Int>)? {
    if let same = words.firstIndex(of: "same"), let as_ = words[same...].firstIndex(of: "as"), as_ <= same + 2 {
      return (0..<same, (as_ + 1)..<words.count)
    }
    if let between = words.firstIndex(of: "between"),
      let and = words[between...].firstIndex(where: { $0 == "and" || $0 == "or" || $0 == "vs" })
    {
      return ((between + 1)..<and, (and + 1)..<words.count)
    }
    if let versus = words.firstIndex(where: { $0 == "vs" || $0 == "versus" }) {
      return (0..<versus, (versus + 1)..<words.count)
    }
    if let differ = words.firstIndex(where: differingWords.contains), differ + 1 < words.count,
      ["from", "to", "than"].contains(words[differ + 1])
    {
      return (0..<differ, (differ + 2)..<words.count)
    }
    return nil
  }

  /// Words that say two things differ, before "from": "how is X different from Y" (read
  /// "difference").
  static let differingWords: WordSet = ["different", "difference", "differ", "differs", "distinct"]
}
