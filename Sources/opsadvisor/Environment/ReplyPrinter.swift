import OpsAdvisorCore

/// Prints replies as terminal text or JSON lines.
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
      let plain = TerminalRenderer(width: environment.width, color: false).render(reply.blocks)
      return ReplyJSON.encode(reply, answer: plain) + "\n"
    }
    let renderer = TerminalRenderer(width: environment.width, color: allowsColor && environment.color)
    return renderer.render(reply.blocks) + (separated ? "\n\n" : "\n")
  }
}
