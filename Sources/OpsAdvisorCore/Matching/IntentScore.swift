/// How well an input matches one intent: the cosine similarity, in [0, 1], to its nearest example.
public struct IntentScore: Sendable, Equatable {
  public let intent: String
  public let score: Double
  /// The index of the example phrasing nearest to the input in the index's order.
  public let nearestExample: Int
}

/// The ranked intents for one input, best first.
public struct MatchResult: Sendable, Equatable {
  /// Intents with a non-zero score, best first; ties go to the alphabetically first id.
  public let ranking: [IntentScore]
  /// The words that were matched, for explaining the match later.
  public let words: [String]

  /// The best intent, if any scored at all.
  public var best: IntentScore? { ranking.first }
}
