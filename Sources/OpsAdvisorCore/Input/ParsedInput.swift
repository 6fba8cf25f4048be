/// One input line after normalisation, typo correction, alias resolution and slot extraction.
public struct ParsedInput: Sendable, Equatable {
  /// A word the advisor read as another, known word.
  public struct Correction: Sendable, Equatable {
    public let typed: String
    public let read: String
  }

  /// The line as typed.
  public private(set) var original: String
  /// The line after `TextNormalizer`.
  public let normalized: String
  /// The words as the matcher sees them: typos corrected, track aliases replaced by track ids.
  public let words: [String]
  /// Each word's stem (`Stemmer`), computed once for every stage that compares stems.
  public let stems: [String]
  /// Each word's classes (`WordClass`), for telling what kind of line it is.
  public let classes: [WordClass]
  /// Which words were corrected.
  public let corrections: [Correction]
  /// The tracks named, in the order first mentioned.
  public let tracks: [TrackID]
  /// The comparison factor named first, if any.
  public let factor: FactorID?
  /// Every factor named by its own words, in the order named ("compare them on tools and
  /// projects"); a career title makes `factor` the career without naming it here.
  public let factors: [FactorID]
  /// The ids of the neighbouring fields named (DevOps, SRE, …), in the order first mentioned.
  public let neighbours: [String]
  /// The ids of the topics named that the comparison does not cover (salaries, …).
  public let uncoveredTopics: [String]
  /// The tracks whose ground the line's domain words are about ("LLMs" for LLMOps).
  public let domains: [TrackID]
  /// The clauses, each with its text as typed and its span of `words`.
  public let clauses: [Clause]

  /// Whether the line names no field next door and no topic the comparison does not cover.
  public var namesNothingOutside: Bool { neighbours.isEmpty && uncoveredTopics.isEmpty }

  /// A clause of the line: punctuation separates clauses.
  public struct Clause: Sendable, Equatable {
    public let text: String
    public let range: Range<Int>
    /// Whether a question mark ends the clause ("kserve?").
    public var asked = false
  }

  init(
    original: String, normalized: String, words: [String], corrections: [Correction], tracks: [TrackID],
    factor: FactorID?, factors: [FactorID] = [], neighbours: [String], uncoveredTopics: [String], domains: [TrackID],
    clauses: [Clause]
  ) {
    self.original = original
    self.normalized = normalized
    self.words = words
    self.stems = words.map(Stemmer.stem)
    self.classes = words.map(WordClass.of)
    self.corrections = corrections
    self.tracks = tracks
    self.factor = factor
    self.factors = factors
    self.neighbours = neighbours
    self.uncoveredTopics = uncoveredTopics
    self.domains = domains
    self.clauses = clauses
  }

  /// Whether a clause asks something: a question word in it, or a question mark after it.
  public func asks(_ clause: Clause) -> Bool {
    clause.asked || classes[clause.range].contains(.questionWord)
  }

  /// The same parse, reported under another original text.
  public func with(original: String) -> ParsedInput {
    var parse = self
    parse.original = original
    return parse
  }
}
