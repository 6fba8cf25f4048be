/// A light English suffix stripper so that "tools"/"tool" and "retraining"/"retrain" match.
///
/// Rules, first match wins, only on words longer than four letters unless noted:
/// "ies" → "y"; "sses" → "ss"; a final "s" not after "s", "u" or "i" is dropped (also on
/// four-letter words); then "ing" and "ed" are dropped; then a final "e" is dropped.
/// Track ids are never stemmed.
public enum Stemmer {
  /// The stem of one normalised word.
  public static func stem(_ word: String) -> String {
    if TrackID(rawValue: word) != nil || word.count < 4 { return word }
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
