// `_nfd` (canonical decomposition) is the standard library's own, behind an SPI: the public
// API has no normalisation yet.
@_spi(_Unicode) import Swift

/// Folds case, diacritics and character width with the standard library alone, exactly as
/// Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
/// locale: nil)` does (CoreFoundation's `CFStringFold`).
///
/// Text is folded one cluster at a time: a scalar and the combining marks (Grapheme_Extend)
/// after it.
/// - A halfwidth or fullwidth form (U+FF00–U+FFEF) becomes its ordinary character: "Ａ" → "A".
/// - A Latin, Greek or Cyrillic character (below U+0510 once decomposed) keeps its base alone:
///   "é", "e" + U+0301 and "ệ" all become "e".
/// - Any other character keeps its marks, in canonical order, except a first one below U+0510
///   when nothing else changed it.
/// - Case is folded fully: "ß" → "ss", "ς" → "σ", "ﬁ" → "fi". Lower-casing the result gives
///   lower case throughout.
enum TextFolding {
  /// The folded text.
  static func fold(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var folded = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      index = foldCluster(in: scalars, at: index, into: &folded)
    }
    return String(folded)
  }

  /// The most scalars one cluster folds to; marks past it start clusters of their own.
  static let clusterLimit = 64

  /// Appends the cluster that starts at `start`, folded, to `folded`; returns the index after it.
  static func foldCluster(
    in scalars: [Unicode.Scalar], at start: Int, into folded: inout String.UnicodeScalarView
  ) -> Int {
    let original = scalars[start]
    let marksFollow = start + 1 < scalars.count && isMark(scalars[start + 1])
    if original.isASCII, !marksFollow {
      folded.append(lowercasedASCII(original))
      return start + 1
    }
    let (character, last) = foldCharacter(original)
    guard marksFollow else {
      if character.isEmpty { folded.append(original) } else { folded.append(contentsOf: character) }
      return start + 1
    }
    let (cluster, end) = foldMarks(in: scalars, after: start, character: character, last: last)
    folded.append(contentsOf: cluster)
    return end
  }

  /// The character at `start` (`character`, its fold, empty when none applied) with the marks
  /// after it, folded, and the index after the last mark taken.
  static func foldMarks(
    in scalars: [Unicode.Scalar], after start: Int, character: [Unicode.Scalar], last: Unicode.Scalar
  ) -> (scalars: [Unicode.Scalar], end: Int) {
    var output = character.isEmpty ? [scalars[start]] : character
    let keepsMarks = !isLatinGreekCyrillic(last)
    var index = start + 1
    if character.isEmpty, keepsMarks {
      // An unchanged character drops a first general diacritic.
      if !isLatinGreekCyrillic(scalars[index]) { output += decomposition(of: scalars[index]) }
      index += 1
    }
    while index < scalars.count, isMark(scalars[index]) {
      if keepsMarks {
        let mark = decomposition(of: scalars[index])
        guard output.count + mark.count <= clusterLimit else { break }
        output += mark
      }
      index += 1
    }
    return (inCanonicalOrder(output), index)
  }

  /// One character with its width, decomposition and case folded (empty when none applies),
  /// and the character that decides whether the marks after it are kept.
  static func foldCharacter(_ scalar: Unicode.Scalar) -> (folded: [Unicode.Scalar], last: Unicode.Scalar) {
    if scalar.isASCII {
      let lower = lowercasedASCII(scalar)
      return (lower == scalar ? [] : [lower], lower)
    }
    var character = scalar
    var folded: [Unicode.Scalar] = []
    if let ordinary = ordinaryWidth(of: scalar) {
      character = ordinary
      folded = [ordinary]
    }
    if let base = latinGreekCyrillicBase(of: character) {
      character = base
      folded = [base]
    }
    guard hasCaseFolding(character) else { return (folded, character) }
    let caseFolded = caseFolding(of: character)
    let kept = isLatinGreekCyrillic(character) ? caseFolded.filter { !isMark($0) } : caseFolded
    return (kept, caseFolded.last ?? character)
  }

  /// An ASCII scalar in lower case.
  static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar
  }

  /// Whether `scalar` is Latin, Greek or Cyrillic, whose diacritics are dropped.
  static func isLatinGreekCyrillic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x510
  }

  /// Whether `scalar` is a combining mark that joins the character before it: Grapheme_Extend
  /// as Unicode 15 defined it.
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return false }
    guard scalar.properties.isGraphemeExtend else { return wasMarkUntilUnicode16(scalar) }
    return isKnown(scalar) && !marksSinceUnicode16.contains(scalar.value)
  }

  /// Spacing vowel signs and viramas that Unicode 16 made Grapheme_Extend.
  static let marksSinceUnicode16: Set<UInt32> = [
    0x0CC0, 0x0CC7, 0x0CC8, 0x0CCA, 0x0CCB, 0x1715, 0x1734, 0x1B3B, 0x1B3D, 0x1B43, 0x1B44, 0x1BAA,
    0x1BF2, 0x1BF3, 0xA953, 0xA9C0, 0x111C0, 0x11235, 0x1134D, 0x116B6, 0x1193D, 0x11F41, 0x16FF0,
    0x16FF1, 0x1D166, 0x1D16D,
  ]

  /// Whether `scalar` is U+1171E or an emoji skin tone, Grapheme_Extend until Unicode 16.
  static func wasMarkUntilUnicode16(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x1171E || (0x1F3FB...0x1F3FF).contains(scalar.value)
  }

  /// Whether `scalar` is in Unicode 15, the version of CoreFoundation's tables: a later one
  /// has no mark, decomposition or case to fold.
  static func isKnown(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return age.major <= 15
  }

  /// The Latin, Greek or Cyrillic scalar that `scalar`'s canonical decomposition starts with;
  /// nil when it has none, or starts with another. Only U+00C0–U+226F decompose so.
  static func latinGreekCyrillicBase(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard (0xC0...0x226F).contains(scalar.value) else { return nil }
    guard #available(macOS 13.0, iOS 16.0, watchOS 9.0, tvOS 16.0, *) else { return nil }
    var decomposed = String(scalar)._nfd.makeIterator()
    guard let base = decomposed.next(), base != scalar, isLatinGreekCyrillic(base), isKnown(scalar) else { return nil }
    return base
  }

  /// `scalar`'s full canonical decomposition (itself when it has none, or on Apple systems
  /// older than the `_nfd` SPI).
  static func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    guard #available(macOS 13.0, iOS 16.0, watchOS 9.0, tvOS 16.0, *) else { return [scalar] }
    return Array(String(scalar)._nfd)
  }

  /// Whether case folding changes `scalar`. CoreFoundation folds a lower-case letter only as
  /// Unicode did before 8.0: it leaves "ꭰ" (U+AB70) and "ᲀ" (U+1C80) as they are.
  static func hasCaseFolding(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.changesWhenLowercased { return isKnown(scalar) }
    return properties.changesWhenCaseFolded && (properties.age?.major ?? 0) < 8
  }

  /// Full case folding, up to lower case: lower-casing the upper case of the lower case maps
  /// every variant of a letter ("ſ", "ς", "ẞ", "ﬀ") to the same lower-case letters.
  static func caseFolding(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    let upper = lower.flatMap { $0.properties.uppercaseMapping.unicodeScalars }
    return upper.flatMap { $0.properties.lowercaseMapping.unicodeScalars }
  }

  /// `characters` with its trailing marks (and the character before them) sorted by canonical
  /// combining class, keeping the order of equal classes.
  static func inCanonicalOrder(_ characters: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var start = characters.count - 1
    while start > 0, isMark(characters[start]) { start -= 1 }
    guard characters.count - start > 1 else { return characters }
    let sorted = characters[start...].enumerated().sorted { first, second in
      let (a, b) = (combiningClass(first.element), combiningClass(second.element))
      return a != b ? a < b : first.offset < second.offset
    }
    return Array(characters[..<start]) + sorted.map(\.element)
  }

  /// `scalar`'s canonical combining class, 0 for a scalar newer than Unicode 15.
  static func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 {
    isKnown(scalar) ? scalar.properties.canonicalCombiningClass.rawValue : 0
  }

  /// The ordinary form of a halfwidth or fullwidth form; nil for any other scalar.
  static func ordinaryWidth(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)
    case 0xFF5F...0xFFEE:
      let ordinary = widthForms[Int(scalar.value - 0xFF5F)]
      return ordinary == 0 ? scalar : Unicode.Scalar(ordinary)
    case 0xFF00, 0xFFEF: return scalar
    default: return nil
    }
  }

  /// U+FF5F–U+FFEE in order: the character each form stands for (0: the form itself).
  static let widthForms: [UInt32] = [
    0x2985, 0x2986, 0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7,
    0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB,
    0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4,
    0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,
    0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA, 0x30EB, 0x30EC,
    0x30ED, 0x30EF, 0x30F3, 0x3099, 0x309A, 0x1160, 0x1100, 0x1101, 0x11AA, 0x1102, 0x11AC, 0x11AD,
    0x1103, 0x1104, 0x1105, 0x11B0, 0x11B1, 0x11B2, 0x11B3, 0x11B4, 0x11B5, 0x111A, 0x1106, 0x1107,
    0x1108, 0x1121, 0x1109, 0x110A, 0x110B, 0x110C, 0x110D, 0x110E, 0x110F, 0x1110, 0x1111, 0x1112,
    0, 0, 0, 0x1161, 0x1162, 0x1163, 0x1164, 0x1165, 0x1166, 0, 0, 0x1167,
    0x1168, 0x1169, 0x116A, 0x116B, 0x116C, 0, 0, 0x116D, 0x116E, 0x116F, 0x1170, 0x1171,
    0x1172, 0, 0, 0x1173, 0x1174, 0x1175, 0, 0, 0, 0xA2, 0xA3, 0xAC,
    0, 0xA6, 0xA5, 0x20A9, 0, 0x2502, 0x2190, 0x2191, 0x2192, 0x2193, 0x25A0, 0x25CB,
  ]
}
