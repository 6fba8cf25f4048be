/// What to do with a ranking: answer the best intent, ask which one was meant, give the best
/// answer a line's slots allow, or decline.
///
/// Scope is decided by what a line names, not by how much it resembles the examples next
/// door: a line that names a track (or a field the comparison files under one), or a factor
/// among words the knowledge base knows, is in scope and is never declined. When no intent is
/// clear for it, it gets the answer its slots point to — two tracks or a factor, the
/// comparison; one track, its overview — with the closest intents offered as choices.
public struct MatchPolicy: Sendable {
  /// The decision for one input.
  public enum Decision: Sendable, Equatable {
    case answer(IntentID)
    case clarify([IntentID])
    /// The best answer an in-scope line's slots allow, with other intents it may have meant.
    case bestGuess(IntentID, choices: [IntentID])
    case outOfScope

    /// The same decision with `intent` read as `other`.
    func replacing(_ intent: IntentID, with other: IntentID) -> Decision {
      let swap = { (id: IntentID) in id == intent ? other : id }
      switch self {
      case .answer(let id): return .answer(swap(id))
      case .clarify(let ids): return .clarify(ids.map(swap))
      case .bestGuess(let id, let choices): return .bestGuess(swap(id), choices: choices.map(swap))
      case .outOfScope: return self
      }
    }

    /// Whether the decision answers `intent` or offers it among its choices.
    func offers(_ intent: IntentID) -> Bool {
      switch self {
      case .answer(let id): id == intent
      case .clarify(let ids): ids.contains(intent)
      case .bestGuess(let id, let choices): id == intent || choices.contains(intent)
      case .outOfScope: false
      }
    }
  }

  /// Below this similarity a line that names nothing in scope is declined.
  public var minimumConfidence = 0.25
  /// How much more similarity such a line needs for each of its words that only the
  /// out-of-scope examples use, or none: words about something else ("ETL vs ELT: how to
  /// choose"). Closed intents, which admit a line only for its words, need no more.
  public var foreignWordPenalty = 0.1
  /// Below this similarity an in-scope line gets the answer its slots point to.
  public var inScopeConfidence = 0.1
  /// Intents closer than this to the best are offered as a numbered choice.
  public var ambiguityMargin = 0.005
  /// Above this, the best intent is answered even when another is close.
  public var certainConfidence = 0.75
  /// The intents that answer the social part of a line (thanks, greetings, goodbyes).
  static let socialIntents: [IntentID] = [KnownIntent.goodbye, KnownIntent.thanks, KnownIntent.greeting, KnownIntent.acknowledgement]

  /// Below this similarity the goodbye, which ends the session, is not answered: "I am new to
  /// all of this" shares only "all" and function words with "that is all from me".
  public var goodbyeConfidence = 0.3
  /// How many other intents a best guess offers.
  static let guessChoices = 3
  /// How much an intent gains when a line uses a word that names its topic.
  public var topicBoost = 0.05
  /// How much lower the intent asked only by naming its topic (`namedOnlyTopic`) ranks when
  /// no word of the line names it. Measured on the dev splits: 0.04 (0.02 changed nothing,
  /// 0.1 lowered the held-out set); taken from the other topics it lowered a dev split.
  public var unnamedTopicPenalty = 0.04
  /// The intent real lines ask about only by naming its topic: a line about the projects says
  /// "project" or "portfolio", while lines that describe production systems share its words.
  static let namedOnlyTopic = KnownIntent.projects
  /// Per intent, the words that name its topic (`Vocabulary.topics`).
  let topicWords: [IntentID: WordSet]

  /// A policy that ranks the intents of `topics` higher for lines that use their words.
  public init(topics: [IntentID: [String]] = [:]) {
    topicWords = topics.mapValues(WordSet.init)
  }

  /// Whether a parsed line is in scope by what it names: a track, or a factor among words
  /// that in-scope intents use (`foreignWords` counts the others) and no field next door ("how
  /// do you go from data engineering to AI roles" asks about data engineering's careers).
  public static func isInScope(_ parsed: ParsedInput, foreignWords: Int) -> Bool {
    !parsed.tracks.isEmpty || (parsed.factor != nil && foreignWords == 0 && parsed.neighbours.isEmpty)
  }

