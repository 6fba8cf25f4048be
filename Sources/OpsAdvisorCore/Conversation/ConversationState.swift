/// What the advisor remembers between turns. A plain value: `Advisor` is its only writer.
public struct ConversationState: Sendable, Equatable {
  /// The number of turns answered so far.
  public var turn = 0
  /// The tracks the conversation is about, in the order named.
  public var focusTracks: [TrackID] = []
  /// The comparison factor in focus.
  public var focusFactor: FactorID?
  /// The intent of the last turn answered in scope: a declined digression leaves it, so that
  /// "what about LLMOps?" afterwards still repeats the question before.
  public var lastIntent: IntentID?
  /// The intent of the last question answered: what they tell of their work in between
  /// ("we also have a fraud model") leaves it, so that "what about mlops?" after it still
  /// repeats the question before.
  public var lastQuestion: IntentID?
  /// The names of the source's sections the last answer with any rested on, for "where does
  /// it say that?".
  public var lastSources: [String] = []
  /// The choices of a numbered "did you mean" question awaiting a bare number.
  public var pendingChoices: [IntentID] = []
  /// The input that led to `pendingChoices`, whose slots the chosen intent keeps.
  public var pendingInput: ParsedInput?
  /// What the person has said about their work, per track.
  public var profile = Profile()
  /// The explanation of the last answer, for `/why`.
  public var lastExplanation: Explanation?
  /// Every track named so far, most recent last, each once.
  public var mentionedTracks: [TrackID] = []
  /// The guided interview, while it runs.
  public var interview: InterviewProgress?
  /// The dominant system type the last finished interview found.
  public var lastSystemType: TrackID?
  /// The track of what they last called most of their work ("most of my time is the LLM
  /// stuff", "fraud model is main work"), which the recommendation follows: the source's
  /// advice is to start from the dominant system type.
  public var statedMainWork: TrackID?
  /// The tracks of the last comparison (empty for all three).
  public var lastComparisonTracks: [TrackID] = []
  /// The track the person last said they want to move into, which a recommendation follows.
  public var aspiration: Aspiration?
  /// Whether the person is choosing whom to hire ("we need to hire someone", "not for me, for
  /// the hire"), so that a recommendation ends with what to look for in a hire.
  public var forAHire = false
  /// The last recommendation, for "why?".
  public var lastRecommendation: Recommendation?
  /// The recommendation before the last one changed it to another track, for "what changed?".
  public var replacedRecommendation: Recommendation?
  /// The concept the last concept answer looked up, and its turn, for "which track covers that".
  public var lastConcept: ConceptMention?
  /// The topics the comparison does not cover that a turn naming a track was declined for
  /// ("how long would it take to learn mlops"), and its turn, for "and llmops?" just after it.
  public var lastUncovered: TopicsMention?
  /// The people placed so far ("what would you recommend for priya, she…"), by the name
  /// after "for", with the track their description pointed to and why, for "so which track for
  /// priya?" later.
  public var placedPeople: [PlacedPerson] = []
  /// The person placed whom the conversation spoke of last, told of or asked about: "she" and
  /// "he" opening a line that names no one are them ("no, she doesnt touch the fraud models
  /// anymore").
  public var personInFocus: String?
  /// Whether a posting announced is being pasted, line by line, until a line asks or speaks of the asker.
  public var pastingAPosting = false
  /// The turn that announced the posting pasted last, until it is placed.
  public var pasteAnnouncedOn: Int?

  /// The topics answered so far, in the order first answered, for "summarise what we covered".
  public var answeredTopics: [AnsweredTopic] = []

  /// The points of the last answer's bulleted lists, for "the second one" or "go back to the
  /// second point"; a reply about one of them keeps them.
  public var lastPoints: [String] = []

  /// A topic answered: its intent, the tracks answered (none for all three or a general
  /// answer) and the factor, if one was named.
  public struct AnsweredTopic: Sendable, Equatable {
    public let intent: IntentID
    public let tracks: [TrackID]
    public let factor: FactorID?
  }

  /// Someone other than the asker, placed by what was said of them.
  public struct PlacedPerson: Sendable, Equatable {
    public let name: String
    public let track: TrackID
    public let evidence: [Profile.Evidence]
    /// The turn that last told of them.
    public var toldOn = 0
  }

  /// A concept an answer looked up, on some turn.
  public struct ConceptMention: Sendable, Equatable {
    public let word: String
    public let turn: Int
  }

  /// Topics a turn was declined for, on some turn.
  public struct TopicsMention: Sendable, Equatable {
    public let topics: [String]
    public let turn: Int
  }

  /// Whether an answer of `intent` was given for `track`, for "tell me more" (what is left to show).
  public func hasShown(_ intent: IntentID, for track: TrackID) -> Bool {
    answeredTopics.contains { $0.intent == intent && $0.tracks.contains(track) }
  }

  /// The track "the other one" points back at: the one named most recently beside the single
  /// track in focus, if any.
  public var otherTrack: TrackID? {
    guard focusTracks.count == 1 else { return nil }
    return mentionedTracks.last { $0 != focusTracks[0] }
  }

  /// Remembers where someone named was placed, in place of what was said of them before, as told on this turn.
  public mutating func place(_ name: String, on track: TrackID, evidence: [Profile.Evidence]) {
    placedPeople = placedPeople.filter { $0.name != name } + [PlacedPerson(name: name, track: track, evidence: evidence, toldOn: turn)]
    personInFocus = name
  }

  /// Notes tracks named in this turn: they become the focus and the most recently mentioned.
  public mutating func mention(_ tracks: [TrackID]) {
    guard !tracks.isEmpty else { return }
    focusTracks = tracks
    recall(tracks)
  }

  /// Notes tracks named in passing ("why not LLMOps?"): they become the most recently
  /// mentioned, and the focus stays where it was.
  public mutating func recall(_ tracks: [TrackID]) {
    mentionedTracks.removeAll { tracks.contains($0) }
    mentionedTracks += tracks
  }

  /// A fresh conversation.
  public init() {}
}
