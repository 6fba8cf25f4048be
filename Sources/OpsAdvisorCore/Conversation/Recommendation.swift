/// A track recommended to the person, with the evidence it rests on.
public struct Recommendation: Sendable, Equatable {
  public let track: TrackID
  /// The person's words that led to it.
  public let evidence: [Profile.Evidence]
  /// Whether the profile was mixed and the dominant system type decided.
  public let mixed: Bool
  /// The aspiration it follows, when the person said which track they want to move into.
  public var aspiration: Aspiration? = nil
}