  /// Decides what to do with `match`, a ranking of the scope `isInScope` gives for `parsed`.
  ///
  /// A line of track names alone ("LLMOps?") is a follow-up: the last question again for
  /// those tracks, or, with none, their overview. A topic the comparison does not cover
  /// (salaries) is declined, whatever else the line names. A field next door named without a track (DevOps, SRE) is declined too, unless the
  /// line asks which track suits someone (`choiceIntents`): "which track fits a data scientist?".
  public func decide(_ match: MatchResult, parsed: ParsedInput) -> Decision {
    Self.readingForTheAsker(decideByScope(match, parsed: parsed), parsed: parsed)
  }

  /// `decision` for a line that asks where the asker fits (`asksWhereTheyFit`), with the FAQ on
  /// where AIOps fits read as the recommendation; any other line's decision as it is.
  static func readingForTheAsker(_ decision: Decision, parsed: ParsedInput) -> Decision {
    asksWhereTheyFit(parsed) ? decision.replacing(KnownIntent.aiopsPosition, with: KnownIntent.recommendation) : decision
  }

  /// The decision for what a line names, before `asksWhereTheyFit` is applied.
  func decideByScope(_ match: MatchResult, parsed: ParsedInput) -> Decision {
    guard parsed.uncoveredTopics.isEmpty else { return .outOfScope }
    var match = Self.namesLLMOpsAlone(parsed) ? match.without(KnownIntent.llmopsVersusMLOps) : match
    if let best = match.best, best.intent == KnownIntent.goodbye, best.score < goodbyeConfidence {
      match = match.without(KnownIntent.goodbye)
    }
    if Self.namesTracksAlone(parsed) { return .answer(KnownIntent.followUp) }
    if Self.asksForTheWholeTable(parsed) { return .answer(KnownIntent.comparison) }
    guard Self.isInScope(parsed, foreignWords: match.foreignWords) else {
      let decision = decide(match)
      if decision == .outOfScope, parsed.neighbours.isEmpty, Self.asksWhichTrack(parsed) {
        return .bestGuess(KnownIntent.recommendation, choices: [KnownIntent.choose, "career"])
      }
      // "give me one concrete first project": a topic named as typed, tied with out of scope
      // (a follow-up such as "and tools for evals specifically?" is read against the focus).
      if decision == .outOfScope, parsed.namesNothingOutside, !DialogueAct.reportsTrouble(parsed),
        Advisor.continuationOpening(parsed.words[...]) == nil, let topic = tiedTopic(match, parsed)
      {
        return .answer(topic)
      }
      guard !parsed.neighbours.isEmpty else { return decision }
      if case .answer(let intent) = decision, Self.choiceIntents.contains(intent) { return decision }
      return .outOfScope
    }
    // A question about a track is answered, never taken for thanks or a goodbye, which would
    // end the session ("can I switch from LLMOps to AIOps later?", "thanks! one more question:
    // what is AIOps").
    let inScope = DialogueAct.isQuestion(parsed) ? Self.socialIntents.reduce(match) { $0.without($1) } : match
    switch decideInScope(boostingTopics(inScope, parsed), parsed: parsed) {
    case .answer(let intent): return answeringTheAskedTopic(.answer(Self.refined(intent, parsed)), parsed)
    case .bestGuess(let intent, let choices): return .bestGuess(Self.refined(intent, parsed), choices: choices)
    case let other: return other
    }
  }

  /// The ranking with `topicBoost` added to each intent whose topic a word of the line, as
  /// typed (before synonyms), names: "this course is designed to…" is about the course; and
  /// with `unnamedTopicPenalty` taken from `namedOnlyTopic` when no word names it ("Building
  /// Production-Grade AI: Mastering AIOps and LLMOps…" describes the tracks, not a project).
  func boostingTopics(_ match: MatchResult, _ parsed: ParsedInput) -> MatchResult {
    guard match.ranking.contains(where: { topicWords[$0.intent] != nil }) else { return match }
    let typed = Self.typedWords(parsed.normalized)
    var boostedAny = false
    // Only the first few places decide (the best, its close runners-up, a guess's choices):
    // lowering an intent below them changes nothing, and would cost a new sort.
    let decides = match.ranking.prefix(Self.guessChoices + 1).contains { $0.intent == Self.namedOnlyTopic }
    let ranking = match.ranking.map { entry in
      guard let words = topicWords[entry.intent] else { return entry }
      guard typed.contains(where: words.contains) else {
        guard decides, entry.intent == Self.namedOnlyTopic else { return entry }
        boostedAny = true
        return entry.boosted(by: -unnamedTopicPenalty)
      }
      boostedAny = true
      return entry.boosted(by: topicBoost)
    }
    return boostedAny ? match.reranked(ranking) : match
  }

