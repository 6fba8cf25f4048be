/// Where the guided interview stands: which question is pending and what was answered.
public struct InterviewProgress: Sendable, Equatable {
  /// The index of the question awaiting an answer.
  public var questionIndex = 0
  /// The track chosen for the first question (the dominant system type), if answered.
  public var systemType: TrackID?
  /// How many questions got a real answer rather than a skip.
  public var answered = 0
  /// How many turns in a row asked or told something else instead of answering.
  public var asidesInARow = 0

  public init() {}
}
