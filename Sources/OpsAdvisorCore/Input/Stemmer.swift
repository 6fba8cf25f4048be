/// A light English suffix stripper so that "tools"/"tool" and "retraining"/"retrain" match.
///
/// Rules, first match wins, only on words longer than four letters unless noted:
/// "ies" → "y"; "sses" → "ss"; a final "s" not after "s", "u" or "i" is dropped (also on
/// four-letter words); then "ing" and "ed" are dropped; then a final "e" is dropped.
/// Track ids are never stemmed.
public enum Stemmer {
  /// The stem of one normalised word.
  public static func stem(_ word: String) -> String {
    if TrackID.named(word) != nil { return word }
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return stemCharacters(word) }
    guard word.utf8.count >= 4, mayChange(word.utf8.last) else { return word }
    var bytes = Array(word.utf8)
    stripEnding(&bytes)
    return bytes.count == word.utf8.count ? word : String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a word ending in `last` may lose an ending: every rule's ending ends in s, g, d or e.
  static func mayChange(_ last: UInt8?) -> Bool {
    last == UInt8(ascii: "s") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d") || last == UInt8(ascii: "e")
  }

  /// The rules on ASCII bytes, where one byte is one letter.
  static func stripEnding(_ stem: inout [UInt8]) {
    func ends(_ suffix: StaticString) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard stem.count >= count else { return false }
      return suffix.withUTF8Buffer { stem[(stem.count - count)...].elementsEqual($0) }
    }
    if stem.count > 4, ends("ies") {
      stem.removeLast(3)
      stem.append(UInt8(ascii: "y"))
    } else if ends("sses") {
      stem.removeLast(2)
    } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
      stem.removeLast()
    }
    if stem.count > 5, ends("ing") {
      stem.removeLast(3)
    } else if stem.count > 4, ends("ed") {
      stem.removeLast(2)
    }
    if stem.count > 4, ends("e") { stem.removeLast() }
  }

  /// The same rules on characters, for words with letters outside ASCII.
  static func stemCharacters(_ word: String) -> String {
    if word.count < 4 { return word }
    var stem = Substring(word)
    if stem.count > 4, stem.hasSuffix("ies") {
      stem = stem.dropLast(3) + "y"
    } else if stem.hasSuffix("sses") {
      stem = stem.dropLast(2)
    } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
      stem = stem.dropLast()
    }
    if stem.count > 5, stem.hasSuffix("ing") {
      stem = stem.dropLast(3)
    } else if stem.count > 4, stem.hasSuffix("ed") {
      stem = stem.dropLast(2)
    }
    if stem.count > 4, stem.hasSuffix("e") { stem = stem.dropLast() }
    return String(stem)
  }
}
