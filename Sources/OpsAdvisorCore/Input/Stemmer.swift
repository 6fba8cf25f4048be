/// A light English suffix stripper so that "tools"/"tool" and "retraining"/"retrain" match.
///
/// Rules, first match wins, only on words longer than four letters unless noted:
/// "ies" → "y"; "sses" → "ss"; a final "s" not after "s", "u" or "i" is dropped (also on
/// four-letter words); then "ing" and "ed" are dropped; then a final "e" is dropped.
/// Track ids are never stemmed, nor the words of `keptWhole`.
public enum Stemmer {
  /// Words whose stem would be another word's of a different meaning: "embedded" (an
  /// embedded developer) would read as "embeddings".
  static let keptWhole = ["embedded"]

  /// The stem of one normalised word.
  public static func stem(_ word: String) -> String {
    if TrackID.named(word) != nil { return word }
    let utf8 = word.utf8
    // Every rule's ending ends in s, g, d or e, which no byte of a longer UTF-8 sequence is.
    guard utf8.count >= 4, mayChange(utf8.last) else { return word }
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return stemCharacters(word) }
    let (dropped, endsInY) = asciiEnding(utf8)
    guard dropped > 0, !keptWhole.contains(word) else { return word }
    let kept = String(Substring(utf8.dropLast(dropped)))
    return endsInY ? kept + "y" : kept
  }

  /// Whether a word ending in `last` may lose an ending: every rule's ending ends in s, g, d or e.
  static func mayChange(_ last: UInt8?) -> Bool {
    last == UInt8(ascii: "s") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d") || last == UInt8(ascii: "e")
  }

  /// The rules on an ASCII word of at least four letters, read from its last eight bytes: how
  /// many bytes the stem drops from the end, and whether it then ends in "y" ("ies" → "y").
  static func asciiEnding(_ utf8: String.UTF8View) -> (dropped: Int, endsInY: Bool) {
    var tail: UInt64 = 0
    for byte in utf8.suffix(8) { tail = tail << 8 | UInt64(byte) }
    let count = utf8.count
    var length = count
    // Whether the first `length` bytes end in `suffix`; the rules never look further back
    // than eight bytes from the end.
    func ends(_ suffix: StaticString) -> Bool {
      let size = suffix.utf8CodeUnitCount
      guard length >= size else { return false }
      var packed: UInt64 = 0
      for index in 0..<size { packed = packed << 8 | UInt64(suffix.utf8Start[index]) }
      let mask: UInt64 = (1 << UInt64(8 * size)) - 1
      return (tail >> UInt64(8 * (count - length))) & mask == packed
    }
    if length > 4, ends("ies") { return (3, true) }
    if ends("sses") { return (2, false) }
    if ends("s"), !ends("ss"), !ends("us"), !ends("is") { length -= 1 }
    if length > 5, ends("ing") {
      length -= 3
    } else if length > 4, ends("ed") {
      length -= 2
    }
    if length > 4, ends("e") { length -= 1 }
    return (count - length, false)
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
