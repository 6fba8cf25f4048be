#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
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
        try StandardOutput.write(TranscriptWriter.turn(input: line, answer: printer.plainText(for: reply)))
      } else {
        try printer.print(reply)
      }
      if reply.endsSession { break }
    }
    try StandardOutput.flush()
    if let code = reader.readError {
      StandardError.write("opsadvisor: cannot read \(reader.name): \(String(cString: strerror(code)))\n")
      throw ExitCode(StandardOutput.ioErrorStatus)
    }
  }

  /// Whether a scripted line is skipped: blank, or a "#" comment.
  static func isSkipped(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    return trimmed.isEmpty || trimmed.first == "#"
  }
}
