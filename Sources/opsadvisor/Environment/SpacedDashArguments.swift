/// Arguments that start with "-" but hold a space: words of a question ("-is aiops the same as
/// alert noise reduction?"), never options, which ArgumentParser would split into short flags
/// (one of them "h", so it printed the help and exited with status 0).
enum SpacedDashArguments {
  /// `arguments` with "--" put before the first one that starts with "-" and holds whitespace,
  /// unless a "--" comes before it already; the rest unchanged.
  static func protected(_ arguments: [String]) -> [String] {
    guard let first = arguments.firstIndex(where: isSpacedDash), !arguments[..<first].contains("--") else { return arguments }
    var protected = arguments
    protected.insert("--", at: first)
    return protected
  }

  /// Whether an argument starts with a single "-" and holds whitespace.
  static func isSpacedDash(_ argument: String) -> Bool {
    argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.unicodeScalars.contains(where: { Whitespace.contains($0) || $0 == "\n" })
  }
}
