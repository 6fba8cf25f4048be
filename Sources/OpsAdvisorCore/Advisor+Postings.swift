/// Job postings pasted over several lines: announced ("here's one I found, pasting it:"),
/// pasted line by line, then asked about ("which track is this job?").
extension Advisor {
  /// "Here's another one I found, pasting it:", "here is the job ad", "can you tell me which
  /// track this job fits. pasting it:": told to go ahead, with the question that places it; nil
  /// for any other line.
  mutating func pasteAnnounced(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> Reply? {
    guard detections.isEmpty, parsed.tracks.isEmpty, parsed.words.count <= Self.pasteAnnouncementWords else { return nil }
    // A verb of pasting announces it, whatever the line asks; a posting shown, only in a line that asks nothing.
    let pasting = Self.pastesItHere(parsed.words)
    guard pasting || Self.showsAPosting(parsed.words) && !DialogueAct.asksSomething(parsed) else { return nil }
    (state.pastingAPosting, state.pasteAnnouncedOn) = (true, state.turn)
    return notice(Phrases.goAheadAndPaste, intent: KnownIntent.acknowledgement, input: parsed.original)
  }

  /// Whether a line is part of a posting being pasted: one is announced, and the line neither
  /// asks nor speaks as the asker, "I" (which ends the paste); a posting's "we" and "our" ("build
  /// eval harnesses for our assistants") are the employer's.
  mutating func isPastedLine(_ parsed: ParsedInput) -> Bool {
    guard state.pastingAPosting else { return false }
    // A posting's duties open with verbs ("build eval harnesses"); a request to the advisor with one of its own.
    let asksTheAdvisor = DialogueAct.afterFillers(parsed.words).first.map(Self.advisorRequestVerbs.contains) ?? false
    let pasted = !DialogueAct.asksSomething(parsed) && !asksTheAdvisor && !DialogueAct.endsWithQuestionMark(parsed)
      && !parsed.words.contains(where: Self.speakerWords.contains)
    state.pastingAPosting = pasted
    return pasted
  }

  /// The reply to a line of a posting being pasted: what it names, and that more may follow.
  func pastedLineTaken(_ parsed: ParsedInput, told: [SignalDetector.Detection]) -> Reply {
    let noted = Phrases.noted(told, names: knowledgeBase.vocabulary).map { [Block.paragraph($0)] } ?? []
    return reply(input: parsed.original, intent: KnownIntent.acknowledgement, confidence: 1,
      content: AnswerContent(blocks: noted + [.paragraph(Phrases.pastedLineTaken)], sourceIDs: []))
  }

  /// Whether words say something is pasted here: "pasting it:", "pasted below", "let me paste
  /// the jd"; not "a summary i can paste into a slide".
  static func pastesItHere(_ words: [String]) -> Bool {
    words.indices.contains { place in
      guard pastingWords.contains(words[place]) else { return false }
      let after = words.dropFirst(place + 1).prefix(2)
      // "so I can paste it into my course notes": pasted somewhere else.
      guard !after.contains(where: pastedElsewhereWords.contains) else { return false }
      return after.first.map { pastedHereWords.contains($0) || postingNouns.contains($0) || $0 == "job" } ?? true
    }
  }

  /// The words after a verb of pasting that say it goes somewhere else.
  static let pastedElsewhereWords: WordSet = ["into", "in", "onto", "to"]

  /// The words after a verb of pasting that say it is pasted here.
  static let pastedHereWords: WordSet = ["it", "below", "here", "this", "that", "the", "a", "them"]

  /// Whether words show a posting: "here is the job ad", "found this posting".
  static func showsAPosting(_ words: [String]) -> Bool {
    words.contains { postingNouns.contains($0) || $0 == "job" } && words.contains(where: showingWords.contains)
  }

  /// The most words a line announcing a paste has.
  static let pasteAnnouncementWords = 16

  /// Verbs of pasting.
  static let pastingWords: WordSet = ["paste", "pasting", "pasted"]

  /// Words that show what follows: "here is the job ad", "found this posting".
  static let showingWords: WordSet = ["here", "heres", "found", "below"]

  /// The verbs that open a request to the advisor rather than a duty in a posting.
  static let advisorRequestVerbs: WordSet = [
    "tell", "show", "explain", "compare", "list", "give", "summarise", "summarize", "recommend", "describe", "help",
  ]

  /// The words by which the asker speaks as themselves, not as an employer's "we".
  static let speakerWords: WordSet = ["i", "im", "ive", "id", "me", "my", "mine", "myself"]

  /// The most words a question about a posting pasted before has: "so which track is this job then?".
  static let postingQuestionWords = 10

  /// "which track is this job?" after a posting announced and pasted over the lines before it:
  /// the track what those lines told points to, taken out of the asker's profile; nil when no
  /// posting was announced, the line tells something itself, or the pasted lines told nothing.
  mutating func postingPastedBefore(
    _ parsed: ParsedInput, detections: [SignalDetector.Detection], confidence: Double
  ) -> Reply? {
    guard let announced = state.pasteAnnouncedOn, detections.isEmpty, parsed.tracks.isEmpty,
      parsed.words.count <= Self.postingQuestionWords,
      Self.whichTrackItOpenings.contains(where: parsed.words.containsRun) || Self.asksWhichTrackAPostingIs(parsed)
    else { return nil }
    (state.pastingAPosting, state.pasteAnnouncedOn) = (false, nil)
    var described: [Profile.Evidence] = []
    var turn = state.turn - 1
    while turn > announced, state.profile.evidence.contains(where: { $0.turn == turn && $0.weight > 0 }),
      !state.profile.evidence.contains(where: { $0.turn == turn && Self.speaksOfThemselves($0.words, by: Self.speakerWords) })
    {
      described += state.profile.takeOut(turn: turn) { _ in true }
      turn -= 1
    }
    guard let track = Self.heaviestTrack(described) else { return nil }
    return placingWhatWasTakenOut(described, on: track, parsed: parsed, confidence: confidence)
  }

  /// Whether a line speaks of hiring for the speaker's team ("we need to hire someone for ai
  /// ops", "which one should we hire for? not for me, for the hire", "i'm hiring"), not of
  /// being hired ("how do i get hired").
  static func speaksOfHiring(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard let hire = words.firstIndex(where: hiringVerbs.contains) else { return false }
    if hire > 0, beingHiredWords.contains(words[hire - 1]) { return false }
    return words.contains { $0 == "we" || $0 == "our" || $0 == "us" } || words.containsRun(["the", "hire"])
      || hire > 0 && ["im", "am"].contains(words[hire - 1])
  }

  /// Verbs of hiring.
  static let hiringVerbs: WordSet = ["hire", "hiring", "hires"]

  /// The words before "hired" or "hire" that say the speaker is the one hired.
  static let beingHiredWords: WordSet = ["get", "getting", "be", "being", "me"]
}
