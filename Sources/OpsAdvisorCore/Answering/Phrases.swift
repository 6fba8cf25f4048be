/// The advisor's own wording around answers: headings, prompts and notices.
///
/// Answers themselves live in `intents/`; this is the one place for the words that frame them.
public enum Phrases {
  static let factorColumn = "Factor"
  static let didYouMean = "I'm not sure which of these you mean. Reply with a number, or rephrase:"
  static let readAs = "(I read"
  static let notYetProfile = "The profile is not available yet in this version."
  static let notYetWhy = "Explanations with /why are not available yet in this version."
  static let notYetSave = "Saving transcripts with /save is not available yet in this version."
  static let resetDone = "Starting over: I've forgotten the conversation so far."
  static let saveNeedsFile = "Usage: /save FILE (or /save! FILE to replace an existing file)."
  static let noSuchChoice = "There is no choice with that number."

  /// The interactive session's one-line greeting.
  public static func banner(version: String) -> String {
    "OpsAdvisor \(version): ask about MLOps, LLMOps and AIOps. /help for help, Ctrl-D to leave."
  }

  static func unknownCommand(_ name: String, suggestion: String?) -> String {
    let hint = suggestion.map { " Did you mean /\($0)?" } ?? ""
    return "Unknown command /\(name).\(hint) Type /help to see the commands."
  }

  static func corrections(_ list: [ParsedInput.Correction]) -> String {
    let pairs = list.map { "\"\($0.typed)\" as \"\($0.read)\"" }.joined(separator: ", ")
    return "\(readAs) \(pairs).)"
  }
}
