/// Job postings pasted over several lines: announced ("here's one I found, pasting it:"),
/// pasted line by line, then asked about ("which track is this job?").
extension Advisor {
  /// "Here's another one I found, pasting it:", "here is the job ad": told to go ahead, with
  /// the question that places it; nil for any other line.
  func pasteAnnounced(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> Reply? {
    guard detections.isEmpty, parsed.tracks.isEmpty, parsed.words.count <= Self.pasteAnnouncementWords,
      Self.announcesAPaste(parsed.words), !DialogueAct.asksSomething(parsed)
    else { return nil }
    return notice(Phrases.goAheadAndPaste, intent: KnownIntent.acknowledgement, input: parsed.original)
  }

  /// Whether words announce something pasted: a verb of pasting, or a posting shown ("here is
  /// the job ad", "found this posting").
  static func announcesAPaste(_ words: [String]) -> Bool {
    words.contains(where: pastingWords.contains)
      || words.contains { postingNouns.contains($0) || $0 == "job" } && words.contains(where: showingWords.contains)
  }

  /// The most words a line announcing a paste has.
  static let pasteAnnouncementWords = 10

  /// Verbs of pasting.
  static let pastingWords: WordSet = ["paste", "pasting", "pasted"]

  /// Words that show what follows: "here is the job ad", "found this posting".
  static let showingWords: WordSet = ["here", "heres", "found", "below"]

  /// The most words a question about a posting pasted before has: "so which track is this job then?".
  static let postingQuestionWords = 10

  /// "which track is this job?" after a posting pasted over the lines before it: the track what
  /// those lines told points to, taken out of the asker's profile; nil when the line tells
  /// something itself or the line before told nothing in the third person.
  mutating func postingPastedBefore(
    _ parsed: ParsedInput, detections: [SignalDetector.Detection], confidence: Double
  ) -> Reply? {
    guard detections.isEmpty, parsed.tracks.isEmpty, parsed.words.count <= Self.postingQuestionWords,
      Self.whichTrackItOpenings.contains(where: parsed.words.containsRun) || Self.asksWhichTrackAPostingIs(parsed)
    else { return nil }
    var described: [Profile.Evidence] = []
    var turn = state.turn - 1
    while turn > 0, state.profile.evidence.contains(where: { $0.turn == turn && $0.weight > 0 }),
      !state.profile.evidence.contains(where: { $0.turn == turn && Self.speaksOfThemselves($0.words) })
    {
      described += state.profile.takeOut(turn: turn) { _ in true }
      turn -= 1
    }
    let weights = TrackID.allCases.map { track in described.filter { $0.track == track }.reduce(0) { $0 + $1.weight } }
    guard let top = weights.max(), top > 0 else { return nil }
    let track = TrackID.allCases[weights.firstIndex(of: top)!]
    let reply = placing(parsed, on: track, evidence: described.filter { $0.track == track }, lead: Phrases.itDescribesPointsTo,
      confidence: confidence)
    return reply.inserting([.paragraph(Phrases.noLongerYours)])
  }
}
