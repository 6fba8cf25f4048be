/// Questions about a change that has not happened: "and if i moved to the chatbot team?",
/// "what if I ignore the gateway".
extension Advisor {
  /// Whether a line asks what would follow if something were so: it opens with "what if", "if",
  /// "suppose", "hypothetically" or "imagine" and asks.
  static func asksWhatIf(_ parsed: ParsedInput) -> Bool {
    let words = DialogueAct.afterFillers(parsed.words).drop { $0 == "hypothetically" || $0 == "but" }
    // "what if I'd rather stay closer to infrastructure" says what they want: an aspiration.
    guard let first = words.first, parsed.tracks.isEmpty, !parsed.words.contains(where: wantingWords.contains),
      !parsed.stems.contains(where: SignalDetector.likingVerbs.contains)
    else { return false }
    let opens = first == "if" || first == "suppose" || first == "imagine" || words.starts(with: ["what", "if"])
      || parsed.words.first == "hypothetically"
    return opens && (DialogueAct.endsWithQuestionMark(parsed) || words.starts(with: ["what", "if"]))
  }

  /// Whether words ask what would follow a change told in the past tense, as not made: "what
  /// would change if we dropped the classic models", "would that flip it if i took over the
  /// bot" ("what would change if we add an llm" tells of a plan).
  static func asksWhatWouldFollowIf(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first,
      DialogueAct.askingAuxiliaries.contains(first) || first == "what" || first == "which" || first == "how",
      let condition = words.firstIndex(of: "if"), words[..<condition].contains("would")
    else { return false }
    return words[(condition + 1)...].contains { unmadeChangeWords.contains($0) || pastTenseVerbs.contains($0) || $0.hasSuffix("ed") && $0 != "need" }
  }

  /// Verbs in the past tense that do not end in "ed": "if i took over the bot".
  static let pastTenseVerbs: WordSet = ["took", "went", "got", "had", "left", "became", "built", "quit", "ran", "made", "began"]

  /// Whether a line asks about work only imagined, not told as theirs: "say i did move to
  /// llmops, what transfers", "if we self host the fine tuned llama what would we serve it
  /// with", "suppose we went agentic, which track then?". It opens with "say", "suppose",
  /// "imagine", "hypothetically" or "assuming", or with "if" and a verb of a change not yet made
  /// ("would", "did", "were"), and asks, or asks what would follow "if" ("what would change if we
  /// dropped the classic models"); what it names is no news of their work. ("what if I
  /// care more about the llm bot" tells what they care about: `whatIf` reads those.)
  static func imaginesWork(_ parsed: ParsedInput) -> Bool {
    // The opening first: it is read for the decision and the profile of every line. "i mean
    // if i only did the cheat detection, which track then" imagines after "i mean".
    var words = DialogueAct.afterFillers(parsed.words)
    if words.starts(with: ["i", "mean"]) || words.starts(with: ["i", "meant"]) { words = words.dropFirst(2) }
    guard let first = words.first, words.count > 2 else { return false }
    if asksWhatWouldFollowIf(words) { return true }
    guard imaginingOpeners.contains(first) || first == "if" && words.contains(where: unmadeChangeWords.contains) else { return false }
    return DialogueAct.isRequest(parsed) || DialogueAct.asksSomething(parsed)
  }

  /// Words that open a line imagining something (`imaginesWork`).
  static let imaginingOpeners: WordSet = ["say", "suppose", "supposing", "imagine", "hypothetically", "assuming"]

  /// Words after "if" that make it a change not yet made (`imaginesWork`).
  static let unmadeChangeWords: WordSet = ["would", "did", "were", "wanted"]

  /// Words of wanting, which with the liking verbs (`SignalDetector.likingVerbs`) make a what-if
  /// say what they would like rather than imagine work.
  static let wantingWords: WordSet = ["rather", "prefer", "care", "want", "interested"]

