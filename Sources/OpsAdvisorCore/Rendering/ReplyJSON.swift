/// Encodes a reply as one line of JSON with a fixed set and order of keys.
///
/// Keys, always present: `input`, `intent`, `confidence`, `tracks`, `factor`, `answer`,
/// `source`, `profile`, `leaning`, `recommendation`. Absent values are `null`; `tracks` is
/// then `[]`. Strings escape every control character and bidirectional override, so the line
/// is safe in any terminal.
public enum ReplyJSON {
  /// The JSON line for `reply`, whose answer text was rendered as `answer`.
  public static func encode(_ reply: Reply, answer: String) -> String {
    var bytes: [UInt8] = []
    UTF8Bytes.with(answer) { encode(reply, answer: $0, into: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the JSON line for `reply` (no newline) to `bytes`; `answer` is the rendered
  /// answer's UTF-8.
  public static func encode(_ reply: Reply, answer: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
    var object = JSONBytesWriter(bytes: [])
    swap(&object.bytes, &bytes)
    object.beginObject()
    object.add("input", string: reply.input)
    object.add("intent", string: reply.intent.rawValue)
    object.add("confidence", number: reply.confidence)
    object.add("tracks", strings: reply.tracks.map(\.rawValue))
    object.add("factor", string: reply.factor?.rawValue)
    object.add("answer", bytes: answer)
    object.add("source", string: reply.sources.isEmpty ? nil : reply.sources.joined(separator: "; "))
    object.beginObject(key: "profile")
    for track in TrackID.allCases { object.add(track.rawValue, number: reply.profile[track] ?? 0) }
    object.endObject()
    object.add("leaning", string: reply.leaning?.rawValue)
    object.add("recommendation", string: reply.recommendation?.rawValue)
    object.endObject()
    swap(&object.bytes, &bytes)
  }

  /// A JSON array of already encoded values.
  public static func array(_ values: [String]) -> String {
    "[" + values.joined(separator: ",") + "]"
  }

  static func optional(_ text: String?) -> String {
    text.map(string) ?? "null"
  }

  /// A number with at most three decimals and no trailing zeros.
  static func number(_ value: Double) -> String {
    var bytes: [UInt8] = []
    appendNumber(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `number(value)`: 0 for infinities and NaN; a whole number without decimals; else
  /// the value rounded to three decimals, as `%.3f` writes it, without its trailing zeros.
  static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
    guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() {
      let whole = Int(rounded)
      if whole < 0 { bytes.append(UInt8(ascii: "-")) }
      return appendDigits(of: whole.magnitude, to: &bytes)
    }
    let magnitude = rounded.magnitude
    var whole = magnitude.rounded(.towardZero)
    var thousandths = ((magnitude - whole) * 1000).rounded(.toNearestOrEven)
    if thousandths == 1000 { (whole, thousandths) = (whole + 1, 0) }
    if rounded.sign == .minus { bytes.append(UInt8(ascii: "-")) }
    appendDigits(of: UInt(Int(whole)), to: &bytes)
    bytes.append(UInt8(ascii: "."))
    var decimals = Int(thousandths)
    var count = 3
    while count > 0, decimals % 10 == 0 { (decimals, count) = (decimals / 10, count - 1) }
    let start = bytes.count
    for _ in 0..<count {
      bytes.insert(UInt8(ascii: "0") + UInt8(decimals % 10), at: start)
      decimals /= 10
    }
  }

  /// Appends the decimal digits of `value`.
  static func appendDigits(of value: UInt, to bytes: inout [UInt8]) {
    let start = bytes.count
    var rest = value
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    bytes[start...].reverse()
  }

  /// A JSON string literal, with every control character escaped.
  public static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    UTF8Bytes.with(text) { appendString($0, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends UTF-8 `text` as a JSON string literal. Runs of bytes that need no escape, nearly
  /// all of them, are copied whole; see `escapedScalar` for the rest.
  static func appendString(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var (runStart, index) = (0, 0)
    while index < text.count {
      if index + 8 <= text.count {
        let flags = needingALook(UTF8Bytes.word(text, at: index))
        guard flags != 0 else {
          index += 8
          continue
        }
        index += UTF8Bytes.firstFlagged(flags)
      }
      let byte = text[index]
      if byte &- 0x20 < 0x5F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      guard let (value, length) = escapedScalar(in: text, at: index) else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      appendEscape(value, to: &bytes)
      index += length
      runStart = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
    bytes.append(UInt8(ascii: "\""))
  }

  /// Flags the bytes of `word` that may need an escape: all but printable ASCII other than
  /// `"` and `\`.
  @inline(__always)
  static func needingALook(_ word: UInt64) -> UInt64 {
    UTF8Bytes.notPrintableASCII(word) | UTF8Bytes.byte(UInt8(ascii: "\""), in: word)
      | UTF8Bytes.byte(UInt8(ascii: "\\"), in: word)
  }

  /// The scalar starting at `index` and its length in bytes, if it must be escaped: a quote, a
  /// backslash, what `DisplayText` replaces (C0 and DEL; C1, C2 80–9F; U+202A–202E and
  /// U+2066–2069) and U+2028/U+2029, the last three families all E2 80/81 xx.
  static func escapedScalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
    let byte = text[index]
    if byte < 0x80 {
      let escaped = byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
      return escaped ? (UInt32(byte), 1) : nil
    }
    if byte == 0xC2, index + 1 < text.count, text[index + 1] <= 0x9F { return (UInt32(text[index + 1]), 2) }
    guard byte == 0xE2, index + 2 < text.count else { return nil }
    let value = 0x2000 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
    switch value {
    case 0x2028...0x202E, 0x2066...0x2069: return (value, 3)
    default: return nil
    }
  }

  /// Appends the escape for one scalar: a short one where JSON has it, else `\u` and four
  /// lowercase hex digits.
  static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
    let short: Unicode.Scalar? =
      switch value {
      case 0x22: "\""
      case 0x5C: "\\"
      case 0x0A: "n"
      case 0x0D: "r"
      case 0x09: "t"
      default: nil
      }
    bytes.append(UInt8(ascii: "\\"))
    if let short { return bytes.append(UInt8(ascii: short)) }
    bytes.append(UInt8(ascii: "u"))
    let digits = Array("0123456789abcdef".utf8)
    for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int(value >> UInt32(shift)) & 0xF]) }
  }
}

/// Writes JSON objects straight into a UTF-8 buffer, members in the order added.
struct JSONBytesWriter {
  var bytes: [UInt8]
  /// Whether the object being written has no member yet.
  var isFirstMember = true

  /// Opens an object.
  mutating func beginObject() {
    bytes.append(UInt8(ascii: "{"))
    isFirstMember = true
  }

  /// Opens an object as the value of member `key`.
  mutating func beginObject(key: String) {
    self.key(key)
    beginObject()
  }

  /// Closes the innermost object.
  mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    isFirstMember = false
  }

  /// Writes a member's key and colon; its value comes next.
  mutating func key(_ name: String) {
    if !isFirstMember { bytes.append(UInt8(ascii: ",")) }
    isFirstMember = false
    appendString(name)
    bytes.append(UInt8(ascii: ":"))
  }

  /// A member whose value is a string, or `null` when there is none.
  mutating func add(_ key: String, string value: String?) {
    self.key(key)
    if let value { appendString(value) } else { bytes.append(contentsOf: "null".utf8) }
  }

  /// A member whose value is a string given as UTF-8 bytes.
  mutating func add(_ key: String, bytes value: UnsafeBufferPointer<UInt8>) {
    self.key(key)
    ReplyJSON.appendString(value, to: &bytes)
  }

  /// A member whose value is a number, as `ReplyJSON.number` writes it.
  mutating func add(_ key: String, number value: Double) {
    self.key(key)
    ReplyJSON.appendNumber(value, to: &bytes)
  }

  /// A member whose value is an array of strings.
  mutating func add(_ key: String, strings values: [String]) {
    self.key(key)
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      appendString(value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends a string literal.
  mutating func appendString(_ text: String) {
    UTF8Bytes.with(text) { ReplyJSON.appendString($0, to: &bytes) }
  }
}

/// Builds one JSON object, keys in the order added.
public struct JSONObjectWriter {
  var body = ""

  public init() {}

  /// Adds a key with an already encoded value.
  public mutating func add(_ key: String, _ encodedValue: String) {
    if !body.isEmpty { body += "," }
    body += ReplyJSON.string(key) + ":" + encodedValue
  }

  /// The object's text.
  public var text: String { "{" + body + "}" }
}