  /// The best intent in scope of a declined line when a word of the line names its topic as
  /// typed and out of scope does not rank above it by more than `ambiguityMargin`, if any.
  func tiedTopic(_ match: MatchResult, _ parsed: ParsedInput) -> IntentID? {
    guard let topic = match.ranking.first(where: { $0.intent != KnownIntent.outOfScope }),
      let words = topicWords[topic.intent], Self.typedWords(parsed.normalized).contains(where: words.contains)
    else { return nil }
    let outside = match.ranking.first { $0.intent == KnownIntent.outOfScope }?.score ?? 0
    return outside - topic.score <= ambiguityMargin ? topic.intent : nil
  }

  /// The decision for a line read as one topic that asks about another: a story naming one
  /// topic whose last clause asks about another ("I'm a hiring manager writing job descriptions
  /// for ops roles. What skills should I list for an MLOps engineer?"), or a line whose opening
  /// "what" or "which" names the topic ("what tools would each team be using day to day", whose
  /// other words are the skills' examples'), or a comparison whose last clause asks a topic
  /// ("Hiring: MLOps vs LLMOps engineer — which skills matter?"): the topic asked; any other
  /// decision as it is.
  func answeringTheAskedTopic(_ decision: Decision, _ parsed: ParsedInput) -> Decision {
    guard case .answer(let intent) = decision, topicWords[intent] != nil || intent == KnownIntent.comparison,
      let asked = (parsed.clauses.count > 1 ? topicAskedLast(parsed) : nil) ?? topicAskedByWhat(parsed), asked != intent
    else { return decision }
    return .answer(asked)
  }

  /// The topic named just after the "what" or "which" that opens a line, as typed; nil when
  /// none is.
  func topicAskedByWhat(_ parsed: ParsedInput) -> IntentID? {
    let words = Self.typedWords(parsed.normalized).drop(while: DialogueAct.leadingFillers.contains)
    guard words.count > 1, words.first == "what" || words.first == "which" else { return nil }
    return topic(named: words[words.startIndex + 1])
  }

  /// The one topic the last clause of a line names, as typed, when that clause opens as a
  /// question; nil otherwise.
  func topicAskedLast(_ parsed: ParsedInput) -> IntentID? {
    guard let last = parsed.clauses.last, let opening = last.range.first,
      DialogueAct.questionOpeners.contains(parsed.words[opening])
    else { return nil }
    let typed = TextNormalizer.clauses(of: String(last.text)).flatMap(\.words)
    let named = topicWords.filter { typed.contains(where: $0.value.contains) }.map(\.key)
    return named.count == 1 ? named[0] : nil
  }

  /// Whether a line names the topic of `intent` in words as typed ("… on tools and skills").
  func names(_ intent: IntentID, in parsed: ParsedInput) -> Bool {
    guard let words = topicWords[intent] else { return false }
    return Self.typedWords(parsed.normalized).contains(where: words.contains)
  }

  /// The one intent whose topic `word` names ("skills"), or nil when none or several do.
  func topic(named word: String) -> IntentID? {
    let named = topicWords.filter { $0.value.contains(word) }.map(\.key)
    return named.count == 1 ? named[0] : nil
  }

  /// The one intent whose topic a word of the line, as typed, names ("and skills?"), or nil
  /// when none or several do.
  func topicIntent(of parsed: ParsedInput) -> IntentID? {
    let typed = Self.typedWords(parsed.normalized)
    let named = topicWords.filter { typed.contains(where: $0.value.contains) }.map(\.key)
    return named.count == 1 ? named[0] : nil
  }

  /// The words of a normalised line, split at spaces as `split(separator: " ")` splits it by
  /// characters: on its bytes, eight at a time, when it is ASCII (each byte a character, a
  /// space never joined to its neighbours), which costs a fraction of splitting by characters.
  static func typedWords(_ text: String) -> [String] {
    UTF8Bytes.with(text) { bytes in
      guard UTF8Bytes.isASCII(bytes) else { return text.split(separator: " ").map(String.init) }
      var words: [String] = []
      var start = 0
      while start < bytes.count {
        let end = UTF8Bytes.firstIndex(of: UInt8(ascii: " "), in: bytes, from: start)
        if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        start = end + 1
      }
      return words
    }
  }

