import Synchronization

/// Follow-ups: questions that lean on the conversation so far.
extension Advisor {
  /// Whether a line asks about every track at once: "the three tracks", or "each", "all" or
  /// "every" before "track", "one" or "of", after "they" or "them" ("what do they each lead
  /// to"), or ending the line ("titles in each") (see `WordClass`).
  static func asksAboutEveryTrack(_ classes: [WordClass]) -> Bool {
    classes.contains(.everyTrack) || classes.last?.contains(.everyTrackLeader) == true
      || zip(classes, classes.dropFirst()).contains {
        $0.contains(.everyTrackLeader) && $1.contains(.everyTrackFollower) || $0.contains(.pointsAtSeveral) && $1.contains(.everyTrackLeader)
      }
  }

  /// The tracks a question is about: those named; else, for a question about a factor, the
  /// one whose ground it names ("what tools would I need for the LLM part?"); else, for a
  /// follow-up, those in focus.
  ///
  /// A question about the person's own work ("what should I learn?") is about the track their
  /// words lean to, unless it points back at the track in focus ("is it for people like me?")
  /// or asks for the ground of one track (`groundAskedFor`).
  /// A question that names no track and has none in focus gets the intent's default: its
  /// general answer, or all three tracks. An intent whose general answer only
  /// introduces the tracks' answers (`expands`) follows the focus like one without.
  func resolvedTracks(for intent: Intent, parsed: ParsedInput) -> [TrackID] {
    if let ground = groundAskedFor(intent, parsed: parsed) { return [ground] }
    // "i'm designing a module on ML operations. What should I teach in each of the three tracks?"
    if let last = parsed.clauses.last, parsed.clauses.count > 1, Self.asksAboutEveryTrack(Array(parsed.classes[last.range])),
      !parsed.words[last.range].contains(where: { TrackID.named($0) != nil })
    {
      return []
    }
    if !parsed.tracks.isEmpty { return comparedWithFocus(intent, parsed: parsed) }
    if Self.asksAboutEveryTrack(parsed.classes) { return [] }
    if parsed.factor != nil, parsed.domains.count == 1 { return parsed.domains }
    if Self.asksWhichOne(parsed), !MatchPolicy.choiceIntents.contains(intent.id) { return state.mentionedTracks.count >= 2 ? TrackID.allCases.filter(state.mentionedTracks.contains) : [] }
    let pointsBack = parsed.classes.contains { $0.contains(.pointsAtOne) || $0.contains(.pointsAtSeveral) }
    // "how to pick between them" after one track at a time: every track mentioned, else all.
    if state.focusTracks.count < 2, Self.choosesBetweenThem(parsed) {
      return state.mentionedTracks.count >= 2 ? TrackID.allCases.filter(state.mentionedTracks.contains) : []
    }
    // "What projects should I build to make the switch": their track is where they said they
    // want to go, else the one recommended, else where their words lean.
    if intent.table == nil, DialogueAct.speaksOfTheirWork(parsed),
      let own = state.aspiration?.track ?? state.lastRecommendation?.track ?? state.profile.leaning,
      !(pointsBack && !state.focusTracks.isEmpty) {
      return [own]
    }
    if intent.table != nil {
      guard pointsBack else { return [] }
      if state.focusTracks.count >= 2 { return state.focusTracks }
      // "compare them" after one track at a time: every track mentioned; "the two", the last two.
      guard state.mentionedTracks.count >= 2 else { return [] }
      let two = parsed.words.contains("two") || parsed.words.contains("both")
      return two ? Array(state.mentionedTracks.suffix(2)) : TrackID.allCases.filter(state.mentionedTracks.contains)
    }
    let hasGeneralAnswer = intent.answers.contains { $0.track == nil }
    if hasGeneralAnswer, !intent.expands, !pointsBack { return [] }
    let pointsAtOne = parsed.classes.contains(.pointsAtOne) && !parsed.classes.contains(.pointsAtSeveral)
    if !pointsAtOne, pointsBack, state.focusTracks.count < 2, let two = twoTheirWordsPointTo() { return two }
    return pointsAtOne ? Array(state.focusTracks.prefix(1)) : state.focusTracks
  }

  /// Whether a line says "between them", "between these" or "between those".
  static func choosesBetweenThem(_ parsed: ParsedInput) -> Bool {
    zip(parsed.words, parsed.words.dropFirst()).contains { $0 == "between" && ["them", "these", "those"].contains($1) }
  }

  /// "honestly im torn between the two" after a recommendation with one track in focus: the
  /// two tracks their words point to most, in the tracks' order; nil unless a track was
  /// recommended and two score above zero.
  func twoTheirWordsPointTo() -> [TrackID]? {
    guard state.lastRecommendation != nil else { return nil }
    let two = state.profile.ranked.filter { state.profile.score($0) > 0 }.prefix(2)
    return two.count == 2 ? TrackID.allCases.filter(two.contains) : nil
  }

  /// The one track the work a question describes points to, with what says so, for a topic
  /// answered track by track, when the line names no track and says nothing of the asker's own
  /// work ("what projects should a candidate for a fraud detection role have?": MLOps; "what
  /// tools for the governance stuff, like audit logging and model approvals": AIOps, far ahead
  /// of the one word for MLOps); nil when its words point to no track far ahead of the others.
  func trackOfTheWorkAsked(
    _ intent: Intent, parsed: ParsedInput, detections: [SignalDetector.Detection]
  ) -> (track: TrackID, lead: AnswerContent)? {
    guard parsed.tracks.isEmpty, Self.workTopics.contains(intent.id), !DialogueAct.speaksOfTheirWork(parsed) else {
      return nil
    }
    // A question's signals are mostly left unread as asked of a term: the line is read whole.
    let described = detections.isEmpty ? describedInTheLine(parsed) : detections
    let firm = SignalDetector.distinct(described).filter { !$0.negated && !$0.hedged }
    guard let track = Profile.farAhead(firm) else { return nil }
    let evidence = firm.filter { $0.signal.track == track }.map { Profile.evidence(of: $0, turn: state.turn, correcting: false) }
    let text = Phrases.workPointsTo(knowledgeBase.vocabulary.track(track).name, reasons: evidence.map(\.reason))
    var content = AnswerContent(blocks: [.paragraph(text)], sourceIDs: [])
    content.cite(evidence.map(\.source))
    return (track, content)
  }

  /// "and the same for the fraud model hire?", "what about for someone doing RAG?", "same thing
  /// but for someone on our forecasting models" after the
  /// projects for an LLM assistant: the last topic again, for the one track the work the
  /// follow-up names after "for" points to, when it asks no topic of its own ("same" says it
  /// does not); nil otherwise ("what about terraform?" asks about the tool).
  mutating func sameTopicForTheWorkNamed(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.factor == nil, parsed.words.contains("for"),
      Self.continuationOpening(parsed.words[...]) != nil || parsed.words.first == "same",
      parsed.words.contains("same") || policy.topicIntent(of: parsed) == nil,
      let last = state.lastQuestion.flatMap(knowledgeBase.intent),
      let work = trackOfTheWorkAsked(last, parsed: parsed, detections: [])
    else { return nil }
    return answer(last.id, parsed: parsed, tracks: [work.track], confidence: confidence, match: match,
      lead: work.lead.blocks, leadSources: work.lead.sourceIDs)
  }

  /// The topics a kind of work is asked about ("which skills for a fraud detection role?").
  static let workTopics: [IntentID] = [KnownIntent.skills, KnownIntent.tools, KnownIntent.projects, KnownIntent.career]

  /// The track whose ground (a domain word: "llm") a question about their own work asks a
  /// topic for, beside a track they say they know ("i already know mlops. what should i add
  /// for the llm thing?") or naming none ("what skills should i learn for the llm side?");
  /// nil for any other line, or one that denies the ground ("not llms").
  func groundAskedFor(_ intent: Intent, parsed: ParsedInput) -> TrackID? {
    guard Self.workTopics.contains(intent.id), parsed.domains.count == 1, let ground = parsed.domains.first,
      !parsed.words.contains(where: Self.denyingWords.contains)
    else { return nil }
    if parsed.tracks.count == 1 { return Self.knowsTheTrackNamed(parsed) && parsed.tracks[0] != ground ? ground : nil }
    return parsed.tracks.isEmpty && DialogueAct.speaksOfTheirWork(parsed) && Self.asksForTheGround(parsed) ? ground : nil
  }

  /// Whether the last clause asks for a ground after "for" ("what should i add for the llm
  /// thing?"), rather than telling of it ("…classic ones, llms and agents. what should i learn?").
  static func asksForTheGround(_ parsed: ParsedInput) -> Bool {
    guard let last = parsed.clauses.last, let forPlace = parsed.words[last.range].firstIndex(of: "for") else { return false }
    return parsed.words[forPlace...].prefix(while: { $0 != "and" }).count > 1 && parsed.asks(last)
  }

  /// Whether the one track a line names is one they say they know ("i already know mlops",
  /// "coming from mlops"): a word of knowing just before it.
  static func knowsTheTrackNamed(_ parsed: ParsedInput) -> Bool {
    guard let place = parsed.words.firstIndex(where: { TrackID.named($0) != nil }), place > 0 else { return false }
    return knowingWords.contains(parsed.words[place - 1])
  }

  /// The words before a track that say they know it already.
  static let knowingWords: WordSet = ["know", "knew", "mastered", "from", "done"]

  /// Words that deny what follows them ("not llms", "no genai").
  static let denyingWords: WordSet = ["not", "no", "never", "without"]

  /// Whether a line asks which of the tracks something is true of ("which one has more
  /// jobs?"): "which" before "one" or "ones". Unless it asks which to choose, it is about
  /// every track mentioned so far, not only the one in focus.
  static func asksWhichOne(_ parsed: ParsedInput) -> Bool {
    MatchPolicy.asks(parsed.words, by: MatchPolicy.which, about: whichOneNouns)
  }

  /// The words that, after "which", stand for a track.
  static let whichOneNouns: WordSet = ["one", "ones"]

  /// The tracks a line names, with the one in focus first when a comparison points back at it
  /// or sets one track against it: "how is it different from MLOps?", "vs MLOps?" or "and
  /// compared to MLOps?" after "what is AIOps?" compares AIOps with MLOps.
  func comparedWithFocus(_ intent: Intent, parsed: ParsedInput) -> [TrackID] {
    // "An mlops person vs the others", "how does llmops compare to the rest": every track.
    if parsed.tracks.count == 1, parsed.words.contains(where: Self.theRest.contains) { return [] }
    let setAgainst = parsed.classes.contains(.versus) || parsed.classes.contains(.comparing)
    let impliesFocus = parsed.classes.contains(.pointsAtOne) || (parsed.tracks.count == 1 && setAgainst)
    guard intent.table != nil, impliesFocus,
      let focus = state.focusTracks.first(where: { !parsed.tracks.contains($0) })
    else { return intent.table == nil ? Self.withoutDenied(parsed) : parsed.tracks }
    return [focus] + parsed.tracks
  }

  /// Words that set one track against all the others.
  static let theRest: WordSet = ["others", "rest"]

