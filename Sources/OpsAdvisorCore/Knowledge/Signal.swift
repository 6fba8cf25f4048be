/// A word or phrase in what people say about their work that points to a track.
public struct Signal: Sendable, Hashable {
  /// The normalised phrase, matched as whole words.
  public let phrase: String
  public let track: TrackID
  /// How strongly it points to the track, 1 to 3.
  public let weight: Double
  /// The id of the seed section whose fact makes it point there.
  public let source: String
  /// The seed's reason, restated, shown with the evidence.
  public let reason: String
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
