/// The room one ranking works in, taken from one allocation instead of an array per sum: per
/// intent its centroid similarity, its priority (first the bound on its nearest-example
/// similarity, then its score bound), which query features it has and where its postings of
/// each of the first `runStride` features begin; and room for one intent's example sums.
///
/// It is made and given back by hand (`init`, then `deallocate()` when the ranking is done,
/// with `defer`), not lent to a closure, so that ranking does not copy the index into a
/// closure's context. Invariants, set up by `init` and relied on by ranking: every buffer but
/// `runs` starts all zero; `runs` holds `runStride` values per intent, and one is read only
/// once written (for a feature the intent has, as `present` marks); `sums` holds at least
/// `largestIntent` values, and whoever uses it leaves it all zero again
/// (`IntentPostings.nearestExample` does); nothing is used after `deallocate()`.
struct RankingScratch {
  /// Per intent: the centroid similarity summed so far.
  let centroid: UnsafeMutableBufferPointer<Double>
  /// Per intent: the bound summed so far, then the priority it gives.
  let priority: UnsafeMutableBufferPointer<Double>
  /// Per intent: the bits of the query features it has (see `IntentIndex.bit(_:)`).
  let present: UnsafeMutableBufferPointer<UInt64>
  /// One intent's example sums, reused from intent to intent.
  let sums: UnsafeMutableBufferPointer<Double>
  /// Per intent, `runStride` values: where its postings of the query feature at each position
  /// begin in `IntentPostings.entries` (see `IntentBounds.centroidRuns`).
  let runs: UnsafeMutableBufferPointer<Int32>
  /// How many query features, from the first, have their runs noted.
  let runStride: Int

  /// The runs noted for one intent.
  func runs(of intent: Int) -> UnsafeBufferPointer<Int32> {
    UnsafeBufferPointer(rebasing: runs[intent * runStride..<(intent + 1) * runStride])
  }

  /// Room for `intentCount` intents, `largestIntent` example sums and `runStride` runs per intent.
  init(intentCount: Int, largestIntent: Int, runStride: Int = 0) {
    precondition(intentCount >= 0 && largestIntent >= 0 && runStride >= 0, "negative ranking sizes")
    let doubles = 2 * intentCount + largestIntent
    let bytes = 8 * (doubles + intentCount) + 4 * intentCount * runStride
    let base = UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 1), alignment: 8)
    let room = base.initializeMemory(as: Double.self, repeating: 0, count: doubles)
    let present = (base + 8 * doubles).initializeMemory(as: UInt64.self, repeating: 0, count: intentCount)
    let runs = (base + 8 * (doubles + intentCount)).bindMemory(to: Int32.self, capacity: intentCount * runStride)
    centroid = UnsafeMutableBufferPointer(start: room, count: intentCount)
    priority = UnsafeMutableBufferPointer(start: room + intentCount, count: intentCount)
    sums = UnsafeMutableBufferPointer(start: room + 2 * intentCount, count: largestIntent)
    self.present = UnsafeMutableBufferPointer(start: present, count: intentCount)
    self.runs = UnsafeMutableBufferPointer(start: runs, count: intentCount * runStride)
    self.runStride = runStride
    self.base = base
  }

  /// The allocation all the buffers are in.
  private let base: UnsafeMutableRawPointer

  /// Gives the room back; the buffers must not be used after.
  func deallocate() {
    base.deallocate()
  }
}
