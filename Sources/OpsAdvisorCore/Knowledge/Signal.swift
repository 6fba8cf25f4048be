/// A word or phrase in what people say about their work that points to a track.
public struct Signal: Sendable, Hashable {
  /// The normalised phrase, matched as whole words.
  public let phrase: String
  public let track: TrackID
  /// How strongly it points to the track, 1 to 3.
  public let weight: Double
  /// The id of the seed section whose fact makes it point there.
  public let source: String
  /// The reason, shown with the evidence: the seed's, restated, or a bridge.
  public let reason: String
  /// Whether the mapping rests on general knowledge that links the phrase to one of the
  /// comparison's categories ("PagerDuty" → incident work → reliability → AIOps), rather than
  /// on the comparison itself; such reasons are shown as the advisor's own.
  public let bridge: Bool
  /// Whether the phrase names IT operations work or tooling that need not involve AI systems
  /// at all (PagerDuty, alerts, Kubernetes): its bridge to AIOps holds only for someone who
  /// also runs AI systems, which a recommendation resting on such phrases alone says.
  public internal(set) var itOperations = false
}

/// The signals with the words that negate them and the words that mark a correction.
public struct SignalSet: Sendable {
  public let signals: [Signal]
  /// Normalised words that, earlier in the same clause, turn a signal into evidence against it.
  public let negations: [String]
  /// Normalised phrases that mark a turn as correcting what was said before.
  public let corrections: [String]
  /// Normalised words that, earlier in the same clause, make a signal a maybe ("we might add
  /// a chatbot later"): it counts for less than what someone does now.
  public let hedges: [String]

  public static let empty = SignalSet(signals: [], negations: [], corrections: [], hedges: [])
}

/// The guided interview: its questions and the answers that pass on one.
public struct Interview: Sendable {
  public let questions: [InterviewQuestion]
  /// Normalised answers such as "skip" or "not sure".
  public let skipPhrases: [String]

  public static let empty = Interview(questions: [], skipPhrases: [])
}

/// One question of the guided interview, with an option per track.
public struct InterviewQuestion: Sendable, Hashable {
  public struct Option: Sendable, Hashable {
    public let track: TrackID
    public let text: String
  }

  public let id: String
  public let source: String
  public let prompt: String
  public let options: [Option]
}
