/// Intents waiting to be scored, best bound first: a binary heap ordered by bound, then by id.
struct IntentQueue {
  /// One waiting intent with what orders it.
  struct Entry {
    let bound: Double
    /// The intent's place in id order, for ties.
    let idOrder: Int32
    let intent: Int32

    /// Whether this entry comes before `other`.
    @inline(__always)
    func precedes(_ other: Entry) -> Bool {
      bound != other.bound ? bound > other.bound : idOrder < other.idOrder
    }
  }

  private var heap: [Entry]

  /// A queue of the intents whose bound is above zero.
  init(bounds: UnsafeBufferPointer<Double>, idOrder: [Int32]) {
    heap = []
    heap.reserveCapacity(bounds.count)
    for intent in bounds.indices where bounds[intent] > 0 {
      heap.append(Entry(bound: bounds[intent], idOrder: idOrder[intent], intent: Int32(intent)))
    }
    for position in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(from: position) }
  }

  /// The next intent, or nil when none is left.
  mutating func pop() -> Int? {
    guard let first = heap.first else { return nil }
    heap[0] = heap[heap.count - 1]
    heap.removeLast()
    if !heap.isEmpty { siftDown(from: 0) }
    return Int(first.intent)
  }

  /// Moves the entry at `position` down to its place.
  mutating func siftDown(from position: Int) {
    heap.withUnsafeMutableBufferPointer { heap in
      var parent = position
      while true {
        let (left, right) = (2 * parent + 1, 2 * parent + 2)
        var first = parent
        if left < heap.count, heap[left].precedes(heap[first]) { first = left }
        if right < heap.count, heap[right].precedes(heap[first]) { first = right }
        if first == parent { return }
        heap.swapAt(parent, first)
        parent = first
      }
    }
  }
}
