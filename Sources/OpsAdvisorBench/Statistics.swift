/// Order statistics of measured samples.
enum Statistics {
  /// The value below which `fraction` of the samples fall (nearest rank).
  static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sorted = samples.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  static func median(_ samples: [Double]) -> Double { percentile(samples, 0.5) }
}