  /// Whether a line is track names and nothing else but stopwords ("LLMOps?", "mlops & aiops").
  static func namesTracksAlone(_ parsed: ParsedInput) -> Bool {
    !parsed.tracks.isEmpty && parsed.neighbours.isEmpty
      && parsed.words.allSatisfy { TrackID.named($0) != nil || FeatureExtractor.isStopword($0) }
  }

  /// Whether a line asks for the comparison table and says nothing else ("give me the full
  /// comparison", "the complete comparison table"): a word asking for the table, and besides
  /// it only track names, stopwords, function words and words for all of it or for showing it.
  static func asksForTheWholeTable(_ parsed: ParsedInput) -> Bool {
    parsed.neighbours.isEmpty && parsed.classes.contains(.asksForTable) && !parsed.classes.contains(.questionWord)
      && parsed.words.indices.allSatisfy { place in
      let word = parsed.words[place]
      return !parsed.classes[place].isDisjoint(with: [.asksForTable, .stopword, .functionWord]) || TrackID.named(word) != nil
        || wholeTableWords.contains(word)
    }
  }

  /// Words that ask for all of the table or for seeing it: "the full comparison", "show me",
  /// "every row for all three".
  static let wholeTableWords: WordSet = [
    "full", "whole", "complete", "entire", "overall", "show", "give", "see", "print", "please", "all", "get", "have",
    "want", "need", "view", "display", "again", "thanks", "ok", "okay", "every", "each", "row", "rows", "column", "columns",
    "three", "3",
  ]

  /// The intents that say which track suits whom, which a field next door may be asked about.
  static let choiceIntents: Set<IntentID> = [
    KnownIntent.recommendation, "fit", "choose", "faq.classical-ml", "faq.llm-products",
  ]

  /// The intent to answer for what a line names. "You misread me" naming a track ("no, I
  /// meant LLMOps") asks the question before about that track. The comparison of one track
  /// needs a factor (its cell) or a word that compares: "MLOps vs DevOps" can only say what
  /// MLOps is, since the comparison does not cover DevOps, and "AIOps and AIOps platforms" is
  /// about AIOps alone.
  static func refined(_ intent: IntentID, _ parsed: ParsedInput) -> IntentID {
    if intent == KnownIntent.misread, !parsed.tracks.isEmpty { return KnownIntent.followUp }
    if asksWhetherItIsTheSameAIOps(parsed) { return KnownIntent.aiopsMeaning }
    if parsed.tracks.count >= 2, parsed.classes.contains(.versus), !answersAPair.contains(intent) {
      return KnownIntent.comparison
    }
    if Self.definesATrack(parsed) || Self.setsATrackBesideANeighbour(parsed, intent) { return KnownIntent.definition }
    if Self.namesATrackInApposition(parsed), !Self.aboutATrack.contains(intent), !Self.namedTopics.contains(intent) {
      return KnownIntent.definition
    }
    if Self.opensWithWhatATrackIs(parsed), !Self.aboutATrack.contains(intent),
      parsed.tracks.count == 1 || !Self.aboutSeveralTracks.contains(intent)
    {
      return KnownIntent.definition
    }
    if Self.setsLLMOpsBesideMLOps(parsed),
      Self.generalIntents.contains(intent) || intent == KnownIntent.followUp && parsed.classes.contains(.sameness)
        || parsed.words.contains(where: lineageWords.contains)
    {
      return KnownIntent.llmopsVersusMLOps
    }
    if Self.asksWhichOfThemForMe(parsed), !answersAPair.contains(intent) { return KnownIntent.recommendation }
    guard intent == KnownIntent.comparison, parsed.tracks.count == 1, parsed.factor == nil else { return intent }
    if !parsed.neighbours.isEmpty { return KnownIntent.definition }
    return parsed.classes.contains(.comparing) ? intent : KnownIntent.overview
  }

