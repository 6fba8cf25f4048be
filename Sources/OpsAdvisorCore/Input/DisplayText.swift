/// User text made safe to repeat on a terminal.
///
/// Control characters (C0, DEL, C1, which carry escape sequences, bells and backspaces) and
/// bidirectional overrides become U+FFFD, so repeated input can never move the cursor, change
/// the window title, ring the bell or reorder the line. Long text is cut with an ellipsis, at
/// a space when there is one in its second half.
public enum DisplayText {
  /// `text` with every control character replaced, cut to `limit` characters.
  public static func sanitized(_ text: String, limit: Int = 200) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
    }
    let clean = String(scalars)
    guard clean.count > limit else { return clean }
    let cut = clean.prefix(limit - 1)
    let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return String(atWord.count >= limit / 2 ? atWord : cut) + "…"
  }

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
