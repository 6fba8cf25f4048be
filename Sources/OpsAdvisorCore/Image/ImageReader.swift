/// Reads the fields of a knowledge-base image in the order `ImageWriter` wrote them.
///
/// Every read checks its bounds and syntax and throws `ImageError` rather than trapping, so a
/// damaged image is reported, never a crash.
public struct ImageReader {
  static let terminator = UInt8(ascii: ",")

  let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next unread byte.
  private(set) var position = 0

  /// A reader over `bytes`, which must stay valid while it reads.
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { position == bytes.count }

  /// Reads an integer.
  public mutating func readInt() throws -> Int {
    var negative = false
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
      negative = true
      position += 1
    }
    let magnitude = try readDigits(radix: 10)
    guard magnitude <= UInt64(Int.max) else { throw ImageError(offset: position, problem: "integer out of range") }
    return negative ? -Int(magnitude) : Int(magnitude)
  }

  /// Reads a count or index, which must not be negative nor larger than `limit`.
  public mutating func readCount(limit: Int = .max) throws -> Int {
    let value = try readInt()
    guard value >= 0, value <= limit else { throw ImageError(offset: position, problem: "count \(value) out of range") }
    return value
  }

  /// Reads a double written bit for bit.
  public mutating func readDouble() throws -> Double {
    Double(bitPattern: try readDigits(radix: 16))
  }

  /// Reads a Boolean.
  public mutating func readBool() throws -> Bool {
    try readCount(limit: 1) == 1
  }

  /// Reads a string.
  public mutating func readString() throws -> String {
    let length = try readCount()
    guard length <= bytes.count - position else { throw ImageError(offset: position, problem: "string past the end") }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    position += length
    return text
  }

  /// Reads the bytes of a string without making a `String` of them.
  public mutating func readBytes() throws -> [UInt8] {
    let length = try readCount()
    guard length <= bytes.count - position else { throw ImageError(offset: position, problem: "string past the end") }
    defer { position += length }
    return Array(bytes[position..<position + length])
  }

  /// Reads a list of strings, as `readStrings` does, into one run of bytes without making a
  /// `String` of each.
  mutating func readPackedStrings() throws -> PackedStrings {
    let count = try readCount()
    guard count <= bytes.count - position else { throw ImageError(offset: position, problem: "list past the end") }
    var (text, offsets) = ([UInt8](), [UInt32]())
    offsets.reserveCapacity(count + 1)
    offsets.append(0)
    for _ in 0..<count {
      let length = try readCount()
      guard length <= bytes.count - position else { throw ImageError(offset: position, problem: "string past the end") }
      text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
      position += length
      guard text.count <= UInt32.max else { throw ImageError(offset: position, problem: "strings too long") }
      offsets.append(UInt32(text.count))
    }
    // Invalid UTF-8 is repaired when a string is made, as `readString` repairs it.
    return PackedStrings(bytes: text, offsets: offsets)
  }

  /// Reads a list whose elements `element` reads.
  public mutating func readList<Element>(_ element: (inout ImageReader) throws -> Element) throws -> [Element] {
    let count = try readCount()
    guard count <= bytes.count - position else { throw ImageError(offset: position, problem: "list past the end") }
    var list: [Element] = []
    list.reserveCapacity(count)
    for _ in 0..<count { list.append(try element(&self)) }
    return list
  }

  /// Reads a list of strings.
  public mutating func readStrings() throws -> [String] {
    try readList { try $0.readString() }
  }

  /// The character of the base-64 digit 0 in packed lists; digits run up to `o`.
  static let packedZero = UInt8(ascii: "0")

  /// The most base-64 digits a value of `Value` can need.
  static func packedWidth<Value: FixedWidthInteger>(of _: Value.Type) -> Int {
    (Value.bitWidth + 5) / 6
  }

  /// Reads a packed list of unsigned integers.
  public mutating func readPacked<Value: FixedWidthInteger & UnsignedInteger>(_: Value.Type) throws -> [Value] {
    let count = try readCount()
    let width = try readCount(limit: Self.packedWidth(of: Value.self))
    guard width > 0 else { throw ImageError(offset: position, problem: "packed values without digits") }
    guard count <= (bytes.count - position) / width, let base = bytes.baseAddress else {
      throw ImageError(offset: position, problem: "list past the end")
    }
    var bad: UInt64 = 0
    // Values are read eight bytes at a time while eight bytes are left: one value of four to
    // eight digits, or two, four or eight shorter ones, from each word; the first eight digits
    // of a longer value.
    let wide = PackedWord(width: width)
    let groups = wide.map { wide in
      bytes.count - position >= 8 ? min(count / wide.perWord, (bytes.count - position - 8) / wide.stride + 1) : 0
    } ?? 0
    let wordCount = groups * (wide?.perWord ?? 0)
    let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
      var digits = base + position
      if let wide, let out = buffer.baseAddress {
        for group in 0..<groups {
          bad |= wide.decode(digits, into: out + group * wide.perWord)
          digits += wide.stride
        }
      }
      for index in wordCount..<count {
        let (value, badBits) = Self.packedValue(digits, width: width)
        bad |= badBits | value >> Value.bitWidth
        buffer[index] = Value(truncatingIfNeeded: value)
        digits += width
      }
      initialized = count
    }
    guard bad == 0 else { throw ImageError(offset: position, problem: "bad packed digit") }
    position += count * width
    return values
  }

  /// The value of the `width` packed digits at `digits`, and bits that are not zero if any
  /// digit was out of range.
  @inline(__always)
  static func packedValue(_ digits: UnsafePointer<UInt8>, width: Int) -> (value: UInt64, bad: UInt64) {
    var value: UInt64 = 0
    var bad: UInt8 = 0
    var digit = width - 1
    while digit >= 0 {
      let code = digits[digit] &- packedZero
      bad |= code & 0xC0
      value = value &<< 6 | UInt64(code)
      digit -= 1
    }
    return (value, UInt64(bad))
  }

  /// Reads an optional value written with its presence flag.
  public mutating func readOptional<Value>(_ value: (inout ImageReader) throws -> Value) throws -> Value? {
    try readBool() ? try value(&self) : nil
  }

  /// Reads digits up to the terminator; at least one, at most what fits 64 bits.
  mutating func readDigits(radix: UInt64) throws -> UInt64 {
    var value: UInt64 = 0
    let start = position
    while position < bytes.count, bytes[position] != Self.terminator {
      guard let digit = Self.digit(bytes[position], radix: radix),
        case (let shifted, false) = value.multipliedReportingOverflow(by: radix),
        case (let sum, false) = shifted.addingReportingOverflow(digit)
      else { throw ImageError(offset: position, problem: "bad number") }
      value = sum
      position += 1
    }
    guard position < bytes.count, position > start else { throw ImageError(offset: position, problem: "bad number") }
    position += 1
    return value
  }

  /// The value of one digit in `radix` (10 or 16, lower-case), or nil.
  static func digit(_ byte: UInt8, radix: UInt64) -> UInt64? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: UInt64(byte - UInt8(ascii: "a") + 10)
    default: nil
    }
  }
}

