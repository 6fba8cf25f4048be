/// The whitespace of Foundation's `CharacterSet.whitespaces`: tab, the space separators
/// (Unicode category Zs) and U+200B ZERO WIDTH SPACE.
enum Whitespace {
  static func contains(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
  }
}

extension StringProtocol {
  /// Whether the text holds nothing but whitespace (or nothing at all).
  var isBlank: Bool {
    unicodeScalars.allSatisfy(Whitespace.contains)
  }

  /// The text without whitespace at either end, as Foundation's
  /// `trimmingCharacters(in: .whitespaces)` gives it.
  func trimmingWhitespace() -> String {
    let scalars = String(self).unicodeScalars
    guard let first = scalars.firstIndex(where: { !Whitespace.contains($0) }),
      let last = scalars.lastIndex(where: { !Whitespace.contains($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
