/// Every intent's own inverted lists: its examples' postings, intent by intent, each intent's run
/// ordered by feature (then example).
///
/// Scoring one intent then searches a few kilobytes of its own instead of the shared lists,
/// which grow with the whole knowledge base: at 100 times the shipped one a binary search there
/// is a run of cache misses.
struct IntentPostings: Sendable, Equatable {
  /// One example's weight for one feature.
  struct Entry: Sendable, Equatable {
    let feature: Int32
    let example: Int32
    let weight: Float
  }

  /// Where each intent's run begins in `entries`, plus the end of the last.
  let starts: [Int32]
  let entries: [Entry]

  /// The lists as `IntentBounds.derive` regroups them from the shared, per-feature lists.
  init(starts: [Int32], entries: [Entry]) {
    self.starts = starts
    self.entries = entries
  }

  /// One intent's nearest example to a query (the earliest among equals) and its similarity,
  /// or nil if none shares a feature with it. `present` marks the query features the intent
  /// has (by `IntentIndex.bit(_:)`), so the others are not looked for; `runs` gives, for the
  /// first of them, where the intent's postings of each begin (only where `present` marks it),
  /// so that only the others are searched for. `sums` is room for the intent's sums, at least
  /// as long as its examples and all zero, and is left so.
  func nearestExample(
    of intent: Int, examples: Range<Int>, features: [(id: Int, weight: Double)], present: UInt64,
    runs: UnsafeBufferPointer<Int32>, excluding excluded: Int?, sums: UnsafeMutableBufferPointer<Double>
  ) -> (example: Int, similarity: Double)? {
    precondition(sums.count >= examples.count, "room for fewer sums than examples")
    for (position, (id, weight)) in features.enumerated() where present & IntentIndex.bit(position) != 0 {
      let run = position < runs.count ? Int(runs[position]) : nil
      accumulate(intent: intent, feature: id, weight: weight, firstExample: examples.lowerBound, run: run, into: sums)
    }
    if let excluded, examples.contains(excluded) { sums[excluded - examples.lowerBound] = 0 }
    var (nearest, best) = (-1, 0.0)
    for offset in 0..<examples.count {
      if sums[offset] > best { (nearest, best) = (offset, sums[offset]) }
      sums[offset] = 0
    }
    return nearest < 0 ? nil : (examples.lowerBound + nearest, best)
  }

  /// Adds `weight` × each of `intent`'s postings of `feature` to `sums[example - firstExample]`;
  /// they begin at `run` when it is given (inside the intent's own postings), else they are
  /// searched for.
  func accumulate(
    intent: Int, feature: Int, weight: Double, firstExample: Int, run: Int? = nil, into sums: UnsafeMutableBufferPointer<Double>
  ) {
    let (start, end) = (Int(starts[intent]), Int(starts[intent + 1]))
    let wanted = Int32(feature)
    entries.withUnsafeBufferPointer { entries in
      var (low, high) = (start, end)
      if let run, (start...end).contains(run) {
        low = run
      } else {
        while low < high {
          let middle = (low + high) / 2
          if entries[middle].feature < wanted { low = middle + 1 } else { high = middle }
        }
      }
      while low < end, entries[low].feature == wanted {
        sums[Int(entries[low].example) - firstExample] += weight * Double(entries[low].weight)
        low += 1
      }
    }
  }
}
