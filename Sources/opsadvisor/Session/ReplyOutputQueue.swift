import ArgumentParser
import Dispatch
import OpsAdvisorCore
import Synchronization

/// The replies of a scripted session, rendered and written on a thread of their own, in order.
///
/// Answering a line must wait for the line before it, so the thread that answers bounds how
/// fast a session goes; rendering and writing a reply (about a third of that thread's work)
/// depend on the reply alone, so they are done here, beside it. Replies come in batches (those
/// answered while the next line was already prepared), so the threads meet once a batch, not
/// once a line, and a line typed while the session runs is still answered at once. The bytes
/// written, and the stream's buffering, are exactly those of writing each reply in its turn.
///
/// A write that fails (not a closed pipe, which ends the program at once) is reported on
/// standard error as it happens; the replies after it are not written, and the answering
/// thread gets the error at its next `send` or at `finish`.
final class ReplyOutputQueue: @unchecked Sendable {
  /// One reply with the line it answers, for `--echo`.
  struct Turn {
    let line: String
    let reply: Reply
  }

  private enum Item {
    case turns([Turn])
    /// Flush the stream, then signal `finished`.
    case finish
  }

  /// At most this many batches wait to be written, so memory stays flat.
  static let capacity = 4

  private let queue = BlockingQueue<Item>(capacity: ReplyOutputQueue.capacity)
  private let finished = DispatchSemaphore(value: 0)
  /// The exit status of the first failed write, or 0.
  private let failure = Atomic<Int32>(0)

  /// Starts the thread that writes with `printer`, as transcript turns with `echo`.
  init(printer: ReplyPrinter, echo: Bool) {
    DispatchQueue(label: "opsadvisor.write").async { [self] in
      HelperThreadPriority.lower()
      var output: [UInt8] = []
      while true {
        switch queue.pop() {
        case .turns(let turns):
          for turn in turns where failure.load(ordering: .relaxed) == 0 {
            Self.append(turn, printer: printer, echo: echo, to: &output)
            attempt { try StandardOutput.write(output) }
            output.removeAll(keepingCapacity: true)
          }
        case .finish:
          if failure.load(ordering: .relaxed) == 0 { attempt { try StandardOutput.flush() } }
          finished.signal()
          return
        }
      }
    }
  }

  /// The text of one turn, appended to `output`.
  private static func append(_ turn: Turn, printer: ReplyPrinter, echo: Bool, to output: inout [UInt8]) {
    guard echo else { return printer.appendText(for: turn.reply, to: &output) }
    output.append(contentsOf: TranscriptWriter.turn(input: turn.line, answer: printer.plainText(for: turn.reply)).utf8)
  }

  /// Runs one write, noting the exit status it fails with.
  private func attempt(_ write: () throws -> Void) {
    do {
      try write()
    } catch {
      failure.store((error as? ExitCode)?.rawValue ?? StandardOutput.ioErrorStatus, ordering: .relaxed)
    }
  }

  /// Hands a batch of turns over to be written and empties it; throws if a write has failed.
  /// Answering thread only.
  func send(_ turns: inout [Turn]) throws {
    try checkFailure()
    guard !turns.isEmpty else { return }
    queue.push(.turns(turns))
    turns = []
  }

  /// Writes the last turns, flushes the stream and waits until that is done; throws if a
  /// write has failed. Answering thread only; once finished, later calls only check.
  func finish(_ turns: inout [Turn]) throws {
    if !isFinished {
      if !turns.isEmpty { queue.push(.turns(turns)) }
      queue.push(.finish)
      finished.wait()
      isFinished = true
    }
    turns = []
    try checkFailure()
  }

  /// Whether `finish` has run, touched by the answering thread only.
  private var isFinished = false

  private func checkFailure() throws {
    let status = failure.load(ordering: .relaxed)
    if status != 0 { throw ExitCode(status) }
  }
}
