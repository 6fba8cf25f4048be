/// Ranking by visiting intents best bound first, so that the work grows with the intents that
/// could rank rather than with every example that shares a word with the input.
///
/// For the input's features (in the order `QueryVector` gives them, so every sum is added up
/// exactly as `rankExhaustively` adds it): each intent's centroid similarity is summed from the
/// centroid lists, and a bound on its nearest-example similarity from `IntentBounds`. Intents
/// are then scored exactly, best bound first, each from the stretch of every inverted list that
/// holds its examples (found by binary search, since lists are in example order). The visit
/// stops when the ranking is full and the next bound cannot beat its last entry. Scores and
/// ties come out exactly as in `rankExhaustively`; a test compares the two.
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
    for (id, weight) in query.features {
      centroidPostings.accumulate(feature: id, weight: weight, into: &centroid)
      bounds.intentMaxima.accumulate(feature: id, weight: weight, into: &bound)
    }
    let share = extractor.parameters.nearestShare
    let priority = intentIDs.indices.map { min(1, (share * bound[$0] + (1 - share) * centroid[$0]) / query.length) }
    var queue = IntentQueue(bounds: bound.indices.map { bound[$0] > 0 ? priority[$0] : 0 }, ids: intentIDs)
    var ranking: [IntentScore] = []
    var similarity: [Double] = []
    while let intent = queue.pop() {
      if ranking.count == Self.rankedCount, let last = ranking.last,
        priority[intent] < last.score || (priority[intent] == last.score && intentIDs[intent] > last.intent)
      {
        break
      }
      let score = score(of: intent, query: query, centroid: centroid[intent], excluding: excluded, similarity: &similarity)
      guard let score else { continue }
      Self.insert(score, into: &ranking)
    }
    return MatchResult(ranking: ranking, words: words)
  }

  /// The score of one intent for the given words, as a full ranking would give it, or nil if
  /// none of its examples shares a feature with them.
  public func score(of intentID: String, for words: [String]) -> IntentScore? {
    guard let intent = intentIDs.firstIndex(of: intentID) else { return nil }
    let query = weightedQuery(words)
    guard query.length > 0 else { return nil }
    var centroid = 0.0
    for (id, weight) in query.features {
      for index in Int(centroidPostings.starts[id])..<Int(centroidPostings.starts[id + 1])
      where Int(centroidPostings.entries[index].target) == intent {
        centroid += weight * Double(centroidPostings.entries[index].weight)
      }
    }
    var similarity: [Double] = []
    return score(of: intent, query: query, centroid: centroid, excluding: nil, similarity: &similarity)
  }

  /// One intent's exact score: its nearest example (the earliest among equals) mixed with its
  /// centroid. `similarity` is room for the examples' sums, reused from intent to intent.
  func score(
    of intent: Int, query: WeightedQuery, centroid: Double, excluding excluded: Int?, similarity: inout [Double]
  ) -> IntentScore? {
    let examples = bounds.examples(of: intent)
    similarity.removeAll(keepingCapacity: true)
    similarity.append(contentsOf: repeatElement(0, count: examples.count))
    for (id, weight) in query.features {
      postings.accumulate(feature: id, weight: weight, targets: examples, into: &similarity)
    }
    if let excluded, examples.contains(excluded) { similarity[excluded - examples.lowerBound] = 0 }
    var nearest = -1
    for offset in similarity.indices where similarity[offset] > (nearest < 0 ? 0 : similarity[nearest]) { nearest = offset }
    guard nearest >= 0 else { return nil }
    let share = extractor.parameters.nearestShare
    let score = share * similarity[nearest] + (1 - share) * centroid
    return IntentScore(intent: intentIDs[intent], score: min(1, score / query.length), nearestExample: examples.lowerBound + nearest)
  }

  /// Puts `score` in its place in `ranking` (best first, then by id), keeping `rankedCount` entries.
  static func insert(_ score: IntentScore, into ranking: inout [IntentScore]) {
    let place = ranking.firstIndex { score.score != $0.score ? score.score > $0.score : score.intent < $0.intent } ?? ranking.count
    ranking.insert(score, at: place)
    if ranking.count > rankedCount { ranking.removeLast() }
  }
}
