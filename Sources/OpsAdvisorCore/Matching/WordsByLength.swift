/// Known words grouped by length, for finding the ones a single edit away from a typo.
///
/// A typo of n letters can only be one edit from a word of n - 1, n or n + 1 letters, so only
/// those groups are scanned, and the check of each stops at the second difference. For the
/// shipped knowledge base that is about a thousand short byte comparisons: no index to build
/// or load, and microseconds per unknown word.
struct WordsByLength: Sendable, Equatable {
  /// The words, shortest first (in Unicode scalars), then in code-point order; ids are positions.
  let table: StringTable
  /// `lengthStarts[n]` is the id of the first word of at least n scalars; the last entry is the end.
  let lengthStarts: [Int]
  /// Each word's bytes as a set of bits (`byteMask`), to pass over most words without comparing them.
  let byteMasks: [UInt64]

  /// Groups the given distinct words.
  init<Words: Sequence<String>>(_ words: Words) {
    self.init(sorted: StringTable(words.sorted { Self.precedes($0, $1) }))
  }

  /// Groups the words of a table already in `precedes` order, as an image holds them.
  init(sorted table: StringTable) {
    var lengthStarts = [0]
    for id in 0..<table.count {
      let length = Self.scalarCount(table.bytes[Int(table.offsets[id])..<Int(table.offsets[id + 1])])
      while lengthStarts.count <= length { lengthStarts.append(id) }
    }
    lengthStarts.append(table.count)
    self.table = table
    self.lengthStarts = lengthStarts
    self.byteMasks = table.bytes.withUnsafeBufferPointer { all in
      (0..<table.count).map { Self.byteMask(UnsafeBufferPointer(rebasing: all[Int(table.offsets[$0])..<Int(table.offsets[$0 + 1])])) }
    }
  }

  /// The set of a word's bytes, each as bit `byte % 64`; `nonASCIIMask` for a word with a
  /// byte outside ASCII, which is compared by characters instead.
  static func byteMask(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    bytes.contains { $0 >= 0x80 } ? nonASCIIMask : bytes.reduce(0) { $0 | 1 << UInt64($1 & 63) }
  }

  /// The mask of words outside ASCII: all 64 bits, which only an ASCII word of 64 different
  /// bytes could have, far longer than any word a typo is compared with.
  static let nonASCIIMask = UInt64.max

  /// Whether two byte strings with these masks may be one edit apart: each has at most one
  /// byte's bit the other lacks (a substitution, insertion or deletion brings in at most one
  /// byte, a swap none).
  @inline(__always)
  static func mayBeOneEditApart(_ a: UInt64, _ b: UInt64) -> Bool {
    (a & ~b).nonzeroBitCount <= 1 && (b & ~a).nonzeroBitCount <= 1
  }

  /// The grouping order: shorter first, then code-point order.
  static func precedes(_ a: String, _ b: String) -> Bool {
    let (lengthA, lengthB) = (a.unicodeScalars.count, b.unicodeScalars.count)
    return lengthA != lengthB ? lengthA < lengthB : a < b
  }

  /// The number of Unicode scalars in valid UTF-8: the bytes that do not continue a scalar.
  static func scalarCount(_ utf8: ArraySlice<UInt8>) -> Int {
    utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// The id of the first word of at least `length` scalars.
  func firstID(atLeast length: Int) -> Int {
    length < lengthStarts.count ? lengthStarts[max(length, 0)] : table.count
  }

  /// The ids of the words at most one edit from `word` (insertion, deletion, substitution or
  /// swap of two neighbours, as `EditDistance` counts), in grouping order.
  func withinOneEdit(of word: String) -> [Int] {
    let length = word.unicodeScalars.count
    let typed = Array(word.utf8)
    guard typed.count == length else { return withinOneEdit(ofNonASCII: word, length: length) }
    var found: [Int] = []
    typed.withUnsafeBufferPointer { typed in
      let typedMask = Self.byteMask(typed)
      table.bytes.withUnsafeBufferPointer { all in
        table.offsets.withUnsafeBufferPointer { offsets in
          byteMasks.withUnsafeBufferPointer { masks in
            for id in firstID(atLeast: max(length - 1, 0))..<firstID(atLeast: length + 2) {
              let mask = masks[id]
              guard mask == Self.nonASCIIMask || Self.mayBeOneEditApart(typedMask, mask) else { continue }
              let (start, end) = (Int(offsets[id]), Int(offsets[id + 1]))
              let near = mask != Self.nonASCIIMask
                ? Self.withinOneEdit(typed, UnsafeBufferPointer(rebasing: all[start..<end]))
                : EditDistance.distance(word, table.string(at: id), limit: 1) <= 1
              if near { found.append(id) }
            }
          }
        }
      }
    }
    return found
  }

  /// `withinOneEdit(of:)` for a word with letters outside ASCII, compared by `EditDistance`.
  func withinOneEdit(ofNonASCII word: String, length: Int) -> [Int] {
    (firstID(atLeast: max(length - 1, 0))..<firstID(atLeast: length + 2)).filter {
      EditDistance.distance(word, table.string(at: $0), limit: 1) <= 1
    }
  }

  /// Whether two byte strings are at most one edit apart, counting as `EditDistance` does.
  static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    switch a.count - b.count {
    case 0: return withinOneSubstitutionOrSwap(a, b)
    case 1: return withinOneDeletion(long: a, short: b)
    case -1: return withinOneDeletion(long: b, short: a)
    default: return false
    }
  }

  /// Equal lengths: identical after the first difference, or after swapping it with the next.
  static func withinOneSubstitutionOrSwap(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count < 2 || a[0] == b[0] || a[1] == b[1] || a[0] == b[1] else { return false }
    var first = 0
    while first < a.count, a[first] == b[first] { first += 1 }
    if first >= a.count - 1 { return true }
    if same(a, b, from: first + 1, first + 1) { return true }
    return a[first] == b[first + 1] && a[first + 1] == b[first] && same(a, b, from: first + 2, first + 2)
  }

  /// `long` is one byte longer: identical once the byte at their first difference is dropped.
  static func withinOneDeletion(long: UnsafeBufferPointer<UInt8>, short: UnsafeBufferPointer<UInt8>) -> Bool {
    guard short.isEmpty || long[0] == short[0] || long[1] == short[0] else { return false }
    var first = 0
    while first < short.count, long[first] == short[first] { first += 1 }
    return same(long, short, from: first + 1, first)
  }

  /// Whether `a` from `startA` and `b` from `startB` to their ends are the same bytes.
  static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, from startA: Int, _ startB: Int) -> Bool {
    guard a.count - startA == b.count - startB else { return false }
    var (i, j) = (startA, startB)
    while i < a.count {
      if a[i] != b[j] { return false }
      i += 1
      j += 1
    }
    return true
  }
}
