/// One answer of an intent, about one track or about none.
public struct Answer: Sendable, Hashable {
  /// The track this answer is about, or nil for the general answer.
  public let track: TrackID?
  /// The ids of the seed sections the answer rests on.
  public let sources: [String]
  /// The answer's paragraphs.
  public let paragraphs: [String]
  /// A list shown as bullets after the paragraphs.
  public let bullets: [String]
}

/// The six-factor comparison table: one cell per factor and track.
public struct ComparisonTable: Sendable, Hashable {
  /// The ids of the seed sections the table rests on.
  public let sources: [String]
  /// The cells, by factor then track.
  public let cells: [FactorID: [TrackID: String]]
}

/// Something a person may want, with the phrasings that ask for it and its answers.
public struct Intent: Sendable, Hashable {
  /// The stable id used by `--json`, tests and transcripts.
  public let id: IntentID
  /// How a numbered "did you mean" choice names this intent.
  public let label: String
  /// Phrasings people type to ask for it.
  public let examples: [String]
  /// The answers, general and per track.
  public let answers: [Answer]
  /// The comparison table, for the `comparison` intent.
  public let table: ComparisonTable?
  /// Whether the intent is answered only for lines whose every content word its examples
  /// use: greetings, thanks and follow-ups that lean on the conversation, which must never
  /// take a real question ("hello, how do I become an MLOps engineer?") for themselves.
  public let closed: Bool
  /// The tracks the intent is about, if it is about some and not others ("is LLMOps just
  /// MLOps?" is about LLMOps): a line that names tracks, none of them these, is not asking it.
  public let about: [TrackID]
  /// Whether, asked about no track in particular, the general answer is followed by every
  /// track's answer ("how do I decide?" gets the direction and the three how-to-choose cards).
  public let expands: Bool
  /// The file and line each example comes from, for messages.
  public let exampleLines: [Int]
  /// Where the intent is defined.
  public let file: String
}
