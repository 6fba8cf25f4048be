/// How well an input matches one intent: the cosine similarity, in [0, 1], to its nearest example.
public struct IntentScore: Sendable, Equatable {
  public let intent: IntentID
  public let score: Double
  /// The index of the example phrasing nearest to the input in the index's order.
  public let nearestExample: Int
  /// Whether the intent is closed (see `Intent.closed`).
  public let isClosed: Bool

  /// The same score raised by `amount`.
  func boosted(by amount: Double) -> IntentScore {
    IntentScore(intent: intent, score: score + amount, nearestExample: nearestExample, isClosed: isClosed)
  }

  public init(intent: IntentID, score: Double, nearestExample: Int, isClosed: Bool = false) {
    self.intent = intent
    self.score = score
    self.nearestExample = nearestExample
    self.isClosed = isClosed
  }
}

/// The ranked intents for one input, best first.
public struct MatchResult: Sendable, Equatable {
  /// Intents with a non-zero score, best first; ties go to the alphabetically first id.
  public let ranking: [IntentScore]
  /// The words that were matched, for explaining the match later.
  public let words: [String]
  /// How many content words of the input no in-scope intent's examples use: words about
  /// something else ("kubernetes", "terraform"), or never seen at all.
  public let foreignWords: Int
  /// How many content words the input has: words that are neither stopwords nor track names.
  public let contentWords: Int

  public init(ranking: [IntentScore], words: [String], foreignWords: Int = 0, contentWords: Int = 0) {
    self.ranking = ranking
    self.words = words
    self.foreignWords = foreignWords
    self.contentWords = contentWords
  }

  /// The same result without one intent: what the dialogue act, not the wording, decides.
  public func without(_ intent: IntentID) -> MatchResult {
    guard ranking.contains(where: { $0.intent == intent }) else { return self }
    return MatchResult(
      ranking: ranking.filter { $0.intent != intent }, words: words, foreignWords: foreignWords, contentWords: contentWords)
  }

  /// The same match with `ranking` put in order, best first, ties to the alphabetically first id.
  func reranked(_ ranking: [IntentScore]) -> MatchResult {
    let sorted = ranking.sorted { IntentIndex.beats($0.score, $0.intent, $1) }
    return MatchResult(ranking: sorted, words: words, foreignWords: foreignWords, contentWords: contentWords)
  }

  /// The best intent, if any scored at all.
  public var best: IntentScore? { ranking.first }
}
