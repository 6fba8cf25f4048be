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
  /// The width, worked out once when it cannot change (`TerminalEnvironment.fixedWidth`), so
  /// that a session does not look up `COLUMNS` and ask whether it writes to a terminal at every reply.
  private let fixedWidth: Int?

  init(environment: TerminalEnvironment, json: Bool) {
    self.environment = environment
    self.json = json
    self.fixedWidth = environment.fixedWidth
  }

  /// The width to wrap to.
  var width: Int { fixedWidth ?? environment.width }

  /// Prints one reply.
  func print(_ reply: Reply) throws {
    var bytes: [UInt8] = []
    appendText(for: reply, to: &bytes)
    try StandardOutput.write(bytes)
  }

  /// The text printed for one reply, with its final newline(s).
  func text(for reply: Reply) -> String {
    var bytes: [UInt8] = []
    appendText(for: reply, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the text printed for one reply, with its final newline(s), to `bytes` as UTF-8.
  func appendText(for reply: Reply, to bytes: inout [UInt8]) {
    let blocks = SafeText.blocks(reply.blocks)
    if json {
      var answer: [UInt8] = []
      TerminalRenderer(width: width, color: false).render(blocks, into: &answer)
      answer.withUnsafeBufferPointer { ReplyJSON.encode(reply, answer: $0, into: &bytes) }
      bytes.append(UInt8(ascii: "\n"))
      return
    }
    TerminalRenderer(width: width, color: allowsColor && environment.color).render(blocks, into: &bytes)
    bytes.append(contentsOf: (separated ? "\n\n" : "\n").utf8)
  }

  /// The answer without colour or final newline, as JSON and transcripts carry it.
  func plainText(for reply: Reply) -> String {
    TerminalRenderer(width: width, color: false).render(SafeText.blocks(reply.blocks))
  }
}
