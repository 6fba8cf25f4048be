import Dispatch

/// A bounded first-in-first-out queue between one producing and one consuming thread.
///
/// `push` waits while the queue is full and `pop` while it is empty. Each slot is written by
/// the producer and then read by the consumer, the two ordered by the semaphores; the queue
/// holds at most `capacity` items, so memory stays flat however much passes through.
final class BlockingQueue<Item>: @unchecked Sendable {
  let capacity: Int
  private let slots: UnsafeMutablePointer<Item>
  private let free: DispatchSemaphore
  private let filled = DispatchSemaphore(value: 0)
  /// The next slot to write, touched by the producer only.
  private var tail = 0
  /// The next slot to read, touched by the consumer only.
  private var head = 0

  init(capacity: Int) {
    self.capacity = capacity
    slots = .allocate(capacity: capacity)
    free = DispatchSemaphore(value: capacity)
  }

  deinit {
    // Items never popped still need releasing, and libdispatch traps on disposing a
    // semaphore whose count is below its starting value, so each one's free slot is given back.
    while filled.wait(timeout: .now()) == .success {
      (slots + head).deinitialize(count: 1)
      head = (head + 1) % capacity
      free.signal()
    }
    slots.deallocate()
  }

  /// Adds an item, waiting while the queue is full. Producer only.
  func push(_ item: Item) {
    free.wait()
    (slots + tail).initialize(to: item)
    tail = (tail + 1) % capacity
    filled.signal()
  }

  /// Takes the oldest item, waiting while the queue is empty. Consumer only.
  func pop() -> Item {
    filled.wait()
    let item = (slots + head).move()
    head = (head + 1) % capacity
    free.signal()
    return item
  }
}