  /// Whether a line asks if the source's AIOps is the one meant elsewhere ("is the aiops in
  /// your source the same thing my boss means?", "so not the same thing as what our noc calls
  /// aiops?"): AIOps alone, nothing next door, "same" and a word of meaning; the two meanings
  /// of AIOps answer it.
  static func asksWhetherItIsTheSameAIOps(_ parsed: ParsedInput) -> Bool {
    parsed.tracks == [.aiops] && parsed.namesNothingOutside && parsed.words.contains("same")
      && parsed.words.contains(where: meaningWords.contains)
  }

  /// Words of what a word means.
  static let meaningWords: WordSet = ["mean", "means", "meant", "meaning", "definition", "call", "calls", "called"]

  /// Whether a line asks which to take of one track and a field next door ("Can I learn both
  /// MLOps and DevOps?", "MLOps vs DevOps: which should you learn?"): the recommendation picks
  /// among the three tracks and cannot answer it, so the line gets what the track is.
  /// So does a line that asks whether the field is part of the track ("is prompt engineering
  /// part of LLMOps?"): what the track takes in answers that; and one matched to a FAQ on
  /// which track suits a kind of system, with no factor (`systemTypeFAQs`).
  static func setsATrackBesideANeighbour(_ parsed: ParsedInput, _ intent: IntentID) -> Bool {
    guard parsed.tracks.count == 1, !parsed.neighbours.isEmpty else { return false }
    return intent == KnownIntent.recommendation || asksIfPartOf(parsed.words)
      || systemTypeFAQs.contains(intent) && parsed.factor == nil
  }

  /// Whether words speak of a new name ("It's not MLOps with a new name", "MLOps renamed"),
  /// which of MLOps alone can only mean LLMOps, the FAQ's question.
  static func speaksOfARenaming(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { $0 == "new" && $1 == "name" } || words.contains(where: renamingWords.contains)
  }

  /// Words of a new name for the same thing.
  static let renamingWords = ["renamed", "rebranded", "rebrand", "rebranding"]

  /// Words that tell where one track came from ("LLMOps emerged as a specialization of
  /// MLOps"): beside LLMOps and MLOps, what the FAQ on the two answers.
  static let lineageWords = renamingWords + [
    "emerged", "emerge", "emerges", "emerging", "evolution", "evolved", "evolve", "evolves", "specialization",
    "specialisation", "offshoot", "successor", "descendant", "subset", "extension",
  ]

  /// The FAQ answers on which track suits a kind of system, which a line setting a track
  /// beside a field next door does not ask ("MLOps is often considered more complex than
  /// DevOps because…").
  static let systemTypeFAQs: Set<IntentID> = ["faq.classical-ml", "faq.llm-products"]

  /// Whether a line asks if something is part of something else: "part of", "include(s)",
  /// "belong(s) to", "fall(s) under", "cover(s)".
  static func asksIfPartOf(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { $0 == "part" && $1 == "of" } || words.contains(where: partOfWords.contains)
  }

  /// The single words that ask whether something is part of something else.
  static let partOfWords: WordSet = ["include", "includes", "belong", "belongs", "under", "cover", "covers", "subset"]

  /// Whether a line says what one track is, in the words of a definition: it opens with the
  /// track (its name and spelt-out name may both stand there), then "is", "are", "refers" or
  /// "means", and within a few words a noun that names a kind of thing ("LLMOps is the
  /// umbrella practice for…", "GenAIOps is the set of practices…"); no factor, no other track.
  static func definesATrack(_ parsed: ParsedInput) -> Bool {
    guard parsed.tracks.count == 1, parsed.factor == nil, parsed.neighbours.isEmpty else { return false }
    let rest = parsed.words.drop { TrackID.named($0) != nil }
    guard rest.count < parsed.words.count, let verb = rest.first, definingVerbs.contains(verb) else { return false }
    return rest.dropFirst().prefix(definingNounReach).contains { kindNouns.contains($0) }
  }

  /// Whether a line about tracks opens, or has a clause that opens, by asking or saying
  /// what they are ("What is MLOps and how does it differ from traditional software operations?",
  /// "LLMOps Explained: Managing Large Language Models in Production", "Understanding AIOps: …",
  /// "thanks! one more question: what is AIOps", "What is MLOps and LLMOps: A Step-by-Step
  /// Guide!"): whatever else it asks, it asks that, unless, for several tracks, what it gets
  /// already sets them side by side.
  static func opensWithWhatATrackIs(_ parsed: ParsedInput) -> Bool {
    guard !parsed.tracks.isEmpty, parsed.neighbours.isEmpty else { return false }
    return parsed.clauses.contains { clause in
      let words = parsed.words[clause.range]
      return whatATrackIsOpenings.contains { opening in
        opening.count <= words.count
          && zip(opening, words).allSatisfy { $0 == trackSlot ? TrackID.named($1) != nil : $0 == $1 }
      }
    }
  }

