/// Helpers on UTF-8 bytes shared by the fast paths of the renderer, the JSON encoder and
/// `DisplayText`. The word tests look at eight bytes at once (SWAR); each is exact.
enum UTF8Bytes {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
  @inline(__always)
  static func with<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = text
    return text.withUTF8(body)
  }

  /// Calls `body` with each longest run of bytes that `belongs` accepts, in order: the words
  /// of a text, as the normaliser and the acronym scan read them.
  @inline(__always)
  static func forEachRun(
    in bytes: UnsafeBufferPointer<UInt8>, where belongs: (UInt8) -> Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var start = 0
    while start < bytes.count {
      guard belongs(bytes[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, belongs(bytes[end]) { end += 1 }
      body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      start = end
    }
  }

  /// The eight bytes at `offset`, which must all be inside `bytes`, the first in the low byte.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The position in its word of the first byte a non-zero test result flags. (A test may
  /// also flag bytes after a true hit, never before one.)
  @inline(__always)
  static func firstFlagged(_ flags: UInt64) -> Int {
    flags.trailingZeroBitCount >> 3
  }

  /// Flags the bytes of `word` outside printable ASCII (20–7E).
  @inline(__always)
  static func notPrintableASCII(_ word: UInt64) -> UInt64 {
    let belowSpace = (word &- ones &* 0x20) & ~word & highBits
    return belowSpace | byte(0x7F, in: word) | (word & highBits)
  }

  /// Flags the zero bytes of `word`: non-zero when it has one.
  @inline(__always)
  static func zeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highBits
  }

  /// Flags the bytes of `word` equal to `byte`: non-zero when it has one.
  @inline(__always)
  static func byte(_ byte: UInt8, in word: UInt64) -> UInt64 {
    zeroByte(word ^ (ones &* UInt64(byte)))
  }


  /// The index of the first `byte` at or after `start`, or the end of `bytes` when there is none.
  static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index + 8 <= bytes.count {
      let flags = self.byte(byte, in: word(bytes, at: index))
      if flags != 0 { return index + firstFlagged(flags) }
      index += 8
    }
    while index < bytes.count, bytes[index] != byte { index += 1 }
    return index
  }

  /// Whether `text` holds `byte`, looked for eight bytes at a time.
  static func contains(_ byte: UInt8, in text: String) -> Bool {
    with(text) { firstIndex(of: byte, in: $0, from: 0) < $0.count }
  }

  /// Whether every byte is ASCII, checked eight bytes at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 8 <= bytes.count {
      if word(bytes, at: index) & highBits != 0 { return false }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// Whether valid UTF-8 text is sure to have one scalar per character, so that counting
  /// scalars counts characters: it has no carriage return (which joins a line feed after it),
  /// and every scalar outside ASCII is in `isStandalone`'s ranges, none of which joins the
  /// character before or after it.
  static func isOneScalarPerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0x0D { return false }
        index += 1
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      guard index + length <= bytes.count else { return false }
      var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
      guard isStandalone(scalar) else { return false }
      index += length
    }
    return true
  }

  /// Scalars that are always a character of their own (grapheme break property Other or
  /// Control): Latin-1 to the spacing modifier letters, general punctuation without its
  /// joiners, zero-width and directional marks, and arrows.
  static func isStandalone(_ scalar: UInt32) -> Bool {
    (0xA0...0x2FF).contains(scalar) || (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
      || (0x2190...0x21FF).contains(scalar)
  }

  /// Whether every byte of `text` is ASCII.
  static func isASCII(_ text: String) -> Bool {
    with(text) { isASCII($0) }
  }
}
