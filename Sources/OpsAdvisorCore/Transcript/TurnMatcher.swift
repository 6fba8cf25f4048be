/// Matches a turn's expected lines, with `...` and `(re)` wildcards, against actual lines.
enum TurnMatcher {
  /// Whether `expected` matches all of `actual`.
  ///
  /// Dynamic programming over (expected line, actual line) pairs, so any number of `...`
  /// lines costs at most `expected.count × actual.count` line comparisons, never a search that
  /// grows exponentially. `reachable[j]` says whether the expected lines so far can match the
  /// first `j` actual lines.
  static func matches(_ expected: [Transcript.ExpectedLine], _ actual: [String]) -> Bool {
    var reachable = [Bool](repeating: false, count: actual.count + 1)
    reachable[0] = true
    for line in expected {
      var next = [Bool](repeating: false, count: actual.count + 1)
      if case .anyLines = line {
        var seen = false
        for j in 0...actual.count {
          seen = seen || reachable[j]
          next[j] = seen
        }
      } else {
        for j in 0..<actual.count where reachable[j] && matches(line, actual[j]) { next[j + 1] = true }
      }
      reachable = next
    }
    return reachable[actual.count]
  }

  /// Whether one expected line matches one actual line.
  static func matches(_ expected: Transcript.ExpectedLine, _ line: String) -> Bool {
    switch expected {
    case .literal(let text): return text == line
    case .pattern(let pattern):
      guard let regex = try? Regex(pattern) else { return false }
      return (try? regex.wholeMatch(in: line)) != nil
    case .anyLines: return true
    }
  }

  /// The expected lines as text for a diff: wildcards shown as written.
  static func display(_ expected: [Transcript.ExpectedLine]) -> [String] {
    expected.map { line in
      if case .literal(let text) = line { return text }
      return TranscriptLine.text(line)
    }
  }
}
