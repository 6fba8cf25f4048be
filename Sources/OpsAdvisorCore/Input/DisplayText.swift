/// User text made safe to repeat on a terminal.
///
/// Control characters (C0, DEL, C1, which carry escape sequences, bells and backspaces) and
/// bidirectional overrides become U+FFFD, so repeated input can never move the cursor, change
/// the window title, ring the bell or reorder the line. Long text is cut with an ellipsis, at
/// a space when there is one in its second half.
public enum DisplayText {
  /// `text` with every control character replaced, cut to `limit` characters.
  public static func sanitized(_ text: String, limit: Int = 200) -> String {
    if text.utf8.count <= limit, !containsUnsafe(text, allowingLineBreaks: false) { return text }
    if let cut = printableASCIICut(text, limit: limit) { return cut }
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

  /// `sanitized` of printable ASCII longer than `limit`, where every character is one byte and
  /// none is replaced; nil for other text.
  static func printableASCIICut(_ text: String, limit: Int) -> String? {
    guard limit >= 1, text.utf8.count > limit, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    let cut = Array(text.utf8.prefix(limit - 1))
    let space = cut.lastIndex(of: UInt8(ascii: " ")) ?? cut.count
    return String(decoding: cut[..<(space >= limit / 2 ? space : cut.count)], as: UTF8.self) + "…"
  }

  /// Whether `scalar` is one of the characters replaced.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether `text` holds a character `sanitized` would replace, decided on its UTF-8 bytes
  /// (C0 and DEL are single bytes, C1 is C2 80–9F, U+202A–202E is E2 80 AA–AE, U+2066–2069 is
  /// E2 81 A6–A9), so clean text, nearly all of it, costs one pass and no copy.
  public static func containsUnsafe(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
    var text = text
    return text.withUTF8 { containsUnsafe($0, allowingLineBreaks: allowingLineBreaks) }
  }

  /// `containsUnsafe` on UTF-8 bytes: printable ASCII, nearly every byte, is passed over eight
  /// bytes at a time; only control bytes and the lead bytes C2 and E2 are looked at closely.
  public static func containsUnsafe(_ bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool = false) -> Bool {
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let flags = UTF8Bytes.notPrintableASCII(UTF8Bytes.word(bytes, at: index))
        guard flags != 0 else {
          index += 8
          continue
        }
        index += UTF8Bytes.firstFlagged(flags)
      }
      let byte = bytes[index]
      if byte &- 0x20 >= 0x5F, byte == 0x7F || byte < 0x20 || byte == 0xC2 || byte == 0xE2,
        isUnsafeStart(bytes, at: index, allowingLineBreaks: allowingLineBreaks)
      {
        return true
      }
      index += 1
    }
    return false
  }

  static func isUnsafeStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, allowingLineBreaks: Bool) -> Bool {
    let byte = bytes[index]
    if byte < 0x20 { return !(allowingLineBreaks && byte == 0x0A) }
    if byte == 0x7F { return true }
    if byte == 0xC2, index + 1 < bytes.count { return (0x80...0x9F).contains(bytes[index + 1]) }
    guard byte == 0xE2, index + 2 < bytes.count else { return false }
    let (second, third) = (bytes[index + 1], bytes[index + 2])
    return (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
  }
}