  /// Whether a line names one track alone before a colon and then says what it is, as a
  /// title does ("LLMOps: The Prompt Layer", "GenAIOps: The Operating Model for Scaling
  /// Generative AI", "Part VI: LLMOps: Operating in the Age of Large Language Models"): the
  /// words after it describe the track, so what it is answers the line, whatever they share
  /// with other answers; no factor and no field next door.
  static func namesATrackInApposition(_ parsed: ParsedInput) -> Bool {
    guard parsed.tracks.count == 1, parsed.factor == nil, parsed.neighbours.isEmpty else { return false }
    return zip(parsed.clauses, parsed.clauses.dropFirst()).contains { clause, next in
      guard clause.range.count == 1, TrackID.named(parsed.words[clause.range.lowerBound]) != nil else { return false }
      let opening = parsed.words[next.range.lowerBound]
      return ["the", "a", "an"].contains(opening) || opening.hasSuffix("ing")
    }
  }

  /// The answers on one topic of a track, which a line asks by naming the topic.
  static let namedTopics: Set<IntentID> = ["skills", "tools", "projects", "course", "career", "level"]

  /// Stands for the track's name in `whatATrackIsOpenings`.
  static let trackSlot = "<track>"
  /// The openings that ask or say what a track is.
  static let whatATrackIsOpenings: [[String]] = [
    ["what", "is", trackSlot], ["what", "s", trackSlot], [trackSlot, "explained"], ["understanding", trackSlot],
    ["introduction", "to", trackSlot], ["intro", "to", trackSlot], [trackSlot, "101"], [trackSlot, "demystified"],
    ["what", trackSlot, "is"],
  ]
  /// The answers that say what several tracks are beside each other.
  static let aboutSeveralTracks: Set<IntentID> = [
    KnownIntent.comparison, KnownIntent.confusion, KnownIntent.aiopsPosition, "faq.classical-ml", "faq.llm-products",
  ]
  /// The answers that say what a track is, or what it is beside another.
  static let aboutATrack: Set<IntentID> = [
    KnownIntent.definition, KnownIntent.overview, "aiops-meaning", KnownIntent.llmopsVersusMLOps, "career",
  ]

  /// The verbs that open a definition after a track's name.
  static let definingVerbs: WordSet = ["is", "are", "refers", "means", "describes"]
  /// How many words after the verb the noun of a definition may come.
  static let definingNounReach = 4
  /// Nouns that name a kind of thing, as definitions do ("a discipline", "the set of practices").
  /// ("practice" is read as "skills" before this, see `synonyms:` in vocabulary.yaml.)
  static let kindNouns: WordSet = [
    "practices", "discipline", "set", "process", "processes", "layer", "category", "field", "approach",
    "term", "methodology", "specialization", "specialisation", "subset", "extension", "combination", "culture",
    "paradigm", "branch", "umbrella", "framework", "collection", "function",
  ]

  /// Whether a line is about LLMOps beside MLOps and nothing narrower: both tracks (or MLOps
  /// and LLMs, or MLOps alone with a new name and nothing next door) with no factor, no third track and no "vs" or "compare" asking for the table.
  /// What such a line asks is what the FAQ on the two answers: how LLMOps relates to MLOps.
  static func setsLLMOpsBesideMLOps(_ parsed: ParsedInput) -> Bool {
    // The cheap conditions first; the tracks are read without building a `Set`.
    guard parsed.factor == nil, parsed.tracks.contains(.mlops), !parsed.tracks.contains(.aiops),
      !parsed.classes.contains(.asksForTable)
    else { return false }
    return parsed.tracks.contains(.llmops) || parsed.domains.contains(.llmops)
      || (parsed.neighbours.isEmpty && speaksOfARenaming(parsed.words))
  }

