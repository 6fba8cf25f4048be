/// One input line after normalisation, typo correction, alias resolution and slot extraction.
public struct ParsedInput: Sendable, Equatable {
  /// A word the advisor read as another, known word.
  public struct Correction: Sendable, Equatable {
    public let typed: String
    public let read: String
  }

  /// The line as typed.
  public let original: String
  /// The line after `TextNormalizer`.
  public let normalized: String
  /// The words as the matcher sees them: typos corrected, track aliases replaced by track ids.
  public let words: [String]
  /// Which words were corrected.
  public let corrections: [Correction]
  /// The tracks named, in the order first mentioned.
  public let tracks: [TrackID]
  /// The comparison factor named first, if any.
  public let factor: FactorID?
  /// The ids of the neighbouring fields named (DevOps, SRE, …), in the order first mentioned.
  public let neighbours: [String]
  /// The ids of the topics named that the comparison does not cover (salaries, …).
  public let uncoveredTopics: [String]
  /// The tracks whose ground the line's domain words are about ("LLMs" for LLMOps).
  public let domains: [TrackID]
  /// The clauses, each with its text as typed and its span of `words`.
  public let clauses: [Clause]

  /// A clause of the line: punctuation separates clauses.
  public struct Clause: Sendable, Equatable {
    public let text: String
    public let range: Range<Int>
  }

  /// The same parse, reported under another original text.
  public func with(original: String) -> ParsedInput {
    ParsedInput(original: original, normalized: normalized, words: words, corrections: corrections,
      tracks: tracks, factor: factor, neighbours: neighbours, uncoveredTopics: uncoveredTopics, domains: domains,
      clauses: clauses)
  }
}
