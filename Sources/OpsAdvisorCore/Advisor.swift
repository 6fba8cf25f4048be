/// The advisor: one input line and the conversation so far in, one reply out.
///
/// This is the pipeline, in order: parse the line (`InputParser`), note what it says about
/// the person's work (`SignalDetector` into the `Profile`), rank the intents (`IntentIndex`),
/// decide what to do (`MatchPolicy`), resolve follow-ups against the conversation, and compose
/// the answer (`AnswerComposer`, `Recommender`). It does no I/O; `TerminalRenderer` and
/// `ReplyJSON` turn a `Reply` into text.
///
/// ```swift
/// var advisor = Advisor(knowledgeBase: kb)
/// let reply = advisor.respond(to: "is LLMOps just MLOps?")
/// print(TerminalRenderer(width: 80, color: false).render(reply.blocks))
/// ```
public struct Advisor: Sendable {
  public let knowledgeBase: KnowledgeBase
  public let parser: InputParser
  public let index: IntentIndex
  public let detector: SignalDetector
  public var policy = MatchPolicy()
  let composer: AnswerComposer
  /// The conversation so far.
  public internal(set) var state = ConversationState()
  /// What `/compare` understands, built at its first use (`Advisor+Compare.swift`).
  var comparePhrases: CompareArguments.Phrases?

  /// Builds an advisor, and its index, over a knowledge base.
  public init(knowledgeBase: KnowledgeBase, parameters: MatchingParameters = MatchingParameters()) {
    let lexicon = Lexicon(knowledgeBase: knowledgeBase)
    self.knowledgeBase = knowledgeBase
    self.parser = InputParser(lexicon: lexicon)
    self.index = IntentIndex(intents: knowledgeBase.intents, parser: parser, parameters: parameters)
    self.detector = SignalDetector(signals: knowledgeBase.signals, parser: parser)
    self.composer = AnswerComposer(knowledgeBase: knowledgeBase)
  }

  /// An advisor from a knowledge base with its lexicon and index already built, as an image holds them.
  init(knowledgeBase: KnowledgeBase, lexicon: Lexicon, index: IntentIndex) {
    self.knowledgeBase = knowledgeBase
    self.parser = InputParser(lexicon: lexicon)
    self.index = index
    self.detector = SignalDetector(signals: knowledgeBase.signals, parser: parser)
    self.composer = AnswerComposer(knowledgeBase: knowledgeBase)
  }

  /// Answers one line and updates the conversation; never fails, whatever the input.
  public mutating func respond(to line: String) -> Reply {
    respond(to: prepare(line))
  }

  /// Everything about a line that does not depend on the conversation: parsing, signals,
  /// ranking and the policy's decision. It changes nothing, so a front end may prepare lines
  /// ahead of their turns, on another thread, and answer them in order with `respond(to:)`.
  public func prepare(_ line: String) -> PreparedInput {
    if let command = SlashCommand.parse(line) { return PreparedInput(line: line, command: command) }
    let head = line.utf8.count > Self.longestInput ? line.prefix(Self.longestInput) : line[...]
    let cut = head.endIndex < line.endIndex
    let parsed = cut ? parser.parse(String(head)).with(original: line) : parser.parse(line)
    let detections = detector.detect(in: parsed)
    let (match, decision) = understand(parsed, detections: detections)
    return PreparedInput(line: line, text: .init(parsed: parsed, cut: cut, detections: detections, match: match, decision: decision))
  }

  /// Answers a prepared line and updates the conversation, exactly as `respond(to:)` with its text.
  public mutating func respond(to prepared: PreparedInput) -> Reply {
    state.turn += 1
    guard let text = prepared.text else { return run(prepared.command!, input: prepared.line) }
    let line = prepared.line
    let (parsed, cut, detections, match, decision) = (text.parsed, text.cut, text.detections, text.match, text.decision)
    let interviewing = state.interview != nil
    if interviewing || decision == .answer(KnownIntent.preference)
      || (decision != .outOfScope && (detector.speaksOfThemselves(parsed) || !Self.isRequest(parsed)))
    {
      state.profile.absorb(detections, turn: state.turn, correcting: detector.isCorrection(parsed))
    }
    if interviewing, let reply = continueInterview(parsed, detections: detections) { return reply }
    if let number = Int(parsed.normalized), !state.pendingChoices.isEmpty {
      return choose(number, input: line)
    }
    var reply = respond(to: decision, parsed: parsed, match: match, detections: detections)
    if cut { reply.blocks.insert(.paragraph(Phrases.inputCut(Self.longestInput)), at: 0) }
    return interviewing ? appendingPendingQuestion(to: reply) : reply
  }

  /// How much of a line is read, in characters; the rest of a longer line is ignored, with a note.
  public static let longestInput = 2_000

