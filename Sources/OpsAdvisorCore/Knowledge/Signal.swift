/// A word or phrase in what people say about their work that points to a track.
///
/// Its fields sit in one shared object: a detection, and every reading that passes one on,
/// copies a single reference rather than three strings.
public struct Signal: Sendable, Hashable {
  /// The normalised phrase, matched as whole words.
  public var phrase: String { storage.phrase }
  public var track: TrackID { storage.track }
  /// How strongly it points to the track, 1 to 3.
  public var weight: Double { storage.weight }
  /// The id of the seed section whose fact makes it point there.
  public var source: String { storage.source }
  /// The reason, shown with the evidence: the seed's, restated, or a bridge.
  public var reason: String { storage.reason }
  /// Whether the mapping rests on general knowledge that links the phrase to one of the
  /// comparison's categories ("PagerDuty" → incident work → reliability → AIOps), rather than
  /// on the comparison itself; such reasons are shown as the advisor's own.
  public var bridge: Bool { storage.bridge }
  /// Whether the phrase names IT operations work or tooling that need not involve AI systems
  /// at all (PagerDuty, alerts, Kubernetes): its bridge to AIOps holds only for someone who
  /// also runs AI systems, which a recommendation resting on such phrases alone says.
  public var itOperations: Bool { storage.itOperations }

  /// The fields, shared by every copy.
  final class Storage: Sendable {
    let phrase: String, track: TrackID, weight: Double, source: String, reason: String, bridge: Bool, itOperations: Bool

    init(phrase: String, track: TrackID, weight: Double, source: String, reason: String, bridge: Bool, itOperations: Bool) {
      (self.phrase, self.track, self.weight, self.source) = (phrase, track, weight, source)
      (self.reason, self.bridge, self.itOperations) = (reason, bridge, itOperations)
    }
  }

  private let storage: Storage

  /// A signal from its fields.
  public init(
    phrase: String, track: TrackID, weight: Double, source: String, reason: String, bridge: Bool, itOperations: Bool = false
  ) {
    storage = Storage(
      phrase: phrase, track: track, weight: weight, source: source, reason: reason, bridge: bridge, itOperations: itOperations)
  }

  /// Whether two signals have the same fields.
  public static func == (lhs: Signal, rhs: Signal) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.phrase, lhs.track, lhs.weight, lhs.source, lhs.reason) == (rhs.phrase, rhs.track, rhs.weight, rhs.source, rhs.reason)
        && (lhs.bridge, lhs.itOperations) == (rhs.bridge, rhs.itOperations)
  }

  /// Hashes the fields `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(phrase)
    hasher.combine(track)
    hasher.combine(weight)
    hasher.combine(source)
    hasher.combine(reason)
    hasher.combine(bridge)
    hasher.combine(itOperations)
  }
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
  /// `skipPhrases` as a set, looked up at every line.
  let skipPhraseSet: WordSet

  public init(questions: [InterviewQuestion], skipPhrases: [String]) {
    self.questions = questions
    self.skipPhrases = skipPhrases
    self.skipPhraseSet = WordSet(skipPhrases)
  }

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
