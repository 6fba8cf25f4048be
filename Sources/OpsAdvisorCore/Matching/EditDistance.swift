/// Edit distances between short words, for typo tolerance and "did you mean" suggestions.
public enum EditDistance {
  /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// two adjacent characters each cost 1. Stops early and returns `limit + 1` once the distance
  /// must exceed `limit`.
  public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
  }

  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// The candidate nearest to `word` within `maximum` edits; ties go to the earlier candidate.
  public static func nearest(to word: String, among candidates: [String], maximum: Int) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let found = distance(word, candidate, limit: maximum)
      if found <= maximum, found < (best?.distance ?? .max) { best = (candidate, found) }
    }
    return best?.candidate
  }
}