  /// Forgets the conversation.
  public mutating func reset() {
    state = ConversationState()
  }

  /// The match and decision for a line; when the whole line matches nothing well, its best
  /// clause may ("LLMOps - what is that? never heard of it").
  func understand(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> (MatchResult, MatchPolicy.Decision) {
    let match = index.rank(parsed.words)
    let decision = decide(match, parsed: parsed, detections: detections)
    guard decision == .outOfScope, parsed.clauses.count > 1 else { return (match, decision) }
    let clauses = parsed.clauses.map { index.rank(Array(parsed.words[$0.range])) }
    guard let best = clauses.max(by: { ($0.best?.score ?? 0) < ($1.best?.score ?? 0) }),
      case .answer(let intent) = policy.decide(best), intent != KnownIntent.preference
    else { return (match, decision) }
    return (best, .answer(intent))
  }

  /// The policy's decision, except that a statement (not a request) that matches nothing well
  /// is taken as a preference when it speaks of oneself and names a signal, or names two and
  /// reads like the preference examples.
  func decide(_ match: MatchResult, parsed: ParsedInput, detections: [SignalDetector.Detection]) -> MatchPolicy.Decision {
    let decision = policy.decide(match)
    guard decision == .outOfScope, !Self.isRequest(parsed) else { return decision }
    let signals = detections.filter { !$0.negated }.count
    if signals >= 1 && detector.speaksOfThemselves(parsed) { return .answer(KnownIntent.preference) }
    guard signals >= 2 else { return decision }
    let preference = score(of: KnownIntent.preference, in: match)?.score ?? 0
    let resemblesPreference = preference >= Self.preferenceShare * (match.best?.score ?? 0)
    return resemblesPreference ? .answer(KnownIntent.preference) : decision
  }

  /// Answers a line that is neither a command nor an answer to a pending question.
  mutating func respond(
    to decision: MatchPolicy.Decision, parsed: ParsedInput, match: MatchResult, detections: [SignalDetector.Detection]
  ) -> Reply {
    let confidence = match.best?.score ?? 0
    switch decision {
    case .answer(let intent):
      return respond(to: intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
    case .clarify(let intents): return clarify(intents, parsed: parsed, confidence: confidence, match: match)
    case .outOfScope: return answer(KnownIntent.outOfScope, parsed: parsed, confidence: confidence, match: match)
    }
  }

  /// How close to the best score the preference intent must come for a statement to be taken as one.
  static let preferenceShare = 0.6

  /// Words that open a question or a request rather than a statement about oneself.
  static let requestOpeners: Set<String> = [
    "how", "what", "which", "why", "where", "when", "who", "can", "could", "should", "would", "is",
    "are", "do", "does", "write", "fix", "build", "show", "give", "tell", "explain", "help", "make",
    "create", "set", "compare", "recommend", "please", "best",
  ]

  /// Whether a line asks for something: a question mark, or a clause opening with a question
  /// or request word.
  static func isRequest(_ parsed: ParsedInput) -> Bool {
    parsed.original.utf8.contains(UInt8(ascii: "?"))
      || parsed.clauses.contains { !$0.range.isEmpty && requestOpeners.contains(parsed.words[$0.range.lowerBound]) }
  }

  /// Answers a matched intent, resolving follow-ups against the conversation.
  mutating func respond(
    to intent: String, parsed: ParsedInput, confidence: Double, match: MatchResult?,
    detections: [SignalDetector.Detection]
  ) -> Reply {
    if let factor = continuedComparisonFactor(parsed) {
      let tracks = state.lastComparisonTracks
      return answer(KnownIntent.comparison, parsed: parsed, tracks: tracks, factor: .some(factor), confidence: confidence, match: match)
    }
    switch intent {
    case KnownIntent.followUp: return followUp(parsed, confidence: confidence, match: match)
    case KnownIntent.more: return more(parsed, confidence: confidence, match: match)
    case KnownIntent.why: return why(input: parsed.original, confidence: confidence)
    case KnownIntent.recommendation: return recommend(parsed, confidence: confidence, match: match)
    case KnownIntent.profile: return profileReply(input: parsed.original, intent: intent, confidence: confidence)
    case KnownIntent.preference:
      return preference(parsed, confidence: confidence, match: match, detections: detections)
    default:
      let tracks = resolvedTracks(for: knowledgeBase.intent(intent)!, parsed: parsed)
      return answer(intent, parsed: parsed, tracks: tracks, confidence: confidence, match: match)
    }
  }

  /// Answers `intentID` for `tracks` (by default those named) and the factor named.
  mutating func answer(
    _ intentID: String, parsed: ParsedInput, tracks: [TrackID]? = nil, factor: FactorID?? = nil,
    confidence: Double, match: MatchResult?, lead: [Block] = []
  ) -> Reply {
    let intent = knowledgeBase.intent(intentID)!
    let tracks = tracks ?? parsed.tracks
    let factor = factor ?? parsed.factor
    state.mention(parsed.tracks)
    if let factor { state.focusFactor = factor }
    state.lastIntent = intentID
    state.pendingChoices = []
    state.pendingInput = nil
    for track in tracks { state.shownTopics.insert("\(intentID) \(track.rawValue)") }
    if intent.table != nil { state.lastComparisonTracks = tracks }
    var content = AnswerContent(blocks: lead, sourceIDs: [])
    if !parsed.corrections.isEmpty, intentID != KnownIntent.outOfScope {
      content.blocks.insert(.paragraph(Phrases.corrections(parsed.corrections)), at: 0)
    }
    content.append(composer.content(for: intent, tracks: tracks, factor: factor))
    state.lastExplanation = explanation(parsed, intentID, confidence, match)
    return reply(
      input: parsed.original, intent: intentID, confidence: confidence, tracks: tracks,
      factor: factor, content: content, endsSession: intentID == KnownIntent.goodbye)
  }

  func explanation(_ parsed: ParsedInput, _ intent: String, _ confidence: Double, _ match: MatchResult?)
    -> Explanation
  {
    let others = (match?.ranking ?? []).filter { $0.intent != intent }.prefix(3)
    return Explanation(
      input: parsed.original, intent: intent, confidence: confidence,
      runnersUp: others.map { ($0.intent, $0.score) }, words: match?.words ?? [],
      nearestExample: match.flatMap { score(of: intent, in: $0) }?.nearestExample,
      corrections: parsed.corrections, evidence: [])
  }

  /// An intent's score in a match: from its ranking, or worked out for an intent ranked lower.
  func score(of intent: String, in match: MatchResult) -> IntentScore? {
    match.ranking.first { $0.intent == intent } ?? index.score(of: intent, for: match.words)
  }

  /// Asks which of several close intents was meant.
  mutating func clarify(_ intents: [String], parsed: ParsedInput, confidence: Double, match: MatchResult? = nil) -> Reply {
    state.lastExplanation = explanation(parsed, KnownIntent.clarification, confidence, match)
    state.pendingChoices = intents
    state.pendingInput = parsed
    state.mention(parsed.tracks)
    let labels = intents.map { knowledgeBase.intent($0)!.label.capitalizedFirst }
    let content = AnswerContent(blocks: [.paragraph(Phrases.didYouMean), .choices(labels)], sourceIDs: [])
    return reply(
      input: parsed.original, intent: KnownIntent.clarification, confidence: confidence,
      tracks: parsed.tracks, factor: parsed.factor, content: content)
  }

  /// Answers a bare number given after a numbered choice.
  mutating func choose(_ number: Int, input: String) -> Reply {
    guard let parsed = state.pendingInput, state.pendingChoices.indices.contains(number - 1) else {
      let content = AnswerContent(blocks: [.paragraph(Phrases.noSuchChoice)], sourceIDs: [])
      return reply(input: input, intent: KnownIntent.clarification, confidence: 1, content: content)
    }
    let intent = state.pendingChoices[number - 1]
    let chosen = parsed.with(original: input)
    return respond(to: intent, parsed: chosen, confidence: 1, match: nil, detections: [])
  }

  /// Builds a reply from content, with the profile as it stands after the turn.
  func reply(
    input: String, intent: String, confidence: Double, tracks: [TrackID] = [],
    factor: FactorID? = nil, content: AnswerContent, recommendation: TrackID? = nil,
    endsSession: Bool = false, action: Reply.Action? = nil
  ) -> Reply {
    let sections = content.sourceIDs.compactMap { knowledgeBase.vocabulary.section($0) }
      .filter { $0.id != KnownSection.advisor }.map(\.name)
    var blocks = content.blocks
    if !sections.isEmpty { blocks.append(.sources(sections)) }
    return Reply(
      input: input, intent: intent, confidence: confidence, tracks: tracks, factor: factor,
      blocks: blocks, sources: sections, profile: state.profile.scores,
      leaning: state.profile.leaning, recommendation: recommendation, endsSession: endsSession,
      action: action)
  }
}

/// Section ids the code itself refers to.
public enum KnownSection {
  /// Answers about the advisor itself, which state no seed fact.
  public static let advisor = "opsadvisor"
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  /// The string with its first character in lower case, unless its first word has other
  /// capitals ("LLM serving", "AgentOps awareness").
  var lowercasedFirst: String {
    let firstWord = prefix { $0 != " " }
    return firstWord.dropFirst().contains(where: \.isUppercase) ? self : prefix(1).lowercased() + dropFirst()
  }
}
