import OpsAdvisorCore

/// The session without a terminal: one answer per input line, no prompt, no history.
///
/// Blank lines and lines starting with "#" are skipped. With `--echo`, each answer follows
/// "> " and its input line, which is the transcript format.
struct ScriptedSession {
  let reader: FileLineReader
  let printer: ReplyPrinter
  var echo = false

  func run(_ turns: inout SessionTurns) throws {
    while let line = reader.next() {
      if Self.isSkipped(line) { continue }
      let reply = turns.answer(line)
      if echo {
        let answer = TerminalRenderer(width: printer.environment.width, color: false).render(reply.blocks)
        try StandardOutput.write(TranscriptWriter.turn(input: line, answer: answer))
      } else {
        try printer.print(reply)
      }
      if reply.endsSession { break }
    }
    try StandardOutput.flush()
  }

  /// Whether a scripted line is skipped: blank, or a "#" comment.
  static func isSkipped(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    return trimmed.isEmpty || trimmed.first == "#"
  }
}
