import OpsAdvisorCore

/// "Did you mean …?" for a mistyped subcommand: `opsadvisor chekc` would otherwise be read as
/// `chat` with an unexpected argument.
enum SubcommandSuggestion {
  /// The subcommands a first word may name.
  static let names = ["chat", "ask", "intents", "replay", "check", "help"]

  /// The options before a subcommand that take a value, whose value is no subcommand.
  static let optionsWithValues: Set<String> = ["--intents", "--width", "--script"]

  /// The message for `arguments` (without the program name) when their first word is no
  /// subcommand: the nearest one when it is a plausible typo of it (two edits for a word of
  /// more than five letters, one for a shorter one), else how to ask a question; nil when the
  /// first word is a subcommand or there is none.
  static func message(for arguments: [String]) -> String? {
    guard let word = firstWord(of: arguments), !names.contains(word) else { return nil }
    let shown = DisplayText.sanitized(word, limit: 40)
    guard let near = EditDistance.nearest(to: word, among: names, maximum: word.count > 5 ? 2 : 1) else {
      return "Error: '\(shown)' is not an opsadvisor command. To ask a question in one go: opsadvisor ask \"\(shown) …\"\n"
        + "Run 'opsadvisor --help' to list the commands."
    }
    return "Error: '\(shown)' is not an opsadvisor command. Did you mean '\(near)'?\nRun 'opsadvisor --help' to list the commands."
  }

  /// The first argument that is neither an option nor an option's value.
  static func firstWord(of arguments: [String]) -> String? {
    var skipNext = false
    for argument in arguments {
      if skipNext {
        skipNext = false
        continue
      }
      if argument.hasPrefix("-") {
        skipNext = optionsWithValues.contains(argument)
        continue
      }
      return argument
    }
    return nil
  }
}
