/// Encodes a reply as one line of JSON with a fixed set and order of keys.
///
/// Keys, always present: `input`, `intent`, `confidence`, `tracks`, `factor`, `answer`,
/// `source`, `profile`, `leaning`, `recommendation`. Absent values are `null`; `tracks` is
/// then `[]`. Strings escape every control character and bidirectional override, so the line
/// is safe in any terminal.
public enum ReplyJSON {
  /// The JSON line for `reply`, whose answer text was rendered as `answer`.
  public static func encode(_ reply: Reply, answer: String) -> String {
    var object = JSONObjectWriter()
    object.add("input", string(reply.input))
    object.add("intent", string(reply.intent))
    object.add("confidence", number(reply.confidence))
    object.add("tracks", array(reply.tracks.map { string($0.rawValue) }))
    object.add("factor", optional(reply.factor?.rawValue))
    object.add("answer", string(answer))
    object.add("source", optional(reply.sources.isEmpty ? nil : reply.sources.joined(separator: "; ")))
    var profile = JSONObjectWriter()
    for track in TrackID.allCases { profile.add(track.rawValue, number(reply.profile[track] ?? 0)) }
    object.add("profile", profile.text)
    object.add("leaning", optional(reply.leaning?.rawValue))
    object.add("recommendation", optional(reply.recommendation?.rawValue))
    return object.text
  }

  /// A JSON array of already encoded values.
  public static func array(_ values: [String]) -> String {
    "[" + values.joined(separator: ",") + "]"
  }

  static func optional(_ text: String?) -> String {
    text.map(string) ?? "null"
  }

  /// Whether any character of `text` must be escaped, decided on its bytes: quotes,
  /// backslashes, the characters `DisplayText` replaces, and U+2028/U+2029 (E2 80 A8/A9).
  static func needsEscaping(_ text: String) -> Bool {
    if DisplayText.containsUnsafe(text) { return true }
    var text = text
    return text.withUTF8 { bytes in
      bytes.indices.contains { index in
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
      }
    }
  }

  /// A number with at most three decimals and no trailing zeros.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = threeDecimals(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }

  /// `value` (less than 2^63) with exactly three decimals, as `%.3f` writes it: 1.5 → "1.500".
  static func threeDecimals(_ value: Double) -> String {
    let magnitude = value.magnitude
    var whole = magnitude.rounded(.towardZero)
    var thousandths = ((magnitude - whole) * 1000).rounded(.toNearestOrEven)
    if thousandths == 1000 { (whole, thousandths) = (whole + 1, 0) }
    let sign = value.sign == .minus ? "-" : ""
    return sign + String(Int(whole)) + "." + zeroPadded(String(Int(thousandths)), to: 3)
  }

  /// `digits` with zeros in front up to `width` characters.
  static func zeroPadded(_ digits: String, to width: Int) -> String {
    String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A JSON string literal, with every control character escaped.
  public static func string(_ text: String) -> String {
    if !needsEscaping(text) { return "\"" + text + "\"" }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where DisplayText.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029:
        out += "\\u" + zeroPadded(String(scalar.value, radix: 16), to: 4)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
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
