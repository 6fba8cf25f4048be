/// One input line after normalisation, typo correction, alias resolution and slot extraction.
public struct ParsedInput: Sendable, Equatable {
  /// A word the advisor read as another, known word.
  public struct Correction: Sendable, Equatable {
    public let typed: String
    public let read: String
  }

  /// The line as typed.
  public var original: String { storage.original }
  /// The line after `TextNormalizer`.
  public var normalized: String { storage.normalized }
  /// The words as the matcher sees them: typos corrected, track aliases replaced by track ids.
  public var words: [String] { storage.words }
  /// Each word's stem (`Stemmer`), computed once for every stage that compares stems.
  public var stems: [String] { storage.stems }
  /// Each word's classes (`WordClass`), for telling what kind of line it is.
  public var classes: [WordClass] { storage.classes }
  /// Which words were corrected.
  public var corrections: [Correction] { storage.corrections }
  /// The tracks named, in the order first mentioned.
  public var tracks: [TrackID] { storage.tracks }
  /// The comparison factor named first, if any.
  public var factor: FactorID? { storage.factor }
  /// Every factor named by its own words, in the order named ("compare them on tools and
  /// projects"); a career title makes `factor` the career without naming it here.
  public var factors: [FactorID] { storage.factors }
  /// The ids of the neighbouring fields named (DevOps, SRE, …), in the order first mentioned.
  public var neighbours: [String] { storage.neighbours }
  /// The ids of the topics named that the comparison does not cover (salaries, …).
  public var uncoveredTopics: [String] { storage.uncoveredTopics }
  /// The tracks whose ground the line's domain words are about ("LLMs" for LLMOps).
  public var domains: [TrackID] { storage.domains }
  /// The clauses, each with its text as typed and its span of `words`.
  public var clauses: [Clause] { storage.clauses }

  /// The fields, shared by every copy: a parse is passed on and kept by many readings, and one
  /// reference is cheaper to copy than a dozen arrays and strings.
  final class Storage: Sendable {
    let original: String
    let normalized: String
    let words: [String]
    let stems: [String]
    let classes: [WordClass]
    let corrections: [Correction]
    let tracks: [TrackID]
    let factor: FactorID?
    let factors: [FactorID]
    let neighbours: [String]
    let uncoveredTopics: [String]
    let domains: [TrackID]
    let clauses: [Clause]

    init(
      original: String, normalized: String, words: [String], corrections: [Correction], tracks: [TrackID],
      factor: FactorID?, factors: [FactorID], neighbours: [String], uncoveredTopics: [String], domains: [TrackID],
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
  }

  private let storage: Storage

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
    storage = Storage(
      original: original, normalized: normalized, words: words, corrections: corrections, tracks: tracks,
      factor: factor, factors: factors, neighbours: neighbours, uncoveredTopics: uncoveredTopics, domains: domains,
      clauses: clauses)
  }

  /// Whether a clause asks something: a question word in it, or a question mark after it.
  public func asks(_ clause: Clause) -> Bool {
    clause.asked || classes[clause.range].contains(.questionWord)
  }

  /// The same parse, reported under another original text.
  public func with(original: String) -> ParsedInput {
    ParsedInput(
      original: original, normalized: normalized, words: words, corrections: corrections, tracks: tracks,
      factor: factor, factors: factors, neighbours: neighbours, uncoveredTopics: uncoveredTopics, domains: domains,
      clauses: clauses)
  }

  /// Whether two parses have the same fields.
  public static func == (lhs: ParsedInput, rhs: ParsedInput) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.original, lhs.normalized, lhs.words, lhs.corrections, lhs.clauses)
        == (rhs.original, rhs.normalized, rhs.words, rhs.corrections, rhs.clauses)
        && (lhs.tracks, lhs.factor, lhs.factors, lhs.domains) == (rhs.tracks, rhs.factor, rhs.factors, rhs.domains)
        && (lhs.neighbours, lhs.uncoveredTopics) == (rhs.neighbours, rhs.uncoveredTopics)
  }
}
