/// Matches a turn's expected lines, with `...` and `(re)` wildcards, against actual lines.
enum TurnMatcher {
  /// Whether `expected` matches all of `actual`.
  static func matches(_ expected: [Transcript.ExpectedLine], _ actual: [String]) -> Bool {
    matches(expected[...], actual[...])
  }

  static func matches(_ expected: ArraySlice<Transcript.ExpectedLine>, _ actual: ArraySlice<String>) -> Bool {
    guard let first = expected.first else { return actual.isEmpty }
    if case .anyLines = first {
      let rest = expected.dropFirst()
      return (actual.startIndex...actual.endIndex).contains { matches(rest, actual[$0...]) }
    }
    guard let line = actual.first, matches(first, line) else { return false }
    return matches(expected.dropFirst(), actual.dropFirst())
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
