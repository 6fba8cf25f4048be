/// A track recommended to the person, with the evidence it rests on.
public struct Recommendation: Sendable, Equatable {
  public let track: TrackID
  /// The person's words that led to it.
  public let evidence: [Profile.Evidence]
  /// Whether the profile was mixed and the dominant system type decided.
  public let mixed: Bool
}
