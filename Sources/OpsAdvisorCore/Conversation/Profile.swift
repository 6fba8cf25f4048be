/// The tracks a person's own words point to: a score per track and the evidence behind it.
public struct Profile: Sendable, Equatable {
  /// One piece of evidence: the person's words, the turn, and the seed's reason.
  public struct Evidence: Sendable, Equatable {
    public let track: TrackID
    public let words: String
    public let turn: Int
    public let weight: Double
    public let reason: String
    public let source: String
  }

  /// The score of each track; all three are always present.
  public private(set) var scores: [TrackID: Double] = [.mlops: 0, .llmops: 0, .aiops: 0]
  /// The most recent evidence, oldest first, at most `evidenceLimit` items.
  public private(set) var evidence: [Evidence] = []
  /// How much evidence is kept, so state stays small however long the session.
  public static let evidenceLimit = 12

  public init() {}

  /// Adds one piece of evidence to its track's score and to the kept evidence.
  public mutating func add(_ item: Evidence) {
    scores[item.track, default: 0] += item.weight
    evidence.append(item)
    if evidence.count > Self.evidenceLimit { evidence.removeFirst(evidence.count - Self.evidenceLimit) }
  }

  /// The track with a clear lead: the top score is positive and beats the runner-up by a margin.
  public var leaning: TrackID? {
    let ranked = TrackID.allCases.sorted { score($0) != score($1) ? score($0) > score($1) : $0 < $1 }
    let (first, second) = (score(ranked[0]), score(ranked[1]))
    return first >= 2 && first - second >= max(1.5, first * 0.25) ? ranked[0] : nil
  }

  /// The score of one track.
  public func score(_ track: TrackID) -> Double { scores[track] ?? 0 }
}
