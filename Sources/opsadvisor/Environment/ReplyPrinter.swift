import OpsAdvisorCore

/// Prints replies as terminal text or JSON lines.
///
/// Every answer is rendered from `SafeText.blocks`: user text that the core repeats (an
/// unknown command's name, say) reaches the output with its control characters neutralised,
/// in text, `--echo` and `--json` alike.
struct ReplyPrinter {
  let environment: TerminalEnvironment
  let json: Bool
  /// Whether each reply is followed by a blank line (scripted mode).
  var separated = false
  /// Whether colour may be used at all; scripted mode never colours.
  var allowsColor = true

  /// Prints one reply.
  func print(_ reply: Reply) throws {
    try StandardOutput.write(text(for: reply))
  }

  /// The text printed for one reply, with its final newline(s).
  func text(for reply: Reply) -> String {
    if json {
      return ReplyJSON.encode(reply, answer: plainText(for: reply)) + "\n"
    }
    let renderer = TerminalRenderer(width: environment.width, color: allowsColor && environment.color)
    return renderer.render(SafeText.blocks(reply.blocks)) + (separated ? "\n\n" : "\n")
  }

  /// The answer without colour or final newline, as JSON and transcripts carry it.
  func plainText(for reply: Reply) -> String {
    TerminalRenderer(width: environment.width, color: false).render(SafeText.blocks(reply.blocks))
  }
}
