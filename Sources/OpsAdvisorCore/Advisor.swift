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
  /// Where concept follow-ups look, by stem, built at the first one and shared by every copy
  /// of this advisor, so that a new conversation does not build it again (`Advisor+FollowUps.swift`).
  let conceptStemsCache = ConceptStemsCache()
  /// The tools the source names, by the word in lower case (`ConceptStems.toolNames(in:)`): read
  /// from the image, so that a line naming no concept does not build every concept's stems.
  let toolNames: [String: (track: TrackID, name: String)]
  /// Every word of the vocabulary's related groups: the concepts people ask of a track.
  let askedConcepts: Set<String>
  /// The intents of the conversation itself ("closed" in `intents/`: thanks, why, more…),
  /// which never answer a second question of a line (`Advisor+SecondQuestion.swift`).
  let conversationalIntents: Set<IntentID>
  /// The sections of the source that can be asked for by a name of two words or more, with
  /// those words (`Advisor+Sections.swift`).
  let namedSections: [(section: Section, words: [String])]
  /// The vocabulary's meanings by the stems of their term, joined by spaces, the first term in
  /// sorted order kept when two stem alike (`Advisor+Meanings.swift`).
  let meaningsByStems: [String: String]

  /// Builds an advisor, and its index, over a knowledge base; `dictionary` lists correctly
  /// spelt English words, never taken for typos (see `Lexicon`).
  public init(knowledgeBase: KnowledgeBase, parameters: MatchingParameters = MatchingParameters(), dictionary: [String] = []) {
    let parser = InputParser(lexicon: Lexicon(knowledgeBase: knowledgeBase, dictionary: dictionary))
    self.init(
      knowledgeBase: knowledgeBase, index: IntentIndex(intents: knowledgeBase.intents, parser: parser, parameters: parameters),
      detector: SignalDetector(signals: knowledgeBase.signals, parser: parser))
  }

  /// An advisor from a knowledge base with its index and signal detector (and so its parser
  /// and lexicon) already built, as an image holds them.
  /// `toolNames` are an image's; without them they are worked out with the concept stems.
  init(knowledgeBase: KnowledgeBase, index: IntentIndex, detector: SignalDetector, toolNames: [String: (track: TrackID, name: String)]? = nil) {
    self.knowledgeBase = knowledgeBase
    self.parser = detector.parser
    self.index = index
    self.detector = detector
    self.composer = AnswerComposer(knowledgeBase: knowledgeBase)
    self.policy = MatchPolicy(topics: knowledgeBase.vocabulary.topics)
    self.askedConcepts = Set(knowledgeBase.vocabulary.related.joined())
    self.conversationalIntents = Set(knowledgeBase.intents.filter(\.closed).map(\.id))
    self.meaningsByStems = Self.meaningsByStems(knowledgeBase.vocabulary.meanings)
    self.namedSections = Self.sectionsByName(knowledgeBase.vocabulary.sections)
    guard let toolNames else {
      // Built from YAML: the concept stems are made now, for the tool names, and kept.
      let places = TrackID.allCases.map { Self.conceptPlaces(for: $0, in: knowledgeBase) }
      let stems = ConceptStems(places)
      self.toolNames = stems.toolNames(in: places)
      _ = conceptStemsCache.stems { stems }
      return
    }
    self.toolNames = toolNames
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
    let parts = cut ? [] : numberedParts(line)
    if !parts.isEmpty {
      return PreparedInput(line: line, text: .init(parsed: parsed, cut: cut, detections: detections, match: match, decision: decision),
        questions: parts, numbered: true)
    }
    if let question = questionAfterItsOpening(parsed, decision: decision, detections: detections), let text = question.text {
      return PreparedInput(line: line, text: text.with(original: line), questions: question.questions)
    }
    // "and evaluation? is that new or did mlops always have it": the topic the first clause adds.
    if let topic = Self.topicThenAskedOfIt(parsed), let text = prepare(topic).text {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "what is vllm in like one sentence": the question, whatever shape it is asked in.
    if parsed.tracks.isEmpty, let question = Self.questionWithoutItsShape(parsed), let text = prepare(question).text {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "is cost a good reason to pick llmops": where that track has it, after the source's rule.
    if let question = Self.reasonToPickAsked(parsed), let text = prepare(question).text {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "where exactly does the source say llmops is different": what it says, whose sources
    // line names where.
    if let claim = Self.claimAskedWhereTheSourceSays(parsed), let text = prepare(claim).text {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "and drift? what is drift": what the term means; "whats an llm btw, like chatgpt?" too.
    if let question = Self.termAskedAgain(parsed) ?? Self.termAskedWhatItCovers(parsed) ?? Self.termAskedBeforeAnExample(parsed),
      let text = prepare(question).text
    {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "no i ask what is drift": the question they say they asked.
    if let question = Self.questionTheySayTheyAsked(parsed), let text = prepare(question).text {
      return PreparedInput(line: line, text: text.with(original: line))
    }
    // "do i need vllm tho? we use openai hosted", "can one person do both mlops and llmops tho?
    // budget is for 1 hire. we also have a churn prediction model": the question, then the
    // story noted.
    if decision == .outOfScope || decision == .answer(KnownIntent.preference), !cut,
      let (question, story) = Self.questionBeforeTheirStory(parsed),
      let asked = prepare(question).text, asked.decision != .answer(KnownIntent.preference),
      decision == .outOfScope || asked.decision != .outOfScope,
      let told = prepare(story).text, told.decision == .answer(KnownIntent.preference),
      told.detections.contains(where: { !$0.negated })
    {
      return PreparedInput(
        line: line, text: .init(parsed: parsed, cut: cut, detections: detections, match: match, decision: decision), questions: [asked, told])
    }
    let questions = cut ? [] : twoQuestions(parsed, readAs: decision)
    return PreparedInput(
      line: line, text: .init(parsed: parsed, cut: cut, detections: detections, match: match, decision: decision),
      questions: questions)
  }

  /// Answers a prepared line and updates the conversation, exactly as `respond(to:)` with its text.
  public mutating func respond(to prepared: PreparedInput) -> Reply {
    state.turn += 1
    let reply = prepared.questions.isEmpty ? answerLine(prepared) : prepared.numbered ? answerEachPart(prepared) : answerBoth(prepared)
    if !reply.sources.isEmpty { state.lastSources = reply.sources }
    if prepared.text.flatMap({ Self.pointNumber($0.parsed) }) == nil { state.lastPoints = Self.points(of: reply) }
    return reply
  }

  /// The one track the signals of a clause that calls something most of their work point to
  /// ("most of my time is the LLM stuff now", "fraud model is main work", "maybe 60% of my
  /// week"), or nil.
  static func trackOfTheirMainWork(_ parsed: ParsedInput, _ told: [SignalDetector.Detection]) -> TrackID? {
    for clause in parsed.clauses where SignalDetector.callsSomethingTheirMainWork(parsed.stems[clause.range]) {
      let tracks = Set(told.filter { $0.clause == clause.text && !$0.negated }.map(\.signal.track))
      if tracks.count == 1 { return tracks.first }
    }
    return trackBesideASmallShare(parsed, told)
  }

  /// The one track the rest of a line points to firmly, beside a clause that gives another a
  /// small share of their time ("i'd still own the churn pipeline too, the rag thing is like
  /// 30% of my time"): the rest is their main work. Nil for any other line.
  static func trackBesideASmallShare(_ parsed: ParsedInput, _ told: [SignalDetector.Detection]) -> TrackID? {
    guard let small = parsed.clauses.first(where: { SignalDetector.isSmallShare(parsed.stems[$0.range]) }) else { return nil }
    let minor = Set(told.filter { $0.clause == small.text }.map(\.signal.track))
    let rest = Set(told.filter { $0.clause != small.text && !$0.negated && !$0.hedged }.map(\.signal.track)).subtracting(minor)
    return minor.isEmpty || rest.count != 1 ? nil : rest.first
  }

  /// The points of a reply's bulleted lists, in order; none for a reply resting on no section
  /// of the source (a decline's example questions are no points of an answer).
  static func points(of reply: Reply) -> [String] {
    guard !reply.sources.isEmpty else { return [] }
    return reply.blocks.flatMap { block -> [String] in
      if case .bullets(let items) = block { return items }
      return []
    }
  }

  /// The reply to one prepared line, in the turn already counted.
  mutating func answerLine(_ prepared: PreparedInput) -> Reply {
    let prepared = resolvingTheOtherTrack(prepared)
    guard let text = prepared.text else { return run(prepared.command!, input: prepared.line) }
    let (parsed, cut, match) = (text.parsed, text.cut, text.match)
    let named = namedInACorrection(parsed)
    let detections = named ?? text.detections
    let decision = named != nil || continuesTheirStory(parsed, text.decision, detections) || introducesSomeone(parsed, detections)
      ? .answer(KnownIntent.preference) : text.decision
    if let reply = whatIf(parsed, detections: detections, confidence: match.best?.score ?? 0, match: match) { return reply }
    let interviewing = state.interview != nil
    let pasted = isPastedLine(parsed)
    let absorbed = pasted || interviewing && !Self.asksInsteadOfAnswering(parsed)
      || Self.absorbs(parsed, decision: decision, detections: detections)
    let tools = detections.isEmpty ? [:] : toolNames
    let told = detections.filter { !$0.asked && !Self.asksAboutTheTool($0, parsed, tools: tools) }
    // Read once: what the line tells of people by name is theirs, and places them.
    let people = absorbed && !told.isEmpty || !state.placedPeople.isEmpty ? peopleDescribed(parsed) : []
    if absorbed {
      state.profile.absorb(
        Self.ownWork(told, besides: people), turn: state.turn, correcting: named != nil || detector.isCorrection(parsed),
        takingBack: detector.takesBack(parsed))
      state.recall(Self.notedTracks(told))
      if let main = Self.trackOfTheirMainWork(parsed, told) { state.statedMainWork = main }
    }
    let saysNoAI = Self.saysTheyHaveNoAI(parsed)
    if saysNoAI { state.profile.noteNoAISystem(turn: state.turn) }
    if Self.speaksOfHiring(parsed) { state.forAHire = true }
    // "priya also started a RAG thing. does that change it for her?" places her, asked or told.
    if absorbed && !told.isEmpty || !state.placedPeople.isEmpty { recordPeopleDescribed(people, in: parsed, told) }
    if let aspiration = Aspiration.stated(in: parsed, negatedBy: detector) { state.aspiration = aspiration }
    if pasted { return pastedLineTaken(parsed, told: told) }
    if interviewing, let reply = continueInterview(parsed, detections: detections) { return reply }
    if saysNoAI, let reply = noAISystemTaken(parsed, decision: decision, told: told) { return reply }
    if state.pendingChoices.isEmpty, let reply = pointReferredTo(parsed, confidence: match.best?.score ?? 0) { return reply }
    if let number = Self.chosenNumber(parsed, count: state.pendingChoices.count) {
      // A bare number with no list on screen picks nothing: said so, not read as a question.
      guard !state.pendingChoices.isEmpty else {
        return reply(input: prepared.line, intent: KnownIntent.clarification, confidence: 1,
          content: AnswerContent(blocks: [.paragraph(Phrases.noChoicesPending)], sourceIDs: []))
      }
      return choose(number, input: prepared.line)
    }
    // "yes", "y", "sure go ahead" just after "ask 'which track should I choose?' whenever you're ready".
    if state.lastIntent == KnownIntent.preference, Self.onlyAssents(parsed) {
      return answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: 1, match: match, detections: [])
    }
    var reply = act(on: decision, parsed: parsed, match: match, detections: detections)
    if absorbed, reply.intent != KnownIntent.preference,
      DialogueAct.isRequest(parsed) || reply.intent == KnownIntent.outOfScope || reply.intent == KnownIntent.recommendation,
      let noted = Phrases.noted(told, names: knowledgeBase.vocabulary)
    {
      let onlyTheirStory = reply.intent == KnownIntent.outOfScope && DialogueAct.onlyStates(parsed)
        && (!DialogueAct.reportsTrouble(parsed) || DialogueAct.namesOnlyKindsOfIssues(parsed)) && parsed.namesNothingOutside
      reply.blocks = onlyTheirStory ? [.paragraph(noted), .paragraph(Phrases.notedBesideTheRest)] : [.paragraph(noted)] + reply.blocks
    }
    if absorbed, reply.intent == KnownIntent.preference, Self.namesAIOpsForITOperations(parsed, told) {
      reply = citingOutside(reply.inserting([.paragraph(Phrases.aiopsForITOperations)]))
    }
    if Self.mayAskAReason(parsed.original), Self.reasonToPickAsked(parser.parse(parsed.original)) != nil {
      reply = citing(KnownSection.direction, first: true, in: reply.inserting([.paragraph(Phrases.pickedByTheSystemType)], at: 0))
    }
    if reply.intent == KnownIntent.tools, Self.asksWhichTheyKnow(parsed.words) { reply = withToolsTheyNamed(reply) }
    if cut { reply.blocks.insert(.paragraph(Phrases.inputCut(Self.longestInput)), at: 0) }
    // A goodbye ends the session, so no question is asked again after it.
    return interviewing && reply.intent != KnownIntent.goodbye ? afterAnAside(reply) : reply
  }

  /// What a line tells of the speaker's own work: when it also tells of someone by name ("my
  /// teammate jonas runs the feature store…, im more on the side of the support bot"), what it
  /// says of them is theirs; a line that tells only of others (a lead's account of the team)
  /// still counts whole.
  static func ownWork(
    _ told: [SignalDetector.Detection], besides people: [(name: String, clauses: Set<String>)]
  ) -> [SignalDetector.Detection] {
    let others = Set(people.flatMap(\.clauses))
    guard !others.isEmpty, told.contains(where: { !others.contains($0.clause) }) else { return told }
    return told.filter { !others.contains($0.clause) }
  }

  /// Whether a statement names AIOps for IT operations work ("my boss wants AIOps for the IT
  /// ops team - like alert noise reduction, incident correlation"): the other meaning of the
  /// word, which the source does not cover.
  static func namesAIOpsForITOperations(_ parsed: ParsedInput, _ told: [SignalDetector.Detection]) -> Bool {
    parsed.tracks == [.aiops] && told.contains { $0.signal.itOperations && !$0.negated }
      && !told.contains { $0.signal.track != .aiops && !$0.negated }
  }

  /// Right after they told of their work, "no wait i meant llmops, sorry" corrects what they
  /// told: the tracks it names, as said of their own work; nil for any other line.
  func namedInACorrection(_ parsed: ParsedInput) -> [SignalDetector.Detection]? {
    guard state.lastIntent == KnownIntent.preference, Self.saysWhichTrackTheyMeant(parsed) else { return nil }
    return parsed.tracks.compactMap { detector.namedTrack($0.rawValue) }.map { signal in
      SignalDetector.Detection(signal: signal, negated: false, hedged: false, clause: parsed.original)
    }
  }

  /// The tracks a line's signals point to, which the "Noted" line names, in the track order:
  /// they count as spoken of ("what is the difference between them?").
  static func notedTracks(_ detections: [SignalDetector.Detection]) -> [TrackID] {
    TrackID.allCases.filter { track in detections.contains { !$0.negated && $0.signal.track == track } }
  }

  /// Whether a line's signals go into the profile: what people say about their own work
  /// ("I deploy churn models", "our team runs the platform", "churn models, mostly"), not what
  /// they think or heard ("I thought AIOps meant alert correlation"), even
  /// when the line is declined ("my pod keeps getting OOMKilled in kubernetes"), but not an
  /// out-of-scope request that happens to use a signal's words ("how do I fine-tune Llama?").
  static func absorbs(_ parsed: ParsedInput, decision: MatchPolicy.Decision, detections: [SignalDetector.Detection]) -> Bool {
    if asksWhyTheAdvisorDid(parsed) || asksForSomeoneElse(parsed) || asksWhichTrackAPostingIs(parsed) || quotesAPosting(parsed)
      || imaginesWork(parsed)
    {
      return false
    }
    // "so final answer for me is mlops?" checks the verdict; the track it names is no news. What
    // the line tells before the check ("im moving to the chatbot team. so llmops now?") is.
    let checks = mayCheckTheVerdict(parsed) ? parsed.clauses.filter { checksTheVerdict(parsed, in: $0) }.map(\.text) : []
    if !checks.isEmpty, detections.allSatisfy({ checks.contains($0.clause) }) { return false }
    if decision == .answer(KnownIntent.preference) { return true }
    if DialogueAct.speaksOnlyOfTheirThoughts(parsed) { return false }
    // "actually scratch the churn models, … does that change your answer?": dropping part of
    // their story tells of it, whatever it asks after.
    if parsed.words.contains(where: SignalDetector.droppingWords.contains), !detections.isEmpty { return true }
    // "Senior Platform Engineer, 7 years Kubernetes infra. Which track?": their CV, then the question.
    if DialogueAct.endsAskingOnlyWhichTrack(parsed) { return true }
    // "the RAG product is 80% of revenue, the lead scoring is a side thing. doesnt that change it?"
    if !detections.isEmpty, parsed.clauses.contains(where: { SignalDetector.callsSomethingTheirMainWork(parsed.stems[$0.range]) && !parsed.asks($0) }) {
      return true
    }
    let (speaks, request) = (DialogueAct.speaksOfTheirWork(parsed), DialogueAct.isRequest(parsed))
    guard decision == .outOfScope else { return speaks || !request }
    // "to be clear: no more mlflow. not interested in kubeflow either" tells of them too.
    let weight = detections.reduce(0) { $0 + $1.signal.weight }
    return speaks ? !request || DialogueAct.statesAboutSelf(parsed) : !request && weight >= profileWeight
  }

  /// How much of a line is read, in characters; the rest of a longer line is ignored, with a note.
  public static let longestInput = 2_000

  /// Forgets the conversation.
  public mutating func reset() {
    state = ConversationState()
  }

  /// The match and decision for a line. A line that names a track is ranked without the
  /// out-of-scope intent (see `IntentIndex.Scope`). When a whole line of several clauses is
  /// declined, its best clause may still be understood ("hi, nice to meet you"), unless the
  /// line has words about something else ("ETL vs ELT: how to choose") or a topic the
  /// comparison does not cover ("which pays better, MLOps or LLMOps?"), or the clause would end
  /// the session.
  func understand(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> (MatchResult, MatchPolicy.Decision) {
    let match = index.rank(MatcherWords(parsed), scope: IntentIndex.Scope(parsed))
    let decision = decide(match, parsed: parsed, detections: detections)
    if decision == .answer(KnownIntent.preference), let asked = pickAskedAfterTheirStory(parsed) { return asked }
    guard decision == .outOfScope, parsed.clauses.count > 1 else { return (match, decision) }
    guard parsed.uncoveredTopics.isEmpty else {
      return askedAfterAnUncoveredStory(parsed) ?? askedBeforeAnUncoveredAside(parsed) ?? (match, decision)
    }
    if let asked = factorAskedBeforeAnAside(parsed) { return asked }
    let fewForeignWords = match.foreignWords <= Self.clauseFallbackForeignWords
    let clauses = parsed.clauses.map { clause in (clause, index.rank(MatcherWords(parsed, range: clause.range))) }
      .filter { fewForeignWords ? standsAlone($0.0, in: parsed) || $0.1.best?.isClosed == true
        : asksBesideTheirStory($0.0, $0.1, in: parsed) }.map(\.1)
    guard let best = clauses.max(by: { ($0.best?.score ?? 0) < ($1.best?.score ?? 0) }),
      case .answer(let intent) = MatchPolicy.readingForTheAsker(policy.decide(best), parsed: parsed),
      intent != KnownIntent.preference, intent != KnownIntent.goodbye, intent != KnownIntent.acknowledgement,
      // "to be clear: no more mlflow. not interested in kubeflow either" thanks no one.
      intent != KnownIntent.thanks || parsed.words.contains(where: Self.thankingWords.contains)
    else { return (match, decision) }
    return (best, .answer(intent))
  }

  /// A short last clause that asks for a pick after what the asker told of their work ("idk i
  /// do chatbots at work w/ openai api. pick one"): the recommendation, read from that clause
  /// alone, while the rest still counts for the profile.
  func pickAskedAfterTheirStory(_ parsed: ParsedInput) -> (MatchResult, MatchPolicy.Decision)? {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last, last.range.count <= Self.shortRequestWords else { return nil }
    let match = index.rank(MatcherWords(parsed, range: last.range))
    guard policy.decide(match) == .answer(KnownIntent.recommendation) else { return nil }
    return (match, .answer(KnownIntent.recommendation))
  }

  /// The most words a last clause asking for a pick may have (`pickAskedAfterTheirStory`).
  static let shortRequestWords = 4

  /// The question that follows what the asker told of themselves in words the comparison
  /// does not cover ("I'm an ML researcher (PhD), … what is actually different between mlops
  /// and llmops, concretely"): the match and decision of the clauses from the first that asks,
  /// when every topic not covered is in what they told before it.
  func askedAfterAnUncoveredStory(_ parsed: ParsedInput) -> (MatchResult, MatchPolicy.Decision)? {
    guard parsed.classes.contains(.firstPerson), let question = Self.questionAfterTheFirstClause(parsed) else { return nil }
    return answeredAlone(question)
  }

  /// A first clause that asks what the source covers, before an aside about something it does
  /// not ("what projects could i build to show this? i only know java lol"): its match and
  /// decision, when every topic not covered is in what follows it and that asks nothing.
  func askedBeforeAnUncoveredAside(_ parsed: ParsedInput) -> (MatchResult, MatchPolicy.Decision)? {
    // "what about llmops, is it harder?" asks its second clause; "mlops engineer? salary"
    // names the topic not covered as a question of a word or two, not as an aside.
    guard parsed.clauses.count > 1, let first = parsed.clauses.first, parsed.asks(first),
      !parsed.clauses.dropFirst().contains(where: parsed.asks),
      parsed.clauses.dropFirst().contains(where: { $0.range.count > Self.topicFragmentWords })
    else { return nil }
    return answeredAlone(first.text)
  }

  /// A first clause that asks about a factor of the comparison, or follows up ("and cost
  /// control?"), before an aside that asks nothing ("what tools should we use in the labs? we
  /// have a modest gpu budget"): its match and decision, however many words of the aside the
  /// comparison does not know.
  func factorAskedBeforeAnAside(_ parsed: ParsedInput) -> (MatchResult, MatchPolicy.Decision)? {
    guard let first = parsed.clauses.first, parsed.asks(first), !parsed.clauses.dropFirst().contains(where: parsed.asks)
    else { return nil }
    // "and cost control? token spend is my biggest problem rn": a follow-up, then an aside.
    if first.range.count <= Self.followUpBeforeAsideWords, Self.continuationOpening(parsed.words[first.range]) != nil,
      parsed.namesNothingOutside
    {
      return (index.rank(MatcherWords(parsed, range: first.range)), .answer(KnownIntent.followUp))
    }
    guard parsed.factor != nil else { return nil }
    let asked = parser.parse(first.text)
    return asked.factor == nil ? nil : answeredAlone(asked)
  }

  /// The most words of a follow-up clause before an aside ("and cost control?").
  static let followUpBeforeAsideWords = 5

  /// The most words of a clause that only names a topic ("salary", "and the pay"), never an aside.
  static let topicFragmentWords = 2

  /// The match and decision of part of a line read as a line of its own, when it names only
  /// what the comparison covers and asks a question of it (not a social line or their work).
  func answeredAlone(_ text: String) -> (MatchResult, MatchPolicy.Decision)? {
    answeredAlone(parser.parse(text))
  }

  /// `answeredAlone(_:)` for a part already parsed.
  func answeredAlone(_ asked: ParsedInput) -> (MatchResult, MatchPolicy.Decision)? {
    guard asked.uncoveredTopics.isEmpty, asked.neighbours.isEmpty else { return nil }
    let match = index.rank(MatcherWords(asked), scope: IntentIndex.Scope(asked))
    guard case .answer(let intent) = policy.decide(match, parsed: asked), !MatchPolicy.socialIntents.contains(intent),
      intent != KnownIntent.preference
    else { return nil }
    return (match, .answer(intent))
  }

  /// Whether a line asks why the advisor did or said something ("ok so then why did you note me
  /// down as AIOps because i said incident?"): what it explains, not more of their work.
  static func asksWhyTheAdvisorDid(_ parsed: ParsedInput) -> Bool {
    DialogueAct.opens(parsed.words, withAnyOf: whyOpenings)
  }

  /// Whether the last clause asks if a track still holds after what they just told ("but i
  /// dont touch serving or latency at all. i just test outputs. still llmops?", "is it still
  /// mlops then"): the recommendation, from all they have said.
  static func asksWhetherItIsStill(_ parsed: ParsedInput) -> Bool {
    guard parsed.tracks.count == 1, let last = parsed.clauses.last, last.asked || DialogueAct.isQuestion(parsed) else {
      return false
    }
    let words = parsed.words[last.range].filter { !DialogueAct.leadingFillers.contains($0) && $0 != "then" }
    return stillOpenings.contains { words.count == $0.count + 1 && words.starts(with: $0) && TrackID.named(words.last!) != nil }
  }

  /// What stands before the track in "still llmops?", "is it still mlops", "so is that still aiops".
  static let stillOpenings: [[String]] = [["still"], ["is", "it", "still"], ["is", "that", "still"], ["still", "a"]]

  /// Words that thank: a line with one is thanks whatever else it counts.
  static let thankingWords: WordSet = ["thanks", "thank", "thx", "ty", "thnx", "cheers", "appreciate", "appreciated"]

  /// The openings that ask why the advisor did something.
  static let whyOpenings: [[String]] = [
    ["why", "did", "you"], ["why", "do", "you"], ["why", "would", "you"], ["why", "are", "you"], ["how", "come", "you"],
  ]

  /// Whether a line only asks what "that" is ("whats that", "what is that exactly?"): the
  /// definition, of the track in focus when there is one ("what is this" asks what the advisor is).
  static func asksWhatThatIs(_ parsed: ParsedInput) -> Bool {
    let words = DialogueAct.afterFillers(parsed.words).lazy.filter { $0 != "exactly" && $0 != "again" }
    return thatQuestions.contains { words.elementsEqual($0) }
  }

  /// The whole of a line that asks what "that" is, fillers aside.
  static let thatQuestions: [[String]] = [["what", "is", "that"], ["what", "s", "that"]]

  /// The question a line says the person asked or meant, from its question word on, in the
  /// line's last clause: "no i ask what is drift", "sorry, i meant which track covers drift",
  /// "huh? i asked what an LLM is"; nil for any other line ("no. i ask which track i choose. i
  /// do devops…" goes on with their work).
  static func questionTheySayTheyAsked(_ parsed: ParsedInput) -> String? {
    guard let last = parsed.clauses.last else { return nil }
    let words = parsed.words[last.range]
    // "for all three i mean": what they mean, said before it.
    if parsed.clauses.count == 1, words.count > 3, words.suffix(2).first == "i", ["mean", "meant"].contains(words.last!) {
      return words.dropLast(2).joined(separator: " ")
    }
    let start = words.startIndex + words.prefix { DialogueAct.leadingFillers.contains($0) || correctingOpeners.contains($0) }.count
    guard start + 2 < words.endIndex, words[start] == "i", reframingVerbs.contains(words[start + 1]) || words[start + 1] == "said"
    else { return nil }
    // "i said for each track": the tracks they said the last question was for.
    let forEvery = words[start + 2] == "for" && start + 3 < words.endIndex && parsed.classes[start + 3].contains(.everyTrackLeader)
    guard parsed.classes[start + 2].contains(.questionWord) && words[start + 1] != "said" || forEvery else { return nil }
    return words[(start + 2)...].joined(separator: " ")
  }

  /// Words that only fill the length asked for: "in like a couple of sentences".
  static let shapeFillers: WordSet = ["like", "just", "a", "of"]

  /// A question's words before the length it asks its answer in ("what is vllm in like one
  /// sentence", "what's rag in a few words"); nil for a line that ends in no such length or has
  /// nothing before it. ("in plain english" has readings of its own.)
  static func questionWithoutItsShape(_ parsed: ParsedInput) -> String? {
    let words = parsed.words
    guard words.count > 3, let place = words.lastIndex(of: "in"), place >= 2 else { return nil }
    let shape = words[(place + 1)...].filter { !shapeFillers.contains($0) }
    guard let first = shape.first, let last = shape.last else { return nil }
    // "in a sentence", "in one line", "in a couple of sentences", "in two lines".
    let asShort = shape.count == 1 && textUnits.contains(first)
      || shape.count == 2 && (first == "one" || first == "1") && textUnits.contains(last)
      || shape.count == 2 && fewWords.contains(first) && textUnitsPlural.contains(last)
    return asShort ? words[..<place].joined(separator: " ") : nil
  }

  /// "so basically the same thing?" after two tracks were spoken of, or "so basically the same as
  /// mlops?" after another was recommended or in focus: the FAQ on LLMOps and MLOps for those two,
  /// else the two compared; nil for any other line.
  mutating func whetherTheTwoAreTheSame(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.count <= 1, parsed.words.count <= 7, DialogueAct.endsWithQuestionMark(parsed) || parsed.words.last == "right",
      parsed.words.contains("same"),
      parsed.words.allSatisfy({ $0 == "same" || Self.sameThingFillers.contains($0) || TrackID.named($0) != nil })
    else { return nil }
    // "so basically the same as mlops?" sets the track named against the one in focus.
    let inFocus = state.lastRecommendation.map { [$0.track] } ?? state.focusTracks
    let tracks = parsed.tracks.count == 1 ? Array((inFocus.filter { $0 != parsed.tracks[0] }.prefix(1)) + parsed.tracks)
      : state.lastComparisonTracks.count == 2 ? state.lastComparisonTracks : Array(state.mentionedTracks.suffix(2))
    guard tracks.count == 2 else { return nil }
    guard Set(tracks) != [.mlops, .llmops] else {
      return answer(KnownIntent.llmopsVersusMLOps, parsed: parsed, tracks: tracks, confidence: confidence, match: match)
    }
    return answer(KnownIntent.comparison, parsed: parsed, tracks: tracks, confidence: confidence, match: match,
      lead: [.paragraph(Phrases.notTheSame)])
  }

  /// The words around "same" in "so basically the same thing?".
  static let sameThingFillers: WordSet = [
    "so", "basically", "just", "really", "pretty", "much", "like", "the", "it", "its", "is", "thing", "things", "then", "essentially",
    "kinda", "all", "right", "they", "are", "theyre", "not", "isnt", "ok", "okay", "hmm", "but", "as",
  ]

  /// "where does the source say llmops is different", "where exactly does it say aiops covers
  /// agents": the claim after the verb of saying, naming a track, to answer as a question (the
  /// answer's sources line names where); nil for any other line.
  static func claimAskedWhereTheSourceSays(_ parsed: ParsedInput) -> String? {
    let words = parsed.words
    guard words.first == "where", !parsed.tracks.isEmpty, let verb = words.firstIndex(where: { $0 == "say" || $0 == "says" }),
      words[..<verb].contains(where: { sourceNouns.contains($0) || $0 == "it" })
    else { return nil }
    let claim = words[(verb + 1)...].drop { $0 == "that" }.prefix { !quotingWords.contains($0) }
    guard claim.count >= 2, claim.contains(where: { TrackID.named($0) != nil }) else { return nil }
    return claim.joined(separator: " ")
  }

  /// "is cost a good reason to pick llmops", "is evaluation a reason to go llmops": whether the
  /// track has the concept, as "does llmops cover cost"; nil for any other line.
  static func reasonToPickAsked(_ parsed: ParsedInput) -> String? {
    let words = Array(DialogueAct.afterFillers(parsed.words))
    guard parsed.tracks.count == 1, let track = parsed.tracks.first, words.first == "is",
      let reason = words.firstIndex(of: "reason"), reason + 2 < words.count, words[reason + 1] == "to",
      words[(reason + 2)...].prefix(4).contains(where: { TrackID.named($0) == track })
    else { return nil }
    let concept = words[1..<reason].filter { !reasonFillers.contains($0) }
    guard (1...3).contains(concept.count), !concept.contains(where: { TrackID.named($0) != nil }) else { return nil }
    return "does \(track.rawValue) cover \(concept.joined(separator: " "))"
  }

  /// Whether a line has "reason" in it, lower case, read byte by byte: the cheap check before
  /// the line is read again for `reasonToPickAsked` (most lines have no such word).
  static func mayAskAReason(_ line: String) -> Bool {
    let word = "reason".utf8
    var rest = line.utf8[...]
    // Each "r" is a possible start; the line is not copied.
    while let start = rest.firstIndex(of: UInt8(ascii: "r")) {
      if rest[start...].starts(with: word) { return true }
      rest = rest[rest.index(after: start)...]
    }
    return false
  }

  /// The words around a concept asked as a reason: "is cost a good reason".
  static let reasonFillers: WordSet = ["a", "an", "the", "good", "valid", "strong", "big", "real", "enough", "really", "actually"]

  /// The second of two clauses when it asks what the first named ("and drift? what is drift"):
  /// every word of the first but its opening is in the second; nil for any other line.
  static func termAskedAgain(_ parsed: ParsedInput) -> String? {
    guard parsed.clauses.count == 2, let first = parsed.clauses.first, let second = parsed.clauses.last,
      first.range.count <= addedTopicWords + 1, asksWhatItIs(Array(parsed.words[second.range]))
    else { return nil }
    let named = parsed.words[first.range].filter { !DialogueAct.leadingFillers.contains($0) && $0 != "what" && $0 != "about" }
    return !named.isEmpty && named.allSatisfy(parsed.words[second.range].contains) ? second.text : nil
  }

  /// What a term is, asked before an example of it ("whats an llm btw, like chatgpt?"): the
  /// question without the example; nil for any other line.
  static func termAskedBeforeAnExample(_ parsed: ParsedInput) -> String? {
    guard parsed.clauses.count == 2, let first = parsed.clauses.first, let example = parsed.clauses.last,
      parsed.words[example.range].first == "like", example.range.count <= 4, asksWhatItIs(Array(parsed.words[first.range]))
    else { return nil }
    return first.text
  }

  /// What a term of the source covers, asked as what it means: "what does governance cover",
  /// "governance - what does that actually cover" are "what does governance mean"; nil for any
  /// other line, or one naming a track or a topic of the table ("what does the course cover").
  static func termAskedWhatItCovers(_ parsed: ParsedInput) -> String? {
    guard parsed.tracks.isEmpty, parsed.factor == nil, let verb = parsed.words.lastIndex(where: coveringVerbsAsked.contains),
      verb == parsed.words.count - 1, let does = parsed.words.lastIndex(of: "does"), does < verb, does > 0,
      parsed.words[does - 1] == "what"
    else { return nil }
    let between = parsed.words[(does + 1)..<verb].filter { !stressingWords.contains($0) }
    let pointsBack = between.count == 1 && ["that", "it", "this"].contains(between[0])
    let term = pointsBack ? Array(parsed.words[..<(does - 1)].filter { !DialogueAct.leadingFillers.contains($0) }) : between
    guard (1...2).contains(term.count), !term.contains(where: notTermsCovering.contains), pointsBack || does == 1 else { return nil }
    return "what does \(term.joined(separator: " ")) mean"
  }

  /// The verbs that ask what a term takes in: "what does governance cover".
  static let coveringVerbsAsked: WordSet = ["cover", "include", "involve", "entail"]

  /// Words that are no term of the source before those verbs: "what does the course cover".
  static let notTermsCovering: WordSet = ["course", "courses", "it", "that", "this", "the", "source", "doc", "page", "each", "one"]

  /// The words that open a correction before "i asked": "no", "sorry".
  static let correctingOpeners: WordSet = ["no", "nope", "sorry", "nah"]

  /// The verbs of "i asked …", "i meant …" before the question itself.
  static let reframingVerbs: WordSet = ["ask", "asked", "asking", "mean", "meant"]

  /// The question a declined line opens with when the rest only tells of the asker's work ("do
  /// i need vllm tho? we use openai hosted, we dont run any models ourselves"), or nil.
  static func questionBeforeTheirStory(_ parsed: ParsedInput) -> (question: String, story: String)? {
    // "me? i do k8s + vllm serving" asks no question of its own.
    guard parsed.clauses.count > 1, let first = parsed.clauses.first, first.asked,
      parsed.words[first.range].drop(while: DialogueAct.leadingFillers.contains).count > topicFragmentWords,
      parsed.clauses.dropFirst().allSatisfy({ !parsed.asks($0) }),
      parsed.clauses.dropFirst().contains(where: { parsed.classes[$0.range].contains(.firstPerson) })
    else { return nil }
    return (first.text, textAfterTheFirstClause(parsed))
  }

  /// The question a line asks after an opening that asks nothing of the source, prepared
  /// alone: after words that announce it ("ok different q.", `questionAfterAnnouncingIt`), an
  /// aside on how the talk feels ("still a bit jargony for me.", `questionAfterAnAside`), or
  /// thanks or the like ("thx, last q: whats vllm", "cool thx. what does dvc do"); nil for any
  /// other line. When the whole line reads as out of scope, thanks must be the opening alone (a
  /// few words) and its second clause the question.
  func questionAfterItsOpening(
    _ parsed: ParsedInput, decision: MatchPolicy.Decision, detections: [SignalDetector.Detection]
  ) -> PreparedInput? {
    // "ok. i want job fast, which one": declined as a whole, the rest may be understood.
    if decision == .outOfScope, let rest = Self.restAfterABareOpening(parsed) { return prepare(rest) }
    if let rest = Self.questionAfterAnnouncingIt(parsed) ?? Self.questionAfterAComplaint(parsed)
      ?? Self.questionAfterAnAside(parsed, detections: detections)
      ?? Self.questionAfterExplain(parsed) ?? Self.questionAfterNotKnowing(parsed)
    {
      return prepare(rest)
    }
    guard let question = Self.questionAfterTheFirstClause(parsed) else { return nil }
    if Self.isSocial(decision) { return prepare(question) }
    guard decision == .outOfScope, parsed.clauses.count > 1,
      parsed.asks(parsed.clauses[1]),
      let opening = parsed.clauses.first, opening.range.count <= Self.socialOpeningWords,
      Self.isThanks(policy.decide(index.rank(MatcherWords(parsed, range: opening.range))))
    else { return nil }
    return prepare(question)
  }

  /// The question a line asks to have explained when that asks what something means
  /// ("explain what model drift means" is "what does model drift mean"); nil for any other line.
  static func questionAfterExplain(_ parsed: ParsedInput) -> String? {
    let words = DialogueAct.afterFillers(parsed.words)
    guard parsed.clauses.count == 1, let verb = words.firstIndex(where: explainingVerbs.contains), verb - words.startIndex <= 3,
      verb + 2 < words.endIndex, words[verb + 1] == "what",
      let means = words.indices.last(where: { words[$0] == "means" || words[$0] == "mean" }), means > verb + 2
    else { return nil }
    return (["what", "does"] + words[(verb + 2)..<means] + ["mean"] + words[(means + 1)...]).joined(separator: " ")
  }

  /// The question a line asks by saying they do not know something ("idk what drift is" is
  /// "what is drift", "not sure what kserve does" is "what does kserve do"); nil for any other
  /// line.
  static func questionAfterNotKnowing(_ parsed: ParsedInput) -> String? {
    let words = DialogueAct.afterFillers(parsed.words)
    guard parsed.clauses.count == 1, let what = words.firstIndex(of: "what"), what + 2 < words.endIndex,
      notKnowingRuns.contains(where: { Array(words[..<what]).suffix($0.count).elementsEqual($0) })
    else { return nil }
    let (asked, last) = (words[(what + 1)..<(words.endIndex - 1)], words[words.endIndex - 1])
    switch last {
    case "is", "are": return (["what", last] + asked).joined(separator: " ")
    case "means", "mean": return (["what", "does"] + asked + ["mean"]).joined(separator: " ")
    case "does", "do": return (["what", last] + asked + ["do"]).joined(separator: " ")
    default: return nil
    }
  }

  /// The words just before "what" that say they do not know it: "idk what", "i do not know
  /// what", "not sure what", "no idea what".
  static let notKnowingRuns: [[String]] = [["idk"], ["do", "not", "know"], ["not", "sure"], ["no", "idea"], ["dunno"]]

  /// The verbs of asking to have something explained: "explain what drift means".
  static let explainingVerbs: WordSet = ["explain", "describe", "clarify"]

  /// Whether a decision answers thanks, a greeting or the like, but not a goodbye.
  static func isSocial(_ decision: MatchPolicy.Decision) -> Bool {
    guard case .answer(let intent) = decision else { return false }
    return MatchPolicy.socialIntents.contains(intent) && intent != KnownIntent.goodbye
  }

  /// Whether a decision answers thanks or an acknowledgement ("cool thx", "ok got it").
  static func isThanks(_ decision: MatchPolicy.Decision) -> Bool {
    decision == .answer(KnownIntent.thanks) || decision == .answer(KnownIntent.acknowledgement)
  }

  /// The most words a social opening has before the question ("cool thx").
  static let socialOpeningWords = 3

  /// "and evaluation? is that new or did mlops always have it": a short first clause that adds a
  /// topic, naming no track ("and …", "what about …"), and a second that asks about it by "that"
  /// or "it": the first clause, which the answer to it answers too; nil for any other line.
  static func topicThenAskedOfIt(_ parsed: ParsedInput) -> String? {
    guard parsed.clauses.count == 2, let first = parsed.clauses.first, let second = parsed.clauses.last,
      first.range.count <= addedTopicWords + 1, continuationOpening(parsed.words[first.range]) != nil,
      !parsed.words[first.range].contains(where: { TrackID.named($0) != nil }),
      parsed.asks(second) || DialogueAct.opensAsYesNoQuestion(parsed.words[second.range]),
      parsed.classes[second.range].prefix(3).contains(where: { $0.contains(.pointsAtOne) })
    else { return nil }
    return first.text
  }

  /// "hmm still a bit jargony for me. what does "drift" mean?": a line of two clauses whose
  /// first is a short aside on how the talk feels to them ("jargony", "confusing", "im new to
  /// this") that asks nothing, names no track and tells nothing of their work, and whose second
  /// opens with a question word, is that question; nil for any other line.
  static func questionAfterAnAside(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> String? {
    guard parsed.clauses.count == 2, let aside = parsed.clauses.first, let question = parsed.clauses.last,
      aside.range.count <= asideWords, parsed.words[aside.range].contains(where: feelingWords.contains),
      !parsed.asks(aside), parsed.namesNothingOutside,
      !parsed.words[aside.range].contains(where: { TrackID.named($0) != nil }),
      !detections.contains(where: { $0.clause == aside.text }),
      question.range.first.map({ parsed.classes[$0].contains(.questionWord) }) == true
    else { return nil }
    return question.text + (question.asked ? "?" : "")
  }

  /// The most words of an aside before a question ("hmm still a bit jargony for me").
  static let asideWords = 7

  /// Words of an aside on how the talk feels to them, before a question.
  static let feelingWords: WordSet = [
    "jargony", "jargon", "confusing", "confused", "complicated", "overwhelming", "overwhelmed", "lost", "dense", "new",
    "beginner", "noob", "newbie", "sorry",
  ]

  /// "ok different q. for the RAG product specifically, what would the team need to get good
  /// at?", "one more q - whats drift": what follows the words that only announce a question,
  /// when it asks something; nil for any other line.
  static func questionAfterAnnouncingIt(_ parsed: ParsedInput) -> String? {
    guard let opening = parsed.clauses.first else { return nil }
    let words = parsed.words
    let end = words[opening.range].firstIndex { !announcingWords.contains($0) && !DialogueAct.leadingFillers.contains($0) }
      ?? opening.range.upperBound
    // "last one: what job would that lead to?" announces; "and the last one?" is a track.
    let lastOne = parsed.clauses.count > 1 && words[opening.range].drop(while: DialogueAct.leadingFillers.contains) == ["last", "one"]
    guard lastOne || words[opening.range.lowerBound..<end].contains(where: questionNouns.contains) else { return nil }
    let rest = parsed.clauses.dropFirst().map(\.text)
    // Within the first clause ("one more q - whats drift"): the rest of it, which must ask.
    if end < opening.range.upperBound {
      guard parsed.asks(opening) else { return nil }
      return ([words[end..<opening.range.upperBound].joined(separator: " ")] + rest).joined(separator: ", ")
    }
    return parsed.clauses.dropFirst().contains(where: parsed.asks) ? textAfterTheFirstClause(parsed) : nil
  }

  /// The clauses of a line after its first, joined as a line of their own.
  static func textAfterTheFirstClause(_ parsed: ParsedInput) -> String {
    parsed.clauses.dropFirst().map(\.text).joined(separator: ", ")
  }

  /// "ok. i want job fast, which one", "cool, got it. and the tools?": the line after a first
  /// clause of only such words, read as the line; nil for any other line.
  static func restAfterABareOpening(_ parsed: ParsedInput) -> String? {
    guard parsed.clauses.count > 1, let opening = parsed.clauses.first,
      parsed.words[opening.range].allSatisfy(bareOpeningWords.contains)
    else { return nil }
    return textAfterTheFirstClause(parsed)
  }

  /// Words of a first clause that only acknowledges before the line goes on: "ok.", "cool, got
  /// it." ("wait," and "but," turn what follows against what was said: they are kept).
  static let bareOpeningWords: WordSet = [
    "ok", "okay", "k", "kk", "hmm", "hm", "oh", "cool", "alright", "great", "nice", "got", "it", "i", "see", "gotcha", "ah",
    "ahh", "interesting",
  ]

  /// "wait you didnt answer, what do i actually monitor", "thats not what i asked. which tools
  /// then": the question after a first clause that only says the last one went unanswered.
  static func questionAfterAComplaint(_ parsed: ParsedInput) -> String? {
    guard parsed.clauses.count > 1, let opening = parsed.clauses.first else { return nil }
    let words = parsed.words[opening.range]
    let unanswered = words.contains { $0 == "answer" || $0 == "answered" || $0 == "asked" }
      && words.contains { $0 == "not" || $0 == "never" }
    guard unanswered, words.count <= complaintWords, parsed.clauses.dropFirst().contains(where: parsed.asks) else { return nil }
    return textAfterTheFirstClause(parsed)
  }

  /// The most words of a clause that only says a question went unanswered.
  static let complaintWords = 8

  /// The nouns of a clause that announces a question: "q" in "different q", "question".
  static let questionNouns: WordSet = ["q", "question", "qs", "questions", "topic"]

  /// The words of a clause that only announces a question: "ok different q", "one more question".
  static let announcingWords = questionNouns.union([
    "different", "difference", "another", "new", "next", "quick", "one", "more", "last", "other", "random", "unrelated", "side",
    "follow", "up", "followup", "a", "my", "final", "small", "related", "change", "of", "sorry", "dumb", "stupid", "silly",
    "basic", "noob", "newbie",
  ])

  /// The clauses of a line from the first that asks something, when that is not the first
  /// clause, joined as a line of their own; nil when none does.
  static func questionAfterTheFirstClause(_ parsed: ParsedInput) -> String? {
    guard let question = parsed.clauses.firstIndex(where: parsed.asks), question > 0 else { return nil }
    // "last q - whats drift": from its question word, when one opens the question late.
    let clause = parsed.clauses[question]
    if let start = clause.range.first(where: { parsed.classes[$0].contains(.questionWord) }), start > clause.range.lowerBound {
      let asked = parsed.words[start..<clause.range.upperBound].joined(separator: " ") + (clause.asked ? "?" : "")
      return ([asked] + parsed.clauses[(question + 1)...].map(\.text)).joined(separator: ", ")
    }
    return parsed.clauses[question...].map(\.text).joined(separator: ", ")
  }

  /// Whether a clause that is not a greeting, thanks or the like may be understood alone: it
  /// asks something, or has more than one word (the title "vLLM: Serving LLMs in Production"
  /// does not ask about vLLM).
  func standsAlone(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    clause.range.count > 1 || parsed.asks(clause)
  }

  /// Whether a clause asks a question in its own known words while the line around it speaks
  /// of the asker ("I know Docker and Terraform, where should I start?") and reports no
  /// trouble: the question is answered however many words the story has that the advisor does
  /// not know, and whatever fields next door the story names ("…nlp comps with deberta
  /// finetuning. what should i learn"), when the question names none. A request counts as a
  /// question ("…deploy them and need to monitor drift and retrain. recommend a track").
  func asksBesideTheirStory(_ clause: ParsedInput.Clause, _ match: MatchResult, in parsed: ParsedInput) -> Bool {
    match.foreignWords == 0 && parsed.classes.contains(.firstPerson) && !DialogueAct.reportsTrouble(parsed)
      && (parsed.asks(clause) || DialogueAct.opensAsRequest(parsed.words[clause.range], parsed.classes[clause.range]))
      && (parsed.neighbours.isEmpty || parser.parse(clause.text).neighbours.isEmpty)
  }

  /// How many words about something else a line may have for one of its clauses to be understood alone.
  static let clauseFallbackForeignWords = 1

  /// The policy's decision, except for statements (not requests, not problem reports) that
  /// say something about the person's work and are mostly about it: one that speaks of
  /// oneself and names a signal, even to deny it ("I don't work with LLMs"), or that would
  /// otherwise be declined ("I'm a student, I don't operate anything yet"), is taken as a
  /// preference, unless it clearly asks for an answer; one that does not speak of oneself is
  /// one when the decision would decline it, it names no field next door and asks nothing,
  /// and its signals weigh at least `profileWeight` ("6 yrs of demand forecasting models,
  /// weekly retraining"), unless it is written as a title ("vLLM: Serving LLMs in Production"). A problem report ("my pod keeps getting OOMKilled in kubernetes")
  /// or a line mostly about something else is declined, though its signals still count (see
  /// `absorbs`).
  func decide(_ match: MatchResult, parsed: ParsedInput, detections: [SignalDetector.Detection]) -> MatchPolicy.Decision {
    let decision = decideReading(match, parsed: parsed, detections: detections)
    // "if we self host the fine tuned llama what would we serve it with" asks; it tells nothing.
    guard decision == .answer(KnownIntent.preference), Self.imaginesWork(parsed) else { return decision }
    return policyReading(match, parsed: parsed)
  }

  /// The policy's decision on a match, leaving out the readings of a statement (their work, an
  /// acknowledgement), which the advisor makes itself.
  func policyReading(_ match: MatchResult, parsed: ParsedInput) -> MatchPolicy.Decision {
    policy.decide(match.without(KnownIntent.preference).without(KnownIntent.acknowledgement), parsed: parsed)
  }

  /// `decide(_:parsed:detections:)` before a line imagining work is kept from telling of it.
  func decideReading(_ match: MatchResult, parsed: ParsedInput, detections: [SignalDetector.Detection]) -> MatchPolicy.Decision {
    if Self.onlyAcknowledges(parsed) { return .answer(KnownIntent.acknowledgement) }
    let decision = policyReading(match, parsed: parsed)
    if decision == .answer(KnownIntent.thanks), let last = parsed.words.last, readsAs(last, "bye") { return .answer(KnownIntent.goodbye) }
    // "so where does that leave me" asks; "leave" takes no leave.
    if decision == .answer(KnownIntent.goodbye), DialogueAct.afterFillers(parsed.words).first.map(DialogueAct.questionWords.contains) == true {
      return decide(match.without(KnownIntent.goodbye), parsed: parsed, detections: detections)
    }
    // "ok thats a lot of words lol": "a lot of" counts something; it thanks no one.
    if decision == .answer(KnownIntent.thanks), parsed.words.containsRun(["lot", "of"]), !parsed.words.contains(where: Self.thankingWords.contains) {
      return decide(match.without(KnownIntent.thanks), parsed: parsed, detections: detections)
    }
    if Self.asksWhichForTheirJob(parsed) || asksWhichBesideTheirBackground(parsed) || Self.weighsSpecialising(parsed)
      || Self.asksWhichTrackForThem(parsed) || Self.asksAndForMe(parsed) || Self.asksWhichOfTheNamedForThem(parsed)
      // "ok whats the recommendation now": the recommendation asked for by name.
      || decision == .answer(KnownIntent.followUp) && parsed.words.contains("recommendation")
      // "ok and which should i learn? at work i maintain our rag chatbot".
      || !detections.isEmpty && parsed.tracks.isEmpty && DialogueAct.speaksOfTheirWork(parsed)
        && Self.asksWhichTheyChoose(parsed.words, whichAlone: true)
      // "Senior Platform Engineer, 7 years Kubernetes infra, OPA policy. Which track?"
      || !detections.isEmpty && DialogueAct.endsAskingOnlyWhichTrack(parsed)
      // "… audit logs, and the EU AI act. which of these tracks actually covers that?"
      || !detections.isEmpty && parsed.tracks.isEmpty && Self.endsAskingWhichTrackCoversIt(parsed)
      || parsed.tracks.isEmpty && Self.asksWhichFits(parsed.words) || Self.asksToBeInterviewed(parsed.words)
      || Self.asksWhetherToTakeUpSeveral(parsed) || Self.weighsTheNamedNow(parsed) || Self.asksWhichTrackToHireFor(parsed)
      || Self.asksWhereThatLeavesThem(parsed.words)
    {
      return .answer(KnownIntent.recommendation)
    }
    if Self.asksWhatTheirRoleIsCalled(parsed) || Self.asksWhomToHire(parsed) || Self.asksForATitle(parsed) {
      return .answer(KnownIntent.career)
    }
    if let intent = Self.asksWhatTheyShare(parsed) { return .answer(intent) }
    if Self.asksWhichIsBroadest(parsed) { return .answer(KnownIntent.aiopsPosition) }
    if !detections.isEmpty, Self.asksWhetherTheyAreRight(parsed) || Self.asksWhetherItIsStill(parsed) {
      return .answer(KnownIntent.recommendation)
    }
    // "do we need an aiops person at all or is that overkill for us": whom that track suits.
    if Self.asksWhetherToHireForATrack(parsed) { return .answer(KnownIntent.fit) }
    // "is it governance or the model type that decides?": how to decide between the tracks.
    if Self.asksWhichOfTwoDecides(parsed) { return .answer(KnownIntent.choose) }
    // "so am i mlops or llmops or both", "am i aiops then?": which track they are.
    if let named = Self.tracksAskedAsTheirs(parsed) { return .answer(named > 1 ? KnownIntent.recommendation : KnownIntent.fit) }
    // "should i learn mlops before llmops" asks a topic the source leaves out, not whom a track suits.
    let asksAnUncoveredTopic = !parsed.uncoveredTopics.isEmpty
    if Self.announcesTheirChoice(parsed) || !asksAnUncoveredTopic && Self.asksWhetherATrackSuitsThem(parsed) { return .answer(KnownIntent.fit) }
    // "so should i go llmops instead?": whom it suits, unless the card on choosing it answers.
    if !asksAnUncoveredTopic, decision != .answer(KnownIntent.choose), parsed.tracks.count == 1, Self.asksWhetherToChoose(parsed) {
      return .answer(KnownIntent.fit)
    }
    if decision == .outOfScope, let intent = Self.asksOnAFactorForThem(parsed) ?? Self.asksForThemAlone(parsed) {
      return .answer(intent)
    }
    // "can u say more simple what is difference the 3": the tracks compared, in other words.
    if decision == .outOfScope, parsed.namesNothingOutside, parsed.classes.contains(.everyTrack),
      parsed.classes.contains(.comparing), DialogueAct.isQuestion(parsed)
    {
      return .answer(KnownIntent.comparison)
    }
    if Self.asksAboutTheirOwnWork(parsed, decision, detections) {
      return .answer(parsed.factor.flatMap { Self.factorIntents[$0] } ?? KnownIntent.recommendation)
    }
    if Self.opensWithAFollowUp(parsed) || Self.saysWhichTrackTheyMeant(parsed) { return .answer(KnownIntent.followUp) }
    if Self.asksWhyNotATrack(parsed) || Self.asksWhyTheAdvisorDid(parsed) { return .answer(KnownIntent.why) }
    // "hmm llmops sounds more interesting honestly": where they want to go, told, not asked.
    if decision == .outOfScope || !isClearAnswer(decision, match), !DialogueAct.isRequest(parsed),
      parsed.clauses.contains(where: { !$0.asked && Aspiration.appealingTrack(Array(parsed.words[$0.range])) != nil })
    {
      return .answer(KnownIntent.preference)
    }
    if Self.asksForEveryDefinition(parsed) || Self.asksWhatThatIs(parsed) { return .answer(KnownIntent.definition) }
    // "is llmops a subset of aiops?": the FAQ on LLMOps and MLOps does not answer a line
    // that sets LLMOps beside AIOps alone.
    if decision == .answer(KnownIntent.llmopsVersusMLOps), Set(parsed.tracks) == [.llmops, .aiops] {
      return .answer(KnownIntent.aiopsPosition)
    }
    // "who wrote this doc anyway, a course vendor? be honest": who wrote it, whatever else it names.
    if Self.asksWhoWroteIt(parsed.words) { return .answer(KnownIntent.about) }
    // "then the remaining rows: best for, tool emphasis, project style", "let's start with the
    // first row: core system type": rows of the table asked for by name, not in a question
    // ("what projects should a candidate for that role have?" names two rows' words).
    if parsed.tracks.isEmpty, detections.isEmpty, parsed.namesNothingOutside, parsed.factor != nil,
      parsed.words.contains(where: Self.rowWords.contains) || parsed.factors.count >= 2 && !parsed.classes.contains(.questionWord)
    {
      return .answer(KnownIntent.comparison)
    }
    // "what does the source say about careers?": the topic named, not the page.
    if decision == .answer(KnownIntent.about), let topic = policy.topicIntent(of: parsed) ?? parsed.factor.map({ _ in KnownIntent.comparison }),
      Self.askedOfTheSource(parsed) != nil
    {
      return .answer(topic)
    }
    // "tell me about aiops tools": the topic a track's name qualifies, not the track's overview.
    // ("i keep seeing mlops jobs on linkedin, what even is that" asks what "that" is.)
    if decision == .answer(KnownIntent.overview)
      || decision == .answer(KnownIntent.definition) && !parsed.classes.contains(where: { $0.contains(.pointsAtOne) }),
      let topic = topicOfANamedTrack(parsed)
    {
      return .answer(topic)
    }
    // "what does llmops focus on": the track's row on its main focus, not the course for it.
    if decision == .answer(KnownIntent.course), parsed.factor != nil, !parsed.tracks.isEmpty,
      !policy.names(KnownIntent.course, in: parsed)
    {
      return .answer(KnownIntent.comparison)
    }
    // "is monitoring the same in mlops and llmops?", "is governance the same in aiops and
    // mlops?": the row of what it asks about, not the FAQ on whether one is the other renamed.
    if decision == .answer(KnownIntent.llmopsVersusMLOps) || parsed.tracks.count >= 2,
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed),
      parsed.words.contains("same"), parsed.factor != nil || comparedOnConcept(parsed) != nil
    {
      return .answer(KnownIntent.comparison)
    }
    // "compare mlops and llmops on skills": the table has no skills row; the skills lists answer.
    if decision == .answer(KnownIntent.comparison), parsed.factor == nil, policy.topicIntent(of: parsed) == KnownIntent.skills {
      return .answer(KnownIntent.skills)
    }
    // After the definitions: "a one line definition of each" keeps them.
    if Self.asksForItShort(parsed) || Self.asksForASummaryOfAll(parsed), decision != .answer(KnownIntent.definition) {
      return .answer(KnownIntent.overview)
    }
    // "compare cost please", and "diff in monitoring" that might have been the other AIOps.
    if decision == .outOfScope || decision != .answer(KnownIntent.comparison) && decision.offers(KnownIntent.comparison),
      asksToCompareOnConcept(parsed)
    {
      return .answer(KnownIntent.comparison)
    }
    if decision == .outOfScope, let intent = statementNotToDecline(parsed, detections) { return .answer(intent) }
    if decision == .outOfScope, !detections.isEmpty, Self.asksOnlyInFunctionWords(parsed), DialogueAct.speaksOfTheirWork(parsed) {
      return .answer(KnownIntent.preference)
    }
    if Self.asksWhatTheAdvisorIs(parsed) { return .answer(KnownIntent.help) }
    guard !DialogueAct.isRequest(parsed), !DialogueAct.reportsTrouble(parsed) || DialogueAct.tellsOnlyTasksInHand(parsed) else {
      return decision
    }
    let asksSomething = DialogueAct.asksSomething(parsed)
    if DialogueAct.speaksOfTheirWork(parsed), !detections.isEmpty {
      // "data engineer here. airflow + dbt": what the comparison says of their field, with the note.
      if !parsed.neighbours.isEmpty, !parsed.classes.contains(.firstPerson) { return decision }
      guard Self.isMostlyAboutTheirWork(parsed, match, signalWords: Self.signalWordCount(detections)) else { return decision }
      let asksWhether = parsed.words.contains("whether") && decision != .outOfScope
      let answered = isClearAnswer(decision, match) || Self.isAboutATrack(parsed) || asksWhether
      guard !answered else { return decision }
      // "ok then final which track i choose, i like ML models more": a story with the question.
      return .answer(Self.asksWhichTheyChoose(parsed.words) ? KnownIntent.recommendation : KnownIntent.preference)
    }
    if decision == .outOfScope, !asksSomething, DialogueAct.statesAboutSelf(parsed),
      Self.isMostlyAboutTheirWork(parsed, match, signalWords: 0)
    {
      return .answer(KnownIntent.preference)
    }
    guard decision == .outOfScope, parsed.namesNothingOutside, !asksSomething,
      Self.isMostlyAboutTheirWork(parsed, match, signalWords: 0)
    else { return decision }
    return Self.signalWeight(detections) >= Self.profileWeight && !DialogueAct.isTitle(parsed.original)
      ? .answer(KnownIntent.preference) : decision
  }

  /// The intent of a line the decision would decline that states something worth keeping: a
  /// duty from a job posting with enough signal, taking something back or telling what one does
  /// not know yet (the preference), or greeting with who is speaking (the greeting).
  func statementNotToDecline(_ parsed: ParsedInput, _ detections: [SignalDetector.Detection]) -> IntentID? {
    if DialogueAct.statesADuty(parsed), Self.signalWeight(detections) >= Self.profileWeight { return KnownIntent.preference }
    if takesBack(parsed, detections) { return KnownIntent.preference }
    if detections.isEmpty, Self.introducesThemselves(parsed) {
      // "hi, im an eng manager looking for a course for my team": the topic it names.
      return policy.topicIntent(of: parsed) ?? KnownIntent.greeting
    }
    if Self.saysWhatTheyAre(parsed) { return KnownIntent.preference }
    return Self.saysWhatTheyDoNotKnowYet(parsed) ? KnownIntent.preference : nil
  }

  /// Whether a line takes back what was said before and nothing else ("hmm actually forget the
  /// VLM, the boss dropped it"): a correction whose signals are all denied, asking nothing and
  /// naming nothing next door. It is a change of the person's profile, not a line to decline.
  func takesBack(_ parsed: ParsedInput, _ detections: [SignalDetector.Detection]) -> Bool {
    !detections.isEmpty && detections.allSatisfy(\.negated) && detector.isCorrection(parsed)
      && DialogueAct.onlyStates(parsed) && parsed.neighbours.isEmpty
  }

  /// Whether the only question a line asks is in function words ("me? i do k8s + vllm
  /// serving"): its other clauses tell something, which is what it is about.
  static func asksOnlyInFunctionWords(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1 else { return false }
    return parsed.clauses.contains { clause in
      clause.range.allSatisfy { parsed.classes[$0].contains(.functionWord) }
    } && !parsed.clauses.contains { clause in
      clause.range.contains { !parsed.classes[$0].contains(.functionWord) } && parsed.classes[clause.range].contains(.questionWord)
    }
  }

  /// Whether a line that would be declined greets and says who is speaking, asking nothing
  /// ("hi im a high school teacher thinking about switching to tech"): with no signal in it,
  /// it gets the greeting, which says what the advisor can help with, rather than a decline.
  static func introducesThemselves(_ parsed: ParsedInput) -> Bool {
    guard let first = parsed.words.first, DialogueAct.greetingWords.contains(first) else { return false }
    return parsed.classes.contains(.firstPerson) && DialogueAct.onlyStates(parsed)
      && !DialogueAct.reportsTrouble(parsed) && parsed.namesNothingOutside
  }

  /// Whether a short line asks what the advisor is ("are you chatgpt?", "are you a bot?"),
  /// naming no track and nothing next door: it gets what the advisor covers (the help).
  static func asksWhatTheAdvisorIs(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard (3...5).contains(words.count), words[0] == "are", words[1] == "you", words[2] != "sure" else { return false }
    return parsed.tracks.isEmpty && parsed.namesNothingOutside
  }

  /// Whether a line opens by saying what the person is ("I'm an appsec engineer, mostly
  /// pentesting web apps", "so im a qa engineer at a fintech", "career changer here, from
  /// accounting"), asking nothing: who is speaking, noted as such
  /// even when nothing in it points to a track, rather than declined.
  static func saysWhatTheyAre(_ parsed: ParsedInput) -> Bool {
    let words = DialogueAct.afterFillers(parsed.words)
    let opens = DialogueAct.opens(parsed.words, withAnyOf: selfIntroductions)
      || DialogueAct.introducesTheirRole(parsed.words) || words.first.map(roleChanges.contains) == true
    return words.count >= 4 && opens && DialogueAct.onlyStates(parsed) && !DialogueAct.reportsTrouble(parsed)
      && parsed.namesNothingOutside
  }

  /// The openings that say what the person is or does for a living ("so im a qa engineer…",
  /// "I work as a…", "my background is…").
  static let selfIntroductions: [[String]] = [
    ["i", "am", "a"], ["i", "am", "an"], ["i", "am", "the"], ["i", "am", "currently"], ["i", "work", "as"],
    ["my", "background", "is"], ["my", "role", "is"], ["my", "job", "is"],
  ]

  /// Words that open a line about changing careers ("career changer here, from accounting").
  static let roleChanges: WordSet = ["career", "switching", "transitioning"]

  /// Whether a line tells what the person does not know yet, asking nothing ("I don't know any
  /// programming yet", "I don't know anything about ML"): their background, noted as such.
  static func saysWhatTheyDoNotKnowYet(_ parsed: ParsedInput) -> Bool {
    let denies = zip(parsed.words, parsed.words.dropFirst()).contains { $0 == "not" && $1 == "know" }
    return denies && parsed.classes.contains(.firstPerson) && DialogueAct.onlyStates(parsed) && parsed.namesNothingOutside
  }

  /// How much the signals of a line weigh, leaving out those it denies.
  static func signalWeight(_ detections: [SignalDetector.Detection]) -> Double {
    detections.filter { !$0.negated }.reduce(0) { $0 + $1.signal.weight }
  }

  /// Whether a line that would be declined goes on with what the person was telling of their
  /// work on the turn before ("I like working with ChatGPT-type stuff", then "but also maybe
  /// governance?"), or later with "now", "and" or "also": it names signals and nothing next
  /// door and does not open as a question, so it is more of the same story.
  func continuesTheirStory(
    _ parsed: ParsedInput, _ decision: MatchPolicy.Decision, _ detections: [SignalDetector.Detection]
  ) -> Bool {
    // Later on, a line that opens with "now", "and" or "also" goes on with it too ("now they
    // want a small voice assistant with a llama model on the device too").
    let goesOn = state.lastIntent == KnownIntent.preference
      || !state.profile.evidence.isEmpty && Self.continuationOpening(parsed.words[...])?.count == 1
        && !DialogueAct.endsWithQuestionMark(parsed) && !isBriefFollowUp(parsed)
    return decision == .outOfScope && goesOn && detections.contains { !$0.negated && !$0.asked }
      && parsed.namesNothingOutside && !DialogueAct.reportsTrouble(parsed)
      && !DialogueAct.opensAsQuestion(parsed) && !DialogueAct.asksAboutWhatWasSaid(parsed)
  }

  /// The intents that answer a factor track by track, for a question about one's own work
  /// that names the factor ("what title fits if they will run our LLM gateway?").
  static let factorIntents: [FactorID: IntentID] = [.career: KnownIntent.career, .tools: KnownIntent.tools, .projectStyle: KnownIntent.projects]

  /// Whether a line asks which track is the broadest ("which track is the broadest", "which
  /// one has the widest scope"), of the tracks, not of the asker: where AIOps sits answers it.
  static func asksWhichIsBroadest(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains("broad") && parsed.words.contains { $0 == "which" || $0 == "what" } && parsed.tracks.count != 1
      && !parsed.classes.contains { $0.contains(.firstPerson) }
  }

  /// Whether a line asks which track is better for the person's own job ("ok but for my job
  /// which is better", "which suits our roles?"): "job" reads as the career factor, but what
  /// is asked is the recommendation. No track is named, or several are.
  static func asksWhichForTheirJob(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.count != 1 && parsed.words.contains("which") && parsed.namesNothingOutside
      && MatchPolicy.asks(parsed.words, by: possessives, about: Self.careerWord)
  }

  /// Whether the last of several clauses asks which track covers what the line told: "which of
  /// these tracks actually covers that?", "which one fits this best".
  static func endsAskingWhichTrackCoversIt(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last else { return false }
    let words = parsed.words[last.range].drop(while: DialogueAct.leadingFillers.contains)
    guard words.first == "which", (3...8).contains(words.count),
      let noun = words.dropFirst().prefix(4).firstIndex(where: MatchPolicy.trackNounsOrOne.contains)
    else { return false }
    let rest = words[(noun + 1)...]
    let covers = { (word: String) in coveringVerbs.contains(word) || word == "fits" || word == "fit" }
    return rest.contains(where: covers) && rest.allSatisfy { covers($0) || coveredWords.contains($0) }
      && words[..<noun].dropFirst().allSatisfy { $0 == "of" || $0 == "these" || $0 == "the" || $0 == "those" }
  }

  /// The other words a clause asking which track covers what was told may hold: "actually",
  /// "that", "best" (`endsAskingWhichTrackCoversIt`).
  static let coveredWords: WordSet = ["actually", "that", "this", "it", "all", "best", "then", "really", "most", "stuff", "work"]

  /// Whether a line tells the track the person has chosen, asking nothing ("ok thanks, I'll
  /// start with the mlops one then", "I'll go with LLMOps"): who that track fits answers it,
  /// set against where their words lean.
  static func announcesTheirChoice(_ parsed: ParsedInput) -> Bool {
    guard parsed.tracks.count == 1, !DialogueAct.asksSomething(parsed), !DialogueAct.endsWithQuestionMark(parsed) else {
      return false
    }
    let words = parsed.words
    // "ok i think mlops. sounds the most like structured data".
    if parsed.clauses.contains(where: { Aspiration.wantedTrack(Array(words[$0.range])) != nil }) { return true }
    return words.indices.contains { start in
      (words[start] == "i" || words[start] == "we")
        && words[(start + 1)...].prefix(4).indices.contains { at in choosingPhrases.contains { words[at...].starts(with: $0) } }
    }
  }

  /// Whether a line only acknowledges what was said ("ok", "got it", "hmm ok cool", "ok nvm",
  /// "ugh"): every word is one of `acknowledgingWords`, or it has no word at all, only an emoji
  /// or marks other than "?" ("🤔", "..."). Such a line gets a neutral reply; no other line is read as one,
  /// however much it shares with one ("ok, ml ops then?", "im not sure what to ask").
  static func onlyAcknowledges(_ parsed: ParsedInput) -> Bool {
    guard !parsed.words.isEmpty else { return !parsed.original.allSatisfy(\.isWhitespace) && !parsed.original.contains("?") }
    return parsed.words.allSatisfy(acknowledgingWords.contains)
  }

  /// The words of an acknowledgement.
  static let acknowledgingWords: WordSet = [
    "ok", "okay", "okey", "k", "kk", "cool", "alright", "gotcha", "understood", "got", "it", "oh", "ah", "hmm", "great",
    "nice", "sure", "right", "fine", "then", "i", "see", "fair", "enough", "interesting", "all",
    // Asides that drop the matter: "ok nvm", "never mind", "meh", "ugh".
    "nvm", "never", "mind", "meh", "ugh", "hm", "whatever", "ffs", "welp", "oof", "lol", "haha", "lmao",
  ]

  /// Whether a line only says yes ("y", "yes please", "sure, go ahead"), asking nothing.
  static func onlyAssents(_ parsed: ParsedInput) -> Bool {
    (1...3).contains(parsed.words.count) && parsed.words.contains(where: assentWords.contains)
      && parsed.words.allSatisfy { assentWords.contains($0) || assentFillers.contains($0) } && !DialogueAct.endsWithQuestionMark(parsed)
  }

  /// The words that say yes.
  static let assentWords: WordSet = ["yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ahead"]

  /// The words that may go with a yes: "yes please", "ok go ahead"; "ok" alone acknowledges.
  static let assentFillers: WordSet = ["please", "go", "ok", "okay", "then"]

  /// Whether a line says which track the person meant, asking nothing ("sorry i meant for
  /// llmops, not aiops", "I meant MLOps"): the last question again, for that track. "I mean,
  /// is llmops only about…" asks.
  static func saysWhichTrackTheyMeant(_ parsed: ParsedInput) -> Bool {
    !parsed.tracks.isEmpty && parsed.words.contains(where: Self.meantWord.contains) && parsed.factor.map { $0 == .bestFor } != false
      && !DialogueAct.isQuestion(parsed) && MatchPolicy.asks(parsed.words, by: Self.firstPersonI, about: Self.meantWord)
  }

  /// Whether a line opens by asking why not a track, whatever it tells after ("why not aiops,
  /// i do a lot of ops"): why the advice went elsewhere, with that track set against it.
  /// Whether the first clause asks why the track just recommended ("why mlops though? the
  /// chatbot is what customers see", "why llmops??"): the recommendation's reasons.
  func asksWhyTheRecommendedTrack(_ parsed: ParsedInput) -> Bool {
    guard let recommended = state.lastRecommendation?.track, let first = parsed.clauses.first else { return false }
    let words = parsed.words[first.range].drop { DialogueAct.leadingFillers.contains($0) }.filter { !Self.pushbackFillers.contains($0) }
    return words.count == 2 && words.first == "why" && TrackID.named(words[1]) == recommended
  }

  /// Words that may follow "why TRACK" without changing what it asks: "why mlops though".
  static let pushbackFillers: WordSet = ["though", "tho", "then", "exactly", "really", "again"]

  static func asksWhyNotATrack(_ parsed: ParsedInput) -> Bool {
    guard let first = parsed.clauses.first else { return false }
    let words = parsed.words[first.range].drop { DialogueAct.leadingFillers.contains($0) }
    return words.starts(with: ["why", "not"]) && words.dropFirst(2).first.flatMap(TrackID.named) != nil
  }

  /// Whether a line asks for the definition of every track in so many words ("can you give me
  /// a one line definition of each of the three"), or what their "ops" means: what each track
  /// means, not the overview.
  static func asksForEveryDefinition(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.namesNothingOutside
      && (parsed.words.contains(where: definingWords.contains) && asksAboutEveryTrack(parsed.classes) || asksWhatOpsMeans(parsed.words))
  }

  /// Whether a line asks what the "ops" of the three names means ("what does ops even mean
  /// here", "what is 'operations' in all this"): what each track means answers it.
  static func asksWhatOpsMeans(_ words: [String]) -> Bool {
    guard words.first == "what", let ops = words.firstIndex(where: { $0 == "ops" || $0 == "operations" }) else { return false }
    return words[..<ops].contains { $0 == "does" || $0 == "is" } && words.count - ops <= 4
  }

  /// Words that ask what something means.
  static let definingWords: WordSet = ["definition", "definitions", "define"]

  /// Whether a word is `word`, or a synonym the matcher reads as it ("wich" as "which",
  /// "cya" as "bye"; see `vocabulary.yaml`).
  func readsAs(_ typed: String, _ word: String) -> Bool {
    typed == word || knowledgeBase.vocabulary.synonyms[typed] == word
  }

  /// Whether a line asks which track suits the asker and names a field next door only as
  /// what they do ("i am devops 5 year, wich better for me", "i ask which track i choose. i do
  /// devops, jenkins, terraform"): the recommendation answers it, not what the comparison says
  /// of that field. Every clause naming the field states something about the speaker; another
  /// asks which.
  func asksWhichBesideTheirBackground(_ parsed: ParsedInput) -> Bool {
    guard !parsed.neighbours.isEmpty, parsed.uncoveredTopics.isEmpty, parsed.tracks.isEmpty, parsed.clauses.count > 1,
      parsed.classes.contains(.firstPerson), parsed.words.contains(where: { readsAs($0, "which") })
    else { return false }
    let clauses = parsed.clauses.map { parser.parse($0.text) }
    let asks = clauses.contains { $0.neighbours.isEmpty && $0.words.contains { readsAs($0, "which") } }
    return asks && clauses.allSatisfy { $0.neighbours.isEmpty || DialogueAct.statesAboutSelf($0) }
  }

  /// Whether the person weighs specialising in one track against staying broad ("should i
  /// learn all three or specialise", "not sure if i should specialise in one of these or stay
  /// generalist"): the recommendation, which says to start from the kind of system they work on.
  static func weighsSpecialising(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.count != 1 && parsed.words.contains(where: specialisingWords.contains) && parsed.classes.contains(.firstPerson)
      && parsed.namesNothingOutside
  }

  /// Words of specialising or staying broad.
  static let specialisingWords: WordSet = [
    "specialise", "specialize", "specialising", "specializing", "specialist", "generalist", "specialised", "specialized",
  ]

  /// Whether a yes/no question asks whether one track suits the asker ("is llmops right for
  /// me?", "would aiops suit me", "so is it for people like me?"): who that track fits answers
  /// it, set against where their words lean. "Which … for me" asks for the recommendation.
  static func asksWhetherATrackSuitsThem(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.count <= 1, parsed.namesNothingOutside, !words.contains("which") else { return false }
    // "no i ask, mlops fit me?", "and mlops, is for me or no?": short, asked, with no opening auxiliary.
    let asked = DialogueAct.opensAsYesNoQuestion(words[...])
      || parsed.tracks.count == 1 && words.count <= shortQuestionLength && DialogueAct.endsWithQuestionMark(parsed)
    return asked && asksForThem(words)
  }

  /// The most words of a question asked by its question mark alone (`asksWhetherATrackSuitsThem`).
  static let shortQuestionLength = 8

  /// Whether a question asks about taking up several tracks at once, as "should i do both"
  /// does: "can i realistically do aiops and llmops together or do i have to pick one", "can i
  /// learn both at the same time".
  static func asksWhetherToTakeUpSeveral(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.count >= 2 || words.contains("both"), parsed.classes.contains(where: { $0.contains(.firstPerson) }),
      words.contains("together") || words.containsRun(["same", "time"]) || words.containsRun(["pick", "one"])
        || words.containsRun(["choose", "one"])
    else { return false }
    return DialogueAct.opensAsYesNoQuestion(words[...]) || DialogueAct.endsWithQuestionMark(parsed)
  }

  /// How many tracks a clause opening "am i" asks whether the asker is: two for "so am i mlops
  /// or llmops or both" ("both" or "all" counts as two), one for "am i aiops then?"; nil for a
  /// line with no such clause.
  static func tracksAskedAsTheirs(_ parsed: ParsedInput) -> Int? {
    for clause in parsed.clauses {
      let words = parsed.words[clause.range].drop(while: DialogueAct.leadingFillers.contains)
      guard words.starts(with: ["am", "i"]) else { continue }
      let named = Set(words.compactMap(TrackID.named)).count
      if named > 0 { return words.contains("both") || words.contains("all") ? max(named, 2) : named }
    }
    return nil
  }

  /// Whether a clause opens by asking whether the asker should take up a track: "so should i
  /// go llmops instead?", "should we pick mlops", "should i learn aiops then" ("which skills
  /// should i learn for mlops" asks something else).
  static func asksWhetherToChoose(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return parsed.clauses.contains { clause in
      guard let place = clause.range.first(where: { !DialogueAct.leadingFillers.contains(words[$0]) && words[$0] != "now" }),
        place + 1 < clause.range.upperBound, ["should", "shall"].contains(words[place]), ["i", "we"].contains(words[place + 1])
      else { return false }
      let next = words[(place + 2)..<clause.range.upperBound].prefix(4)
      guard let verb = next.firstIndex(where: { choosingVerbs.contains($0) || switchingVerbs.contains($0) }) else { return false }
      return words[(verb + 1)..<clause.range.upperBound].prefix(2).contains { TrackID.named($0) != nil }
    }
  }

  /// Verbs that ask whether to take up a track instead of another: "should i do llmops instead".
  static let switchingVerbs: WordSet = ["do", "pick", "switch", "move", "get"]

  /// The recommendation, for a question that would be declined and asks only for the asker
  /// ("ok so final answer for me?"), naming no track and nothing next door; nil otherwise.
  static func asksForThemAlone(_ parsed: ParsedInput) -> IntentID? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, DialogueAct.endsWithQuestionMark(parsed) || DialogueAct.isQuestion(parsed)
    else { return nil }
    return asksForThem(parsed.words) ? KnownIntent.recommendation : nil
  }

  /// Whether words ask something for the asker: "for me", "like me", "suit me".
  /// Whether a line, after telling of their work or not, asks which track suits them, even
  /// mid-sentence with no question mark ("we have many alarms and also we try chatbot so which
  /// track is good for me"): the recommendation, with what they told noted.
  static func asksWhichTrackForThem(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside else { return false }
    return (asksForThem(words) || asksForTheirTeam(words)) && MatchPolicy.asks(words, by: MatchPolicy.which, about: whichTrackFollowers)
      || asksWhichTrackToTakeUp(words)
  }

  /// Whether a line sets tracks side by side as alternatives for the asker, with or without a
  /// question mark: "so llmops or aiops for me".
  static func asksWhichOfTheNamedForThem(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.count >= 2 && parsed.classes.contains(.alternative) && asksForThem(parsed.words)
  }

  /// Whether a line only weighs the tracks it names against each other as what follows now
  /// ("so llmops now or mlops?", "mlops or llmops then?"): two tracks or more, "or", a word of
  /// following on, and nothing else but fillers.
  static func weighsTheNamedNow(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return parsed.tracks.count >= 2 && words.contains("or") && words.contains(where: followingOnWords.contains)
      && words.allSatisfy { TrackID.named($0) != nil || $0 == "or" || followingOnWords.contains($0) || DialogueAct.leadingFillers.contains($0) }
  }

  /// The words that make a choice between tracks follow from what was said: "so llmops now or mlops?".
  static let followingOnWords: WordSet = ["now", "then", "instead", "still"]

  /// Whether a clause asks "and me?" ("ok and me? i mostly do governance reviews", "what
  /// about me?"), after others were placed: their own recommendation.
  static func asksAndForMe(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      guard clause.asked, clause.range.count <= 4 else { return false }
      let words = parsed.words[clause.range].drop(while: { $0 == "ok" || $0 == "okay" || $0 == "so" })
      return forMeQuestions.contains { $0.elementsEqual(words) }
    }
  }

  /// The short questions that ask the same for the asker.
  static let forMeQuestions: [[String]] = [["and", "me"], ["and", "for", "me"], ["what", "about", "me"], ["how", "about", "me"], ["and", "myself"]]

  /// Whether words ask which track someone else should take up: "which ONE track should the
  /// whole team take?", "which track would you have them follow": "which", at most one more
  /// word, a track noun, then an auxiliary and a verb of choosing within five words, with no
  /// "i" or "we" between them (a question for the asker reads as `asksWhichTheyChoose`, and
  /// beside a kind of system as the FAQ on it).
  static func asksWhichTrackToTakeUp(_ words: [String]) -> Bool {
    words.indices.contains { place in
      guard words[place] == "which",
        let noun = words[(place + 1)...].prefix(2).firstIndex(where: MatchPolicy.trackNouns.contains)
      else { return false }
      let next = words[(noun + 1)...].prefix(5)
      guard let auxiliary = next.firstIndex(where: Advisor.howToAuxiliaries.contains),
        let verb = next[(auxiliary + 1)...].firstIndex(where: choosingVerbs.contains)
      else { return false }
      return !next[auxiliary..<verb].contains { $0 == "i" || $0 == "we" }
    }
  }

  /// Whether "which track" or "which one" ("which of these tracks") is followed, within four
  /// words, by "i" or "we" and a verb of choosing: "ok then final which track i choose", "which
  /// one should we go for", "which of these tracks I should do";
  /// with `whichAlone`, only "which" before "should" or the like: "ok and which should i learn?".
  static func asksWhichTheyChoose(_ words: [String], whichAlone: Bool = false) -> Bool {
    words.indices.dropLast().contains { place in
      guard words[place] == "which" else { return false }
      let modal = choosingModals.contains(words[place + 1])
      // "which of these tracks i should do": the noun after "of these".
      let noun = whichAlone ? place + 1 : words[(place + 1)...].prefix(3).firstIndex { !whichOfWords.contains($0) } ?? place + 1
      guard whichAlone ? modal : whichTrackFollowers.contains(words[noun]) else { return false }
      let next = words[(modal ? place + 1 : noun + 1)...].prefix(4)
      guard let person = next.firstIndex(where: { $0 == "i" || $0 == "we" }) else { return false }
      return next[(person + 1)...].contains(where: choosingVerbs.contains)
    }
  }

  /// Whether words ask which track fits the asker, naming none and no one else: "which path
  /// makes sense", "which one fits best", "what track suits me" ("which track suits llm
  /// products" asks the FAQ).
  static func asksWhichFits(_ words: [String]) -> Bool {
    words.indices.dropLast(2).contains { place in
      guard words[place] == "which" || words[place] == "what", MatchPolicy.trackNounsOrOne.contains(words[place + 1]) else { return false }
      let after = words[(place + 2)...]
      let verb = suitingVerbs.contains(after.first!) ? 1 : after.starts(with: ["makes", "sense"]) || after.starts(with: ["make", "sense"]) ? 2 : 0
      return verb > 0 && after.dropFirst(verb).allSatisfy(fitsTheAskerWords.contains)
    }
  }

  /// The verbs of a track fitting someone: "which one fits", "what track suits me".
  static let suitingVerbs: WordSet = ["fits", "fit", "suits", "suit"]

  /// Words after such a verb that keep the question on the asker: "fits me best", "for me".
  static let fitsTheAskerWords: WordSet = ["me", "best", "most", "for", "then", "here", "now"]

  /// The verbs of taking up a track: "which track should I choose / go for / learn".
  static let choosingVerbs: WordSet = ["choose", "take", "go", "learn", "follow", "start", "study", "pursue", "focus", "do"]

  /// The words that may follow "which" alone in a question of which to take up.
  static let choosingModals: WordSet = ["should", "shall", "would", "do", "can"]

  /// The words after "which" in a question for a track: "which track", "which one", "which for".
  static let whichTrackFollowers = MatchPolicy.trackNounsOrOne.union(["for"])

  /// Whether the words ask for the person's team: "for my team", "for our team", "for us".
  static func asksForTheirTeam(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { $0 == "for" && ($1 == "us" || $1 == "my" || $1 == "our") }
      && (words.contains("team") || words.contains("us"))
  }

  static func asksForThem(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { suitingWords.contains($0) && $1 == "me" }
  }

  /// The answer a question gets that asks about the career, tools or projects for the asker
  /// ("whats the career path look like for someone like me in healthcare"), naming nothing next
  /// door: that topic for the track their words lean to, whatever other words it has. Nil for
  /// any other line.
  static func asksOnAFactorForThem(_ parsed: ParsedInput) -> IntentID? {
    guard let factor = parsed.factor, let intent = factorIntents[factor], parsed.namesNothingOutside,
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed)
    else { return nil }
    return asksForThem(parsed.words) ? intent : nil
  }

  /// The words before "me" when a question asks whether something suits the asker.
  static let suitingWords: WordSet = ["for", "suit", "suits", "like", "fit", "fits"]

  /// The words with which someone tells what they chose ("pick" and "select" read as "choose").
  static let choosingPhrases: [[String]] = [
    ["choose"], ["go", "with"], ["going", "with"], ["start", "with"], ["starting", "with"], ["stick", "with"],
    ["settle", "on"],
  ]

  /// Whether a line asks what the person's role or team would be called ("what would my team
  /// be called in these terms", "what is my job called then?"): the titles each track leads
  /// to answer it.
  static func asksWhatTheirRoleIsCalled(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains("called") && DialogueAct.isQuestion(parsed) && parsed.namesNothingOutside
      && MatchPolicy.asks(parsed.words, by: possessives, about: Self.teamOrCareer)
  }

  /// Whether a question that would be declined supposes something about the person's own
  /// work: "what if I'd rather stay closer to infrastructure?" asks which track that points
  /// to, so it gets the recommendation, with what it says already counted, even denied ("and
  /// if we dropped the agents?"). So does one that
  /// asks what the news it brings does to that ("my boss wants us to try a vision language
  /// model, would that change anything?").
  static func asksAboutTheirOwnWork(
    _ parsed: ParsedInput, _ decision: MatchPolicy.Decision, _ detections: [SignalDetector.Detection]
  ) -> Bool {
    decision == .outOfScope && (DialogueAct.isRequest(parsed) || DialogueAct.asksSomething(parsed))
      && DialogueAct.speaksOfTheirWork(parsed)
      && (parsed.classes.contains(.supposes) || DialogueAct.asksAboutWhatWasSaid(parsed))
      && !DialogueAct.reportsTrouble(parsed) && !detections.isEmpty && parsed.namesNothingOutside
  }

  /// Whether a line names a track and one of the comparison's factors, or sets a track against
  /// something ("47 MLOps tools out there", "we'll explore the differences between AIOps vs
  /// MLOps"): a statement about that is about the track, even when it speaks of oneself.
  static func isAboutATrack(_ parsed: ParsedInput) -> Bool {
    !parsed.tracks.isEmpty && (parsed.factor != nil || parsed.classes.contains(.versus))
  }

  /// How much signal a statement that does not speak of oneself needs to be taken as a preference.
  static let profileWeight = 3.0

  /// Whether a line is mostly about the person's work as the advisor knows it: it names a
  /// track, or at most a quarter of its content words, besides `signalWords` of them, are
  /// foreign to the in-scope examples.
  static func isMostlyAboutTheirWork(_ parsed: ParsedInput, _ match: MatchResult, signalWords: Int) -> Bool {
    !parsed.tracks.isEmpty || max(0, match.foreignWords - signalWords) * 4 <= match.contentWords
  }

  /// How many distinct words the signals found use ("we run prometheus, grafana and pagerduty").
  static func signalWordCount(_ detections: [SignalDetector.Detection]) -> Int {
    // A few words at most: a list, compared as a `Set` would, costs less than hashing them.
    var words: [Substring] = []
    for detection in detections {
      for word in detection.signal.phrase.split(separator: " ") where !words.contains(word) { words.append(word) }
    }
    return words.count
  }

  /// Whether a decision answers an intent the line clearly asks for, even said as a statement.
  func isClearAnswer(_ decision: MatchPolicy.Decision, _ match: MatchResult) -> Bool {
    guard case .answer = decision else { return false }
    return (match.best?.score ?? 0) >= Self.statementAnswerConfidence
  }

  /// How sure a match of a statement about oneself must be to be answered rather than noted.
  static let statementAnswerConfidence = 0.75

  /// Answers a line that is neither a command nor an answer to a pending question.
  mutating func act(
    on decision: MatchPolicy.Decision, parsed: ParsedInput, match: MatchResult, detections: [SignalDetector.Detection]
  ) -> Reply {
    let confidence = match.best?.score ?? 0
    if Self.asksWhereItSays(parsed) { return whereItSays(parsed, confidence: confidence) }
    if Self.asksForTermsInPlainWords(parsed), let reply = termsInPlainWords(parsed, confidence: confidence) { return reply }
    if let terms = asksWhatSeveralTermsMean(parsed) { return meaningsReply(terms, parsed: parsed, confidence: confidence) }
    if Self.asksHowItUsesTheSource(parsed) { return howItUsesTheSource(parsed, confidence: confidence) }
    if Self.asksHowTheAdvisorWorks(parsed) {
      return reply(input: parsed.original, intent: KnownIntent.about, confidence: 1,
        content: AnswerContent(blocks: [.paragraph(Phrases.howTheAdvisorWorks)], sourceIDs: [KnownSection.advisor]))
    }
    // "quote the exact line about aiops": the answer, said first to be the source restated.
    if !parsed.tracks.isEmpty, parsed.words.contains(where: Self.quotingWords.contains), case .answer(let intent) = decision {
      return answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
        .inserting([.paragraph(Phrases.restatedForAQuote)], at: 0)
    }
    if Self.asksWhatItLeavesOut(parsed) { return whatItLeavesOut(parsed, confidence: confidence) }
    if let reply = whetherTheTwoAreTheSame(parsed, confidence: confidence, match: match) { return reply }
    if Self.asksWhetherTheSourceIsBiased(parsed) {
      return answer(KnownIntent.about, parsed: parsed, confidence: 1, match: match, lead: [.paragraph(Phrases.writtenByTheCourseProvider)],
        leadSources: [KnownSection.outside])
    }
    if Self.asksToSaveTheConversation(parsed.words) {
      return reply(input: parsed.original, intent: KnownIntent.help, confidence: 1,
        content: AnswerContent(blocks: [.paragraph(Phrases.saveWithTheCommand)], sourceIDs: []))
    }
    if asksWhyTheRecommendedTrack(parsed) { return why(input: parsed.original, confidence: confidence, asking: parsed.tracks) }
    if Self.asksForTheFAQ(parsed) { return theFAQ(parsed, confidence: confidence) }
    if let reply = topicForSomeonePlaced(parsed, confidence: confidence, match: match) { return reply }
    if let reply = someonePlacedBefore(parsed, confidence: confidence) { return reply }
    if let reply = peopleJustDescribed(parsed, confidence: confidence) { return reply }
    if let reply = tracksForSeveralPeople(parsed, detections: detections) { return reply }
    if let reply = whichTrackItDescribes(parsed, detections: detections, confidence: confidence) { return reply }
    if let reply = postingPastedBefore(parsed, detections: detections, confidence: confidence) { return reply }
    if let reply = pasteAnnounced(parsed, detections: detections) { return reply }
    if let reply = whichTrackEachPartIs(parsed, confidence: confidence) { return reply }
    // "mlops vs llmops" then "easier?": the topic "which easier" names.
    if let topic = topicOfOneWord(parsed) { return notCovered([topic], parsed: parsed, confidence: 1, match: match) }
    // "idk" with no question waiting: the questions that help them decide.
    if saysOnlyTheyAreUnsure(parsed) {
      return answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: 1, match: match, detections: [])
    }
    // Before the concept readings, which would look "incidents" up as reliability.
    if Self.asksWhetherAIOpsIsITOperations(parsed, detections) {
      return answerIntent(KnownIntent.aiopsMeaning, parsed: parsed, confidence: confidence, match: match, detections: detections)
    }
    if let reply = sectionAskedFor(parsed, confidence: confidence, match: match) { return reply }
    if let reply = conceptAskedAsATrack(parsed, confidence: confidence, match: match) { return reply }
    // "is it governance or the model type that decides?": the general card, whatever they lean to.
    if decision == .answer(KnownIntent.choose), Self.asksWhichOfTwoDecides(parsed) {
      return answer(KnownIntent.choose, parsed: parsed, tracks: [], confidence: confidence, match: match)
    }
    // "give me one concrete difference between mlops and llmops": the row that sets them apart first.
    if decision == .answer(KnownIntent.comparison), parsed.factor == nil, Self.asksForOneDifference(parsed.words) {
      return answer(KnownIntent.comparison, parsed: parsed, factor: .some(.systemType), confidence: confidence, match: match)
    }
    if let reply = contradictionChallenged(parsed, confidence: confidence) { return reply }
    if let reply = membership(parsed, confidence: confidence, match: match) { return reply }
    if let reply = listedItem(parsed, confidence: confidence, match: match) { return reply }
    if let reply = conceptBeforeTheirStory(parsed, confidence: confidence, match: match) { return reply }
    if let reply = whetherTheirWorkIs(parsed, confidence: confidence) { return reply }
    if let reply = whetherTrackInFocusIs(parsed, confidence: confidence, match: match) { return reply }
    // Readings that depend on the conversation, which preparing a line ahead cannot see.
    if let reply = recapOfTheConversation(parsed, confidence: confidence, match: match) { return reply }
    if let intent = sharedBetween(parsed, decision: decision) {
      return answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
    }
    // "forget that", "those words were from the vendor blog, not me".
    if Self.takesBackWhatWasToldLast(parsed, detections), let reply = takingBackWhatWasToldLast(parsed, confidence: 1) { return reply }
    // "how confident are you", "what would change your mind" after a recommendation.
    if Self.asksHowSure(parsed) { return howSure(parsed, confidence: 1) }
    if Self.asksWhatWouldChangeIt(parsed), let reply = whatWouldChangeIt(parsed, confidence: 1, match: match) { return reply }
    let recommended = state.lastRecommendation?.track
    // "what changed?": the recommendation before and now, or, when it has not changed, given again.
    if recommended != nil, Self.asksWhatChanged(parsed) {
      return whatChanged(parsed, confidence: 1) ?? recommendationAgain(parsed, confidence: 1, match: match, detections: detections)
    }
    // "are you sure?", "ok so final answer?", "so?" after a recommendation: given again. A doubt
    // about any other answer is told which sections it rests on.
    if recommended != nil && (Self.asksForTheVerdict(parsed) || Self.checksTheVerdict(parsed)) || Self.doubtsIt(parsed, inPlay: state.focusTracks + [recommended].compactMap { $0 }) {
      guard recommended != nil else { return whereItSays(parsed, confidence: 1) }
      return recommendationAgain(parsed, confidence: 1, match: match, detections: detections)
    }
    if asksWhetherThatChangesIt(parsed) { return recommendationAgain(parsed, confidence: confidence, match: match, detections: detections) }
    if asksWhetherNewsHolds(parsed)
      || !state.profile.evidence.isEmpty && (Self.asksWhetherTheyAreRight(parsed) || Self.asksWhetherItIsStill(parsed))
    {
      return answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: confidence, match: match, detections: detections)
    }
    if let reply = whichTrackThatIs(parsed, confidence: confidence) { return reply }
    if let reply = sameTopicForTheWorkNamed(parsed, confidence: confidence, match: match) { return reply }
    if let reply = whetherTheirWorkIsConcept(parsed, confidence: confidence, match: match) { return reply }
    if let reply = shortFormSpeltOut(parsed, confidence: confidence, match: match) { return reply }
    if let reply = anotherToolNotNamed(parsed, confidence: confidence, match: match) { return reply }
    if let reply = termQuestion(parsed, decision: decision, confidence: confidence, match: match) { return reply }
    // A declined line only when it sets two of them against each other ("is tgi better than
    // vllm") or is a short question about one ("is kubeflow hard").
    let shortQuestion = parsed.words.count <= Self.shortToolQuestionWords
    if decision != .outOfScope || Self.comparesTwoThings(parsed) || shortQuestion,
      let reply = toolQuestion(parsed, confidence: confidence, match: match, least: decision == .outOfScope && !shortQuestion ? 2 : 1)
    {
      return reply
    }
    if let reply = twoConceptsSetApart(parsed, confidence: confidence, match: match) { return reply }
    if let reply = whichTrackCovers(parsed, confidence: confidence, match: match) { return reply }
    if let question = questionAfterTheirStory(parsed),
      let reply = whichTrackCovers(question, confidence: confidence, match: match)
    {
      return reply
    }
    if let reply = whichOfTheNamedHas(parsed, confidence: confidence, match: match) { return reply }
    if let reply = whetherATrackCovers(parsed, confidence: confidence, match: match) { return reply }
    if let reply = conceptOfTheNamedTracks(parsed, confidence: confidence, match: match) { return reply }
    if let reply = conceptForEveryTrack(parsed, confidence: confidence) { return reply }
    if let reply = conceptFollowingTheFocus(parsed, decision: decision, confidence: confidence, match: match) { return reply }
    if let reply = workOfTheRole(parsed, decision: decision, confidence: confidence, match: match) { return reply }
    switch decision {
    case .answer(let intent):
      return answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
    case .bestGuess(let intent, let choices):
      let reply = answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
      return offering(choices, after: reply, parsed: parsed)
    case .clarify(let intents):
      if let intent = askedOfTheTrackInFocus(intents, parsed) {
        return answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
      }
      return clarify(intents, parsed: parsed, confidence: confidence, match: match)
    case .outOfScope:
      if isBriefFollowUp(parsed), let hit = conceptHit(parsed) {
        return answerConcept(hit, parsed: parsed, confidence: confidence, match: match)
      }
      if state.lastIntent != nil, Self.comparesThem(parsed) {
        return answerIntent(KnownIntent.comparison, parsed: parsed, confidence: confidence, match: match, detections: detections)
      }
      if let intent = askedOfTheFocus(match, parsed) {
        return answerIntent(intent, parsed: parsed, confidence: confidence, match: match, detections: detections)
      }
      return decline(parsed, confidence: confidence, match: match)
    }
  }

  /// The topic a word names just after a track's name ("aiops tools", "llmops skills"), or
  /// just before "for" or "of" and one ("the tools for llmops"), as typed; nil when none does.
  func topicOfANamedTrack(_ parsed: ParsedInput) -> IntentID? {
    let words = MatchPolicy.typedWords(parsed.normalized)
    for (index, word) in words.enumerated() where TrackID.named(word) != nil {
      if index + 1 < words.count, let topic = policy.topic(named: words[index + 1]) { return topic }
      if index >= 2, ["for", "of"].contains(words[index - 1]), let topic = policy.topic(named: words[index - 2]) {
        return topic
      }
    }
    return nil
  }

  /// The recommendation asked for again ("did my recommendation change?", "are you sure?"):
  /// when it did not change, said first ("it stays"); a change says so itself.
  mutating func recommendationAgain(
    _ parsed: ParsedInput, confidence: Double, match: MatchResult, detections: [SignalDetector.Detection]
  ) -> Reply {
    let before = state.lastRecommendation?.track
    var reply = answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: confidence, match: match, detections: detections)
    if let before, reply.recommendation == before {
      reply.blocks.insert(.paragraph(Phrases.recommendationStays(knowledgeBase.vocabulary.track(before).name)), at: 0)
    }
    return reply
  }

  /// Words for the rows of the comparison.
  static let rowWords: WordSet = ["row", "rows", "factor", "factors"]

  /// Whether a line asks whom to hire for something ("who should i hire for llmops", "what
  /// should my team hire for"): the roles each track leads to answer it.
  static func asksWhomToHire(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.namesNothingOutside, parsed.factor == nil, let hire = words.firstIndex(of: "hire") else { return false }
    // "Who should I hire first?" after their story asks for the recommendation.
    return words.dropFirst(hire + 1).first == "for" && !asksWhichTrackToHireFor(parsed)
  }

  /// Whether words ask where what was said leaves the asker ("so where does that leave me",
  /// "ok where does this leave us"): what it points to, the recommendation.
  static func asksWhereThatLeavesThem(_ words: [String]) -> Bool {
    guard DialogueAct.afterFillers(words).first == "where", let leave = words.firstIndex(of: "leave") else { return false }
    return words.dropFirst(leave + 1).first.map { ["me", "us", "my", "our"].contains($0) } ?? false
  }

  /// Whether a line asks which track to hire for, naming none ("which track do we hire for",
  /// "what one should we hire for"): the recommendation, which for a hire says what to look for.
  static func asksWhichTrackToHireFor(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.words.contains(where: hiringVerbs.contains)
      && zip(parsed.words, parsed.words.dropFirst()).contains { MatchPolicy.whichWords.contains($0) && ["track", "one", "path"].contains($1) }
  }

  /// Whether words ask for one difference: "one concrete difference", "the single biggest
  /// difference", "a key difference".
  static func asksForOneDifference(_ words: [String]) -> Bool {
    guard let difference = words.firstIndex(of: "difference"), difference > 0 else { return false }
    return words[..<difference].suffix(3).contains { ["one", "single", "1"].contains($0) }
  }

  /// Whether a question sets two things against each other as what decides the choice: "is it
  /// governance or the model type that decides?", "does the system type or governance matter
  /// more for choosing".
  static func asksWhichOfTwoDecides(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.isEmpty, parsed.classes.contains(where: { $0.contains(.alternative) }),
      words.contains(where: { $0 == "decides" || $0 == "decide" }) || words.containsRun(["matter", "more"])
        || words.containsRun(["matters", "more"]) || words.containsRun(["counts", "more"])
    else { return false }
    return DialogueAct.opensAsYesNoQuestion(words[...]) || DialogueAct.endsWithQuestionMark(parsed) || DialogueAct.isQuestion(parsed)
  }

  /// Whether a question asks what to call their role or title: "what title should i put on
  /// linkedin", "which job title fits".
  /// Whether a line asks for an example of the work, naming no topic: "give me an example",
  /// "like a concrete example of llmops work vs mlops work"; "example questions" asks for help.
  static func asksForAnExample(_ parsed: ParsedInput) -> Bool {
    parsed.factor == nil && parsed.words.contains { $0 == "example" || $0 == "examples" }
      && !parsed.words.contains { $0 == "question" || $0 == "questions" || $0 == "prompt" || $0 == "prompts" }
  }

  static func asksForATitle(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    // "title" is read as "career", its synonym.
    guard let title = words.firstIndex(where: { $0 == "title" || $0 == "career" }), title > 0, parsed.namesNothingOutside
    else { return false }
    // "what title", "which title" ask by themselves; "job title" in a question.
    return ["what", "which"].contains(words[title - 1])
      || words[title - 1] == "job" && (DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed))
  }

  /// Whether a line asks whether they need someone for one track: "do we need an aiops person
  /// at all", "should we hire an llmops engineer".
  static func asksWhetherToHireForATrack(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.count == 1, parsed.factor == nil, words.contains("need") || words.contains("hire"),
      let track = words.firstIndex(where: { TrackID.named($0) != nil }), track > 0, track + 1 < words.count,
      ["a", "an", "one", "dedicated"].contains(words[track - 1]), hiredPeople.contains(words[track + 1])
    else { return false }
    return DialogueAct.opensAsYesNoQuestion(words[...]) || DialogueAct.endsWithQuestionMark(parsed)
  }

  /// Words for someone hired after a track's name: "an aiops person", "an llmops engineer".
  static let hiredPeople: WordSet = ["person", "engineer", "engineers", "hire", "specialist", "guy", "people", "role", "team"]

  /// Word sets read by `MatchPolicy.asks`, built once rather than at every line.
  static let careerWord: WordSet = ["career"]
  static let firstPersonI: WordSet = ["i"]
  static let meantWord: WordSet = ["meant", "mean"]
  static let teamOrCareer: WordSet = ["team", "career"]

  /// The number a reply to `count` numbered choices picks: the line itself ("2"), or its one
  /// number, ordinal or "last" among a few words that only hedge or point ("2 i guess",
  /// "option 2", "the second", "kinda the last one").
  static func chosenNumber(_ parsed: ParsedInput, count: Int) -> Int? {
    if let number = Int(parsed.normalized) { return number }
    let numbers = chosenNumbers(parsed, count: count)
    return numbers.count == 1 && !parsed.words.contains(where: joiningChoices.contains) ? numbers[0] : nil
  }

  /// Every option a line picks from a numbered list of `count` by a figure, an ordinal or
  /// "last", when its other words only add nothing or join them ("1 and 2", "the first and
  /// the last"), or when one of its first two clauses picks so and the rest says why ("idk,
  /// maybe the first one? i like data quality stuff"); empty for any other line.
  static func chosenNumbers(_ parsed: ParsedInput, count: Int) -> [Int] {
    let whole = chosenNumbers(parsed.words[...], count: count)
    // Only options on offer are picked so, never a year or a count that opens a line.
    guard whole.isEmpty, parsed.clauses.count > 1, count > 0 else { return whole }
    let picks = parsed.clauses.map { chosenNumbers(parsed.words[$0.range], count: count).filter { (1...count).contains($0) } }
    guard let first = picks.firstIndex(where: { !$0.isEmpty }), first < 2,
      picks[(first + 1)...].allSatisfy(\.isEmpty), !parsed.words[parsed.clauses[first].range].contains(where: joiningChoices.contains)
    else { return [] }
    return picks[first]
  }

  /// `chosenNumbers(_:count:)` of one run of words, taken whole.
  static func chosenNumbers(_ words: ArraySlice<String>, count: Int) -> [Int] {
    guard words.count <= chosenNumberWords else { return [] }
    var numbers: [Int] = []
    for word in words {
      if let number = optionNumber(word, count: count) {
        if !numbers.contains(number) { numbers.append(number) }
      } else if !choosingFillers.contains(word) && !joiningChoices.contains(word) {
        return []
      }
    }
    return numbers
  }

  /// The option a word names in a list of `count`: "2", "two", "second", "2nd", "last".
  static func optionNumber(_ word: String, count: Int) -> Int? {
    if let number = Int(word) { return number }
    if word == "last" { return count }
    if let place = ordinals.firstIndex(of: word) ?? numberedOrdinals.firstIndex(of: word) { return place + 1 }
    return numberWords.firstIndex(of: word).map { $0 + 2 }
  }

  /// The numbers from two that may stand for an option; "one" is a word of "the first one".
  static let numberWords = ["two", "three", "four", "five", "six"]

  /// The most words of a line that picks options by number.
  static let chosenNumberWords = 6

  /// Words around a chosen number that add nothing to it.
  static let choosingFillers: WordSet = [
    "i", "guess", "think", "option", "number", "prob", "probably", "maybe", "say", "the", "one", "ok", "okay", "hmm", "um",
    "uh", "then", "please", "pls", "kinda", "kind", "of", "id", "would", "go", "with", "for", "me", "mostly", "definitely",
    "idk", "obv", "obviously", "prolly", "def", "defo", "tbh", "honestly", "yeah", "yes", "ya",
  ]

  /// Words that join options picked together: "1 and 2", "both 1 and 3".
  static let joiningChoices: WordSet = ["and", "both", "plus"]

  /// Whether a line asks where the source says what was just answered ("where does it say
  /// that?", "prove it", "source?", "says who?"), naming no track.
  static func asksWhereItSays(_ parsed: ParsedInput) -> Bool {
    guard parsed.tracks.isEmpty, parsed.words.count <= 10 else { return false }
    let words = DialogueAct.afterFillers(parsed.words)
    if asksWhoseItIs(words) { return true }
    guard !words.isEmpty, words.count <= 7 else { return false }
    if words.allSatisfy({ sourceWords.contains($0) || $0 == "please" || $0 == "your" }) { return true }
    if words.starts(with: ["prove", "it"]) || words.starts(with: ["says", "who"]) { return true }
    return words.starts(with: ["where", "does"]) && words.contains("say") && parsed.classes.contains(.pointsAtOne)
      || words.starts(with: ["where", "did", "you", "get", "that"]) || asksWhoseItIs(words)
  }

  /// Whether a detection is a tool the line asks about rather than uses ("is vllm something i
  /// install?", "do i need mlflow?"): a question naming a tool the source lists is no news of
  /// their work, though what else it tells still is ("… if im just calling openai").
  static func asksAboutTheTool(
    _ detection: SignalDetector.Detection, _ parsed: ParsedInput, tools: [String: (track: TrackID, name: String)]
  ) -> Bool {
    // Only in the clause that asks: "I run kubeflow pipelines … Worth it?" still tells.
    guard let tool = tools[detection.signal.phrase], tool.name.lowercased() == detection.signal.phrase,
      let clause = parsed.clauses.first(where: { $0.text == detection.clause })
    else { return false }
    // "… and when it shows up I kick off a retraining pipeline in Airflow": a question word
    // inside a clause that tells asks nothing.
    return DialogueAct.asksByItsOpening(clause, in: parsed)
  }

  /// The most words of a declined question about one tool the source names that is still
  /// answered as one ("is kubeflow hard").
  static let shortToolQuestionWords = 4

  /// Whether a line sets two things against each other: "is tgi better than vllm", "kubeflow vs airflow".
  static func comparesTwoThings(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains { $0 == "than" || $0 == "vs" || $0 == "versus" || $0 == "or" }
  }

  /// Whether a short line asks whether what was just said is the source's or the advisor's:
  /// "is that from your source or just you?", "is this your own opinion", "is that in the doc".
  static func asksWhoseItIs(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first, first == "is" || first == "was", words.count >= 3,
      words.dropFirst().first == "that" || words.dropFirst().first == "this" || words.dropFirst().first == "it"
    else { return false }
    return words.contains(where: { sourceWords.contains($0) || ownWords.contains($0) })
  }

  /// Whether a question asks how the answers use the source: quoted or restated, and what is
  /// the advisor's own ("is that word for word from the source?", "which parts of your answers
  /// are from the source and which are your own?", "do you add anything of your own").
  static func asksHowItUsesTheSource(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, words.count <= 20 else { return false }
    let quoting = words.contains(where: quotingWords.contains) || words.indices.dropLast(2).contains { words[$0] == "word" && words[$0 + 1] == "for" }
    let own = words.contains("own") && words.contains(where: { sourceWords.contains($0) || documentWords.contains($0) || $0 == "answers" })
    return (quoting || own) && (DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed))
  }

  /// Whether a question asks how the advisor itself works ("are you just matching keywords?",
  /// "how do you work", "are you an llm", "is this chatgpt or what"): asked of "you" (or "this
  /// tool"), with a word of how it is made, and naming no track.
  static func asksHowTheAdvisorWorks(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard words.count <= 16, DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed),
      words.contains(where: { $0 == "you" || $0 == "u" }) || words.containsRun(["this", "tool"]) || words.containsRun(["this", "thing"])
    else { return false }
    // "are you just matching keywords? like if i say vllm you say llmops": the tracks are examples.
    if words.contains(where: advisorMakingWords.contains) { return true }
    return parsed.tracks.isEmpty
      && (words.contains("how") && words.contains { $0 == "work" || $0 == "works" }
        || words.containsRun(["are", "you", "an", "ai"]) || words.containsRun(["are", "you", "a", "bot"]))
  }

  /// Words of how the advisor is made, in a question about it.
  static let advisorMakingWords: WordSet = ["keywords", "keyword", "matching", "match", "algorithm", "chatgpt", "gpt", "trained", "regex"]

  /// Words that ask for the source's exact wording.
  static let quotingWords: WordSet = ["verbatim", "quote", "quoted", "quoting", "quotes"]
  /// Words for the source document.
  static let documentWords: WordSet = ["doc", "document", "page", "comparison"]

  /// How the answers use the source: restated, not quoted, with the sections named and the
  /// advisor's own parts marked; after an answer, the sections that one rested on too.
  func howItUsesTheSource(_ parsed: ParsedInput, confidence: Double) -> Reply {
    var blocks: [Block] = [.paragraph(Phrases.restatedNotQuoted)]
    let sections = lastSectionsOfTheSource()
    if !sections.isEmpty { blocks.append(.paragraph(Phrases.restsOn(sections))) }
    return reply(input: parsed.original, intent: KnownIntent.about, confidence: confidence,
      content: AnswerContent(blocks: blocks, sourceIDs: [KnownSection.advisor]))
  }

  /// The sections of the source the last answer rested on, without the advisor's own parts
  /// (`outside`) or the advisor itself.
  func lastSectionsOfTheSource() -> [String] {
    let own = [KnownSection.outside, KnownSection.advisor].compactMap { knowledgeBase.vocabulary.section($0)?.name }
    return state.lastSources.filter { !own.contains($0) }
  }

  /// Whether a line asks for the source's FAQ as a whole ("can you give me the faq answers? all
  /// of them", "show me the FAQ"), naming no track.
  static func asksForTheFAQ(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.words.count <= 14
      && (parsed.words.contains { $0 == "faq" || $0 == "faqs" } || parsed.words.containsRun(["frequently", "asked"]))
  }

  /// The FAQ intents, in the source's order.
  static let faqIntents: [IntentID] = [KnownIntent.llmopsVersusMLOps, KnownIntent.aiopsPosition, "faq.classical-ml", "faq.llm-products"]

  /// Every answer of the source's FAQ, each under its topic, in the source's order.
  mutating func theFAQ(_ parsed: ParsedInput, confidence: Double) -> Reply {
    let intents = Self.faqIntents.compactMap { knowledgeBase.intent($0) }
    var content = AnswerContent(blocks: [.paragraph(Phrases.faqLead(intents.count))], sourceIDs: [])
    for intent in intents {
      content.blocks.append(.heading(intent.label.capitalizedFirst))
      content.append(composer.content(for: intent, tracks: [], factor: nil))
    }
    return reply(input: parsed.original, intent: KnownIntent.llmopsVersusMLOps, confidence: confidence, content: content)
  }

  /// Words that ask whether something is the advisor's own: "opinion", "your own", "just you".
  static let ownWords: WordSet = ["opinion", "own", "you", "doc", "document", "page", "comparison"]

  /// Words that alone ask for the source ("source?", "citation pls").
  static let sourceWords: WordSet = ["source", "sources", "citation", "citations", "cite", "ref", "reference"]

  /// Where the source says what the last answer said: the sections it rested on; before any
  /// answer with sections, what the source is.
  func whereItSays(_ parsed: ParsedInput, confidence: Double) -> Reply {
    guard !state.lastSources.isEmpty else {
      let intent = knowledgeBase.intent(KnownIntent.about)!
      return reply(input: parsed.original, intent: KnownIntent.about, confidence: confidence,
        content: composer.content(for: intent, tracks: [], factor: nil))
    }
    let sections = lastSectionsOfTheSource()
    var blocks: [Block] = sections.isEmpty ? [] : [.paragraph(Phrases.restsOn(sections))]
    let outside = knowledgeBase.vocabulary.section(KnownSection.outside)?.name
    if state.lastSources.contains(where: { $0 == outside }) { blocks.append(.paragraph(Phrases.partIsMyOwn)) }
    let content = AnswerContent(blocks: blocks, sourceIDs: [KnownSection.advisor])
    return reply(input: parsed.original, intent: KnownIntent.about, confidence: confidence, content: content)
  }

  /// Whether answers of an intent are topics a recap of the conversation lists: not thanks,
  /// help, what it picked up about them and the like.
  static func recappedIntents(_ intent: IntentID) -> Bool {
    !notQuestions.contains(intent) && !MatchPolicy.socialIntents.contains(intent)
      && ![KnownIntent.help, KnownIntent.profile, KnownIntent.why, KnownIntent.about].contains(intent)
  }

  /// The intents of lines that ask no question about the tracks, which follow-ups do not repeat.
  static let notQuestions: Set<IntentID> = [
    KnownIntent.outOfScope, KnownIntent.misread, KnownIntent.preference, KnownIntent.acknowledgement,
  ]

  /// Of the intents a line may mean, the one about a track, when the line points at the track
  /// in focus ("what does it do" after AIOps): "it" is not the advisor, which "you" would be,
  /// so what the advisor does is not asked. Nil when no track is in focus, the line names one
  /// or speaks to the advisor, or several intents about a track remain.
  func askedOfTheTrackInFocus(_ intents: [IntentID], _ parsed: ParsedInput) -> IntentID? {
    guard !state.focusTracks.isEmpty, parsed.tracks.isEmpty, parsed.classes.contains(.pointsAtOne),
      !parsed.classes.contains(.secondPerson)
    else { return nil }
    let aboutATrack = intents.filter { !Self.aboutTheAdvisor.contains($0) }
    return aboutATrack.count == 1 ? aboutATrack[0] : nil
  }

  /// The intents about the advisor itself rather than a track.
  static let aboutTheAdvisor: Set<IntentID> = [KnownIntent.help, KnownIntent.about]

  /// Whether a line brings news naming one track about the person's work and asks whether it
  /// holds for them ("my manager say we must learn llmops now. is it true?"), once what they
  /// told before leans somewhere: the recommendation answers it, with the news set against that.
  func asksWhetherNewsHolds(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.count == 1 && DialogueAct.asksAboutWhatWasSaid(parsed) && DialogueAct.speaksOfTheirWork(parsed)
      && state.profile.evidence.contains { $0.turn < state.turn } && state.profile.leaning != nil
  }

  /// What a question pointing back at the track in focus asks, when it would be declined for
  /// naming no track ("what is aiops" … "wait so none of this is about correlating alerts?"):
  /// the best intent, if it scores at least as well as the decline and reaches the floor of a
  /// line in scope, as the track it points at makes it one. Nil when nothing is in focus, or
  /// the line names a track, something next door or a topic the source does not cover.
  func askedOfTheFocus(_ match: MatchResult, _ parsed: ParsedInput) -> IntentID? {
    guard !state.focusTracks.isEmpty, parsed.tracks.isEmpty, parsed.namesNothingOutside,
      parsed.classes.contains(where: { $0.contains(.pointsAtOne) || $0.contains(.pointsAtSeveral) }),
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed)
    else { return nil }
    let declined = match.ranking.first { $0.intent == KnownIntent.outOfScope }?.score ?? 0
    guard let best = match.ranking.first(where: { !Self.notAskedOfATrack.contains($0.intent) }),
      best.score >= max(declined, policy.inScopeConfidence)
    else { return nil }
    return best.intent
  }

  /// The intents a question about a track never asks: the decline itself, what people say of
  /// their work and the social turns.
  static let notAskedOfATrack = Set([KnownIntent.outOfScope, KnownIntent.preference] + MatchPolicy.socialIntents)

  /// Whether a line asks to compare the tracks on a word one row of the comparison has
  /// ("compare cost please"), naming nothing next door: that row answers it.
  func asksToCompareOnConcept(_ parsed: ParsedInput) -> Bool {
    parsed.classes.contains(.comparing) && parsed.namesNothingOutside && comparedOnConcept(parsed) != nil
  }

  /// Whether a line asks how the things just spoken of differ, in words the advisor does not
  /// all know ("whats the actual difference in what they'd do day to day"): a word that
  /// compares, one pointing back at several, no track and nothing next door named.
  static func comparesThem(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.namesNothingOutside && parsed.classes.contains(.comparing)
      && parsed.classes.contains(.pointsAtSeveral) && DialogueAct.isQuestion(parsed)
  }

  /// A decline: what the advisor covers, or, for a field next door or a topic the comparison
  /// does not cover, that it has nothing on it and what it says that comes closest.
  mutating func decline(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply {
    let named = parsed.uncoveredTopics + parsed.neighbours
    guard !named.isEmpty else {
      if let reply = howToBeyondTheSource(parsed, confidence: confidence, match: match) { return reply }
      if let reply = phraseOfTheSource(parsed, confidence: confidence, match: match) { return reply }
      if let reply = conceptOfTheSource(parsed, confidence: confidence, match: match) { return reply }
      if let reply = termTheSourceDoesNotName(parsed, confidence: confidence) { return reply }
      return answer(KnownIntent.outOfScope, parsed: parsed, confidence: confidence, match: match)
    }
    return notCovered(named, parsed: parsed, confidence: confidence, match: match)
  }

  /// That the comparison has nothing on each of `named` (fields next door and topics), and
  /// what it says that comes closest.
  mutating func notCovered(
    _ named: [String], parsed: ParsedInput, confidence: Double, match: MatchResult?, lead: [Block] = []
  ) -> Reply {
    var content = AnswerContent(blocks: lead, sourceIDs: [])
    for id in named {
      let neighbour = knowledgeBase.vocabulary.neighbour(id)
      content.blocks.append(.paragraph(Phrases.notCovered(neighbour.name) + " " + neighbour.closest))
      content.sourceIDs += neighbour.sources.filter { !content.sourceIDs.contains($0) }
    }
    state.mention(parsed.tracks)
    state.lastExplanation = explanation(parsed, KnownIntent.outOfScope, confidence, match)
    // Only a topic asked of a track: a digression from the question before leaves that question
    // for "and llmops?" to repeat.
    let topics = named.filter { knowledgeBase.vocabulary.neighbour($0).isTopic }
    state.lastUncovered = parsed.tracks.isEmpty || topics.isEmpty ? nil : .init(topics: topics, turn: state.turn)
    let declined = reply(input: parsed.original, intent: KnownIntent.outOfScope, confidence: confidence, tracks: parsed.tracks,
      content: content)
    return withMeaningsOfNeighboursAsked(parsed, in: declined)
  }

  /// A reply with a numbered "did you mean" after its answer, for a best guess; a bare number
  /// then answers the choice, with the line's slots. None when the answer opened an interview,
  /// whose question a bare number answers, or is a numbered question itself.
  mutating func offering(_ choices: [IntentID], after reply: Reply, parsed: ParsedInput) -> Reply {
    // A reply that is itself a numbered question keeps its own numbers: two lists would share them.
    let asksByNumber = reply.blocks.contains { if case .choices = $0 { true } else { false } }
    guard !choices.isEmpty, state.interview == nil, !asksByNumber else { return reply }
    state.pendingChoices = choices
    state.pendingInput = parsed
    // One choice is offered in a sentence: a list of one reads as a form left half filled.
    if choices.count == 1 { return reply.inserting([.paragraph(Phrases.orDidYouMeanOne(knowledgeBase.intent(choices[0])!.label))]) }
    let labels = choices.map { knowledgeBase.intent($0)!.label.capitalizedFirst }
    return reply.inserting([.paragraph(Phrases.orDidYouMean), .choices(labels)])
  }

  /// Answers a matched intent, resolving follow-ups against the conversation.
  mutating func answerIntent(
    _ intent: IntentID, parsed: ParsedInput, confidence: Double, match: MatchResult?,
    detections: [SignalDetector.Detection]
  ) -> Reply {
    if intent == KnownIntent.comparison, let factor = comparedOnConcept(parsed) {
      let tracks = resolvedTracks(for: knowledgeBase.intent(intent)!, parsed: parsed)
      return answer(intent, parsed: parsed, tracks: tracks, factor: .some(factor), confidence: confidence, match: match,
        lead: comparedConceptLead(parsed, factor: factor, tracks: tracks))
    }
    if intent != KnownIntent.recommendation, let factor = continuedComparisonFactor(parsed) {
      let tracks = state.lastComparisonTracks
      return answer(KnownIntent.comparison, parsed: parsed, tracks: tracks, factor: .some(factor), confidence: confidence, match: match)
    }
    // "give me an example" after a track's answer, "like a concrete example of llmops work vs
    // mlops work": the projects of the tracks, the source's nearest to examples.
    if intent == KnownIntent.help && !state.focusTracks.isEmpty || intent == KnownIntent.comparison, Self.asksForAnExample(parsed) {
      let tracks = parsed.tracks.isEmpty ? state.focusTracks : parsed.tracks
      return answer(KnownIntent.projects, parsed: parsed, tracks: tracks, confidence: confidence, match: match,
        lead: [.paragraph(Phrases.examplesAreItsProjects)])
    }
    switch intent {
    case KnownIntent.followUp: return followUp(parsed, confidence: confidence, match: match)
    case KnownIntent.more: return more(parsed, confidence: confidence, match: match)
    case KnownIntent.why where hasNothingToExplain && !parsed.tracks.isEmpty:
      return answer(MatchPolicy.slotIntent(parsed), parsed: parsed, confidence: confidence, match: match)
    case KnownIntent.why: return why(input: parsed.original, confidence: confidence, asking: parsed.tracks)
    case KnownIntent.recommendation: return recommend(parsed, confidence: confidence, match: match, detections: detections)
    case KnownIntent.profile: return profileReply(input: parsed.original, intent: intent, confidence: confidence)
    case KnownIntent.preference:
      return preference(parsed, confidence: confidence, match: match, detections: detections)
    default:
      let known = knowledgeBase.intent(intent)!
      let tracks = resolvedTracks(for: known, parsed: parsed)
      if let work = trackOfTheWorkAsked(known, parsed: parsed, detections: detections), tracks != [work.track] {
        return answer(intent, parsed: parsed, tracks: [work.track], confidence: confidence, match: match,
          lead: work.lead.blocks, leadSources: work.lead.sourceIDs)
      }
      let introduced = introducesTopic(known, parsed: parsed, tracks: tracks)
      let reply = answer(intent, parsed: parsed, tracks: tracks, confidence: confidence, match: match, introduced: introduced)
      if intent == KnownIntent.fit, tracks.count == 1 { return settingAgainstTheirLeaning(reply, track: tracks[0]) }
      return intent == KnownIntent.choose && tracks.isEmpty ? reply.inserting([.paragraph(Phrases.interviewOffer)]) : reply
    }
  }

  /// Who a track fits (`reply`), for someone whose words so far lean to another track ("would
  /// LLMOps make more sense?" from an SRE): with what they said for each, as "why not" says it.
  func settingAgainstTheirLeaning(_ reply: Reply, track: TrackID) -> Reply {
    guard let leaning = state.profile.leaning, leaning != track else { return reply }
    let leaningName = knowledgeBase.vocabulary.track(leaning).name
    let content = ProfileReport(knowledgeBase: knowledgeBase).whyNot(track, against: leaning, profile: state.profile)
    return reply.inserting([.paragraph(Phrases.wordsPointMostTo(leaningName))] + content.blocks)
  }

  /// Whether "why?" has nothing to explain yet: no answer or recommendation so far. "Why MLOps
  /// matters" then asks about the track, and gets what its slots point to.
  var hasNothingToExplain: Bool {
    state.lastRecommendation == nil && state.lastExplanation == nil
  }

  /// The tracks an answer puts in focus: those the line named, with the one in focus it was
  /// set against ("and compared to MLOps?" after LLMOps: both); with none named, those
  /// answered ("which one has better tools?" after MLOps and LLMOps: both), unless all three.
  static func focus(named: [TrackID], answered: [TrackID]) -> [TrackID] {
    if named.isEmpty { return answered.count < TrackID.allCases.count ? answered : [] }
    return named.allSatisfy(answered.contains) ? answered : named
  }

  /// Answers `intentID` for `tracks` (by default those named) and the factor named, after the
  /// intent's general answer if `introduced`, and after `lead`, which rests on `leadSources`.
  mutating func answer(
    _ intentID: IntentID, parsed: ParsedInput, tracks: [TrackID]? = nil, factor: FactorID?? = nil,
    confidence: Double, match: MatchResult?, lead: [Block] = [], leadSources: [String] = [], introduced: Bool = false
  ) -> Reply {
    let intent = knowledgeBase.intent(intentID)!
    let tracks = tracks ?? parsed.tracks
    let factor = factor ?? parsed.factor
    state.mention(Self.focus(named: parsed.tracks, answered: tracks))
    if let factor { state.focusFactor = factor }
    if intentID != KnownIntent.outOfScope, intentID != KnownIntent.misread { state.lastIntent = intentID }
    if !Self.notQuestions.contains(intentID) { state.lastQuestion = intentID }
    state.pendingChoices = []
    state.pendingInput = nil
    let topic = ConversationState.AnsweredTopic(intent: intentID, tracks: tracks, factor: factor)
    if Self.recappedIntents(intentID), !state.answeredTopics.contains(topic) { state.answeredTopics.append(topic) }
    if intent.table != nil { state.lastComparisonTracks = tracks }
    var content = AnswerContent(blocks: lead, sourceIDs: leadSources)
    if intentID != KnownIntent.outOfScope, intentID != KnownIntent.preference {
      content.blocks.insert(contentsOf: neighbourNotes(parsed, tracks: tracks), at: 0)
      // "What is AgentOps?" then "which track does it belong to": the one it is filed under.
      if let filed = parsed.neighbours.first(where: { knowledgeBase.vocabulary.neighbour($0).within != nil }) {
        state.lastConcept = .init(word: filed, turn: state.turn)
      }
    }
    if !parsed.corrections.isEmpty, intentID != KnownIntent.outOfScope {
      content.blocks.insert(.paragraph(Phrases.corrections(parsed.corrections)), at: 0)
    }
    let factors = intent.table == nil || factor == nil ? parsed.factors : rowsNamed(parsed)
    if let table = intent.table, let factor, factors.count > 1, factors.first == factor {
      // "compare mlops and llmops on tools and projects", "compare them on governance and tools": every row named.
      content.append(composer.comparison(table, tracks: tracks, factors: factors))
    } else {
      content.append(composer.content(for: intent, tracks: tracks, factor: factor, introduced: introduced))
    }
    // "alert storm at night, what tool help for this" from someone whose AIOps is IT operations only.
    if tracks == [.aiops], intentID == KnownIntent.tools, state.profile.aiopsRestsOnITOperations {
      content.append(AnswerContent(blocks: [.paragraph(Phrases.toolsAreForAISystems)], sourceIDs: [KnownSection.outside]))
    }
    // "compare mlops and llmops on tools and skills": the table has no skills row; the skills lists follow it.
    if intent.table != nil, factor != nil, policy.names(KnownIntent.skills, in: parsed), let skills = knowledgeBase.intent(KnownIntent.skills) {
      content.append(composer.content(for: skills, tracks: tracks, factor: nil, introduced: false))
    }
    // "You misread me" is about the answer before it, which `/why` and follow-ups still see.
    if intentID != KnownIntent.misread { state.lastExplanation = explanation(parsed, intentID, confidence, match) }
    let answered = reply(
      input: parsed.original, intent: intentID, confidence: confidence, tracks: tracks,
      factor: factor, content: content, endsSession: intentID == KnownIntent.goodbye)
    return withMeaningsOfNeighboursAsked(parsed, in: answered)
  }

  /// For each field next door the line names, a word that the comparison has no such track:
  /// where it files it, or that the answer is about the tracks instead.
  func neighbourNotes(_ parsed: ParsedInput, tracks: [TrackID]) -> [Block] {
    parsed.neighbours.map { id in
      let neighbour = knowledgeBase.vocabulary.neighbour(id)
      if let within = neighbour.within {
        return .paragraph(Phrases.filedUnder(neighbour.name, track: knowledgeBase.vocabulary.track(within).name))
      }
      return .paragraph(Phrases.answeringInstead(neighbour.name, tracks: tracks.map { knowledgeBase.vocabulary.track($0).name }))
    }
  }

  func explanation(_ parsed: ParsedInput, _ intent: IntentID, _ confidence: Double, _ match: MatchResult?)
    -> Explanation
  {
    let others = (match?.ranking ?? []).filter { $0.intent != intent }.prefix(3)
    return Explanation(
      input: parsed.original, intent: intent, confidence: confidence,
      runnersUp: others.map { ($0.intent, $0.score) }, words: match?.words ?? [],
      rankedNearestExample: match?.ranking.first(where: { $0.intent == intent })?.nearestExample, matched: match != nil,
      corrections: parsed.corrections, evidence: [])
  }

  /// Asks which of several close intents was meant.
  mutating func clarify(_ intents: [IntentID], parsed: ParsedInput, confidence: Double, match: MatchResult? = nil) -> Reply {
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
    return answerIntent(intent, parsed: chosen, confidence: 1, match: nil, detections: [])
  }

  /// Builds a reply from content, with the profile as it stands after the turn.
  func reply(
    input: String, intent: IntentID, confidence: Double, tracks: [TrackID] = [],
    factor: FactorID? = nil, content: AnswerContent, recommendation: TrackID? = nil,
    endsSession: Bool = false, action: Reply.Action? = nil
  ) -> Reply {
    var sections: [String] = []
    for section in content.sourceIDs.compactMap({ knowledgeBase.vocabulary.section($0) })
    where section.id != KnownSection.advisor && !sections.contains(section.name) {
      sections.append(section.name)
    }
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
  /// What the advisor says from general knowledge or as its own advice, marked in the text
  /// with `Phrases.outsideTheComparison`.
  public static let outside = "outside"
  /// Recommended direction: start with the dominant system type.
  public static let direction = "direction"
  /// Career Mapping: a track for each goal.
  public static let careerMapping = "career-mapping"
  /// Where the Confusion Comes From: what the tracks share.
  public static let confusion = "confusion"
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
