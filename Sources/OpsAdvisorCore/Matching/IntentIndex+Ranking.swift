/// Ranking by visiting intents best bound first, so that the work grows with the intents that
/// could rank rather than with every example that shares a word with the input.
///
/// For the input's features (in the order `QueryVector` gives them, so every sum is added up
/// exactly as `rankExhaustively` adds it): each intent's centroid similarity is summed from the
/// centroid lists, and a bound on its nearest-example similarity from `IntentBounds`. Intents
/// are then scored exactly, best bound first, each from its own postings (`IntentPostings`).
/// The visit stops when the ranking is full and the next bound cannot beat its last entry.
/// Scores and ties come out exactly as in `rankExhaustively`; a test compares the two.
extension IntentIndex {
  /// How many intents a ranking holds: the policy compares the best with the next two, and an
  /// explanation names up to three intents besides the one answered.
  public static let rankedCount = 4

  /// An input's known features with their TF-IDF weights, and the input's vector length.
  struct WeightedQuery {
    let features: [(id: Int, weight: Double)]
    let length: Double
  }

  /// The weighted features and length of `words`.
  func weightedQuery(_ words: [String]) -> WeightedQuery {
    let (known, unknown) = queryFeatures(words)
    var length = unknown.reduce(0) { $0 + ($1 * unknownInverseFrequency) * ($1 * unknownInverseFrequency) }
    var features: [(id: Int, weight: Double)] = []
    features.reserveCapacity(known.count)
    for (id, weight) in known {
      let queryWeight = weight * inverseFrequency[id]
      length += queryWeight * queryWeight
      features.append((id, queryWeight))
    }
    return WeightedQuery(features: features, length: length.squareRoot())
  }

  /// The best `rankedCount` intents for the given matcher words; `excluded` leaves one example out.
  public func rank(_ words: [String], excludingExample excluded: Int? = nil) -> MatchResult {
    let query = weightedQuery(words)
    guard query.length > 0 else { return MatchResult(ranking: [], words: words) }
    var centroid = [Double](repeating: 0, count: intentIDs.count)
    var bound = [Double](repeating: 0, count: intentIDs.count)
    var present = [UInt64](repeating: 0, count: intentIDs.count)
    for (position, (id, weight)) in query.features.enumerated() {
      centroidPostings.accumulate(
        feature: id, weight: weight, into: &centroid, parallel: bounds.centroidMaxima, into: &bound, marking: &present,
        bit: Self.bit(position))
    }
    let share = extractor.parameters.nearestShare
    var priority = bound
    for intent in priority.indices where bound[intent] > 0 {
      priority[intent] = min(1, (share * bound[intent] + (1 - share) * centroid[intent]) / query.length)
    }
    var queue = IntentQueue(bounds: priority, idOrder: bounds.idOrder)
    var ranking: [IntentScore] = []
    var similarity = [Double](repeating: 0, count: bounds.largestIntent)
    while let intent = queue.pop() {
      if ranking.count == Self.rankedCount, let last = ranking.last, !Self.beats(priority[intent], intentIDs[intent], last) {
        break
      }
      guard
        let nearest = nearestExample(
          of: intent, query: query, present: present[intent], excluding: excluded, similarity: &similarity)
      else { continue }
      let score = min(1, (share * nearest.similarity + (1 - share) * centroid[intent]) / query.length)
      if ranking.count == Self.rankedCount, let last = ranking.last, !Self.beats(score, intentIDs[intent], last) { continue }
      Self.insert(IntentScore(intent: intentIDs[intent], score: score, nearestExample: nearest.example), into: &ranking)
    }
    return MatchResult(ranking: ranking, words: words)
  }

  /// Whether an intent with this score and id ranks before `entry`.
  static func beats(_ score: Double, _ intent: String, _ entry: IntentScore) -> Bool {
    score != entry.score ? score > entry.score : intent < entry.intent
  }

  /// The score of one intent for the given words, as a full ranking would give it, or nil if
  /// none of its examples shares a feature with them.
  public func score(of intentID: String, for words: [String]) -> IntentScore? {
    guard let intent = KnowledgeBase.position(of: intentID, in: intentIDs) else { return nil }
    let query = weightedQuery(words)
    guard query.length > 0 else { return nil }
    var centroid = 0.0
    for (id, weight) in query.features {
      for index in Int(centroidPostings.starts[id])..<Int(centroidPostings.starts[id + 1])
      where Int(centroidPostings.entries[index].target) == intent {
        centroid += weight * Double(centroidPostings.entries[index].weight)
      }
    }
    var similarity = [Double](repeating: 0, count: bounds.largestIntent)
    guard let nearest = nearestExample(of: intent, query: query, present: ~0, excluding: nil, similarity: &similarity) else {
      return nil
    }
    let share = extractor.parameters.nearestShare
    let score = min(1, (share * nearest.similarity + (1 - share) * centroid) / query.length)
    return IntentScore(intent: intentID, score: score, nearestExample: nearest.example)
  }

  /// The bit that marks the query feature at `position` in a `present` mask; features past
  /// the 64th share the last bit.
  static func bit(_ position: Int) -> UInt64 { 1 << UInt64(min(position, 63)) }

  /// One intent's nearest example (the earliest among equals) and its similarity, or nil if
  /// none shares a feature with the query. `present` marks the query features the intent has
  /// (by `bit(_:)`), so the others are not looked for. `similarity` is room for the intent's
  /// sums, at least `bounds.largestIntent` long, reused from intent to intent.
  func nearestExample(
    of intent: Int, query: WeightedQuery, present: UInt64, excluding excluded: Int?, similarity: inout [Double]
  ) -> (example: Int, similarity: Double)? {
    let examples = bounds.examples(of: intent)
    for offset in 0..<examples.count { similarity[offset] = 0 }
    for (position, (id, weight)) in query.features.enumerated() where present & Self.bit(position) != 0 {
      bounds.intentPostings.accumulate(
        intent: intent, feature: id, weight: weight, firstExample: examples.lowerBound, into: &similarity)
    }
    if let excluded, examples.contains(excluded) { similarity[excluded - examples.lowerBound] = 0 }
    var nearest = -1
    var best = 0.0
    for offset in 0..<examples.count where similarity[offset] > best {
      nearest = offset
      best = similarity[offset]
    }
    return nearest < 0 ? nil : (examples.lowerBound + nearest, best)
  }

  /// Puts `score` in its place in `ranking` (best first, then by id), keeping `rankedCount` entries.
  static func insert(_ score: IntentScore, into ranking: inout [IntentScore]) {
    let place = ranking.firstIndex { score.score != $0.score ? score.score > $0.score : score.intent < $0.intent } ?? ranking.count
    ranking.insert(score, at: place)
    if ranking.count > rankedCount { ranking.removeLast() }
  }
}
