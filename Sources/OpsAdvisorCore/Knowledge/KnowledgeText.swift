// Text helpers for the loaders, in place of Foundation's `trimmingCharacters(in:)` and
// `components(separatedBy:)`, with the same results (YAMLParserTests.swift compares them).

extension StringProtocol {
  /// The text without whitespace at either end: spaces, tabs, line breaks and the other Unicode
  /// `White_Space` scalars, the set Foundation's `.whitespacesAndNewlines` names.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

extension String {
  /// The pieces between the occurrences of `separator`, found from the start without overlap and
  /// compared character by character (so `"\r\n\n"` holds no `"\n\n"`); empty pieces are kept,
  /// so `"a\n\n\n\nb"` split at `"\n\n"` is `["a", "", "b"]`.
  func pieces(separatedBy separator: String) -> [Substring] {
    precondition(!separator.isEmpty, "the separator must not be empty")
    var pieces: [Substring] = []
    var pieceStart = startIndex
    var index = startIndex
    while index < endIndex {
      if self[index...].starts(with: separator) {
        pieces.append(self[pieceStart..<index])
        index = self.index(index, offsetBy: separator.count)
        pieceStart = index
      } else {
        index = self.index(after: index)
      }
    }
    pieces.append(self[pieceStart...])
    return pieces
  }
}
