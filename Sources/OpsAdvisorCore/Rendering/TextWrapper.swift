/// Greedy word wrapping by character count.
///
/// Lines break at spaces; a word longer than the width is split across lines. The first line
/// starts with `firstPrefix`, the others with `restPrefix`; both count toward the width.
public enum TextWrapper {
  /// The lines of `text` wrapped to `width` columns (at least one line, never empty of words).
  public static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "")
    -> [String]
  {
    var lines: [String] = []
    var current = firstPrefix
    var currentHasWord = false
    for word in text.split(separator: " ") {
      for piece in pieces(of: word, width: max(1, width - restPrefix.count)) {
        if currentHasWord, current.count + 1 + piece.count > width {
          lines.append(current)
          current = restPrefix
          currentHasWord = false
        }
        current += (currentHasWord ? " " : "") + piece
        currentHasWord = true
      }
    }
    lines.append(current)
    return lines
  }

  /// A word cut into chunks of at most `width` characters.
  static func pieces(of word: Substring, width: Int) -> [Substring] {
    guard word.count > width else { return [word] }
    var chunks: [Substring] = []
    var rest = word
    while !rest.isEmpty {
      chunks.append(rest.prefix(width))
      rest = rest.dropFirst(width)
    }
    return chunks
  }
}
