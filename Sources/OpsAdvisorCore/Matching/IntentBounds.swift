/// What ranking needs to score one intent at a time and to bound an intent's score before
/// scoring it, derived from an index's inverted lists when the index is built or read.
///
/// - `intentExampleStarts`: the examples of intent `i` are `intentExampleStarts[i]..<
///   intentExampleStarts[i + 1]` (an index keeps each intent's examples together);
/// - `intentMaxima`: per feature, each intent that has it with the largest weight it has in
///   any of that intent's examples. An input's sum over these is at least its similarity to
///   any example of the intent, so intents can be visited best bound first and the visit can
///   stop as soon as no bound left can beat the intents found.
struct IntentBounds: Sendable, Equatable {
  let intentExampleStarts: [Int]
  let intentMaxima: PostingLists
  /// The most examples any intent has.
  let largestIntent: Int
  /// Each intent's own postings, for scoring it.
  let intentPostings: IntentPostings
  /// Each intent's place when intents are sorted by id: ties compare these, not strings.
  let idOrder: [Int32]
  /// Whether `intentMaxima` lists the same intents in the same places as the centroid lists,
  /// as it does for every index built here (an intent's centroid has a feature exactly when
  /// one of its examples has), so ranking sums both in one pass.
  let matchesCentroidLayout: Bool

  /// Derives the bounds; `exampleIntent` must not decrease.
  init(postings: PostingLists, centroidPostings: PostingLists, exampleIntent: [Int], intentIDs: [String]) {
    let intentCount = intentIDs.count
    var starts = [Int](repeating: 0, count: intentCount + 1)
    for intent in exampleIntent { starts[intent + 1] += 1 }
    for intent in 0..<intentCount { starts[intent + 1] += starts[intent] }
    intentExampleStarts = starts
    largestIntent = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    intentMaxima = Self.maxima(postings, exampleIntent: exampleIntent)
    intentPostings = IntentPostings(postings, exampleIntent: exampleIntent, intentCount: intentCount)
    var idOrder = [Int32](repeating: 0, count: intentCount)
    for (place, intent) in intentIDs.indices.sorted(by: { intentIDs[$0] < intentIDs[$1] }).enumerated() {
      idOrder[intent] = Int32(place)
    }
    self.idOrder = idOrder
    matchesCentroidLayout = intentMaxima.sameLayout(as: centroidPostings)
  }

  /// Per feature, each intent with an example that has it and the largest such weight.
  static func maxima(_ postings: PostingLists, exampleIntent: [Int]) -> PostingLists {
    var starts: [Int32] = [0]
    var entries: [IntentIndex.Posting] = []
    for feature in 0..<postings.starts.count - 1 {
      for index in Int(postings.starts[feature])..<Int(postings.starts[feature + 1]) {
        let posting = postings.entries[index]
        let intent = Int32(exampleIntent[Int(posting.target)])
        if Int32(entries.count) > starts[feature], let last = entries.last, last.target == intent {
          entries[entries.count - 1] = .init(target: intent, weight: max(last.weight, posting.weight))
        } else {
          entries.append(.init(target: intent, weight: posting.weight))
        }
      }
      starts.append(Int32(entries.count))
    }
    return PostingLists(starts: starts, entries: entries)
  }

  /// The examples of one intent.
  func examples(of intent: Int) -> Range<Int> {
    intentExampleStarts[intent]..<intentExampleStarts[intent + 1]
  }
}