  /// The tracks a line names but those it denies right after "not", when another is left
  /// ("sorry i meant for llmops, not aiops" → LLMOps); a "not" after an auxiliary asks
  /// ("isn't llmops just mlops", read "is not llmops …") and denies nothing.
  static func withoutDenied(_ parsed: ParsedInput) -> [TrackID] {
    let words = parsed.words
    let denied = words.indices.dropFirst().filter { place in
      words[place - 1] == "not" && (place < 2 || !DialogueAct.askingAuxiliaries.contains(words[place - 2]))
    }.compactMap { TrackID.named(words[$0]) }
    let kept = parsed.tracks.filter { !denied.contains($0) }
    return kept.isEmpty ? parsed.tracks : kept
  }

  /// Whether a question answered for the track in focus gets its topic's introduction first:
  /// a question about a topic in general ("is the job title a good signal?"), not a brief
  /// follow-up and not a question about the person's own work.
  func introducesTopic(_ intent: Intent, parsed: ParsedInput, tracks: [TrackID]) -> Bool {
    intent.expands && parsed.tracks.isEmpty && !tracks.isEmpty && !DialogueAct.speaksOfTheirWork(parsed)
      && !isBriefFollowUp(parsed)
  }

  /// Whether a line is a brief follow-up: beside the words that name its factor, at most one
  /// content word ("tools", "which tools would help", "no wait, what would the career path
  /// be"), or it opens as one ("what about tools?", after fillers: "hmm. what about audit?").
  /// A longer question ("do tool names define the role") gets the topic's introduction before
  /// the answer for the track in focus.
  func isBriefFollowUp(_ parsed: ParsedInput) -> Bool {
    let aliases = parsed.factor.map { knowledgeBase.vocabulary.factor($0).aliases } ?? []
    // The words of a factor's few aliases, compared as a `Set` would, without hashing them.
    let factorWords = aliases.flatMap { $0.split(separator: " ") }
    var otherWords = 0
    for (word, classes) in zip(parsed.words, parsed.classes)
    where !classes.contains(.functionWord) && !factorWords.contains(where: { $0 == word }) {
      otherWords += 1
    }
    guard otherWords > Self.briefFollowUpWords, let opener = Self.continuationOpening(parsed.words[...]) else {
      return otherWords <= Self.briefFollowUpWords
    }
    // "and", "also" or "now" before a longer statement tells news ("now they want a small voice
    // assistant with a llama model on the device too"); it does not ask.
    return opener.count > 1 || otherWords <= Self.briefStatementWords || DialogueAct.isQuestion(parsed)
      || DialogueAct.endsWithQuestionMark(parsed)
  }

  /// The most content words a statement opening with "and", "also" or "now" has and still
  /// continues the topic ("and the tools for llmops").
  static let briefStatementWords = 3

  /// The continuation opener that `words` open with after their leading fillers ("hmm. what
  /// about audit?", "and what about llmops?" → "what about"), else as typed ("and tools?" →
  /// "and", itself a filler), or nil.
  static func continuationOpening(_ words: ArraySlice<String>) -> [String]? {
    let afterFillers = words.drop { DialogueAct.leadingFillers.contains($0) }
    return continuationOpeners.first { afterFillers.starts(with: $0) } ?? continuationOpeners.first { words.starts(with: $0) }
  }

  /// Whether a line opens with the same question about another track and then only tells
  /// something ("hmm what about llmops instead, everyone at work is talking about chatgpt"):
  /// its first clause is a continuation opener, after fillers, with track names, function
  /// words, "instead" or "then"; the clauses after it ask nothing and name no track.
  static func opensWithAFollowUp(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, let first = parsed.clauses.first else { return false }
    let words = parsed.words[first.range].drop { DialogueAct.leadingFillers.contains($0) }
    guard let opener = continuationOpening(words) else { return false }
    let rest = words.indices.dropFirst(opener.count)
    guard rest.contains(where: { TrackID.named(parsed.words[$0]) != nil }),
      rest.allSatisfy({
        TrackID.named(parsed.words[$0]) != nil || parsed.classes[$0].contains(.functionWord)
          || ["instead", "then"].contains(parsed.words[$0])
      })
    else { return false }
    return !DialogueAct.endsWithQuestionMark(parsed) && parsed.clauses.dropFirst().allSatisfy { clause in
      !parsed.classes[clause.range].contains { $0.contains(.questionWord) || $0.contains(.trackName) }
        && !DialogueAct.questionOpeners.contains(parsed.words[clause.range.lowerBound])
    }
  }

  /// "What about agents? we're thinking of letting the support bot take actions": a line whose
  /// first clause asks about a concept alone ("what about" and one or two words, no track) and
  /// whose other clauses only tell something; the first clause is answered as the concept
  /// follow-up it is. Nil for any other line, or when no track's part has the concept.
  mutating func conceptBeforeTheirStory(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.clauses.count > 1, parsed.tracks.isEmpty, let first = parsed.clauses.first,
      let opener = Self.continuationOpening(parsed.words[first.range]), opener.count == 2,
      !parsed.clauses.dropFirst().contains(where: { parsed.classes[$0.range].contains(.questionWord) })
    else { return nil }
    let asked = parser.parse(first.text)
    let content = asked.words.indices.dropFirst(opener.count).filter { !asked.classes[$0].contains(.functionWord) }
    guard (1...2).contains(content.count), let hit = conceptHit(asked) else { return nil }
    return answerConcept(hit, parsed: asked.with(original: parsed.original), confidence: confidence, match: match)
  }

  /// The last clause of a line that tells something first and then asks ("im an mlops
  /// engineer at a bank, which track covers governance?"), read alone, so that the tracks of
  /// the story do not stand in the question; nil for a line of one clause or one naming no track.
  func questionAfterTheirStory(_ parsed: ParsedInput) -> ParsedInput? {
    // Parsing the clause again costs as much as a turn's matching: only for a "which track" one.
    guard parsed.clauses.count > 1, !parsed.tracks.isEmpty, let last = parsed.clauses.last,
      MatchPolicy.asks(Array(parsed.words[last.range]), by: Self.coveringAskers, about: Self.coveringAskedNouns)
    else { return nil }
    return parser.parse(last.text).with(original: parsed.original)
  }

  /// The most content words, beside its factor's, a line may have and still continue the topic in focus.
  static let briefFollowUpWords = 1

  /// Words that open a follow-up: "and in career outcome?", "what about tooling?".
  static let continuationOpeners: [[String]] = [["and"], ["also"], ["now"], ["what", "about"], ["how", "about"]]

  /// After a comparison, a brief follow-up that names only a factor asks for that row of the
  /// same comparison ("and in career outcome?", "tools only"), unless it offers alternatives
  /// ("tools or skills"); its factor, or nil when the line is not one.
  func continuedComparisonFactor(_ parsed: ParsedInput) -> FactorID? {
    guard state.lastIntent == KnownIntent.comparison, parsed.tracks.isEmpty, let factor = parsed.factor,
      !parsed.classes.contains(.alternative), isBriefFollowUp(parsed)
    else { return nil }
    return factor
  }

  /// Where the source mentions what a concept follow-up asks about ("what about cost?"): a
  /// cell of the comparison (`factor`) or a track's answer of another intent, the word found,
  /// and the word asked when the source was found to use a related word instead.
  struct ConceptHit {
    let track: TrackID
    let intent: IntentID
    let factor: FactorID?
    let word: String
    let asked: String?
  }

  /// A word a concept follow-up looks for: one of the line's content words, or a word related
  /// to one (`Vocabulary.related`), with the word asked.
  struct ConceptQuery {
    let word: String
    let stem: String
    let asked: String?
  }