/// A knowledge-base image that cannot be read: damaged, or written by another version.
public struct ImageError: Error, Equatable, CustomStringConvertible {
  /// The byte offset where reading failed.
  public let offset: Int
  public let problem: String

  public var description: String { "knowledge-base image: \(problem) at byte \(offset)" }
}

/// Reads packed values from the eight bytes that start with them (little-endian, so the first
/// digit, the lowest, is the lowest byte): the digits' codes are found and joined in a few
/// operations on the whole word instead of digit by digit, as `ImageReader.packedValue` does
/// for the last few values of a list. A word holds one value of four to eight digits, two of
/// three, four of two or eight of one, or the first eight digits of a value of nine to eleven.
struct PackedWord {
  /// The digits of one value.
  let width: Int
  /// The values read from one word.
  let perWord: Int
  /// The bytes that hold digits.
  let lanes: UInt64
  /// The top bit of each of those bytes.
  let high: UInt64
  /// The code of "0" in each of those bytes.
  let zeros: UInt64

  /// The reader for values of `width` digits, or nil when `width` is over 11, more than a
  /// 64-bit value needs.
  init?(width: Int) {
    guard (1...11).contains(width) else { return nil }
    self.width = width
    perWord = width >= 4 ? 1 : 8 / width
    let used = min(width * perWord, 8)
    lanes = used == 8 ? ~0 : (1 << UInt64(8 * used)) - 1
    high = 0x8080_8080_8080_8080 & lanes
    zeros = 0x3030_3030_3030_3030 & lanes
  }

