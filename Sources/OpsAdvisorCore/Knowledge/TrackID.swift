/// One of the three operations tracks the advisor knows.
public enum TrackID: String, CaseIterable, Sendable, Hashable, Comparable {
  case mlops, llmops, aiops

  /// The track whose id is exactly `word`, checked by length and first letter before the
  /// string comparison, since most words are no track at all.
  public static func named(_ word: String) -> TrackID? {
    let utf8 = word.utf8
    guard utf8.count == 5 || utf8.count == 6, let first = utf8.first,
      first == UInt8(ascii: "m") || first == UInt8(ascii: "l") || first == UInt8(ascii: "a")
    else { return nil }
    return TrackID(rawValue: word)
  }

  /// Orders tracks as the seed does: MLOps, LLMOps, AIOps.
  public static func < (lhs: TrackID, rhs: TrackID) -> Bool {
    lhs.seedOrder < rhs.seedOrder
  }

  /// The tracks as a set of bits, one per track by seed order.
  static func mask(_ tracks: [TrackID]) -> UInt8 {
    tracks.reduce(0) { $0 | 1 << UInt8($1.seedOrder) }
  }

  /// The track's place in the seed's order.
  var seedOrder: Int {
    switch self {
    case .mlops: 0
    case .llmops: 1
    case .aiops: 2
    }
  }
}
