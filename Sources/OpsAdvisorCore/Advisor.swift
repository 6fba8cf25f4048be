import Foundation

/// The advisor: one input line and the conversation so far in, one reply out.
///
/// This is the pipeline, in order: parse the line (`InputParser`), rank the intents
/// (`IntentIndex`), decide what to do (`MatchPolicy`), update the conversation
/// (`ConversationState`), and compose the answer (`AnswerComposer`). It does no I/O;
/// `TerminalRenderer` and `ReplyJSON` turn a `Reply` into text.
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
  public var policy = MatchPolicy()
  let composer: AnswerComposer
  /// The conversation so far.
  public private(set) var state = ConversationState()

  /// Builds an advisor, and its index, over a knowledge base.
  public init(knowledgeBase: KnowledgeBase) {
    self.knowledgeBase = knowledgeBase
    self.parser = InputParser(lexicon: Lexicon(knowledgeBase: knowledgeBase))
    self.index = IntentIndex(intents: knowledgeBase.intents, parser: parser)
    self.composer = AnswerComposer(knowledgeBase: knowledgeBase)
  }

  /// Answers one line and updates the conversation; never fails, whatever the input.
  public mutating func respond(to line: String) -> Reply {
    state.turn += 1
    if let command = SlashCommand.parse(line) { return run(command, input: line) }
    if let number = Int(line.trimmingCharacters(in: .whitespaces)), !state.pendingChoices.isEmpty {
      return choose(number, input: line)
    }
    let parsed = parser.parse(line)
    let match = index.rank(parsed.words)
    let confidence = match.best?.score ?? 0
    switch policy.decide(match) {
    case .answer(let intent): return answer(intent, parsed: parsed, confidence: confidence, match: match)
    case .clarify(let intents): return clarify(intents, parsed: parsed, confidence: confidence)
    case .outOfScope:
      return answer(KnownIntent.outOfScope, parsed: parsed, confidence: confidence, match: match)
    }
  }

  /// Forgets the conversation.
  public mutating func reset() {
    state = ConversationState()
  }

  /// Answers `intentID` for the slots of `parsed`, and moves the focus to them.
  mutating func answer(_ intentID: String, parsed: ParsedInput, confidence: Double, match: MatchResult?)
    -> Reply
  {
    let intent = knowledgeBase.intent(intentID)!
    if !parsed.tracks.isEmpty { state.focusTracks = parsed.tracks }
    if let factor = parsed.factor { state.focusFactor = factor }
    state.lastIntent = intentID
    state.pendingChoices = []
    state.pendingInput = nil
    var content = composer.content(for: intent, tracks: parsed.tracks, factor: parsed.factor)
    if !parsed.corrections.isEmpty, intentID != KnownIntent.outOfScope {
      content.blocks.insert(.paragraph(Phrases.corrections(parsed.corrections)), at: 0)
    }
    state.lastExplanation = explanation(parsed, intentID, confidence, match)
    return reply(
      input: parsed.original, intent: intentID, confidence: confidence, tracks: parsed.tracks,
      factor: parsed.factor, content: content, endsSession: intentID == KnownIntent.goodbye)
  }

  func explanation(_ parsed: ParsedInput, _ intent: String, _ confidence: Double, _ match: MatchResult?)
    -> Explanation
  {
    let others = (match?.ranking ?? []).filter { $0.intent != intent }.prefix(3)
    return Explanation(
      input: parsed.original, intent: intent, confidence: confidence,
      runnersUp: others.map { ($0.intent, $0.score) }, decidingWords: match?.decidingWords ?? [],
      corrections: parsed.corrections, evidence: [])
  }

  /// Asks which of several close intents was meant.
  mutating func clarify(_ intents: [String], parsed: ParsedInput, confidence: Double) -> Reply {
    state.pendingChoices = intents
    state.pendingInput = parsed
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
    let chosen = ParsedInput(
      original: input, normalized: parsed.normalized, words: parsed.words, corrections: [],
      tracks: parsed.tracks, factor: parsed.factor)
    return answer(intent, parsed: chosen, confidence: 1, match: nil)
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

extension KnownIntent {
  /// A numbered "did you mean" question; not an intent of the knowledge base.
  public static let clarification = "clarification"
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
