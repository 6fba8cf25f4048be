/// The advisor's reply to one input line: what it understood, what it says, and the state after.
public struct Reply: Sendable, Equatable {
  /// Something the edge must do for the reply, beyond printing it.
  public enum Action: Sendable, Equatable {
    /// Write the conversation so far to a file (`/save`, `/save!`).
    case save(path: String, overwrite: Bool)
  }

  public let input: String
  /// The intent id, as listed in `KnowledgeBase.requiredIntents` and `intents/`.
  public let intent: String
  /// How sure the matcher is, in [0, 1].
  public let confidence: Double
  public let tracks: [TrackID]
  public let factor: FactorID?
  /// The answer's content.
  public let blocks: [Block]
  /// The names of the seed sections the answer rests on.
  public let sources: [String]
  /// The profile's score per track after this turn.
  public let profile: [TrackID: Double]
  public let leaning: TrackID?
  /// The recommended track, on recommendation turns.
  public let recommendation: TrackID?
  /// Whether the session ends after this reply.
  public let endsSession: Bool
  public let action: Action?
}
