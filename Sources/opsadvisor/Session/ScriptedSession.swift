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
/// "> " and its input line, which is the transcript format. A goodbye or `/quit` ends the
/// session, as it does on a terminal; the lines after it are counted and reported, not answered.
struct ScriptedSession {
  let reader: FileLineReader
  let printer: ReplyPrinter
  var echo = false

  /// Answers every line until the input ends or a reply ends the session (then the rest is
  /// counted, see `reportUnanswered`).
  ///
  /// Other threads read and prepare the lines (`PreparedLineQueue`) while this one answers
  /// them in order, so the conversation goes exactly as if each were read in turn; another
  /// renders and writes the replies (`ReplyOutputQueue`), handed to it in batches: the replies
  /// to the lines that were ready, once the next line is not. The output stream's own buffering
  /// (by line on a terminal, by block otherwise) decides when they are sent.
  func run(_ turns: inout SessionTurns) throws {
    let lines = PreparedLineQueue(reading: reader, with: turns.advisor, skipping: Self.isSkipped)
    let output = ReplyOutputQueue(printer: printer, echo: echo)
    var answered: [ReplyOutputQueue.Turn] = []
    var inputEnded = false
    while true {
      guard let (prepared, number) = lines.next() else {
        inputEnded = true
        break
      }
      let line = prepared.line
      let reply = turns.answer(prepared)
      answered.append(.init(line: line, reply: reply))
      if reply.endsSession {
        try output.finish(&answered)
        inputEnded = reportUnanswered(after: line, number: number, in: lines)
        break
      }
      if !lines.hasReadyLine || answered.count == PreparedLineQueue.batchSize { try output.send(&answered) }
    }
    try output.finish(&answered)
    // The reader belongs to the other thread until it has queued the end.
    if inputEnded, let code = reader.readError {
      StandardError.write("opsadvisor: cannot read \(reader.name): \(String(cString: strerror(code)))\n")
      throw ExitCode(StandardOutput.ioErrorStatus)
    }
    try Self.reportFailedSaves(turns.recorder.failedSaves)
  }

  /// The status of a script whose `/save` commands wrote nothing: a note on standard error,
  /// then 73 (sysexits' "cannot create output file"), so that a script can tell.
  static func reportFailedSaves(_ count: Int) throws {
    guard count > 0 else { return }
    let commands = count == 1 ? "a /save command" : "\(count) /save commands"
    StandardError.write("opsadvisor: \(commands) wrote nothing (the answer says why)\n")
    throw ExitCode(73)
  }

  /// After a goodbye (or `/quit`) has ended the session: reads the rest of the input and says on
  /// standard error how many lines were left unanswered, if any. Input from a terminal (plain
  /// mode, `TERM=dumb`) is not read on, as the person typing sees the session end. Returns
  /// whether the input was read to its end.
  func reportUnanswered(after line: String, number: Int, in lines: PreparedLineQueue) -> Bool {
    guard !reader.isTerminal else { return false }
    let count = lines.countRemaining()
    if count > 0 { StandardError.write(Self.unansweredNote(line, number: number, count: count)) }
    return true
  }

  /// The note that a goodbye left lines unanswered (blank and "#" lines are not counted).
  static func unansweredNote(_ line: String, number: Int, count: Int) -> String {
    let quoted = SafeText.line(String(line.trimmingWhitespace().prefix(40)))
    let rest = count == 1 ? "the line after it was" : "the \(count) lines after it were"
    return "opsadvisor: line \(number) (\"\(quoted)\") ended the session; \(rest) not answered.\n"
  }

  /// Whether a scripted line is skipped: blank, or a "#" comment. Decided on the bytes, except
  /// for a "#" followed by a non-ASCII byte, which a combining mark could join into another
  /// character: that is left to `isSkippedByCharacters`.
  static func isSkipped(_ line: String) -> Bool {
    let utf8 = line.utf8
    guard let index = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
      return true
    }
    guard utf8[index] == UInt8(ascii: "#") else { return false }
    let next = utf8.index(after: index)
    return next == utf8.endIndex || utf8[next] < 0x80 || isSkippedByCharacters(line)
  }

  /// `isSkipped`, decided on characters.
  static func isSkippedByCharacters(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    return trimmed.isEmpty || trimmed.first == "#"
  }
}
