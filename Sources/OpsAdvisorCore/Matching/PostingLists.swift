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

  /// Adds `weight` × each posting's weight of `feature` to its target's sum, noting in
  /// `touched` each target whose sum was zero before.
  func accumulate(feature: Int, weight: Double, into sums: inout [Double], touched: inout [Int32]) {
    let range = Int(starts[feature])..<Int(starts[feature + 1])
    entries.withUnsafeBufferPointer { entries in
      sums.withUnsafeMutableBufferPointer { sums in
        for index in range {
          let posting = entries[index]
          let target = Int(posting.target)
          if sums[target] == 0 { touched.append(posting.target) }
          sums[target] += weight * Double(posting.weight)
        }
      }
    }
  }

  /// Adds `weight` × each posting's weight of `feature` whose target is in `targets` to
  /// `sums[target - targets.lowerBound]`; the list is in target order, so the stretch is found
  /// by binary search.
  func accumulate(feature: Int, weight: Double, targets: Range<Int>, into sums: inout [Double]) {
    let (start, end) = (Int(starts[feature]), Int(starts[feature + 1]))
    let (first, last) = (Int32(targets.lowerBound), Int32(targets.upperBound))
    entries.withUnsafeBufferPointer { entries in
      sums.withUnsafeMutableBufferPointer { sums in
        var index = Self.firstIndex(in: entries, atLeast: first, from: start, to: end)
        while index < end, entries[index].target < last {
          sums[Int(entries[index].target - first)] += weight * Double(entries[index].weight)
          index += 1
        }
      }
    }
  }

  /// The first index in `start..<end` of `entries` whose target is at least `target`.
  static func firstIndex(
    in entries: UnsafeBufferPointer<IntentIndex.Posting>, atLeast target: Int32, from start: Int, to end: Int
  ) -> Int {
    var (low, high) = (start, end)
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].target < target { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Adds `weight` × each posting's weight of `feature` to its target's sum.
  func accumulate(feature: Int, weight: Double, into sums: inout [Double]) {
    let range = Int(starts[feature])..<Int(starts[feature + 1])
    entries.withUnsafeBufferPointer { entries in
      sums.withUnsafeMutableBufferPointer { sums in
        for index in range { sums[Int(entries[index].target)] += weight * Double(entries[index].weight) }
      }
    }
  }
}
