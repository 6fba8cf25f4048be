import Dispatch
import OpsAdvisorCore
import Synchronization

/// The lines of a scripted session, read and prepared on other threads, handed out in order.
///
/// Preparing a line (`Advisor.prepare`: parsing, signals, ranking) does not depend on the
/// conversation, so it can run ahead of the turns. One thread reads the lines and deals them,
/// in batches, in turn to `preparerCount` threads that prepare them; `next()` takes the
/// prepared batches back from those threads in the same turn, so lines come out in input
/// order, and the session answers them as if each were read in its turn. A batch holds the
/// lines that could be read without waiting for input (at most `batchSize`), so a line typed
/// or piped in while the session runs is answered at once, and a long input passes from thread
/// to thread a batch, not a line, at a time. Every queue is bounded, so memory stays flat
/// however long the input.
final class PreparedLineQueue: @unchecked Sendable {
  /// A batch of lines, or the end of the input.
  enum Item<Line> {
    case lines([Numbered<Line>])
    case end
  }

  /// A line read, with its line number in the input (counting skipped lines).
  struct Numbered<Line> {
    let line: Line
    let number: Int
  }

  static let preparerCount = 2
  /// The most lines in a batch.
  static let batchSize = 32
  /// The most batches each queue holds: about 128 lines.
  static let capacity = 4

  /// Each batch prepared, its lines nil once `countRemaining` has asked for the rest only to be counted.
  private let prepared: [BlockingQueue<Item<PreparedInput?>>]
  /// The preparer whose queue holds the next batch, touched by the consumer only.
  private var nextPreparer = 0
  /// The batch being handed out and the place of its next line, touched by the consumer only.
  private var batch: [Numbered<PreparedInput?>] = []
  private var place = 0
  /// Set by `countRemaining`: the preparers pass the lines still coming on unprepared.
  private let counting = Atomic<Bool>(false)

  /// Starts reading `reader` on its own thread, skipping the lines `isSkipped` says, and
  /// preparing the rest with `advisor`.
  init(reading reader: FileLineReader, with advisor: Advisor, skipping isSkipped: @escaping @Sendable (String) -> Bool) {
    let raw = (0..<Self.preparerCount).map { _ in BlockingQueue<Item<String>>(capacity: Self.capacity) }
    prepared = (0..<Self.preparerCount).map { _ in BlockingQueue<Item<PreparedInput?>>(capacity: Self.capacity) }
    for (input, output) in zip(raw, prepared) {
      DispatchQueue(label: "opsadvisor.prepare").async { [self] in
        HelperThreadPriority.lower()
        while case .lines(let lines) = input.pop() {
          output.push(.lines(lines.map { read in
            Numbered(line: counting.load(ordering: .relaxed) ? nil : advisor.prepare(read.line), number: read.number)
          }))
        }
        output.push(.end)
      }
    }
    let box = UncheckedBox(reader)
    DispatchQueue(label: "opsadvisor.read").async {
      HelperThreadPriority.lower()
      var (turn, number) = (0, 0)
      var lines: [Numbered<String>] = []
      while let line = box.value.next() {
        number += 1
        if !isSkipped(line) { lines.append(Numbered(line: line, number: number)) }
        guard lines.count == Self.batchSize || (!lines.isEmpty && !box.value.hasBufferedLine) else { continue }
        raw[turn % raw.count].push(.lines(lines))
        lines = []
        turn += 1
      }
      if !lines.isEmpty {
        raw[turn % raw.count].push(.lines(lines))
        turn += 1
      }
      for offset in 0..<raw.count { raw[(turn + offset) % raw.count].push(.end) }
    }
  }

  /// The next prepared line and its line number, or nil at the end of the input. Consumer only.
  func next() -> (line: PreparedInput, number: Int)? {
    while let item = nextItem() {
      // Lines are passed on unprepared only after `countRemaining`, which takes them all itself.
      if let line = item.line { return (line, item.number) }
    }
    return nil
  }

  /// Whether `next()` has a line without waiting: one is left of the batch being handed out.
  /// Consumer only.
  var hasReadyLine: Bool { place < batch.count }

  /// Reads the input to its end and returns how many lines were left (not counting skipped
  /// ones), without preparing them. Consumer only, and the last call: the queue is used up.
  func countRemaining() -> Int {
    counting.store(true, ordering: .relaxed)
    var count = 0
    while nextItem() != nil { count += 1 }
    return count
  }

  /// The next line from the preparers' batches, in input order; nil at the end.
  private func nextItem() -> Numbered<PreparedInput?>? {
    while place == batch.count {
      guard case .lines(let lines) = prepared[nextPreparer].pop() else { return nil }
      nextPreparer = (nextPreparer + 1) % prepared.count
      (batch, place) = (lines, 0)
    }
    place += 1
    return batch[place - 1]
  }
}

/// A value handed to one other thread, which alone uses it from then on.
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
