/// The pair features of an index ("retrain_model"), found by the ids of their two stems.
///
/// The pairs are sorted by their key (first stem id in the high 32 bits, second in the low),
/// and found by binary search: two arrays that load from an image as they are.
struct PairTable: Sendable, Equatable {
  /// The pairs' keys, ascending.
  let keys: [UInt64]
  /// The feature id of each pair, in the order of `keys`.
  let features: [UInt32]

  /// A table of pairs given with their stems' ids.
  init(_ pairs: [(first: Int, second: Int, pair: Int)]) {
    let sorted = pairs.map { (Self.key($0.first, $0.second), UInt32($0.pair)) }.sorted { $0.0 < $1.0 }
    self.init(unchecked: sorted.map(\.0), features: sorted.map(\.1))
  }

  /// A table from its arrays as an image holds them, after checking they fit `featureCount`.
  init(keys: [UInt64], features: [UInt32], featureCount: Int) throws {
    let ordered = zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
    guard keys.count == features.count, ordered, features.allSatisfy({ Int($0) < featureCount }) else {
      throw ImageError(offset: 0, problem: "pair table out of shape")
    }
    self.init(unchecked: keys, features: features)
  }

  private init(unchecked keys: [UInt64], features: [UInt32]) {
    self.keys = keys
    self.features = features
  }

  /// The key of a pair of stem ids.
  static func key(_ first: Int, _ second: Int) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

  /// The feature id of the pair of these two stems, if the index has it.
  func feature(_ first: Int, _ second: Int) -> Int? {
    let key = Self.key(first, second)
    var (low, high) = (0, keys.count)
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key ? Int(features[low]) : nil
  }
}