  /// For a follow-up about a concept rather than a track or topic ("what about cost?"), where
  /// the source mentions one of the line's content words (by stem), or failing that a word
  /// related to one (the closest first): for the track in focus (with none, the one the
  /// person's words point to most), else (or, for a line with one content word, with no such
  /// track: "what about agents?") for each other track in the seed's order; in the
  /// comparison's cells (in the table's order), then in the track's answers of the topics
  /// "tell me more" walks through, those not shown yet first.
  ///
  /// With `among`, only those tracks are looked in, in their order, as if the first were in
  /// focus ("is guardrails work llmops or aiops?").
  ///
  /// The places' stems are worked out at the first concept follow-up and kept (`conceptStemsCache`).
  func conceptHit(_ parsed: ParsedInput, among named: [TrackID]? = nil) -> ConceptHit? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside else { return nil }
    let focus = named?.first ?? state.focusTracks.first ?? state.profile.ranked.first { state.profile.score($0) > 0 }
    let asked = Self.conceptQueries(parsed, in: parsed.words.indices)
    // With no track in focus, only a line about one thing ("what about agents?") says what to look for.
    guard !asked.isEmpty, focus != nil || asked.count == 1 else { return nil }
    let related = asked.flatMap { query in
      knowledgeBase.vocabulary.relatedWords(of: query.word).map { ConceptQuery(word: $0, stem: Stemmer.stem($0), asked: query.word) }
    }
    let stems = conceptStems
    let order = named ?? Array(focus.map { [$0] } ?? []) + TrackID.allCases.filter({ $0 != focus })
    // "and cost control?": a place with two of the words asked, wherever it is, before one with
    // one of them in the track in focus ("controls" in the AIOps system type).
    if asked.count > 1, let hit = placeWithMostWords(asked, tracks: order), hit.count > 1 { return hit.hit }
    for track in order {
      let places = unseenFirst(stems.places(for: track), track: track)
      for place in places {
        if let hit = asked.first(where: { place.stems.contains($0.stem) }) {
          return ConceptHit(track: track, intent: place.intent, factor: place.factor, word: hit.word, asked: nil)
        }
      }
      for query in related {
        if let place = places.first(where: { $0.stems.contains(query.stem) }) {
          return ConceptHit(track: track, intent: place.intent, factor: place.factor, word: query.word, asked: query.asked)
        }
      }
    }
    return nil
  }

  /// The place, tracks in `tracks`' order, that has the most of the words asked next to each
  /// other in the line, with how many it has.
  func placeWithMostWords(_ asked: [ConceptQuery], tracks: [TrackID]) -> (hit: ConceptHit, count: Int)? {
    var best: (hit: ConceptHit, count: Int)?
    for track in tracks {
      for place in unseenFirst(conceptStems.places(for: track), track: track) {
        let found = asked.filter { place.stems.contains($0.stem) }
        guard found.count > (best?.count ?? 0) else { continue }
        let words = found.map(\.word).joined(separator: " ")
        best = (ConceptHit(track: track, intent: place.intent, factor: place.factor, word: words, asked: nil), found.count)
      }
    }
    return best
  }

  /// Where the words of a term asked about end: with the clause that asks what it is, when no
  /// clause after it asks ("ok so what is drift? people keep saying it"), else with the line
  /// ("whats TGI? and is vllm worth learning" asks of both).
  static func endOfTheTermAsked(_ parsed: ParsedInput) -> Int {
    let words = parsed.words
    guard parsed.clauses.count > 1,
      let end = parsed.clauses.first(where: { $0.asked && asksWhatItIs(Array(words[$0.range])) })?.range.upperBound,
      !parsed.clauses.contains(where: { clause in
        clause.range.lowerBound >= end
          && (parsed.asks(clause) || DialogueAct.opensAsYesNoQuestion(DialogueAct.afterFillers(Array(words[clause.range]))))
      })
    else { return words.endIndex }
    return end
  }

  /// "What is TGI?", "is vLLM worth learning?", "what's LLM tracing?": a question about one
  /// tool (a word or two), which the source names among one track's tools only, that would be
  /// declined or get the help text is answered where the source names it (as a concept
  /// follow-up); "what is drift?", about something else the source mentions, where it does
  /// (see `answerCovering`); nil for any other line.
  mutating func termQuestion(_ parsed: ParsedInput, decision: MatchPolicy.Decision, confidence: Double, match: MatchResult) -> Reply? {
    // "What is TGI exactly" may rank the definitions or the tools first; it asks about the tool.
    // "What does evaluation mean here?" may rank which AIOps is meant first; it names no track.
    let definitionOfATerm = (decision == .answer(KnownIntent.definition) || decision == .answer("tools")
      || decision == .answer(KnownIntent.aiopsMeaning)) && Self.asksWhatItIs(parsed)
    guard decision == .outOfScope || decision == .answer(KnownIntent.help) || definitionOfATerm, parsed.tracks.isEmpty,
      parsed.namesNothingOutside, !DialogueAct.reportsTrouble(parsed), !Self.asksWhatOpsMeans(parsed.words)
    else { return nil }
    // "do i still need vllm if we just call the api": the term is asked before the reason.
    let reason = parsed.words.firstIndex(where: SignalDetector.reasonWords.contains) ?? parsed.words.endIndex
    let asked = min(reason, Self.endOfTheTermAsked(parsed))
    var terms = zip(parsed.words[..<asked], parsed.classes[..<asked])
      .filter { !$1.contains(.functionWord) && !Self.judgingWords.contains($0) }.map(\.0)
    guard (1...Self.longestTerm).contains(terms.count) else { return nil }
    let typed = terms
    // "whats an eval": the source's own word for it ("evaluation"), when it lacks the one typed.
    if terms.count == 1, !someTrackMentions([Stemmer.stem(terms[0])]),
      let own = knowledgeBase.vocabulary.relatedWords(of: terms[0]).first(where: { someTrackMentions([Stemmer.stem($0)]) })
    {
      terms = [own]
    }
    let termStems = terms.map(Stemmer.stem)
    let stems = conceptStems
    // A term some track's parts first name outside its tools ("evaluation" is in LLMOps's
    // definition; "serving" in LLMOps's, though AIOps lists serving platforms) is a concept, not a tool.
    let firsts = TrackID.allCases.compactMap { track in
      stems.places(for: track).first { termStems.allSatisfy($0.stems.contains) }.map { (track, $0) }
    }
    let found = firsts.allSatisfy(\.1.isAboutTools) ? firsts : []
    guard found.count == 1, let (track, place) = found.first else {
      if found.isEmpty, let reply = toolOutsideTheSource(terms, parsed: parsed, confidence: confidence, match: match) {
        return reply
      }
      // "What is drift?": not a tool; where the source mentions it, if it does.
      guard found.isEmpty, Self.asksWhatItIs(parsed) else { return nil }
      guard someTrackMentions(termStems) else {
        return termTheSourceDoesNotName(parsed, confidence: confidence)
          ?? meaningOfATermNotNamed(terms, parsed: parsed, confidence: confidence, match: match)
      }
      let asked = zip(terms, termStems).map { ConceptQuery(word: $0, stem: $1, asked: nil) }
      let reply = answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
      guard state.pendingChoices.isEmpty else { return reply }
      let phrase = DisplayText.sanitized(terms.joined(separator: " "), limit: 60)
      // "whats rag": the source has a word near it ("prompting"), not the one typed.
      guard typed != terms, meaning(of: typed) != nil else {
        return withMeaning(of: terms, in: reply.inserting([.paragraph(Phrases.conceptNamedNotDefined(phrase))], at: 0))
      }
      let nearest = Phrases.nearestWordUsed(DisplayText.sanitized(typed.joined(separator: " "), limit: 60), nearest: phrase)
      return withMeaning(of: typed, in: reply.inserting([.paragraph(nearest)], at: 0))
    }
    // "and tracing?" after AIOps: its projects name tracing too, so it is no tool question.
    if let focus = state.focusTracks.first, focus != track, !Self.asksWhatItIs(parsed),
      stems.places(for: focus).contains(where: { place in termStems.allSatisfy(place.stems.contains) })
    {
      return nil
    }
    let hit = ConceptHit(track: track, intent: place.intent, factor: place.factor, word: terms.joined(separator: " "), asked: nil)
    // "what is TGI?" asks of the tool, not of the track in focus.
    if Self.asksWhatItIs(parsed) { state.focusTracks = [] }
    var reply = answerConcept(hit, parsed: parsed, confidence: confidence, match: match, movingFocus: true)
    // "whats kserve": the source names it and says no more, which is said first, unless the
    // answer already opens by saying where the source mentions it.
    let opensWithTheSource = reply.blocks.first.map { block in
      if case .paragraph(let text) = block { text.hasPrefix("My source") } else { false }
    } ?? false
    if Self.asksWhatItIs(parsed), !opensWithTheSource {
      let texts = conceptPlaces(for: track).filter { $0.intent == place.intent && $0.factor == place.factor }.map(\.text)
      let trackName = knowledgeBase.vocabulary.track(track).name
      if let name = texts.lazy.compactMap({ Self.spelled(terms, in: $0) }).first ?? (terms.count == 1 ? terms[0] : nil) {
        reply.blocks.insert(.paragraph(Phrases.toolNamedNotDefined(name, for: trackName)), at: 0)
      } else {
        // "whats TGI? and is vllm worth learning": two tools the source names apart.
        let names = terms.map { term in texts.lazy.compactMap { Self.spelled([term], in: $0) }.first ?? term }
        reply.blocks.insert(.paragraph(Phrases.toolsNamedNotDefined(names, for: trackName)), at: 0)
      }
      return withMeaning(of: terms, in: reply)
    }
    return reply
  }

  /// Whether the last of several clauses asks for a recommendation in so many words ("… and
  /// lately a support chatbot on the side. what would you recommend?"): the tools named before
  /// it are their story.
  static func endsAskingForARecommendation(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last, parsed.asks(last) else { return false }
    return parsed.words[last.range].contains(where: recommendingVerbs.contains)
  }

  /// The verbs of asking for a recommendation.
  static let recommendingVerbs: WordSet = ["recommend", "suggest", "advise"]

  /// "is vllm something i install?", "do i need vllm if im just calling openai?", "is tgi better
  /// than vllm": a question about tools the source only names, all among one track's tools,
  /// says the source names them there and no more, then shows where. Asked of tracks ("does
  /// airflow matter for llmops?", "is vLLM an mlops tool?", "kserve: llmops or aiops?"), a
  /// verdict comes first: yes, no, or which of them. Nil for any other line, or one naming
  /// fewer than `least` of them ("what is TGI?" is `termQuestion`'s).
  mutating func toolQuestion(_ parsed: ParsedInput, confidence: Double, match: MatchResult, least: Int = 1) -> Reply? {
    // "which track is kubeflow in?" asks where it is, which `whichTrackCovers` answers.
    // A track named: only a question of whether a tool matters to it or is its tool.
    guard parsed.tracks.isEmpty || parsed.words.contains(where: Self.relevanceWords.contains) || Self.asksWhoseTool(parsed),
      parsed.namesNothingOutside, !Self.asksWhatItIs(parsed), !Self.endsAskingForARecommendation(parsed),
      !MatchPolicy.asks(parsed.words, by: MatchPolicy.whichWords, about: Self.coveringAskedNouns),
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed),
      let (track, names) = toolsNamed(parsed), names.count >= least
    else { return nil }
    // The lead says which track's tools they are, so no word on the track in focus follows it.
    let vocabulary = knowledgeBase.vocabulary
    let name = vocabulary.track(track).name
    let lead: String
    if parsed.tracks.isEmpty {
      lead = Phrases.toolsNamedNoMore(names, for: name)
    } else if !parsed.tracks.contains(track) {
      lead = Phrases.toolsListedElsewhere(names, for: name, notFor: parsed.tracks.map { vocabulary.track($0).name })
    } else {
      lead = parsed.tracks.count == 1 ? Phrases.toolsOfTheTrack(names, track: name) : Phrases.toolsOfOneOfThem(names, track: name)
    }
    return answer(KnownIntent.tools, parsed: parsed, tracks: [track], confidence: confidence, match: match, lead: [.paragraph(lead)])
  }

  /// Whether a line asks whose tool something is: a clause asking yes or no ("is vLLM an mlops
  /// tool?", "ok thx. so is TGI an aiops tool?", after the words that open it), "y/n", or two
  /// tracks set as alternatives ("kserve: llmops or aiops?").
  static func asksWhoseTool(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { DialogueAct.opensAsYesNoQuestion(DialogueAct.afterFillers(Array(parsed.words[$0.range]))) }
      || parsed.classes.contains(.alternative) && parsed.tracks.count == 2 || parsed.words.containsRun(["y", "n"])
  }

  /// Words that ask whether a tool matters to a track ("does airflow matter for llmops?").
  static let relevanceWords: WordSet = [
    "matter", "matters", "need", "needed", "use", "used", "uses", "relevant", "required", "require", "useful", "important",
  ]

  /// The tools a line names (`toolNames`), with the track whose tools list them;
  /// nil when it names none, or names them under several tracks.
  func toolsNamed(_ parsed: ParsedInput) -> (TrackID, [String])? {
    let tools = toolNames
    var found: [(track: TrackID, name: String)] = []
    for word in parsed.words {
      guard let tool = tools[word], !found.contains(where: { $0.name == tool.name }) else { continue }
      found.append(tool)
    }
    guard let track = found.first?.track, found.allSatisfy({ $0.track == track }) else { return nil }
    return (track, found.map(\.name))
  }

  /// `terms` (lower-case words) as `text` spells them ("tgi" in "vLLM or TGI" → "TGI"); nil when
  /// the text does not have them side by side.
  static func spelled(_ terms: [String], in text: String) -> String? {
    let words = text.split { !$0.isLetter && !$0.isNumber }
    guard terms.count <= words.count else { return nil }
    for start in 0...(words.count - terms.count) where zip(words[start...], terms).allSatisfy({ $0.lowercased() == $1 }) {
      return words[start..<start + terms.count].joined(separator: " ")
    }
    return nil
  }

  /// "What is an LLM?", "what does ML stand for": what the short form stands for
  /// (`Vocabulary.abbreviations`), marked as the advisor's own, then the definition of the
  /// first track whose definition has those words; nil for any other term.
  mutating func shortFormSpeltOut(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    // Read only in short lines that ask what something is, as most lines do not.
    // "hey, quick one: what's an LLM exactly": the last clause asks.
    guard let last = parsed.clauses.last, last.range.count <= Self.longestShortFormQuestion,
      Self.asksWhatItIs(Array(parsed.words[last.range]))
    else { return nil }
    let abbreviations = knowledgeBase.vocabulary.abbreviations
    let terms = zip(parsed.words[last.range], parsed.classes[last.range]).filter { !$1.contains(.functionWord) && !Self.judgingWords.contains($0) }
    guard terms.count == 1, let term = terms.first?.0, let words = abbreviations[term] else { return nil }
    let stems = words.split(separator: " ").map { Stemmer.stem(String($0)) }
    guard let track = TrackID.allCases.first(where: { track in
      conceptStems.places(for: track).contains { $0.intent == KnownIntent.definition && stems.allSatisfy($0.stems.contains) }
    }) else { return nil }
    let lead = Phrases.outsideTheComparison + Phrases.shortFor(term.uppercased(), words: words, track: knowledgeBase.vocabulary.track(track).name)
    return answer(KnownIntent.definition, parsed: parsed, tracks: [track], confidence: confidence, match: match,
      lead: [.paragraph(lead)], leadSources: [KnownSection.outside])
  }

  /// The most words a line asking what a short form stands for has ("huh? i asked what an LLM is").
  static let longestShortFormQuestion = 8

  /// "what about Seldon", "Argo?", "and LiteLLM" just after a tools answer: one word the
  /// knowledge base does not know, asked as another tool. Said not to be named, as the source
  /// spells no such tool, then the tools of the track in focus; nil for any other line.
  mutating func anotherToolNotNamed(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard state.lastIntent == KnownIntent.tools, parsed.tracks.isEmpty, parsed.factor == nil, parsed.corrections.isEmpty,
      parsed.words.count <= Self.longestTerm + 2
    else { return nil }
    let words = parsed.words.drop { DialogueAct.leadingFillers.contains($0) }
    let rest = Self.continuationOpening(words).map { words.dropFirst($0.count) } ?? words
    guard rest.count == 1, let term = rest.first, !parser.lexicon.knows(term), toolNames[term] == nil else { return nil }
    let phrase = DisplayText.sanitized(Self.spelled([term], in: parsed.original) ?? term, limit: 40)
    return answer(KnownIntent.tools, parsed: parsed, tracks: Array(state.focusTracks.prefix(1)), confidence: confidence,
      match: match, lead: [.paragraph(Phrases.toolNotInTheSource(phrase))])
  }

  /// "What is LangSmith?", "is prometheus mentioned anywhere in your source": a tool the source
  /// does not name but a signal maps to one track's tools from general knowledge. Says the
  /// source does not name it, gives that mapping as the advisor's own, and shows the track's
  /// tools; nil when no such signal is the whole term.
  mutating func toolOutsideTheSource(_ terms: [String], parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    let term = terms.joined(separator: " ")
    let signals = detector.detect(in: term).map(\.signal).filter { $0.bridge && $0.source == "tools" }
    guard let signal = signals.first, signals.allSatisfy({ $0.track == signal.track }),
      Stemmer.stem(signal.phrase) == terms.map(Stemmer.stem).joined(separator: " ")
    else { return nil }
    let spelt = Self.spelled(terms, in: parsed.original) ?? term
    let lead = Phrases.toolNotInTheSource(DisplayText.sanitized(spelt, limit: 40)) + " " + ownWords(on: Self.asksWhatItIs(parsed) ? terms : [], bridge: signal.reason)
    return answer(KnownIntent.tools, parsed: parsed, tracks: [signal.track], confidence: confidence, match: match,
      lead: [.paragraph(lead)], leadSources: [KnownSection.outside])
  }

  /// Whether a line opens by asking what something is ("what is drift", "what's a registry",
  /// "what does dvc do", "what does ML stand for", "what an LLM is").
  static func asksWhatItIs(_ parsed: ParsedInput) -> Bool {
    asksWhatItIs(parsed.words)
  }

  /// `asksWhatItIs(_:)` of some words: a line's, or one clause's.
  static func asksWhatItIs(_ lineWords: [String]) -> Bool {
    var words = DialogueAct.afterFillers(lineWords)
    // "what even are evals", "what exactly is tgi": the word after "what" only stresses it.
    if words.count > 2, words.first == "what", stressingWords.contains(words[words.startIndex + 1]) {
      words = ["what"] + words.dropFirst(2)
    }
    return words.starts(with: ["what", "is"]) || words.starts(with: ["what", "s"]) || words.starts(with: ["what", "are"])
      || words.starts(with: ["what", "means"]) || words.starts(with: ["what", "mean"])
      || words.starts(with: ["what", "does"]) && words.contains { $0 == "mean" || $0 == "means" }
      || words.starts(with: ["what", "does"]) && words.dropFirst(3).contains("do")
      || words.starts(with: ["what", "does"]) && words.dropFirst(3).starts(with: ["stand", "for"])
      // "i asked what an LLM is": the question reported.
      || words.first == "what" && words.count <= 5 && (words.last == "is" || words.last == "means")
  }

  /// Words after "what" that only stress the question: "what even are evals".
  static let stressingWords: WordSet = ["even", "exactly", "actually", "really"]

  /// The most words a term has in such a question ("what's LLM tracing?", "what does enterprise
  /// AI controls mean").
  static let longestTerm = 3

  /// Words that judge or ask about a term rather than name what it is about ("is vLLM worth
  /// learning?", "what is TGI exactly?").
  static let judgingWords: WordSet = [
    "worth", "learning", "learn", "know", "knowing", "study", "studying", "useful", "important", "needed", "necessary",
    "exactly", "mean", "means", "stand", "stands", "short", "explain", "tell", "s", "understand", "word", "term", "mentioned", "named", "anywhere",
    "source", "heard", "need", "still", "really", "even", "here", "context", "meant", "actually", "used", "good",
    // Asides of chat: "what does dvc do btw".
    "btw", "lol", "tho", "pls", "plz", "anyway",
  ]

  /// `places` with the answers already shown for `track` moved last, keeping their order:
  /// "what about monitoring?" just after "what is LLMOps?" is not answered with its definition again.
  func unseenFirst(_ places: [ConceptStems.Place], track: TrackID) -> [ConceptStems.Place] {
    // The state alone is captured: a closure that captured `self` copied the whole advisor.
    let state = state
    let seen = { (place: ConceptStems.Place) in place.factor == nil && state.hasShown(place.intent, for: track) }
    return places.filter { !seen($0) } + places.filter(seen)
  }

  /// The stems of each place a concept is looked for (`conceptPlaces(for:)`), track by track:
  /// they depend only on the knowledge base, so they are worked out once, not at every
  /// concept follow-up (each had normalised and stemmed every answer of every track again).
  struct ConceptStems: Sendable {
    struct Place: Sendable {
      let intent: IntentID
      let factor: FactorID?
      let stems: Set<String>

      /// Whether the place lists a track's tools: the comparison's tools row or the tools answer.
      var isAboutTools: Bool { factor == .tools || intent == KnownIntent.tools }
    }

    /// Each track's places, in `TrackID.allCases`'s order.
    private let byTrack: [[Place]]
    /// Every stem some place of some track has.
    let allStems: Set<String>

    /// The stems of `places`, given for each track in `TrackID.allCases`'s order.
    init(_ places: [[(intent: IntentID, factor: FactorID?, text: String)]]) {
      byTrack = places.map { trackPlaces in
        trackPlaces.map { place in
          Place(intent: place.intent, factor: place.factor,
            stems: Set(TextNormalizer.clauses(of: place.text).flatMap(\.words).map(Stemmer.stem)))
        }
      }
      allStems = Set(byTrack.joined().flatMap(\.stems))
    }

    /// The tools the source names (`places`, whose stems these are), by the word in lower case:
    /// the track whose tools list it and the spelling there. A tool is a word spelt with a
    /// capital letter in a track's tools, never in lower case anywhere and never outside the
    /// tools (vLLM, TGI, MLflow, Kubeflow; not "Observability" opening a cell, nor "LLM"); a
    /// name two tracks' tools share is left out. `Advisor.toolNames` keeps them, or the image.
    func toolNames(in places: [[(intent: IntentID, factor: FactorID?, text: String)]]) -> [String: (track: TrackID, name: String)] {
      // A word the source uses outside the tools is a plain one ("LLM" in the definition).
      let plain = Set(byTrack.joined().filter { !$0.isAboutTools }.flatMap(\.stems))
      var names: [String: (track: TrackID, name: String)] = [:]
      var shared: Set<String> = []
      for (track, trackPlaces) in zip(TrackID.allCases, places) {
        for place in trackPlaces where place.factor == .tools || place.intent == KnownIntent.tools {
          for run in Self.capitalisedRuns(in: place.text) {
            // "Ray Serve": each word names the whole run.
            let name = run.joined(separator: " ")
            for word in run.map({ $0.lowercased() }) where !plain.contains(Stemmer.stem(word)) {
              if let known = names[word], known.track != track { shared.insert(word) }
              names[word] = names[word] ?? (track, name)
            }
          }
        }
      }
      return names.filter { !shared.contains($0.key) }
    }

    /// The runs of words with a capital letter in `text`, a run being words one space apart
    /// ("KServe or Ray Serve" → [KServe], [Ray, Serve]).
    static func capitalisedRuns(in text: String) -> [[String]] {
      var runs: [[String]] = []
      for segment in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != " " }) {
        var run: [String] = []
        for word in segment.split(separator: " ").map(String.init) {
          if word != word.lowercased() {
            run.append(word)
            continue
          }
          if !run.isEmpty { runs.append(run) }
          run = []
        }
        if !run.isEmpty { runs.append(run) }
      }
      return runs
    }

    func places(for track: TrackID) -> [Place] {
      byTrack[TrackID.allCases.firstIndex(of: track)!]
    }

    /// Whether some place of a track has `stem`.
    func mentions(_ stem: String, for track: TrackID) -> Bool {
      places(for: track).contains { $0.stems.contains(stem) }
    }

    /// How many tracks have `stem` in some place.
    func trackCount(of stem: String) -> Int {
      TrackID.allCases.filter { mentions(stem, for: $0) }.count
    }
  }

  /// The stems of every track's concept places, built at the first use (`ConceptStemsCache`).
  var conceptStems: ConceptStems {
    conceptStemsCache.stems { ConceptStems(TrackID.allCases.map { conceptPlaces(for: $0) }) }
  }

  /// `ConceptStems` once built, shared by the copies of an advisor (each new conversation is
  /// one): they depend only on the knowledge base, and building them costs more than a turn.
  final class ConceptStemsCache: Sendable {
    private let built = Mutex<ConceptStems?>(nil)

    /// The stems, built with `build` the first time they are asked for.
    func stems(_ build: () -> ConceptStems) -> ConceptStems {
      built.withLock { stems in
        if let stems { return stems }
        let made = build()
        stems = made
        return made
      }
    }
  }

  /// The places a concept is looked for, for one track, in order: each comparison cell, then
  /// the track's answer of each intent "tell me more" walks through.
  func conceptPlaces(for track: TrackID) -> [(intent: IntentID, factor: FactorID?, text: String)] {
    Self.conceptPlaces(for: track, in: knowledgeBase)
  }

  /// `conceptPlaces(for:)` in a given knowledge base.
  static func conceptPlaces(for track: TrackID, in knowledgeBase: KnowledgeBase) -> [(intent: IntentID, factor: FactorID?, text: String)] {
    let table = knowledgeBase.intent(KnownIntent.comparison)?.table
    let cells = FactorID.allCases.map { (KnownIntent.comparison, Optional($0), table?.cells[$0]?[track] ?? "") }
    let answers = knowledgeBase.vocabulary.moreOrder.compactMap { id -> (IntentID, FactorID?, String)? in
      guard let answer = knowledgeBase.intent(id)?.answers.first(where: { $0.track == track }) else { return nil }
      return (id, nil, (answer.paragraphs + answer.bullets).joined(separator: ". "))
    }
    return cells + answers
  }

  /// Answers a concept follow-up where `conceptHit` found it, saying so when it belongs to
  /// another track than the one in focus, which stays in focus unless `movingFocus` (the
  /// question asked which track has it: "which track covers drift?"). Just after a
  /// comparison of several tracks, a word one of them has in a row shows that row for them all.
  mutating func answerConcept(
    _ hit: ConceptHit, parsed: ParsedInput, confidence: Double, match: MatchResult?, movingFocus: Bool = false
  ) -> Reply {
    state.lastConcept = .init(word: hit.asked ?? hit.word, turn: state.turn)
    let compared = state.lastComparisonTracks.isEmpty ? TrackID.allCases : state.lastComparisonTracks
    if hit.intent == KnownIntent.comparison, hit.asked == nil, state.lastIntent == KnownIntent.comparison,
      compared.count > 1, compared.contains(hit.track) {
      // Just after a comparison, the row that has the word, for the tracks compared ("compare" … "cost").
      return answer(KnownIntent.comparison, parsed: parsed, tracks: state.lastComparisonTracks, factor: .some(hit.factor),
        confidence: confidence, match: match)
    }
    let focus = state.focusTracks.first ?? hit.track
    let names = knowledgeBase.vocabulary
    // "What about governance in MLOps and in LLMOps?": every track in focus that lacks it.
    let lacking = state.focusTracks.filter { $0 != hit.track }
    let focusName = lacking.count > 1 ? Phrases.list(lacking.map { names.track($0).name }, joinedBy: "or") : names.track(focus).name
    let foundName = names.track(hit.track).name
    let lead: [Block]
    var leadSources: [String] = []
    if let asked = hit.asked {
      // "monitoring" with LLMOps in focus: said to be MLOps's word before LLMOps's observability.
      let naming = TrackID.allCases.filter { $0 != hit.track && conceptStems.mentions(Stemmer.stem(asked), for: $0) }
      let phrase = naming.isEmpty
        ? Phrases.conceptRelated(asked, found: hit.word, track: foundName, focus: focus == hit.track ? nil : focusName)
        : Phrases.conceptRelatedHere(asked, found: hit.word, track: foundName, namedFor: trackNames(naming))
      lead = [.paragraph(phrase)]
      leadSources = [KnownSection.outside]
    } else if focus == hit.track {
      lead = []
    } else if isShared(hit.word) {
      // "What monitoring does LLMOps do": the source says every track deals with monitoring.
      lead = [.paragraph(Phrases.conceptShared(hit.word, focus: focusName, found: foundName))]
      leadSources = [KnownSection.confusion]
    } else {
      lead = [.paragraph(Phrases.conceptElsewhere(hit.word, focus: focusName, found: foundName))]
    }
    let reply = answer(hit.intent, parsed: parsed, tracks: [hit.track], factor: .some(hit.factor),
      confidence: confidence, match: match, lead: lead, leadSources: leadSources)
    if focus != hit.track, !movingFocus { (state.focusTracks, state.lastComparisonTracks) = ([focus], [focus]) }
    return hit.asked == nil ? withOtherPlaces(of: hit, shownFor: [hit.track], parsed: parsed, in: reply) : reply
  }

  /// `reply`, the first place a concept was found in, followed by everywhere else the source
  /// has it when the line asks what the source says of it ("what does the source say about
  /// cost"); `reply` alone for any other line.
  func withOtherPlaces(of hit: ConceptHit, shownFor shown: [TrackID], parsed: ParsedInput, in reply: Reply) -> Reply {
    guard Self.asksWhatTheSourceSaysOfIt(parsed), let others = otherPlaces(of: hit, shownFor: shown) else { return reply }
    var reply = reply.inserting(others.blocks, at: reply.blocks.lastIndex(where: \.isSources) ?? reply.blocks.count)
    for section in others.sourceIDs { reply = citing(section, in: reply) }
    return reply
  }

  /// Whether a line asks what the source as a whole says of something: "what does the doc say
  /// about evaluation", "does the source say anything about the cost side", "where does it
  /// mention cost".
  static func asksWhatTheSourceSaysOfIt(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.words.contains(where: sourceSayingVerbs.contains)
      && parsed.words.contains(where: sourceSpeakers.contains)
  }

  /// Verbs of what the source says of something.
  static let sourceSayingVerbs: WordSet = ["say", "says", "mention", "mentions", "talk", "talks"]

  /// What says it: the source, or "it" for the source.
  static let sourceSpeakers: WordSet = ["source", "doc", "document", "page", "comparison", "it"]

  /// The other places of the source, track by track, whose words have the concept `hit` found
  /// (the item or sentence that has it, under the track and the part of the source), with
  /// their sections, leaving out the place shown for the tracks `shown`; nil when there is none.
  func otherPlaces(of hit: ConceptHit, shownFor shown: [TrackID]) -> AnswerContent? {
    let stem = Stemmer.stem(hit.word)
    var (items, sources) = ([String](), [String]())
    for track in TrackID.allCases {
      for place in Self.conceptPlaces(for: track, in: knowledgeBase)
      where !(shown.contains(track) && place.intent == hit.intent && place.factor == hit.factor) {
        guard let fragment = Self.fragment(of: place.text, withStem: stem), let part = partName(place.intent, place.factor, track) else {
          continue
        }
        items.append(Phrases.placeItem(knowledgeBase.vocabulary.track(track).name, part: part.name, fragment: fragment))
        sources += part.sources.filter { !sources.contains($0) }
      }
    }
    guard !items.isEmpty else { return nil }
    return AnswerContent(blocks: [.paragraph(Phrases.alsoComesUp), .bullets(items)], sourceIDs: sources)
  }

  /// The name of a part of the source (a row of the comparison, or an answer's first section)
  /// and the sections it rests on.
  func partName(_ intent: IntentID, _ factor: FactorID?, _ track: TrackID) -> (name: String, sources: [String])? {
    if let factor, let table = knowledgeBase.intent(KnownIntent.comparison)?.table {
      return (knowledgeBase.vocabulary.factor(factor).name, table.sources)
    }
    guard let answer = knowledgeBase.intent(intent)?.answers.first(where: { $0.track == track }),
      let section = answer.sources.first.flatMap(knowledgeBase.vocabulary.section)
    else { return nil }
    return (section.name, answer.sources)
  }

  /// The first sentence or list item of `text` with a word of stem `stem`, without its full stop.
  static func fragment(of text: String, withStem stem: String) -> String? {
    // Read only for a line asking what the source says of something: the string search is fine here.
    let pieces = text.split(separator: ". ").map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
    return pieces.first { piece in TextNormalizer.words(of: piece).contains { Stemmer.stem($0) == stem } }.map(String.init)
  }

  /// Whether the source says every track deals with what `word` names (`Vocabulary.shared`).
  func isShared(_ word: String) -> Bool {
    let stem = Stemmer.stem(word)
    return knowledgeBase.vocabulary.shared.contains { Stemmer.stem($0) == stem }
  }

  /// "Is vLLM one of them?", "does it include MLflow?": whether something is among what the
  /// source says of the track in focus, answered as the concept follow-up on the rest of the
  /// line; nil for a line that does not ask so, names a track, or has no track in focus.
  mutating func membership(_ parsed: ParsedInput, confidence: Double, match: MatchResult?) -> Reply? {
    guard parsed.tracks.isEmpty, !state.focusTracks.isEmpty, let span = Self.membershipSpan(parsed.words) else { return nil }
    var words = parsed.words
    words.removeSubrange(span)
    let rest = parser.parse(words.joined(separator: " ")).with(original: parsed.original)
    if let hit = conceptHit(rest) { return answerConcept(hit, parsed: rest, confidence: confidence, match: match) }
    return conceptNowhere(rest, confidence: confidence, match: match)
  }

  /// "The evaluation one, what does that mean in practice?", "that prompt ops part": an item
  /// of what was just listed, picked by its words, looked up as a concept follow-up for the
  /// track in focus; nil for a line that does not open so, names a track, or has no track in focus.
  mutating func listedItem(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, !state.focusTracks.isEmpty, let item = Self.itemPickedOut(parsed.words) else { return nil }
    let rest = parser.parse(item).with(original: parsed.original)
    guard let hit = conceptHit(rest) else { return nil }
    return answerConcept(hit, parsed: rest, confidence: confidence, match: match)
  }

  /// The one to three words between "the" (or "that") and "one" (or "part", "bit") that open a
  /// line ("the evaluation one, …" → "evaluation"), or nil.
  static func itemPickedOut(_ words: [String]) -> String? {
    // "explain the drift one", "tell me more about that evaluation part".
    let start = words.prefix { DialogueAct.leadingFillers.contains($0) || itemAskingWords.contains($0) }.count
    guard start < words.count, words[start] == "the" || words[start] == "that",
      let end = words[(start + 1)...].prefix(4).firstIndex(where: itemNouns.contains), end > start + 1
    else { return nil }
    return words[(start + 1)..<end].joined(separator: " ")
  }

  /// Words that ask to have an item of a list explained, before it: "explain the drift one".
  static let itemAskingWords: WordSet = ["explain", "describe", "elaborate", "expand", "on", "tell", "me", "more", "about"]

  /// "the second one. explain", "go back to the second point": that point of the last answer's
  /// list, said again with where it comes from; nil when the line refers to no point by its
  /// place, or the last answer listed fewer.
  func pointReferredTo(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard let number = Self.pointNumber(parsed), state.lastPoints.indices.contains(number - 1),
      parsed.tracks.allSatisfy(state.focusTracks.contains)
    else { return nil }
    // "what about the third one" after two tracks side by side is the third track.
    guard Self.pointNouns.contains(where: parsed.words.contains) || state.focusTracks.count < 2 else { return nil }
    let lead = Phrases.pointAgain(Self.ordinals[number - 1])
    let sections = knowledgeBase.vocabulary.sections.filter { state.lastSources.contains($0.name) }.map(\.id)
    let content = AnswerContent(blocks: [.paragraph(lead), .bullets([state.lastPoints[number - 1]]), .paragraph(Phrases.pointIsAllItSays)],
      sourceIDs: sections)
    return reply(input: parsed.original, intent: state.lastIntent ?? KnownIntent.about, confidence: confidence,
      tracks: state.focusTracks, content: content)
  }

  /// The place of the point a line refers to by an ordinal ("the second one", "2nd point",
  /// "the second skill you listed for mlops"), or nil.
  static func pointNumber(_ parsed: ParsedInput) -> Int? {
    let words = parsed.words
    guard words.count <= pointReferenceWords, let place = words.firstIndex(where: ordinalWords.contains),
      place + 1 < words.count,
      pointNouns.contains(words[place + 1]) || words[place + 1] == "one"
        || listedNouns.contains(words[place + 1])
          && (words[(place + 2)...].prefix(3).contains(where: listingWords.contains) || namesAListedItemAlone(parsed, at: place))
    else { return nil }
    return (ordinals.firstIndex(of: words[place]) ?? numberedOrdinals.firstIndex(of: words[place])!) + 1
  }

  /// Whether "the" or "that" comes before the ordinal at `place` and its noun ends a clause:
  /// "the 2nd project, say more" refers to a listed project; "the first project i should do"
  /// does not.
  static func namesAListedItemAlone(_ parsed: ParsedInput, at place: Int) -> Bool {
    place > 0 && ["the", "that"].contains(parsed.words[place - 1])
      && parsed.clauses.contains { $0.range.upperBound == place + 2 }
  }

  /// The most words of a line that refers back to a point by its place.
  static let pointReferenceWords = 10

  /// The ordinals a point is referred to by, in words and in figures, first to sixth.
  static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
  static let numberedOrdinals = ["1st", "2nd", "3rd", "4th", "5th", "6th"]
  static let ordinalWords = WordSet(ordinals + numberedOrdinals)

  /// The nouns of a point of a list: "the second point", "that first thing you listed".
  static let pointNouns: WordSet = ["point", "thing", "item", "reason", "bullet"]

  /// Nouns of a listed skill, tool or project, a point only with a word of listing after them
  /// ("the second skill you listed"; "a good first project" is no point).
  static let listedNouns: WordSet = ["skill", "tool", "project", "role"]
  /// Words of listing after such a noun: "the second skill you listed".
  static let listingWords: WordSet = ["listed", "mentioned", "named", "said", "gave"]

  /// The words that end a reference to an item of a list: "the evaluation one".
  static let itemNouns: WordSet = ["one", "part", "bit", "item", "point"]

  /// Where a line's words ask whether something is among what was listed: "one of them"
  /// (or "those", "these", "the tools"), "on the list", "among them", "include(s)".
  static func membershipSpan(_ words: [String]) -> Range<Int>? {
    for pattern in membershipPatterns {
      if let start = words.firstIndex(ofRun: pattern) {
        // "Which one of these would I hire first?" asks which, not whether something is among them.
        return start > 0 && words[start - 1] == "which" ? nil : start..<start + pattern.count
      }
    }
    return nil
  }

  /// The word runs that ask whether something is among what was listed, longest first.
  static let membershipPatterns: [[String]] = [
    ["one", "of", "the", "tools"], ["one", "of", "the", "skills"], ["one", "of", "the", "projects"], ["one", "of", "them"],
    ["one", "of", "those"], ["one", "of", "these"], ["on", "the", "list"], ["in", "the", "list"], ["on", "that", "list"],
    ["in", "that", "list"],
    ["among", "them"], ["among", "those"], ["include"], ["includes"],
  ]

  /// For a follow-up about a concept the source mentions for no track ("what about
  /// Kubernetes?" after MLOps): says so, and offers the topics of the track in focus.
  mutating func conceptNowhere(_ parsed: ParsedInput, confidence: Double, match: MatchResult?) -> Reply? {
    guard parsed.tracks.isEmpty, let focus = state.focusTracks.first,
      let word = zip(parsed.words, parsed.classes).first(where: { !$1.contains(.functionWord) && !Self.notConceptWords.contains($0) })?.0
    else { return nil }
    let topics = Self.topicsOffered.filter { knowledgeBase.intent($0) != nil }
    let name = knowledgeBase.vocabulary.track(focus).name
    let question = Phrases.conceptNowhere(DisplayText.sanitized(word, limit: 40), focus: name)
    // A number picked then answers about the track the question names, not the word it found nothing on.
    let about = parser.parse(name).with(original: parsed.original)
    return offeringTopics(topics, question: question, parsed: about, confidence: confidence, match: match)
  }

  /// A follow-up's numbered choice of `topics`, asked with `question`.
  mutating func offeringTopics(
    _ topics: [IntentID], question: String, parsed: ParsedInput, confidence: Double, match: MatchResult?
  ) -> Reply {
    var reply = clarify(topics, parsed: parsed, confidence: confidence, match: match)
    reply.intent = KnownIntent.followUp
    reply.blocks[0] = .paragraph(question)
    return reply
  }

  /// The topics a follow-up that cannot be resolved offers, for the track it names.
  static let topicsOffered: [IntentID] = ["definition", "skills", "tools", "projects", "career"]

  /// "and monitoring?" after the LLMOps tools: a follow-up that opens as one and then names
  /// only a concept of a word or two that the source mentions (no track, factor or topic), with
  /// a track in focus, is the concept follow-up, unless an intent is certain; an intent that
  /// only shares the word ("aiops vs monitoring", an example of which AIOps is meant) had
  /// answered it. "and if we dropped the agents?" tells news. Nil for any other line.
  mutating func conceptFollowingTheFocus(
    _ parsed: ParsedInput, decision: MatchPolicy.Decision, confidence: Double, match: MatchResult
  ) -> Reply? {
    guard case .answer = decision, confidence < policy.certainConfidence, !state.focusTracks.isEmpty, parsed.tracks.isEmpty,
      parsed.factor == nil, let opener = Self.continuationOpening(parsed.words[...]), policy.topicIntent(of: parsed) == nil
    else { return nil }
    let named = parsed.words.indices.dropFirst(opener.count).filter { !parsed.classes[$0].contains(.functionWord) }
    guard (1...2).contains(named.count), named.allSatisfy({ tracksMentioning(parsed.words[$0], stem: parsed.stems[$0]) > 0 }),
      let hit = conceptHit(parsed)
    else { return nil }
    return answerConcept(hit, parsed: parsed, confidence: confidence, match: match)
  }

  /// "What about AIOps?": the last question again, for the tracks now named. With no earlier
  /// question to repeat, track names alone ("LLMOps?") get their overview, or for several
  /// the comparison, and other lines a numbered question; either way the topics are offered
  /// as choices and the named tracks become the focus.
  /// The short questions that ask what to do next: "so what now?", "now what", "what next".
  static let whatNextOpenings: [[String]] = [["what", "now"], ["now", "what"], ["what", "next"], ["whats", "next"], ["what", "then"]]

  mutating func followUp(_ parsed: ParsedInput, confidence: Double, match: MatchResult?) -> Reply {
    // "how long would it take to learn mlops" then "and llmops?": the same topic, not covered either.
    if !parsed.tracks.isEmpty, let uncovered = state.lastUncovered, uncovered.turn == state.turn - 1,
      MatchPolicy.namesTracksAlone(parsed) || Self.continuationOpening(parsed.words[...]) != nil && isBriefFollowUp(parsed)
    {
      let names = parsed.tracks.map { knowledgeBase.vocabulary.track($0).name }
      return notCovered(uncovered.topics, parsed: parsed, confidence: confidence, match: match,
        lead: [.paragraph(Phrases.sameGoesFor(names))])
    }
    if let last = state.lastQuestion.flatMap(knowledgeBase.intent), let sibling = sibling(of: last, about: parsed.tracks) {
      return answer(sibling.id, parsed: parsed, confidence: confidence, match: match)
    }
    if parsed.tracks.isEmpty, isBriefFollowUp(parsed), let topic = policy.topicIntent(of: parsed),
      let intent = knowledgeBase.intent(topic)
    {
      return answer(topic, parsed: parsed, tracks: resolvedTracks(for: intent, parsed: parsed), confidence: confidence, match: match)
    }
    if parsed.tracks.isEmpty, let hit = conceptHit(parsed) {
      return answerConcept(hit, parsed: parsed, confidence: confidence, match: match)
    }
    if let reply = conceptNowhere(parsed, confidence: confidence, match: match) { return reply }
    // "other one?", "what about the other one" or "and llmops?" after a recommendation: why
    // not that track.
    if state.lastQuestion == KnownIntent.recommendation, parsed.tracks.count == 1,
      MatchPolicy.namesTracksAlone(parsed) || Self.continuationOpening(parsed.words[...]) != nil && isBriefFollowUp(parsed),
      let recommended = state.lastRecommendation?.track, parsed.tracks != [recommended]
    {
      return why(input: parsed.original, confidence: confidence, asking: parsed.tracks)
    }
    // "so now which" after a recommendation and more of their story: the recommendation again;
    // "so what now?" just after their story, with no question asked yet: the recommendation.
    if parsed.tracks.isEmpty, state.lastQuestion == KnownIntent.recommendation && isBriefFollowUp(parsed)
      || state.lastQuestion == nil && DialogueAct.opens(parsed.words, withAnyOf: Self.whatNextOpenings)
        && state.profile.evidence.contains(where: { $0.weight > 0 })
    {
      return answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: confidence, match: match, detections: [])
    }
    guard let last = state.lastQuestion, let intent = knowledgeBase.intent(last), !parsed.tracks.isEmpty,
      intent.table != nil || intent.answers.contains(where: { $0.track != nil })
    else {
      let topics = Self.topicsOffered.filter { knowledgeBase.intent($0) != nil }
      // "ok. what does it actually do" after AIOps: the topics of the track in focus.
      if parsed.tracks.isEmpty, parsed.classes.contains(.pointsAtOne), let focus = state.focusTracks.first, !topics.isEmpty {
        let name = knowledgeBase.vocabulary.track(focus).name
        return offeringTopics(topics, question: Phrases.whichTopic([name]), parsed: parsed, confidence: confidence, match: match)
      }
      guard !parsed.tracks.isEmpty, !topics.isEmpty else {
        return answer(KnownIntent.followUp, parsed: parsed, tracks: [], confidence: confidence, match: match)
      }
      if MatchPolicy.namesTracksAlone(parsed) {
        let guess = MatchPolicy.slotIntent(parsed)
        let reply = answer(guess, parsed: parsed, confidence: confidence, match: match)
        return offering(topics.filter { $0 != guess }, after: reply, parsed: parsed)
      }
      let names = Self.withoutDenied(parsed).map { knowledgeBase.vocabulary.track($0).name }
      return offeringTopics(topics, question: Phrases.whichTopic(names), parsed: parsed, confidence: confidence, match: match)
    }
    // "I meant for LLMOps" names no factor, though "meant for" is one of best-for's words.
    let named = Self.saysWhichTrackTheyMeant(parsed) ? nil : parsed.factor
    let factor: FactorID? = named ?? (intent.table != nil ? state.focusFactor : nil)
    return answer(last, parsed: parsed, tracks: Self.withoutDenied(parsed), factor: .some(factor), confidence: confidence, match: match)
  }

  /// For "what about AIOps?" after an answer about particular tracks and none other (an FAQ
  /// entry), the entry of the same family (`faq.`) about the tracks now named, if there is one.
  func sibling(of intent: Intent, about tracks: [TrackID]) -> Intent? {
    guard !intent.about.isEmpty, !tracks.isEmpty, let dot = intent.id.rawValue.firstIndex(of: ".") else { return nil }
    let family = intent.id.rawValue[...dot]
    return knowledgeBase.intents.first { $0.id != intent.id && $0.id.rawValue.hasPrefix(family) && Set($0.about) == Set(tracks) }
  }

  /// "What about the other one?": the line read again with "the other one" (or "the other
  /// track"; "the third one", "the last one": the one not yet mentioned; "the other two":
  /// both others) as the track it points back at (`ConversationState.otherTrack`), or, when no
  /// other track was named beside the one in focus, as both other tracks; any other line as it was.
  func resolvingTheOtherTrack(_ prepared: PreparedInput) -> PreparedInput {
    guard let text = prepared.text else { return prepared }
    // "other one is lina, she tunes prompts": someone introduced, not the other track.
    if opensIntroducingSomeone(text.parsed) { return prepared }
    if asksTheLastQuestionOfEveryTrack(text.parsed) {
      return resolving(prepared, text, span: text.parsed.words.indices, as: TrackID.allCases, opening: ["and", "for"])
    }
    if let byPlace = Self.trackByPlaceSpan(text.parsed) {
      let listed = state.focusTracks.count >= 2 ? state.focusTracks : TrackID.allCases
      guard byPlace.place < listed.count else { return prepared }
      // "the second track you mentioned, what does it focus on?": "it" is that track.
      if let it = Self.pointerAfter(byPlace.span, in: text.parsed) {
        var words = text.parsed.words
        words[it] = listed[byPlace.place].rawValue
        words.removeSubrange(byPlace.span)
        guard let resolved = prepare(words.joined(separator: " ")).text else { return prepared }
        return PreparedInput(line: prepared.line, text: resolved.with(original: prepared.line))
      }
      return resolving(prepared, text, span: byPlace.span, as: [listed[byPlace.place]])
    }
    if let span = Self.unmentionedTrackSpan(text.parsed), let unmentioned = unmentionedTracks(text.parsed) {
      return resolving(prepared, text, span: span, as: unmentioned)
    }
    if let resolved = theOtherTwoBesideOneNamed(prepared, text) { return resolved }
    guard let span = Self.otherTrackSpan(text.parsed), (1...2).contains(state.focusTracks.count) else { return prepared }
    // After two tracks side by side, "the other one" is the third.
    guard state.focusTracks.count == 1 else {
      return resolving(prepared, text, span: span, as: TrackID.allCases.filter { !state.focusTracks.contains($0) })
    }
    let both = Self.pluralOthers.contains(text.parsed.words[span.upperBound - 1])
    // Just after a recommendation with no other track named, "the other one" is the runner-up.
    let runnerUp = state.lastIntent == KnownIntent.recommendation ? state.profile.ranked.first { $0 != state.focusTracks[0] } : nil
    return resolving(prepared, text, span: span,
      as: (both ? nil : (state.otherTrack ?? runnerUp).map { [$0] }) ?? TrackID.allCases.filter { $0 != state.focusTracks[0] })
  }

  /// Whether a line says only that it asks about every track ("all three", "and for each of
  /// them?", "all 3 pls", "no i mean all three", "all three, not just mlops"; a "3" alone
  /// picks a number) after a question answered track by track, which it asks again.
  func asksTheLastQuestionOfEveryTrack(_ parsed: ParsedInput) -> Bool {
    guard parsed.words.indices.allSatisfy({ TrackID.named(parsed.words[$0]) == nil || Self.isNotJust(parsed.words, at: $0) }),
      parsed.words.count <= Self.everyTrackFollowUpWords, Self.asksAboutEveryTrack(parsed.classes),
      parsed.words.indices.contains(where: { parsed.classes[$0].contains(.everyTrackLeader) || parsed.words[$0] != "3" && parsed.classes[$0].contains(.everyTrack) }),
      parsed.words.indices.allSatisfy({ Self.saysOnlyEveryTrack(parsed, at: $0) }),
      let last = state.lastQuestion.flatMap(knowledgeBase.intent)
    else { return false }
    return last.table != nil || last.answers.contains { $0.track != nil }
  }

  /// The most words of a line that only asks the last question of every track.
  static let everyTrackFollowUpWords = 7

  /// Whether the word at `index` is one of those that ask about every track ("track" or "of"
  /// only after "each" or "all"), a function word or a courtesy ("pls").
  static func saysOnlyEveryTrack(_ parsed: ParsedInput, at index: Int) -> Bool {
    let classes = parsed.classes[index]
    let followsALeader = index > 0 && parsed.classes[index - 1].contains(.everyTrackLeader)
    return classes.contains(.everyTrack) || classes.contains(.everyTrackLeader) || classes.contains(.everyTrackFollower) && followsALeader
      || classes.contains(.functionWord) || DialogueAct.leadingFillers.contains(parsed.words[index])
      || everyTrackCourtesies.contains(parsed.words[index]) || isNotJust(parsed.words, at: index)
  }

  /// Words that add nothing to "all three": "all three pls", "for each of them too", "no i
  /// mean all three", "not just mlops".
  static let everyTrackCourtesies: WordSet = ["please", "pls", "plz", "too", "also", "then", "no", "nah", "i", "mean", "meant", "not", "just", "only"]

  /// Whether the word at `index` names a track after "just" or "only": "not just mlops".
  static func isNotJust(_ words: [String], at index: Int) -> Bool {
    index > 0 && TrackID.named(words[index]) != nil && ["just", "only"].contains(words[index - 1])
  }

  /// Where a line that names no track refers to one by its place ("the first track you
  /// mentioned", "the 2nd track"), with that place from 0: the tracks of the last answer in
  /// its order, or the source's order when it was about all three.
  static func trackByPlaceSpan(_ parsed: ParsedInput) -> (span: Range<Int>, place: Int)? {
    let words = parsed.words
    guard parsed.tracks.isEmpty, let at = words.indices.dropLast().first(where: { ordinalWords.contains(words[$0]) }),
      ["track", "path"].contains(words[at + 1])
    else { return nil }
    let place = ordinals.firstIndex(of: words[at]) ?? numberedOrdinals.firstIndex(of: words[at])!
    var end = at + 2
    if end < words.count, words[end] == "you" { end += 1 }
    if end < words.count, listingWords.contains(words[end]) { end += 1 }
    let start = at > 0 && words[at - 1] == "the" ? at - 1 : at
    return (start..<end, place)
  }

  /// Where "it" or "its" stands in a later clause, when `span` is a whole clause of its own
  /// ("the second track you mentioned, what does it focus on?").
  static func pointerAfter(_ span: Range<Int>, in parsed: ParsedInput) -> Int? {
    guard parsed.clauses.contains(where: { $0.range == span }) else { return nil }
    return parsed.words.indices.first { $0 >= span.upperBound && ["it", "its"].contains(parsed.words[$0]) }
  }

  /// Where a line says "the third one", "the last one" or "the remaining one" (see `otherTrackSpan`).
  static func unmentionedTrackSpan(_ parsed: ParsedInput) -> Range<Int>? {
    ["third", "last", "remaining"].lazy.compactMap { otherTrackSpan(parsed, after: $0) }.first
  }

  /// What "the third one" points at: the track not yet mentioned; with two not yet mentioned,
  /// both; with every track mentioned, for "the last one", the last of several in focus ("ok
  /// what about the other one" answered for LLMOps and AIOps … "and the last one?").
  func unmentionedTracks(_ parsed: ParsedInput) -> [TrackID]? {
    let unmentioned = TrackID.allCases.filter { !state.mentionedTracks.contains($0) }
    if !unmentioned.isEmpty, unmentioned.count < TrackID.allCases.count { return unmentioned }
    guard state.focusTracks.count >= 2, parsed.words.contains("last"), let last = state.focusTracks.last else { return nil }
    return [last]
  }

  /// `prepared` read again with the words of `span` replaced by the names of `others`.
  /// "maybe i drop aiops, its too broad. whats the difference between the other two again":
  /// the last clause read alone, "the other two" being the tracks besides the one named
  /// before it; nil for any other line.
  func theOtherTwoBesideOneNamed(_ prepared: PreparedInput, _ text: PreparedInput.Text) -> PreparedInput? {
    guard text.parsed.tracks.count == 1, text.parsed.words.contains("other"), text.parsed.clauses.count > 1,
      let last = text.parsed.clauses.last, let clause = prepare(String(last.text)).text,
      let span = Self.otherTrackSpan(clause.parsed), Self.pluralOthers.contains(clause.parsed.words[span.upperBound - 1])
    else { return nil }
    let clauseAlone = PreparedInput(line: prepared.line, text: clause)
    return resolving(clauseAlone, clause, span: span, as: TrackID.allCases.filter { $0 != text.parsed.tracks[0] })
  }

  func resolving(
    _ prepared: PreparedInput, _ text: PreparedInput.Text, span: Range<Int>, as others: [TrackID], opening: [String] = []
  ) -> PreparedInput {
    var words = text.parsed.words
    let named = others.map(\.rawValue)
    words.replaceSubrange(span, with: opening + named.dropLast() + (named.count > 1 ? ["and"] : []) + named.suffix(1))
    guard let resolved = prepare(words.joined(separator: " ")).text else { return prepared }
    return PreparedInput(line: prepared.line, text: resolved.with(original: prepared.line))
  }

  /// Where a line that names no track says "the other one", "the other track", "the others" or
  /// ends on "the other" ("and for the other one?"), or with `after` "third", "the third one";
  /// nil when it does not ("the other tools" are tools).
  static func otherTrackSpan(_ parsed: ParsedInput, after adjective: String = "other") -> Range<Int>? {
    let words = parsed.words
    if adjective == "other", parsed.tracks.isEmpty, let at = words.indices.first(where: { words[$0] == "others" && ($0 == 0 || words[$0 - 1] == "the") }) {
      return at..<at + 1
    }
    // "the other one", or a line that opens with it ("other one?").
    guard parsed.tracks.isEmpty,
      let at = words.indices.first(where: { words[$0] == adjective && ($0 == 0 ? words.count > 1 : words[$0 - 1] == "the") })
    else { return nil }
    if at + 1 == words.endIndex { return at..<at + 1 }
    return otherTrackNouns.contains(words[at + 1]) ? at..<at + 2 : nil
  }

  /// The nouns that, after "the other", stand for a track, or for both others ("the other two").
  static let otherTrackNouns: WordSet = ["one", "track", "path", "option", "route", "two", "ones", "tracks"]
  static let pluralOthers: WordSet = ["two", "ones", "tracks", "others"]

  /// "Tell me more": the next topic not yet shown for the track in focus; just after one row of
  /// a comparison, the whole comparison of the same tracks.
  mutating func more(_ parsed: ParsedInput, confidence: Double, match: MatchResult?) -> Reply {
    if parsed.tracks.isEmpty, state.lastIntent == KnownIntent.comparison, state.focusFactor != nil {
      // After one row of a comparison, more of it: every row, for the same tracks.
      let reply = answer(KnownIntent.comparison, parsed: parsed, tracks: state.lastComparisonTracks, factor: .some(nil),
        confidence: confidence, match: match)
      state.focusFactor = nil
      return reply
    }
    guard let track = parsed.tracks.first ?? state.focusTracks.first else {
      return answer(KnownIntent.more, parsed: parsed, tracks: [], confidence: confidence, match: match)
    }
    let next = knowledgeBase.vocabulary.moreOrder.first { !state.hasShown($0, for: track) }
    guard let next else {
      let lead = [Block.paragraph(Phrases.coveredEverything(knowledgeBase.vocabulary.track(track).name))]
      return answer(KnownIntent.comparison, parsed: parsed, tracks: [track], factor: .some(nil),
        confidence: confidence, match: match, lead: lead)
    }
    return answer(next, parsed: parsed, tracks: [track], confidence: confidence, match: match)
  }

  /// "Why?": the reasons for the last recommendation, or how the last answer was chosen.
  /// "Why not AIOps?" also shows what was heard for each other track it names, against the
  /// recommendation or, before one, against the track the person's words point to most.
  ///
  /// Before any recommendation, "why?" typed in the conversation gives what the leaning rests
  /// on, or else in plain words how the last line was read; `/why` (`detailed`) shows the
  /// matcher's intent ids and scores for the people who maintain the knowledge base.
  mutating func why(input: String, confidence: Double, asking tracks: [TrackID] = [], detailed: Bool = false) -> Reply {
    state.recall(tracks)
    let report = ProfileReport(knowledgeBase: knowledgeBase, detailed: detailed)
    if let made = state.lastRecommendation {
      let recommendation = stillStanding(made)
      let others = tracks.filter { $0 != recommendation.track }
      if !others.isEmpty, !detailed {
        return reply(input: input, intent: KnownIntent.why, confidence: confidence,
          content: whyNot(others, against: recommendation.track), recommendation: recommendation.track)
      }
      var content = report.reasons(for: recommendation, profile: state.profile)
      if recommendation.evidence.count < made.evidence.count { content.blocks.append(.paragraph(Phrases.someReasonsTakenBack)) }
      for track in tracks where track != recommendation.track {
        content.append(report.whyNot(track, against: recommendation.track, profile: state.profile))
      }
      return reply(input: input, intent: KnownIntent.why, confidence: confidence,
        content: content, recommendation: recommendation.track)
    }
    if let leaning = state.profile.ranked.first, state.profile.score(leaning) > 0, tracks.contains(where: { $0 != leaning }) {
      var content = AnswerContent(blocks: [.paragraph(Phrases.leaningSoFar(knowledgeBase.vocabulary.track(leaning).name))], sourceIDs: [])
      for track in tracks where track != leaning {
        content.append(report.whyNot(track, against: leaning, profile: state.profile))
      }
      return reply(input: input, intent: KnownIntent.why, confidence: confidence, content: content)
    }
    if !detailed, let leaning = state.profile.ranked.first, state.profile.score(leaning) > 0 {
      return reply(input: input, intent: KnownIntent.why, confidence: confidence, content: leaningReasons(leaning))
    }
    if let explanation = state.lastExplanation {
      // The matcher's features are stems ("featur"); each is shown as the word typed.
      let deciding = (explanation.nearestExample(in: index).map { index.decidingWords(explanation.words, nearest: $0) } ?? [])
        .map { stem in explanation.words.first { Stemmer.stem($0) == stem } ?? stem }
      let content = detailed ? report.explain(explanation, decidingWords: deciding) : report.readAs(explanation, decidingWords: deciding)
      return reply(input: input, intent: KnownIntent.why, confidence: confidence, content: content)
    }
    let intent = knowledgeBase.intent(KnownIntent.why)!
    return reply(input: input, intent: KnownIntent.why, confidence: confidence,
      content: composer.content(for: intent, tracks: [], factor: nil))
  }

  /// "Why not AIOps?", "what about the other one" after a recommendation: whom each track
  /// asked about fits, what was heard for it against the recommended one, and that the
  /// recommendation stands, with its reasons a "why?" away.
  func whyNot(_ tracks: [TrackID], against recommended: TrackID) -> AnswerContent {
    let report = ProfileReport(knowledgeBase: knowledgeBase)
    var content = AnswerContent(blocks: [], sourceIDs: [])
    for track in tracks {
      if let fit = knowledgeBase.intent(KnownIntent.fit) { content.append(composer.content(for: fit, tracks: [track], factor: nil)) }
      content.append(report.whyNot(track, against: recommended, profile: state.profile))
    }
    let aspired = state.lastRecommendation?.aspiration?.track == recommended
    content.blocks.append(.paragraph(Phrases.recommendationStands(knowledgeBase.vocabulary.track(recommended).name, aspired: aspired)))
    return content
  }

  /// A recommendation with only the evidence that still counts for its track: what was taken
  /// back or denied since ("no wait, thats THEIR team") is no reason any more.
  func stillStanding(_ recommendation: Recommendation) -> Recommendation {
    let counting = state.profile.evidence(for: recommendation.track)
    let kept = recommendation.evidence.filter { item in counting.contains { $0.turn == item.turn && $0.phrase == item.phrase } }
    guard kept.count < recommendation.evidence.count else { return recommendation }
    return Recommendation(track: recommendation.track, evidence: kept, mixed: recommendation.mixed, aspiration: recommendation.aspiration)
  }

  /// What the leaning before any recommendation rests on: their words, as a recommendation's are.
  func leaningReasons(_ leaning: TrackID) -> AnswerContent {
    let evidence = Recommendation(track: leaning, evidence: state.profile.evidence(for: leaning), mixed: false)
    var content = AnswerContent(blocks: [.paragraph(Phrases.leaningSoFar(knowledgeBase.vocabulary.track(leaning).name))], sourceIDs: [])
    content.append(Recommender(knowledgeBase: knowledgeBase).reasons(for: evidence))
    return content
  }

  /// "Is that LLMOps?" just after the person told of their work (or in the same line: "product
  /// wants it cheap. is that an llmops thing or am I overthinking it"): what they said that points to
  /// each track named, and where their words lean so far; nil for any other line.
  mutating func whetherTheirWorkIs(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    let justTold = state.profile.evidence.contains { $0.turn >= state.turn - 1 }
    guard state.lastIntent == KnownIntent.preference || justTold, !parsed.tracks.isEmpty, Self.asksWhetherThatIs(parsed)
    else { return nil }
    let content = ProfileReport(knowledgeBase: knowledgeBase).pointing(to: parsed.tracks, profile: state.profile)
    state.mention(parsed.tracks)
    return reply(input: parsed.original, intent: KnownIntent.profile, confidence: confidence, tracks: parsed.tracks, content: content)
  }

  /// "That's basically MLOps then?" just after an answer about another track: whether the
  /// track in focus is the one named, answered by the FAQ on the two (LLMOps beside MLOps, or
  /// where AIOps sits); nil for any other line.
  mutating func whetherTrackInFocusIs(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard state.lastIntent != KnownIntent.preference, state.focusTracks.count == 1, let focus = state.focusTracks.first,
      parsed.tracks.count == 1, let named = parsed.tracks.first, named != focus, Self.asksWhetherThatIs(parsed)
    else { return nil }
    let pair = [focus, named].sorted()
    let intent = pair.contains(.aiops) ? KnownIntent.aiopsPosition : KnownIntent.llmopsVersusMLOps
    return answer(intent, parsed: parsed, tracks: pair, factor: .some(nil), confidence: confidence, match: match)
  }

  /// Whether a clause of a line asks if what was just said is a track: "is that LLMOps?", "so
  /// is this MLOps?", "does that count as AIOps?", "is that llmops or aiops? kinda confused";
  /// besides its opening and the tracks, only function words.
  static func asksWhetherThatIs(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      // "That is why MLOps … are built on …" explains; it asks nothing.
      guard let rest = afterThatIsOpening(parsed.words, in: clause.range),
        rest.first.map({ Self.explainingWords.contains(parsed.words[$0]) }) != true
      else { return false }
      return rest.prefix { !isOtherAlternative(parsed.words, at: $0) }.allSatisfy { position in
        let word = parsed.words[position]
        return TrackID.named(word) != nil || parsed.classes[position].contains(.functionWord) || countsAs.contains(word)
      }
    }
  }

  /// Words after "that is" that explain rather than ask: "that is why…", "that is how…".
  static let explainingWords: WordSet = ["why", "how", "because", "when", "where"]

  /// Whether the word at `position` is an "or" that opens something other than a track ("is
  /// that an LLMOps thing or am I overthinking it?"), where the question whether ends.
  static func isOtherAlternative(_ words: [String], at position: Int) -> Bool {
    words[position] == "or" && (position + 1 == words.count || TrackID.named(words[position + 1]) == nil)
  }

  /// The positions after the opening of a question whether what was just said is something
  /// ("so is that LLMOps?", "isn't that more governance?"), within `range`, its leading
  /// fillers passed over; nil when `range` does not open so.
  static func afterThatIsOpening(_ words: [String], in range: Range<Int>) -> Range<Int>? {
    let start = range.lowerBound + words[range].prefix { DialogueAct.leadingFillers.contains($0) }.count
    guard let opening = thatIsOpenings.first(where: { words[start..<range.upperBound].starts(with: $0) }) else { return nil }
    return start + opening.count..<range.upperBound
  }

  /// How a line opens when it asks whether what was just said is a track.
  static let thatIsOpenings: [[String]] = [
    ["is", "that"], ["is", "this"], ["is", "it"], ["thats"], ["that", "s"], ["does", "that", "count"],
    ["does", "this", "count"], ["would", "that", "be"], ["would", "this", "be"], ["does", "that", "make", "it"],
    ["does", "that", "make", "me"], ["does", "this", "make", "it"], ["does", "not", "that", "make", "it"],
    ["does", "not", "that", "make", "me"], ["does", "not", "this", "make", "it"], ["is", "not", "that"],
    ["is", "not", "this"], ["is", "not", "it"],
    ["would", "not", "that", "be"], ["it", "is"], ["that", "is"], ["this", "is"], ["is", "my", "job"], ["is", "my", "work"],
    ["is", "our", "work"], ["is", "what", "i", "do"], ["is", "my", "thing"], ["is", "my", "stuff"], ["is", "my", "role"],
    ["is", "our", "thing"], ["is", "our", "stuff"],
  ]

  /// Words such a line may have beside function words and tracks: "does that count as MLOps?".
  static let countsAs: WordSet = [
    "count", "counts", "considered", "called", "basically", "kind", "sort", "more", "person", "engineer", "work",
    "just", "only", "really", "mostly", "mainly", "thing", "territory", "area", "stuff", "call", "not",
  ]

  /// Something about the person's own work: acknowledged, with what it points to.
  mutating func preference(
    _ parsed: ParsedInput, confidence: Double, match: MatchResult?, detections: [SignalDetector.Detection]
  ) -> Reply {
    // "the aiops one sounds more like me honestly" after a recommendation of another track
    // changes it: the track they want to move into comes first.
    // The aspiration this line stated, which `answerLine` has already read into the state.
    let wanted = state.lastRecommendation == nil ? nil
      : state.aspiration.flatMap { aspiration in parsed.clauses.contains { $0.text == aspiration.words } ? aspiration : nil }
    if let last = state.lastRecommendation, let match, let wanted, wanted.track != last.track {
      return answerIntent(KnownIntent.recommendation, parsed: parsed, confidence: confidence, match: match, detections: detections)
    }
    // "ok cool, the mlops one sounds more like me" after a recommendation of MLOps: agreed.
    let noted = Phrases.noted(detections.filter { !$0.asked }, names: knowledgeBase.vocabulary)
    if let wanted {
      let agreed = Phrases.wantedIsRecommended(knowledgeBase.vocabulary.track(wanted.track).name)
      return reply(input: parsed.original, intent: KnownIntent.preference, confidence: confidence,
        content: AnswerContent(blocks: [noted, agreed].compactMap { $0 }.map { Block.paragraph($0) }, sourceIDs: []))
    }
    return answer(KnownIntent.preference, parsed: parsed, tracks: [], confidence: confidence, match: match,
      lead: noted.map { [Block.paragraph($0)] } ?? [])
  }

  /// The profile as a bar chart with its evidence (`/profile`, "what do you know about me").
  mutating func profileReply(input: String, intent: IntentID, confidence: Double) -> Reply {
    let content = ProfileReport(knowledgeBase: knowledgeBase, detailed: true).profile(state.profile)
    return reply(input: input, intent: intent, confidence: confidence, content: content)
  }
}
