/// Finding a run of consecutive words in a line's words.
///
/// The first word of the run is compared alone before the rest, and its length before its
/// text: a generic `starts(with:)` at every word of every line, for every phrase a reading
/// knows, was a few per cent of a turn.
extension Array where Element == String {
  /// Where `run` first starts as consecutive words, or nil.
  func firstIndex(ofRun run: [String]) -> Int? {
    guard let head = run.first else { return nil }
    let headLength = head.utf8.count
    return indices.first { self[$0].utf8.count == headLength && self[$0] == head && self[$0...].starts(with: run) }
  }

  /// Whether `run` occurs as consecutive words.
  func containsRun(_ run: [String]) -> Bool {
    firstIndex(ofRun: run) != nil
  }
}
