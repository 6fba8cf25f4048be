/// The words a ranking reads, with each word's stem (`Stemmer`) and classes (`WordClass`):
/// taken as a parsed line computed them, or worked out here for bare words.
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
  /// classes computed when it was parsed.
  public init(_ parsed: ParsedInput, range: Range<Int>? = nil) {
    guard let range else {
      (words, stems, classes) = (parsed.words, parsed.stems, parsed.classes)
      return
    }
    self.words = Array(parsed.words[range])
    self.stems = Array(parsed.stems[range])
    self.classes = Array(parsed.classes[range])
  }
}
