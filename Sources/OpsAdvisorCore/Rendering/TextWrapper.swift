/// Greedy word wrapping by character count.
///
/// Lines break at spaces; a word longer than the width is split across lines. The first line
/// starts with `firstPrefix`, the others with `restPrefix`; both count toward the width. ASCII
/// text, the usual case, is wrapped on its bytes, with the same result.
public enum TextWrapper {
  /// The lines of `text` wrapped to `width` columns (at least one line).
  public static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "")
    -> [String]
  {
    if isASCII(text), isASCII(firstPrefix), isASCII(restPrefix) {
      return wrapBytes(Array(text.utf8), width: width, first: Array(firstPrefix.utf8), rest: Array(restPrefix.utf8))
    }
    return wrapCharacters(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
  }

  static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

  /// The fast path: one byte is one column.
  static func wrapBytes(_ bytes: [UInt8], width: Int, first: [UInt8], rest: [UInt8]) -> [String] {
    var lines: [String] = []
    var line = first
    var hasWord = false
    let pieceWidth = max(1, width - rest.count)
    var index = 0
    while index < bytes.count {
      guard bytes[index] != UInt8(ascii: " ") else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
      var start = index
      while start < end {
        let pieceEnd = end - start > pieceWidth ? start + pieceWidth : end
        if hasWord, line.count + 1 + (pieceEnd - start) > width {
          lines.append(String(decoding: line, as: UTF8.self))
          (line, hasWord) = (rest, false)
        }
        if hasWord { line.append(UInt8(ascii: " ")) }
        line.append(contentsOf: bytes[start..<pieceEnd])
        hasWord = true
        start = pieceEnd
      }
      index = end
    }
    lines.append(String(decoding: line, as: UTF8.self))
    return lines
  }

  /// The general path, counting characters.
  static func wrapCharacters(_ text: String, width: Int, firstPrefix: String, restPrefix: String) -> [String] {
    let words = text.split(separator: " ")
    var lines: [String] = []
    var current = firstPrefix
    var currentWidth = columns(firstPrefix)
    var currentHasWord = false
    let restWidth = columns(restPrefix)
    for word in words {
      for piece in pieces(of: word, width: max(1, width - restWidth)) {
        let pieceWidth = columns(piece)
        if currentHasWord, currentWidth + 1 + pieceWidth > width {
          lines.append(current)
          (current, currentWidth, currentHasWord) = (restPrefix, restWidth, false)
        }
        if currentHasWord {
          current += " "
          currentWidth += 1
        }
        current += piece
        currentWidth += pieceWidth
        currentHasWord = true
      }
    }
    lines.append(current)
    return lines
  }

  /// The columns a text takes: its characters, counted from its bytes when it is ASCII.
  static func columns<Text: StringProtocol>(_ text: Text) -> Int {
    let utf8 = text.utf8
    return utf8.allSatisfy { $0 < 0x80 } ? utf8.count : text.count
  }

  /// A word cut into chunks of at most `width` characters.
  static func pieces(of word: Substring, width: Int) -> [Substring] {
    guard columns(word) > width else { return [word] }
    var chunks: [Substring] = []
    var rest = word
    while !rest.isEmpty {
      chunks.append(rest.prefix(width))
      rest = rest.dropFirst(width)
    }
    return chunks
  }
}
