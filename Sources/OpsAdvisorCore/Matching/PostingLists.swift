/// Inverted lists, one per feature, flattened into one array.
///
/// The list of feature `f` is `entries[starts[f]..<starts[f + 1]]`: two arrays instead of one
/// per feature, so an index loads from an image without thousands of small allocations.
struct PostingLists: Sendable, Equatable {
  /// Where each feature's list begins in `entries`, plus the end of the last.
  let starts: [Int32]
  let entries: [IntentIndex.Posting]

  /// The lists of `vectors`: per feature, the vectors that have it, in vector order.
  init(_ vectors: [[(Int, Double)]], featureCount: Int) {
    var counts = [Int32](repeating: 0, count: featureCount + 1)
    for vector in vectors {
      for (feature, _) in vector { counts[feature + 1] += 1 }
    }
    for feature in 0..<featureCount { counts[feature + 1] += counts[feature] }
    var next = counts
    var entries = [IntentIndex.Posting](repeating: .init(target: 0, weight: 0), count: Int(counts[featureCount]))
    for (target, vector) in vectors.enumerated() {
      for (feature, weight) in vector {
        entries[Int(next[feature])] = .init(target: Int32(target), weight: Float(weight))
        next[feature] += 1
      }
    }
    self.init(starts: counts, entries: entries)
  }

  init(starts: [Int32], entries: [IntentIndex.Posting]) {
    self.starts = starts
    self.entries = entries
  }

  /// Adds `weight` × each posting's weight of `feature` to its target's sum, `weight` × the
  /// weight beside it in `parallel` (one per entry) to `parallelSums`, and sets `bit` in the
  /// target's entry of `present`, in one pass. The three buffers hold one value per target.
  /// When `position` is below `scratch.runStride`, the value beside each entry in `runs` is
  /// noted as the target's run at that position.
  func accumulate(
    feature: Int, weight: Double, into sums: UnsafeMutableBufferPointer<Double>, parallel: [Float],
    into parallelSums: UnsafeMutableBufferPointer<Double>, marking present: UnsafeMutableBufferPointer<UInt64>, bit: UInt64,
    runs: [Int32], position: Int, noting scratch: RankingScratch
  ) {
    let range = Int(starts[feature])..<Int(starts[feature + 1])
    let (noted, stride) = (scratch.runs, scratch.runStride)
    entries.withUnsafeBufferPointer { entries in
      parallel.withUnsafeBufferPointer { parallel in
        runs.withUnsafeBufferPointer { runs in
          for index in range {
            let target = Int(entries[index].target)
            sums[target] += weight * Double(entries[index].weight)
            parallelSums[target] += weight * Double(parallel[index])
            present[target] |= bit
            if position < stride { noted[target * stride + position] = runs[index] }
          }
        }
      }
    }
  }
}