  /// Whether a line is about LLMOps with no word of MLOps and none asking whether it is new or
  /// only another name ("same", "its own"; "LLMOps Explained: Managing Large Language Models
  /// in Production" asks neither): it does not ask the FAQ on whether LLMOps is just MLOps,
  /// whatever LLM words it shares with it.
  static func namesLLMOpsAlone(_ parsed: ParsedInput) -> Bool {
    parsed.tracks == [.llmops] && !parsed.classes.contains(.sameness)
      && !zip(parsed.words, parsed.words.dropFirst()).contains { $0 == "its" && $1 == "own" }
  }

  /// Whether a line asks where the asker fits without naming a track or a field next door
  /// ("where would someone like me fit?"): the FAQ on where AIOps fits answers that of AIOps,
  /// not of a person, so the recommendation is what is asked.
  static func asksWhereTheyFit(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.neighbours.isEmpty && parsed.classes.contains(.firstPerson)
  }

  /// Whether a line asks which track, without naming one ("which track is the most
  /// future-proof?", "what path should I take"): the tracks are the comparison's subject, so
  /// such a line is about choosing one of them and is never declined.
  static func asksWhichTrack(_ parsed: ParsedInput) -> Bool {
    asks(parsed.words, by: whichWords, about: trackNouns) || asksWhichOfThem(parsed)
  }

  /// Whether a line asks which of the tracks suits the asker, or what the advisor makes of
  /// them, without naming them: "which of these is the most realistic for me?", "which one
  /// would you pick for me?", "which one is more future proof do you think".
  static func asksWhichOfThem(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    let whichOfThem = zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { which, next in
      which == "which" && (next.0 == "one" || next.0 == "of" && ["these", "them", "those", "the"].contains(next.1))
    }
    return whichOfThem && (parsed.classes.contains(.firstPerson) || parsed.classes.contains(.secondPerson))
  }

  /// Whether one of `askers` stands just before one of `nouns` ("which one", "what track").
  static func asks(_ words: [String], by askers: WordSet, about nouns: WordSet) -> Bool {
    zip(words, words.dropFirst()).contains { askers.contains($0) && nouns.contains($1) }
  }

  /// The words that ask which track.
  static let whichWords: WordSet = ["which", "what"]
  /// "which" alone.
  static let which: WordSet = ["which"]

  /// The words for a track when a line asks which one to take.
  static let trackNouns: WordSet = ["track", "tracks", "path", "paths", "route", "bucket", "category", "camp"]
  /// The words for a track, or "one" ("which one").
  static let trackNounsOrOne = trackNouns.union(["one"])

  /// Whether a line asks which of the tracks it names to take, for the asker: "should I learn
  /// MLOps or LLMOps?", "which would you pick for me, AIOps or MLOps?".
  static func asksWhichOfThemForMe(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.count >= 2 && parsed.classes.contains(.alternative) && parsed.classes.contains(.firstPerson)
      && parsed.classes.contains(.questionWord)
  }

  /// The general answers that a line about LLMOps beside MLOps gets the FAQ on the two instead
  /// of ("What is LLMOps and why do we need it beside MLOps?"); the comparison and the sources
  /// of confusion stay, as they answer "how do they differ" and "why are they mixed up".
  static let generalIntents: Set<IntentID> = [KnownIntent.definition, KnownIntent.overview]

  /// The intents that answer a question about two tracks set against each other ("AIOps vs
  /// MLOps vs LLMOps: …" asks for the comparison unless it asks one of these).
  static let answersAPair: Set<IntentID> = [
    KnownIntent.llmopsVersusMLOps, "aiops-meaning", KnownIntent.choose, KnownIntent.recommendation, "fit", KnownIntent.confusion,
  ]

  /// For a line that names nothing in scope: the best intent, a choice, or a decline.
  public func decide(_ match: MatchResult) -> Decision {
    guard let best = match.best, best.score >= minimumConfidence + penalty(for: best, match),
      best.intent != KnownIntent.outOfScope
    else { return .outOfScope }
    let close = closeRunnersUp(match)
    if close.isEmpty || best.score >= certainConfidence { return .answer(best.intent) }
    return .clarify([best.intent] + close)
  }

  /// The similarity `best` needs beyond the minimum for the foreign words of its line.
  func penalty(for best: IntentScore, _ match: MatchResult) -> Double {
    best.isClosed ? 0 : foreignWordPenalty * Double(match.foreignWords)
  }