  /// The bytes the values of one word take.
  var stride: Int { width * perWord }

  /// The digits' codes in `word`'s lanes, and bits that are not zero if any is out of range.
  @inline(__always)
  func codes(_ word: UInt64) -> (codes: UInt64, bad: UInt64) {
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    // A digit is a byte from "0" (0x30) to "o" (0x6F): not above 0x7F, at least 0x30, below 0x70.
    let bad = (word & high) | (~(low &+ 0x5050_5050_5050_5050) & high) | ((low &+ 0x1010_1010_1010_1010) & high)
    return ((low & lanes) &- zeros, bad)
  }

  /// The value of the digits in `word` (of four to eight digits), and bits that are not zero
  /// if any digit is out of range.
  @inline(__always)
  func value(_ word: UInt64) -> (value: UInt64, bad: UInt64) {
    var (value, bad) = codes(word)
    value = (value & 0x003F_003F_003F_003F) | ((value & 0x3F00_3F00_3F00_3F00) >> 2)
    value = (value & 0x0000_0FFF_0000_0FFF) | ((value & 0x0FFF_0000_0FFF_0000) >> 4)
    value = (value & 0x0000_0000_00FF_FFFF) | ((value & 0x00FF_FFFF_0000_0000) >> 8)
    return (value, bad)
  }

  /// Writes the `perWord` values whose digits start at `digits` (eight bytes at least must be
  /// readable there) to `out`; returns bits that are not zero if a digit is out of range or a
  /// value does not fit `Value`.
  @inline(__always)
  func decode<Value: FixedWidthInteger>(_ digits: UnsafePointer<UInt8>, into out: UnsafeMutablePointer<Value>) -> UInt64 {
    let word = UnsafeRawPointer(digits).loadUnaligned(as: UInt64.self)
    switch width {
    case 1:
      let (codes, bad) = codes(word)
      for k in 0..<8 { out[k] = Value(truncatingIfNeeded: codes >> UInt64(8 * k) & 0x3F) }
      return bad
    case 2:
      let (codes, bad) = codes(word)
      let pairs = (codes & 0x003F_003F_003F_003F) | ((codes & 0x3F00_3F00_3F00_3F00) >> 2)
      var overflow: UInt64 = 0
      for k in 0..<4 {
        let value = pairs >> UInt64(16 * k) & 0xFFF
        overflow |= value >> Value.bitWidth
        out[k] = Value(truncatingIfNeeded: value)
      }
      return bad | overflow
    case 3:
      let (codes, bad) = codes(word)
      let pairs = (codes & 0x003F_003F_003F_003F) | ((codes & 0x3F00_3F00_3F00_3F00) >> 2)
      let first = pairs & 0xFFF | (pairs >> 16 & 0x3F) << 12
      let second = pairs >> 22 & 0x3F | (pairs >> 32 & 0xFFF) << 6
      out[0] = Value(truncatingIfNeeded: first)
      out[1] = Value(truncatingIfNeeded: second)
      return bad | first >> Value.bitWidth | second >> Value.bitWidth
    case 4...8:
      let (value, bad) = value(word)
      out[0] = Value(truncatingIfNeeded: value)
      return bad | value >> Value.bitWidth
    default:
      let (low, bad) = value(word)
      let (high, highBad) = ImageReader.packedValue(digits + 8, width: width - 8)
      let value = low | high &<< 48
      out[0] = Value(truncatingIfNeeded: value)
      return bad | highBad | value >> Value.bitWidth
    }
  }
}