  /// Whether a what-if takes something away ("what if I ignore the gateway", "if we dropped the agents").
  static func dropsSomething(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains { SignalDetector.droppingWords.contains($0) || droppingVerbs.contains($0) }
  }

  /// Verbs of taking work away in a what-if.
  static let droppingVerbs: WordSet = ["drop", "dropped", "without", "remove", "removed", "stopped", "quit", "skip", "skipped"]

  /// The recommendation their words would get if what the line imagines were so, leaving what
  /// they told as it is; nil for a line that imagines nothing the signals read, only adds to
  /// their work, or comes before they have told anything.
  mutating func whatIf(
    _ parsed: ParsedInput, detections: [SignalDetector.Detection], confidence: Double, match: MatchResult
  ) -> Reply? {
    guard !detections.isEmpty, !state.profile.evidence.isEmpty, state.interview == nil else { return nil }
    let imagining = parsed.tracks.isEmpty && Self.imaginesWork(parsed)
    guard imagining || Self.asksWhatIf(parsed) else { return nil }
    // "and if i moved to the chatbot team?" replaces their work, "what if I ignore the gateway"
    // takes part of it away; "what if we add an llm" tells of a plan, which counts as a maybe,
    // where "suppose we also built a rag bot, which track then?" only imagines it added.
    let dropping = Self.dropsSomething(parsed)
    let replacing = !dropping && !parsed.words.contains(where: SignalDetector.addingWords.contains)
      && detector.corrections.occur(in: parsed.normalized)
    let change: ImaginedChange = dropping ? .dropping : replacing ? .replacing : .adding
    guard change != .adding || imagining else { return nil }
    let imagined = detections.map {
      SignalDetector.Detection(signal: $0.signal, negated: dropping || $0.negated, hedged: false, clause: $0.clause)
    }
    let before = state.lastRecommendation?.track
    var reply = recommendation(imagining: imagined, change: change, parsed: parsed, confidence: confidence, match: match)
    reply.blocks.insert(.paragraph(ifThatWereSo(before: before, after: reply.recommendation)), at: 0)
    reply.blocks.append(.paragraph(Phrases.whatIfLeavesTheProfile))
    return reply
  }

  /// The opening of a what-if's recommendation: whether the one given before would stay or
  /// change, when one was given.
  func ifThatWereSo(before: TrackID?, after: TrackID?) -> String {
    let names = knowledgeBase.vocabulary
    guard let before, let after else { return Phrases.ifThatWereSo }
    return before == after ? Phrases.ifThatWereSoItStays(names.track(before).name)
      : Phrases.ifThatWereSoItChanges(from: names.track(before).name, to: names.track(after).name)
  }

  /// How a what-if changes their work: it takes part away, replaces it, or adds to it.
  enum ImaginedChange {
    case dropping, replacing, adding
  }

  /// The recommendation of a copy of the conversation that took `imagined` in as `change` says.
  /// The tracks it spoke of stay in focus ("compare the two for me"); what they told and the
  /// recommendation given do not change.
  mutating func recommendation(
    imagining imagined: [SignalDetector.Detection], change: ImaginedChange, parsed: ParsedInput, confidence: Double,
    match: MatchResult
  ) -> Reply {
    var hypothetical = self
    hypothetical.state.profile.absorb(imagined, turn: state.turn, correcting: change == .replacing, takingBack: change == .dropping)
    (hypothetical.state.lastRecommendation, hypothetical.state.statedMainWork) = (nil, nil)
    var reply = hypothetical.recommend(parsed, confidence: confidence, match: match)
    let told = (state.profile, state.lastRecommendation, state.replacedRecommendation, state.statedMainWork)
    state = hypothetical.state
    (state.profile, state.lastRecommendation, state.replacedRecommendation, state.statedMainWork) = told
    (reply.profile, reply.leaning) = (state.profile.scores, state.profile.leaning)
    return reply
  }
}