  /// For a line in scope: the best intent (with close ones offered), a choice between the
  /// alternatives it asks for, or the best guess its slots allow; never a decline.
  func decideInScope(_ match: MatchResult, parsed: ParsedInput) -> Decision {
    let match = match.without(KnownIntent.outOfScope)
    guard let best = match.best, best.score >= inScopeConfidence else {
      let guess = Self.slotIntent(parsed)
      let others = match.ranking.map(\.intent).filter { $0 != guess }
      return .bestGuess(guess, choices: Array(others.prefix(Self.guessChoices)))
    }
    let alternatives = Self.offersAlternatives(parsed)
    let close = closeRunnersUp(match, offersAlternatives: alternatives)
    if close.isEmpty || best.score >= certainConfidence { return .answer(best.intent) }
    return alternatives ? .clarify([best.intent] + close) : .bestGuess(best.intent, choices: close)
  }

  /// The intents after the best that come within `ambiguityMargin` of it (out-of-scope never
  /// does); for a line that offers alternatives ("tools or skills"), within `alternativeShare`.
  func closeRunnersUp(_ match: MatchResult, offersAlternatives: Bool = false) -> [IntentID] {
    guard let best = match.best else { return [] }
    return match.ranking.dropFirst().prefix(2).filter {
      $0.intent != KnownIntent.outOfScope
        && (best.score - $0.score < ambiguityMargin || offersAlternatives && $0.score >= alternativeShare * best.score)
    }.map(\.intent)
  }

  /// How close, as a share of the best score, an intent must come to be offered when a line
  /// offers alternatives.
  public var alternativeShare = 0.75

  /// Whether a line asks for one thing or another without naming tracks ("tools or skills?").
  static func offersAlternatives(_ parsed: ParsedInput) -> Bool {
    parsed.tracks.isEmpty && parsed.classes.contains(.alternative)
  }

  /// The intent a line's slots point to on their own: two tracks or a factor, the comparison
  /// (its row, or its cell for one track); one track, that track's overview.
  static func slotIntent(_ parsed: ParsedInput) -> IntentID {
    parsed.tracks.count >= 2 || parsed.factor != nil ? KnownIntent.comparison : KnownIntent.overview
  }
}

/// The intent ids the code itself refers to.
public enum KnownIntent {
  public static let outOfScope: IntentID = "out-of-scope"
  public static let comparison: IntentID = "comparison"
  public static let help: IntentID = "help"
  public static let goodbye: IntentID = "goodbye"
  public static let acknowledgement: IntentID = "acknowledgement"
  public static let greeting: IntentID = "greeting"
  public static let profile: IntentID = "profile"
  public static let overview: IntentID = "overview"
  public static let definition: IntentID = "definition"
  public static let choose: IntentID = "choose"
  public static let fit: IntentID = "fit"
  /// "You misread me": about the answer before it, which stays the one `/why` explains.
  public static let misread: IntentID = "misread"
  public static let recommendation: IntentID = "recommendation"
  public static let preference: IntentID = "preference"
  public static let command: IntentID = "command"
  public static let followUp: IntentID = "follow-up"
  public static let more: IntentID = "more"
  public static let why: IntentID = "why"
  /// A numbered "did you mean" question; not an intent of the knowledge base.
  public static let clarification: IntentID = "clarification"
  /// The FAQ answer on whether LLMOps is just MLOps renamed.
  public static let llmopsVersusMLOps: IntentID = "faq.llmops-vs-mlops"
  /// The FAQ answer on where AIOps sits beside the other two tracks.
  public static let aiopsPosition: IntentID = "faq.aiops-position"
  /// Why the tracks get mixed up, and what they share.
  public static let confusion: IntentID = "confusion"
  /// The two meanings of AIOps: the source's, and AI for IT operations.
  public static let aiopsMeaning: IntentID = "aiops-meaning"
  /// The page itself: who wrote it, when, what it is for.
  public static let about: IntentID = "about"
  /// A thank-you.
  public static let thanks: IntentID = "thanks"
  /// The topics a kind of work is asked about, answered track by track.
  public static let skills: IntentID = "skills"
  public static let tools: IntentID = "tools"
  public static let projects: IntentID = "projects"
  public static let career: IntentID = "career"
  /// Which course suits which learner.
  public static let course: IntentID = "course"
}


