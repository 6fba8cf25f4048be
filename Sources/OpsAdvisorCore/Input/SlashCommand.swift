/// A line starting with "/": one of the REPL's commands.
public enum SlashCommand: Sendable, Equatable {
  case help
  case tracks
  /// `/compare [TRACK…] [FACTOR]`, with the words after the command.
  case compare(arguments: String)
  case profile
  case why
  case reset
  /// `/save FILE`, or `/save! FILE` to replace an existing file.
  case save(path: String, overwrite: Bool)
  case quit
  /// A command that does not exist, with the nearest real one.
  case unknown(name: String, suggestion: String?)

  /// Every command's name, as completion offers them.
  public static let names = ["compare", "exit", "help", "profile", "quit", "reset", "save", "save!", "tracks", "why"]

  /// The command on `line`, or nil when the line is not a command.
  public static func parse(_ line: String) -> SlashCommand? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.first == "/" else { return nil }
    let body = trimmed.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace })
    let rest = body.dropFirst(name.count).trimmingSpaces()
    return command(named: name.lowercased(), rest: rest)
  }

  static func command(named name: String, rest: String) -> SlashCommand {
    switch name {
    case "help", "?": return .help
    case "tracks": return .tracks
    case "compare": return .compare(arguments: rest)
    case "profile": return .profile
    case "why": return .why
    case "reset": return .reset
    case "save", "save!": return .save(path: rest, overwrite: name == "save!")
    case "quit", "exit", "q": return .quit
    default:
      let suggestion = EditDistance.nearest(to: name, among: names, maximum: 2)
      return .unknown(name: name, suggestion: suggestion)
    }
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmingSpaces() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
    return String(self[first...last])
  }
}

extension Substring {
  /// The text without spaces and tabs at either end: `StringProtocol.trimmingSpaces()`, on
  /// the bytes when they are all ASCII, whose characters are its bytes ("\r\n" is one character
  /// of two bytes, but neither is a space or a tab). Other text goes by characters, since a
  /// combining mark after a space makes one character of them. Each clause of every line is trimmed.
  func trimmingSpaces() -> String {
    var text = self
    let ascii = text.withUTF8 { bytes -> String? in
      guard UTF8Bytes.isASCII(bytes) else { return nil }
      let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      var (low, high) = (0, bytes.count)
      while low < high, isBlank(bytes[low]) { low += 1 }
      while high > low, isBlank(bytes[high - 1]) { high -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
    }
    return ascii ?? String(self).trimmingSpaces()
  }
}
