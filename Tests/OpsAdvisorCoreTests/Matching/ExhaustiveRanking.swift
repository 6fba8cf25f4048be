@testable import OpsAdvisorCore

/// The definition `IntentIndex.rank` is tested against: every example that shares a feature
/// with the input is scored, every intent the scope admits is ranked, nothing is skipped.
extension IntentIndex {
  /// Every intent the scope admits, best first, each scored by its nearest example and its
  /// centroid; `excluded` leaves one example out.
  func rankExhaustively(_ words: [String], excludingExample excluded: Int? = nil, scope: Scope = .open) -> MatchResult {
    let query = weightedQuery(words)
    let contentWords = query.contentIDs.count + query.unknownContentCount
    guard query.length > 0 else {
      return MatchResult(ranking: [], words: words, foreignWords: foreignWordCount(query), contentWords: contentWords)
    }
    var nearest = [Double](repeating: 0, count: examples.count)
    var centroid = [Double](repeating: 0, count: intentIDs.count)
    for (id, weight) in query.features {
      for entry in postings.entries[Int(postings.starts[id])..<Int(postings.starts[id + 1])] {
        nearest[Int(entry.target)] += weight * Double(entry.weight)
      }
      for entry in centroidPostings.entries[Int(centroidPostings.starts[id])..<Int(centroidPostings.starts[id + 1])] {
        centroid[Int(entry.target)] += weight * Double(entry.weight)
      }
    }
    if let excluded { nearest[excluded] = 0 }
    var best = [Int](repeating: -1, count: intentIDs.count)
    for example in nearest.indices where nearest[example] > 0 {
      let intent = exampleIntent[example]
      if best[intent] < 0 || nearest[best[intent]] < nearest[example] { best[intent] = example }
    }
    let ranking = best.enumerated().compactMap { intent, example -> IntentScore? in
      let slack = scope.closedSlack(contentWords: contentWords)
      guard example >= 0, admits(intent, scope: scope, lacking: lackedContentWords(intent, query), slack: slack) else {
        return nil
      }
      let score = score(nearest: nearest[example], centroid: centroid[intent], length: query.length)
      return IntentScore(intent: intentIDs[intent], score: score, nearestExample: example, isClosed: traits.closed[intent])
    }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
    return MatchResult(ranking: ranking, words: words, foreignWords: foreignWordCount(query), contentWords: contentWords)
  }

  /// How many content words of the query no example of `intent` has, looked up in the lists.
  func lackedContentWords(_ intent: Int, _ query: WeightedQuery) -> Int {
    guard query.features.count <= 64 else { return Int.max }
    return query.unknownContentCount + query.contentIDs.filter { id in
      !centroidPostings.entries[Int(centroidPostings.starts[id])..<Int(centroidPostings.starts[id + 1])]
        .contains { Int($0.target) == intent }
    }.count
  }
}
