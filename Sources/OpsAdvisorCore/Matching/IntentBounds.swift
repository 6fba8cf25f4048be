/// What ranking needs to score one intent at a time and to bound an intent's score before
/// scoring it, derived from an index's inverted lists when the index is built or read.
///
/// - `intentExampleStarts`: the examples of intent `i` are `intentExampleStarts[i]..<
///   intentExampleStarts[i + 1]` (an index keeps each intent's examples together);
/// - `centroidMaxima`: beside each entry of the centroid lists (an intent that has the
///   feature), the largest weight the feature has in any of that intent's examples. An input's
///   sum over these is at least its similarity to any example of the intent, so intents can be
///   visited best bound first and the visit can stop as soon as no bound left can beat the
///   intents found; summed in the same pass as the centroids.
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
  init(postings: PostingLists, centroidPostings: PostingLists, exampleIntent: [Int], intentIDs: [String]) {
    let intentCount = intentIDs.count
    var starts = [Int](repeating: 0, count: intentCount + 1)
    for intent in exampleIntent { starts[intent + 1] += 1 }
    for intent in 0..<intentCount { starts[intent + 1] += starts[intent] }
    intentExampleStarts = starts
    largestIntent = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    centroidMaxima = Self.centroidMaxima(postings, centroids: centroidPostings, exampleIntent: exampleIntent)
    intentPostings = IntentPostings(postings, exampleIntent: exampleIntent, intentCount: intentCount)
    centroidRuns = Self.centroidRuns(centroidPostings, intentPostings)
    var idOrder = [Int32](repeating: 0, count: intentCount)
    for (place, intent) in intentIDs.indices.sorted(by: { intentIDs[$0] < intentIDs[$1] }).enumerated() {
      idOrder[intent] = Int32(place)
    }
    self.idOrder = idOrder
  }

  /// For each entry of the centroid lists (an intent whose examples have the feature), the
  /// largest weight the feature has in any of that intent's examples. A feature's postings and
  /// its centroid list are both in intent order, so one walk pairs them; an entry no posting
  /// pairs with (only in a damaged image) keeps 0.
  static func centroidMaxima(_ postings: PostingLists, centroids: PostingLists, exampleIntent: [Int]) -> [Float] {
    var maxima = [Float](repeating: 0, count: centroids.entries.count)
    for feature in 0..<min(postings.starts.count, centroids.starts.count) - 1 {
      var slot = Int(centroids.starts[feature])
      let end = Int(centroids.starts[feature + 1])
      for index in Int(postings.starts[feature])..<Int(postings.starts[feature + 1]) {
        let posting = postings.entries[index]
        let intent = Int32(exampleIntent[Int(posting.target)])
        while slot < end, centroids.entries[slot].target < intent { slot += 1 }
        if slot < end, centroids.entries[slot].target == intent { maxima[slot] = max(maxima[slot], posting.weight) }
      }
    }
    return maxima
  }

  /// For each entry of the centroid lists (an intent whose examples have the feature), where
  /// that intent's postings of the feature begin. Features are visited in order and each
  /// intent's postings are ordered by feature, so one cursor per intent moves forward only. An
  /// entry whose intent has no such postings (only in a damaged image) gets the place where
  /// they would be, where the run is found empty.
  static func centroidRuns(_ centroids: PostingLists, _ intentPostings: IntentPostings) -> [Int32] {
    var runs = [Int32](repeating: 0, count: centroids.entries.count)
    var cursor = Array(intentPostings.starts.dropLast())
    let intentCount = cursor.count
    for feature in 0..<centroids.starts.count - 1 {
      let wanted = Int32(feature)
      for slot in Int(centroids.starts[feature])..<Int(centroids.starts[feature + 1]) {
        let intent = Int(centroids.entries[slot].target)
        guard intent < intentCount else { continue }
        let end = intentPostings.starts[intent + 1]
        while cursor[intent] < end, intentPostings.entries[Int(cursor[intent])].feature < wanted { cursor[intent] += 1 }
        runs[slot] = cursor[intent]
      }
    }
    return runs
  }

  /// The examples of one intent.
  func examples(of intent: Int) -> Range<Int> {
    intentExampleStarts[intent]..<intentExampleStarts[intent + 1]
  }
}
