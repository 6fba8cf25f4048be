/// Intents waiting to be scored, best bound first: a binary heap ordered by bound, then by id.
struct IntentQueue {
  /// The intents' bounds, by intent.
  let bounds: [Double]
  /// Each intent's place in id order, for ties.
  let idOrder: [Int32]
  private var heap: [Int]

  /// A queue of the intents whose bound is above zero.
  init(bounds: [Double], idOrder: [Int32]) {
    self.bounds = bounds
    self.idOrder = idOrder
    heap = bounds.indices.filter { bounds[$0] > 0 }
    for position in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(from: position) }
  }

  /// Whether intent `a` comes before intent `b`.
  func precedes(_ a: Int, _ b: Int) -> Bool {
    bounds[a] != bounds[b] ? bounds[a] > bounds[b] : idOrder[a] < idOrder[b]
  }

  /// The next intent, or nil when none is left.
  mutating func pop() -> Int? {
    guard let first = heap.first else { return nil }
    heap[0] = heap[heap.count - 1]
    heap.removeLast()
    if !heap.isEmpty { siftDown(from: 0) }
    return first
  }

  /// Moves the intent at `position` down to its place.
  mutating func siftDown(from position: Int) {
    var parent = position
    while true {
      let (left, right) = (2 * parent + 1, 2 * parent + 2)
      var first = parent
      if left < heap.count, precedes(heap[left], heap[first]) { first = left }
      if right < heap.count, precedes(heap[right], heap[first]) { first = right }
      if first == parent { return }
      heap.swapAt(parent, first)
      parent = first
    }
  }
}
