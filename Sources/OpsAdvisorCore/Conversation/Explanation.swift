/// Why the advisor answered as it did, kept for `/why`.
public struct Explanation: Sendable, Equatable {
  public let input: String
  public let intent: String
  public let confidence: Double
  /// The intents that came next, with their scores.
  public let runnersUp: [(intent: String, score: Double)]
  /// The words matched, and the nearest example of the chosen intent, to name the deciding words.
  public let words: [String]
  public let nearestExample: Int?
  /// Words read as other words.
  public let corrections: [ParsedInput.Correction]
  /// The profile evidence a recommendation used.
  public let evidence: [Profile.Evidence]

  public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
    lhs.input == rhs.input && lhs.intent == rhs.intent && lhs.confidence == rhs.confidence
      && lhs.runnersUp.map(\.intent) == rhs.runnersUp.map(\.intent)
      && lhs.runnersUp.map(\.score) == rhs.runnersUp.map(\.score)
      && lhs.words == rhs.words && lhs.nearestExample == rhs.nearestExample && lhs.corrections == rhs.corrections
      && lhs.evidence == rhs.evidence
  }
}
