/// What ranking needs to score one intent at a time and to bound an intent's score before
/// scoring it, derived from an index's inverted lists when the index is built or read.
///
/// - `intentExampleStarts`: the examples of intent `i` are `intentExampleStarts[i]..<
///   intentExampleStarts[i + 1]` (an index keeps each intent's examples together);
/// - `centroidMaxima`: beside each entry of the centroid lists (an intent that has the
///   feature), the largest weight the feature has in any of that intent's examples. An input's
///   sum over these is at least its similarity to any example of the intent, so intents can be
///   visited best bound first and the visit can stop as soon as no bound left can beat the
///   intents found; summed in the same pass as the centroids;
/// - `centroidRuns`: beside each entry of the centroid lists, where that intent's own postings
///   of the feature begin, noted in the same pass so that scoring the intent needs no search.
struct IntentBounds: Sendable, Equatable {
  let intentExampleStarts: [Int]
  /// Parallel to the centroid lists' entries (see above).
  let centroidMaxima: [Float]
  /// The most examples any intent has.
  let largestIntent: Int
  /// Each intent's own postings, for scoring it.
  let intentPostings: IntentPostings
  /// Each intent's place when intents are sorted by id: ties compare these, not strings.
  let idOrder: [Int32]
  /// Parallel to the centroid lists' entries: where that intent's postings of that feature
  /// begin in `intentPostings.entries`, so that scoring an intent finds them without a search.
  let centroidRuns: [Int32]

  /// Derives the bounds; `exampleIntent` must not decrease.
  init(postings: PostingLists, centroidPostings: PostingLists, exampleIntent: [Int], intentIDs: [IntentID]) {
    let intentCount = intentIDs.count
    var starts = [Int](repeating: 0, count: intentCount + 1)
    for intent in exampleIntent { starts[intent + 1] += 1 }
    for intent in 0..<intentCount { starts[intent + 1] += starts[intent] }
    intentExampleStarts = starts
    largestIntent = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    (intentPostings, centroidMaxima, centroidRuns) = Self.derive(
      postings, centroids: centroidPostings, exampleIntent: exampleIntent, intentCount: intentCount)
    var idOrder = [Int32](repeating: 0, count: intentCount)
    for (place, intent) in intentIDs.indices.sorted(by: { intentIDs[$0] < intentIDs[$1] }).enumerated() {
      idOrder[intent] = Int32(place)
    }
    self.idOrder = idOrder
  }

  /// Each intent's own postings, and beside each entry of the centroid lists (an intent whose
  /// examples have the feature) the largest weight the feature has in any of that intent's
  /// examples and where that intent's postings of the feature begin, in one walk over the
  /// postings, feature by feature: a feature's postings and its centroid list are both in
  /// intent order, so the walk pairs them, and each intent's postings are laid out as they
  /// come, so they are ordered by feature. An entry no posting pairs with (only in a damaged
  /// image) keeps a maximum of 0 and a start of -1, which ranking does not follow.
  static func derive(_ postings: PostingLists, centroids: PostingLists, exampleIntent: [Int], intentCount: Int)
    -> (IntentPostings, maxima: [Float], runs: [Int32])
  {
    var starts = [Int32](repeating: 0, count: intentCount + 1)
    for posting in postings.entries { starts[exampleIntent[Int(posting.target)] + 1] += 1 }
    for intent in 0..<intentCount { starts[intent + 1] += starts[intent] }
    var next = starts
    var entries = [IntentPostings.Entry](repeating: .init(feature: 0, example: 0, weight: 0), count: postings.entries.count)
    var maxima = [Float](repeating: 0, count: centroids.entries.count)
    var runs = [Int32](repeating: -1, count: centroids.entries.count)
    for feature in 0..<postings.starts.count - 1 {
      let pairs = feature < centroids.starts.count - 1
      var slot = pairs ? Int(centroids.starts[feature]) : 0
      let end = pairs ? Int(centroids.starts[feature + 1]) : 0
      for index in Int(postings.starts[feature])..<Int(postings.starts[feature + 1]) {
        let posting = postings.entries[index]
        let intent = exampleIntent[Int(posting.target)]
        while slot < end, centroids.entries[slot].target < Int32(intent) { slot += 1 }
        if slot < end, centroids.entries[slot].target == Int32(intent) {
          maxima[slot] = max(maxima[slot], posting.weight)
          if runs[slot] < 0 { runs[slot] = next[intent] }
        }
        entries[Int(next[intent])] = .init(feature: Int32(feature), example: posting.target, weight: posting.weight)
        next[intent] += 1
      }
    }
    return (IntentPostings(starts: starts, entries: entries), maxima, runs)
  }

  /// The examples of one intent.
  func examples(of intent: Int) -> Range<Int> {
    intentExampleStarts[intent]..<intentExampleStarts[intent + 1]
  }
}
