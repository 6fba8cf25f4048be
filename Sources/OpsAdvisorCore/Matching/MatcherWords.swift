/// The words a line is matched by, with their stems and word classes: a whole parsed line, one
/// of its clauses, or bare words (examples, tests).
public struct MatcherWords: Sendable, Equatable {
  public let words: [String]
  let stems: [String]
  let classes: [WordClass]

  /// Bare words, stemmed and classed here.
  public init(_ words: [String]) {
    self.words = words
    self.stems = words.map(Stemmer.stem)
    self.classes = words.map(WordClass.of)
  }

  /// The words of a parsed line, or of one span of them (a clause), with the stems and
  /// classes computed when it was parsed. In a line that names a track, a year ("is LLMOps
  /// worth learning in 2026?", "Why is MLOps crucial in 2025?") says when, not what about, and
  /// is left out: it would otherwise pull the line to the date of the source.
  public init(_ parsed: ParsedInput, range: Range<Int>? = nil) {
    let range = range ?? parsed.words.indices
    guard !parsed.tracks.isEmpty, parsed.words[range].contains(where: Self.isYear) else {
      // The common case shares the parsed line's arrays rather than copying them.
      if range == parsed.words.indices {
        (words, stems, classes) = (parsed.words, parsed.stems, parsed.classes)
      } else {
        (words, stems, classes) = (Array(parsed.words[range]), Array(parsed.stems[range]), Array(parsed.classes[range]))
      }
      return
    }
    let kept = range.filter { !Self.isYear(parsed.words[$0]) }
    self.words = kept.map { parsed.words[$0] }
    self.stems = kept.map { parsed.stems[$0] }
    self.classes = kept.map { parsed.classes[$0] }
  }

  /// Whether a word is a year of this century or the last ("1999", "2026").
  static func isYear(_ word: String) -> Bool {
    word.utf8.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
