import OpsAdvisorCore

/// The session without a terminal: one answer per input line, no prompt, no history.
///
/// Blank lines and lines starting with "#" are skipped. With `--echo`, each answer follows
/// "> " and its input line, which is the transcript format.
struct ScriptedSession {
  let reader: FileLineReader
  let printer: ReplyPrinter
  var echo = false

  func run(_ advisor: inout Advisor) throws {
    while let line = reader.next() {
      if Self.isSkipped(line) { continue }
      let reply = advisor.respond(to: line)
      if echo { try StandardOutput.write("> \(line)\n") }
      try printer.print(reply)
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
