import Dispatch
import OpsAdvisorCore

/// The lines of a scripted session, read and prepared on other threads, handed out in order.
///
/// Preparing a line (`Advisor.prepare`: parsing, signals, ranking) does not depend on the
/// conversation, so it can run ahead of the turns. One thread reads the lines and deals them
/// in turn to `preparerCount` threads that prepare them; `next()` takes the prepared lines back
/// from those threads in the same turn, so they come out in input order, and the session
/// answers them as if each were read in its turn. Every queue is bounded, so memory stays flat
/// however long the input.
final class PreparedLineQueue: @unchecked Sendable {
  /// A line, or the end of the input.
  enum Item<Line> {
    case line(Line)
    case end
  }

  static let preparerCount = 2
  static let capacity = 128

  private let prepared: [BlockingQueue<Item<PreparedInput>>]
  /// The preparer whose queue holds the next line, touched by the consumer only.
  private var nextPreparer = 0

  /// Starts reading `reader` on its own thread, skipping the lines `isSkipped` says, and
  /// preparing the rest with `advisor`.
  init(reading reader: FileLineReader, with advisor: Advisor, skipping isSkipped: @escaping @Sendable (String) -> Bool) {
    let raw = (0..<Self.preparerCount).map { _ in BlockingQueue<Item<String>>(capacity: Self.capacity) }
    prepared = (0..<Self.preparerCount).map { _ in BlockingQueue<Item<PreparedInput>>(capacity: Self.capacity) }
    for (input, output) in zip(raw, prepared) {
      DispatchQueue(label: "opsadvisor.prepare").async {
        while case .line(let line) = input.pop() { output.push(.line(advisor.prepare(line))) }
        output.push(.end)
      }
    }
    let box = UncheckedBox(reader)
    DispatchQueue(label: "opsadvisor.read").async {
      var turn = 0
      while let line = box.value.next() {
        if isSkipped(line) { continue }
        raw[turn % raw.count].push(.line(line))
        turn += 1
      }
      for offset in 0..<raw.count { raw[(turn + offset) % raw.count].push(.end) }
    }
  }

  /// The next prepared line, or nil at the end of the input. Consumer only.
  func next() -> PreparedInput? {
    guard case .line(let line) = prepared[nextPreparer].pop() else { return nil }
    nextPreparer = (nextPreparer + 1) % prepared.count
    return line
  }
}

/// A value handed to one other thread, which alone uses it from then on.
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
