/// A fixed set of words that the readings of a line ask about every word: found by length and
/// first byte, then compared with `==`, without hashing.
///
/// A `Set<String>` hashes each word it is asked about (SipHash, a few hundred instructions),
/// and the readings ask dozens of such sets about every word of every line. Here a word's
/// length and first byte pick a bucket, nearly always empty or holding one or two words, and
/// only those are compared. Iterating gives the words bucket by bucket, each bucket in the
/// order first given.
struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral, Sequence {
  /// The distinct words, grouped by bucket, each bucket in the order first given.
  private let words: [String]
  /// Where each bucket's words begin in `words`, plus the end of the last (`bucketCount + 1` values).
  private let starts: [UInt16]

  /// The set of `words`, repeats dropped.
  init(_ words: some Sequence<String>) {
    var (distinct, seen) = ([String](), Set<String>())
    for word in words where seen.insert(word).inserted { distinct.append(word) }
    precondition(distinct.count <= Int(UInt16.max), "too many words for a WordSet")
    self.words = distinct.enumerated()
      .sorted { (Self.bucket(of: $0.element), $0.offset) < (Self.bucket(of: $1.element), $1.offset) }.map(\.element)
    var starts = [UInt16](repeating: 0, count: Self.bucketCount + 1)
    for word in distinct { starts[Self.bucket(of: word) + 1] += 1 }
    for bucket in 0..<Self.bucketCount { starts[bucket + 1] += starts[bucket] }
    self.starts = starts
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  /// Whether the set holds `word`.
  @inline(__always)
  func contains(_ word: String) -> Bool {
    let bucket = Self.bucket(of: word)
    return words[Int(starts[bucket])..<Int(starts[bucket + 1])].contains(word)
  }

  func makeIterator() -> IndexingIterator<[String]> {
    words.makeIterator()
  }

  /// The number of words.
  var count: Int { words.count }

  /// The words of both sets.
  func union(_ other: WordSet) -> WordSet {
    WordSet(words + other.words)
  }

  /// The words of this set that are not in `other`.
  func subtracting(_ other: WordSet) -> WordSet {
    WordSet(words.filter { !other.contains($0) })
  }

  /// Length classes (0 to 14 bytes, 15 for any longer) times the low five bits of the first byte.
  static let bucketCount = 16 << 5

  /// A word's bucket: its UTF-8 length, up to 15, and the low five bits of its first byte.
  @inline(__always)
  static func bucket(of word: String) -> Int {
    let utf8 = word.utf8
    return Swift.min(utf8.count, 15) << 5 | Int((utf8.first ?? 0) & 31)
  }
}
