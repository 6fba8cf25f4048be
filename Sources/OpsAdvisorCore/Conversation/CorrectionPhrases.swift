/// The phrases that mark a line as correcting what was said before ("actually", "i've moved
/// to"), found as whole words in a line's normalised text.
///
/// A phrase is found where the text, with a space added at each end, holds the phrase with a
/// space on each side. Each such place starts at a space, so the text is walked once and, at
/// each space, only the phrases whose first byte is the byte after it are compared, instead of
/// searching the whole text once per phrase.
struct CorrectionPhrases: Sendable {
  /// The phrases as UTF-8 with a space on each side, by their second byte (the phrase's first).
  let byFirstByte: [[[UInt8]]]

  init(_ phrases: [String]) {
    var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
    for phrase in phrases {
      let padded = Array(" \(phrase) ".utf8)
      byFirstByte[Int(padded[1])].append(padded)
    }
    self.byFirstByte = byFirstByte
  }

  static let space = UInt8(ascii: " ")

  /// Whether `text` (normalised) holds one of the phrases as whole words.
  func occur(in text: String) -> Bool {
    UTF8Bytes.with(" " + text + " ") { padded in
      var start = 0
      while start + 1 < padded.count {
        if padded[start] == Self.space, byFirstByte[Int(padded[start + 1])].contains(where: { Self.same($0, padded, at: start) }) {
          return true
        }
        start += 1
      }
      return false
    }
  }

  /// Whether `text` holds `phrase`'s bytes from `start`.
  static func same(_ phrase: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard phrase.count <= text.count - start else { return false }
    for index in phrase.indices where text[start + index] != phrase[index] { return false }
    return true
  }
}
