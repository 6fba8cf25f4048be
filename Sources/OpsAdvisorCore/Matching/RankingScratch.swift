/// The room one ranking works in, taken from one temporary allocation (on the stack when it
/// is small) instead of an array per sum: per intent its centroid similarity, its priority
/// (first the bound on its nearest-example similarity, then its score bound) and which query
/// features it has; and room for one intent's example sums.
///
/// Invariants, set up by `with` and relied on by ranking: every buffer starts all zero; `sums`
/// holds at least `largestIntent` values, and whoever uses it leaves it all zero again
/// (`IntentPostings.nearestExample` does); the buffers live only inside `with`'s body.
struct RankingScratch {
  /// Per intent: the centroid similarity summed so far.
  let centroid: UnsafeMutableBufferPointer<Double>
  /// Per intent: the bound summed so far, then the priority it gives.
  let priority: UnsafeMutableBufferPointer<Double>
  /// Per intent: the bits of the query features it has (see `IntentIndex.bit(_:)`).
  let present: UnsafeMutableBufferPointer<UInt64>
  /// One intent's example sums, reused from intent to intent.
  let sums: UnsafeMutableBufferPointer<Double>

  /// Calls `body` with zeroed room for `intentCount` intents and `largestIntent` example sums.
  /// Inlined, so that the closure's captures (the index) are not copied into a context.
  @inline(__always)
  static func with<Result>(intentCount: Int, largestIntent: Int, _ body: (RankingScratch) -> Result) -> Result {
    precondition(intentCount >= 0 && largestIntent >= 0, "negative ranking sizes")
    let doubles = 2 * intentCount + largestIntent
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: doubles) { room in
      room.initialize(repeating: 0)
      return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: intentCount) { present in
        present.initialize(repeating: 0)
        let base = room.baseAddress!
        let scratch = RankingScratch(
          centroid: UnsafeMutableBufferPointer(start: base, count: intentCount),
          priority: UnsafeMutableBufferPointer(start: base + intentCount, count: intentCount),
          present: present,
          sums: UnsafeMutableBufferPointer(start: base + 2 * intentCount, count: largestIntent))
        return body(scratch)
      }
    }
  }
}
