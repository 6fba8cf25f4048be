/// Why the advisor answered as it did, kept for `/why`.
public struct Explanation: Sendable, Equatable {
  public let input: String
  public let intent: IntentID
  public let confidence: Double
  /// The intents that came next, with their scores.
  public let runnersUp: [(intent: IntentID, score: Double)]
  /// The words matched, to name the deciding words.
  public let words: [String]
  /// The chosen intent's nearest example when the ranking held it (see `nearestExample(in:)`).
  let rankedNearestExample: Int?
  /// Whether the answer came from a match, whose words can name an example.
  let matched: Bool
  /// Words read as other words.
  public let corrections: [ParsedInput.Correction]
  /// The profile evidence a recommendation used.
  public let evidence: [Profile.Evidence]

  /// The chosen intent's nearest example, to name the deciding words: from the ranking, or
  /// worked out from the words for an intent ranked lower, only when `/why` asks.
  public func nearestExample(in index: IntentIndex) -> Int? {
    guard matched else { return nil }
    return rankedNearestExample ?? index.score(of: intent, for: words)?.nearestExample
  }

  public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
    lhs.input == rhs.input && lhs.intent == rhs.intent && lhs.confidence == rhs.confidence
      && lhs.runnersUp.map(\.intent) == rhs.runnersUp.map(\.intent)
      && lhs.runnersUp.map(\.score) == rhs.runnersUp.map(\.score)
      && lhs.words == rhs.words && lhs.rankedNearestExample == rhs.rankedNearestExample && lhs.matched == rhs.matched
      && lhs.corrections == rhs.corrections
      && lhs.evidence == rhs.evidence
  }
}
