/// A line prepared ahead of its turn by `Advisor.prepare`: a slash command, or text with
/// everything about it that does not depend on the conversation.
public struct PreparedInput: Sendable {
  /// What text prepares to.
  struct Text: Sendable {
    let parsed: ParsedInput
    /// Whether the line was longer than `Advisor.longestInput` and only its head was read.
    let cut: Bool
    let detections: [SignalDetector.Detection]
    let match: MatchResult
    let decision: MatchPolicy.Decision

    /// The same, reported under another original text.
    func with(original: String) -> Text {
      Text(parsed: parsed.with(original: original), cut: cut, detections: detections, match: match, decision: decision)
    }
  }

  /// The line as typed.
  public let line: String
  /// The slash command the line is, if it is one.
  public let command: SlashCommand?
  let text: Text?
  /// The two questions of a line that asks one after the other ("what is llmops? and what tools
  /// does it use?"), or its numbered parts, each prepared alone and answered in turn; empty
  /// for most lines.
  let questions: [Text]
  /// Whether `questions` are the numbered parts of the line ("1) … 2) …"), each answered
  /// under its number.
  let numbered: Bool

  init(line: String, command: SlashCommand) {
    (self.line, self.command, self.text, self.questions, self.numbered) = (line, command, nil, [], false)
  }

  init(line: String, text: Text, questions: [Text] = [], numbered: Bool = false) {
    (self.line, self.command, self.text, self.questions, self.numbered) = (line, nil, text, questions, numbered)
  }
}
