/// What to do with a ranking: answer the best intent, ask which one was meant, or decline.
public struct MatchPolicy: Sendable {
  /// The decision for one input.
  public enum Decision: Sendable, Equatable {
    case answer(String)
    case clarify([String])
    case outOfScope
  }

  /// Below this similarity nothing is understood well enough to answer.
  public var minimumConfidence = 0.25
  /// Intents closer than this to the best are offered as a numbered choice.
  public var ambiguityMargin = 0.005
  /// Above this, the best intent is answered even when another is close.
  public var certainConfidence = 0.75

  public init() {}

  /// Decides what to do with `match`.
  public func decide(_ match: MatchResult) -> Decision {
    guard let best = match.best, best.score >= minimumConfidence,
      best.intent != KnownIntent.outOfScope
    else { return .outOfScope }
    let close = match.ranking.dropFirst().prefix(2).filter {
      $0.intent != KnownIntent.outOfScope && best.score - $0.score < ambiguityMargin
    }
    if close.isEmpty || best.score >= certainConfidence { return .answer(best.intent) }
    return .clarify([best.intent] + close.map(\.intent))
  }
}

/// The intent ids the code itself refers to.
public enum KnownIntent {
  public static let outOfScope = "out-of-scope"
  public static let comparison = "comparison"
  public static let help = "help"
  public static let goodbye = "goodbye"
  public static let profile = "profile"
  public static let overview = "overview"
  public static let recommendation = "recommendation"
  public static let preference = "preference"
  public static let command = "command"
  public static let followUp = "follow-up"
  public static let more = "more"
  public static let why = "why"
  /// A numbered "did you mean" question; not an intent of the knowledge base.
  public static let clarification = "clarification"
}
