/// The weights that shape matching, in one place so they can be measured and tuned together.
public struct MatchingParameters: Sendable, Equatable {
  /// The weight of a stopword's stem (other words weigh 1).
  public var stopwordWeight = 0.3
  /// The weight of a pair of adjacent stems.
  public var pairWeight = 0.5
  /// The weight of a named track's own id (the `@track` feature weighs 1).
  public var trackIdentityWeight = 0.5
  /// The share of the nearest example in an intent's score; the rest is the intent's centroid.
  public var nearestShare = 0.6

  public init() {}
}
