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

/// What encloses each wrapped line: nothing, or a colour's escape sequences.
struct LineStyle {
  var open: [UInt8] = []
  var close: [UInt8] = []

  /// No styling.
  static let plain = LineStyle()
}

extension TextWrapper {
  /// The lines `wrapBytes` gives, written into `sink` instead of returned as strings: each
  /// begun with `sink.startLine()` and enclosed in `style`. For ASCII prefixes, and ASCII text
  /// or, with `byScalars`, text whose every character is one scalar (`UTF8Bytes.isOneScalarPerCharacter`),
  /// whose columns are then counted by scalars: the lines `wrapCharacters` gives.
  ///
  /// Words of a line that stand one space apart in `text`, the usual case, are copied as one
  /// run (`pending`) rather than word by word.
  static func wrap<Sink: LineSink>(
    bytes: UnsafeBufferPointer<UInt8>, width: Int, first: [UInt8], rest: [UInt8], style: LineStyle = .plain,
    byScalars: Bool = false, into sink: inout Sink
  ) {
    let space = UInt8(ascii: " ")
    let pieceWidth = max(1, width - rest.count)
    var lineLength = first.count
    var pending = 0..<0
    startLine(prefix: first, style: style, in: &sink)
    var index = 0
    while index < bytes.count {
      guard bytes[index] != space else {
        index += 1
        continue
      }
      let end = UTF8Bytes.firstIndex(of: space, in: bytes, from: index)
      var start = index
      while start < end {
        let (pieceEnd, columns) = byScalars
          ? Self.piece(of: bytes, from: start, to: end, columns: pieceWidth)
          : (end - start > pieceWidth ? start + pieceWidth : end, min(end - start, pieceWidth))
        if !pending.isEmpty, lineLength + 1 + columns > width {
          sink.append(UnsafeBufferPointer(rebasing: bytes[pending]))
          append(style.close, to: &sink)
          startLine(prefix: rest, style: style, in: &sink)
          (lineLength, pending) = (rest.count, 0..<0)
        }
        if pending.isEmpty {
          pending = start..<pieceEnd
        } else if pending.upperBound + 1 == start {
          pending = pending.lowerBound..<pieceEnd
          lineLength += 1
        } else {
          sink.append(UnsafeBufferPointer(rebasing: bytes[pending]))
          sink.append(space)
          pending = start..<pieceEnd
          lineLength += 1
        }
        lineLength += columns
        start = pieceEnd
      }
      index = end
    }
    sink.append(UnsafeBufferPointer(rebasing: bytes[pending]))
    append(style.close, to: &sink)
  }

  /// The end of the piece of the word `bytes[start..<end]` that starts at `start`: at most
  /// `columns` scalars, the whole rest of the word when it is no longer; and its scalars.
  static func piece(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, columns: Int) -> (end: Int, columns: Int) {
    var (index, count) = (start, 0)
    while index < end {
      if bytes[index] & 0xC0 != 0x80 {
        if count == columns { break }
        count += 1
      }
      index += 1
    }
    return (index, count)
  }

  /// Begins a wrapped line: the style's opening, then the prefix.
  static func startLine<Sink: LineSink>(prefix: [UInt8], style: LineStyle, in sink: inout Sink) {
    sink.startLine()
    append(style.open, to: &sink)
    append(prefix, to: &sink)
  }

  /// Appends `bytes` to the current line of `sink`.
  @inline(__always)
  static func append<Sink: LineSink>(_ bytes: [UInt8], to sink: inout Sink) {
    if !bytes.isEmpty { bytes.withUnsafeBufferPointer { sink.append($0) } }
  }
}
