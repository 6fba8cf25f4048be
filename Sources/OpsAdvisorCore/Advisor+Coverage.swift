/// Questions that ask which track something belongs to ("which track covers drift?", "isn't
/// that more governance?").
extension Advisor {
  /// "Isn't that more governance?", "is that monitoring?" once the person has told of their
  /// work or a track is in focus ("isn't this basically observability?" after "what is
  /// AIOps?"): where the source mentions the concept, first for the track in focus (see
  /// `conceptHit`), so they see which track their work would then point to, which comes into
  /// focus; nil for any other line.
  mutating func whetherTheirWorkIsConcept(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.neighbours.isEmpty, state.profile.leaning != nil || !state.focusTracks.isEmpty,
      let concept = Self.conceptAskedOfTheirWork(parsed)
    else { return nil }
    let rest = parser.parse(concept).with(original: parsed.original)
    guard let hit = conceptHit(rest) else { return nil }
    return answerConcept(hit, parsed: parsed, confidence: confidence, match: match, movingFocus: true)
  }

  /// The one or two words the last clause of a line asks whether what was just said is
  /// ("I only approve them. isn't that more governance?" → "governance"), or nil when it
  /// does not ask so, or asks whether a track suits them ("is this track for me").
  static func conceptAskedOfTheirWork(_ parsed: ParsedInput) -> String? {
    guard !asksWhetherATrackSuitsThem(parsed), let clause = parsed.clauses.last,
      let rest = afterThatIsOpening(parsed.words, in: clause.range)
    else { return nil }
    let concept = rest.filter { !parsed.classes[$0].contains(.functionWord) && !countsAs.contains(parsed.words[$0]) }
      .map { parsed.words[$0] }
    return (1...2).contains(concept.count) ? concept.joined(separator: " ") : nil
  }

  /// "Which track covers drift?", "does any of these tracks cover guardrails?", "do I need
  /// Kubernetes for any of these?": the tracks in whose part of the source every content word
  /// after the verb appears (by stem), answered
  /// where the first of them mentions it, with the others named; for one word no track's
  /// part has, where one has a related word (`conceptHit`); failing that, says so and offers
  /// the topics. Nil for a line that does not ask so.
  mutating func whichTrackCovers(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside else { return nil }
    // "Is there a project about cost dashboards" names the projects as what has the concept.
    // "is there a project about edge deployment" is told that nothing is, when no part has it.
    if let asked = Self.askedWhetherThereIsOne(parsed), !asked.isEmpty {
      return answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
    }
    // "that doesnt answer my question. does it mention access control or not?", "bro you just
    // listed the same stuff. does the doc say anything about cost": the question alone.
    if let clause = askingClauseAlone(parsed), Self.askedOfTheSource(clause)?.isEmpty == false {
      return whichTrackCovers(clause, confidence: confidence, match: match)
    }
    // "does the source say anything about research roles": the words beside a topic's, when no
    // track mentions them, are asked of the source too; "does it say anything about careers"
    // asks for the topic.
    if let asked = Self.askedOfTheSource(parsed)?.filter({ parsed.factor == nil || !namesATopic($0.word) }), !asked.isEmpty,
      parsed.factor == nil || !someTrackMentions(asked.map(\.stem))
    {
      return answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
    }
    guard parsed.factor == nil else { return nil }
    let covered = Self.coveredConcept(parsed) ?? Self.askedWhereItFits(parsed)
    // "what about governance, which tracks cover it", "and cost? … which track deals w that":
    // what the line opened with.
    if covered?.isEmpty == true || Self.endsAskingWhichTrackThatIs(parsed), let opened = conceptOpeningTheLine(parsed) {
      return answerCovering(opened, parsed: parsed, confidence: confidence, match: match)
    }
    guard !parsed.words.contains(where: Self.possessives.contains) else { return nil }
    if let asked = covered.flatMap({ $0.isEmpty ? lastConceptPointedAt(parsed) : $0 }) {
      return answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
    }
    // "Which track for governance?" asks so only when the source has the words outside the
    // row of system types: "which track for a beginner" asks which suits a beginner, and
    // "which track for traditional machine learning" which suits a kind of system, as the FAQ
    // says.
    guard parsed.domains.isEmpty, let asked = Self.conceptAskedFor(parsed), !asked.isEmpty,
      coveringPlaces(of: asked.map(\.stem), word: "").contains(where: { $0.factor != .systemType && Self.partsOfATrack.contains($0.intent) })
    else { return nil }
    return answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
  }

  /// Whether a word names one of the table's topics ("career", "tools").
  func namesATopic(_ word: String) -> Bool {
    guard case .factor = parser.lexicon.longestPhrase([word][...])?.phrase else { return false }
    return true
  }

  /// The answers that say or list what a track takes in, as against those that say whom or what
  /// kind of system it suits.
  static let partsOfATrack: Set<IntentID> = [KnownIntent.comparison, "definition", "skills", "tools", "projects", "career"]

  /// The content words after "for" or "about" in a line that asks which track is for
  /// something ("which track for governance", "which one is about drift"); nil for any other
  /// line.
  static func conceptAskedFor(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard MatchPolicy.asks(words, by: MatchPolicy.whichWords, about: coveringAskedNouns) else { return nil }
    guard let preposition = words.firstIndex(where: { $0 == "for" || $0 == "about" }), preposition + 1 < words.count
    else { return conceptBesideWhichTrack(parsed) }
    return conceptWords(parsed, after: preposition)
  }

  /// The concept words of a one-clause line that names a thing beside asking which track,
  /// with nothing after the thing: "kserve wich track?", "which track is kserve for",
  /// "ray serve, which track". Nil when the line has no such words or more than two clauses.
  static func conceptBesideWhichTrack(_ parsed: ParsedInput) -> [ConceptQuery]? {
    guard parsed.clauses.count <= 2, parsed.words.count <= besideWhichTrackLength else { return nil }
    let asked = parsed.words.indices.filter { place in
      isConceptWord(parsed, at: place) && !MatchPolicy.whichWords.contains(parsed.words[place])
        && !coveringAskedNouns.contains(parsed.words[place]) && !vagueWords.contains(parsed.words[place])
    }
    guard !asked.isEmpty, asked.count <= 3 else { return nil }
    return asked.map { ConceptQuery(word: parsed.words[$0], stem: parsed.stems[$0], asked: nil) }
  }

  /// How many words a line naming a thing beside "which track" has at most.
  static let besideWhichTrackLength = 7

  /// The concept words of a line after `place`, up to a word that turns to something else
  /// ("which track deals with cost, not which one i should pick"): its content words but those
  /// that are not the concept asked about (`notConceptWords`).
  static func conceptWords(_ parsed: ParsedInput, after place: Int) -> [ConceptQuery] {
    let words = parsed.words
    // Within the clause: "what does the source say about audit? like audit logs, who accessed
    // which model" asks about audit, not "audit audit logs accessed".
    let clauseEnd = parsed.clauses.first { $0.range.contains(place) }?.range.upperBound ?? words.count
    let end = words[(place + 1)..<clauseEnd].firstIndex(where: conceptStops.contains) ?? clauseEnd
    return conceptQueries(parsed, in: place + 1..<end)
  }

  /// The concept words (`isConceptWord`) at `range` of a line, as queries.
  static func conceptQueries(_ parsed: ParsedInput, in range: Range<Int>) -> [ConceptQuery] {
    range.filter { isConceptWord(parsed, at: $0) }.map { ConceptQuery(word: parsed.words[$0], stem: parsed.stems[$0], asked: nil) }
  }

  /// Words after which a question about a concept turns to something else.
  static let conceptStops: WordSet = ["not", "which", "instead", "rather"]

  /// The concept words of a first clause that opens as a follow-up ("what about governance",
  /// "and cost?"), or that names only concepts ("latency and token cost", "i mean latency and
  /// token cost"), before a clause that asks which track covers it; nil for any other line.
  func conceptOpeningTheLine(_ parsed: ParsedInput) -> [ConceptQuery]? {
    guard parsed.clauses.count > 1, let first = parsed.clauses.first else { return nil }
    let words = parsed.words[first.range]
    let fillers = words.prefix { DialogueAct.leadingFillers.contains($0) }.count
    let opener = Self.continuationOpening(words)?.count ?? (words.dropFirst(fillers).starts(with: ["i", "mean"]) ? 2 : 0)
    let range = first.range.lowerBound + fillers + opener..<first.range.upperBound
    let asked = Self.conceptQueries(parsed, in: range)
    // Without an opener, every word but function words must name a concept some track's parts
    // mention, and none a tool ("tgi and vllm, which track uses those" asks for the tools).
    let onlyConcepts = asked.count == range.filter { !parsed.classes[$0].contains(.functionWord) }.count
      && asked.allSatisfy { query in TrackID.allCases.contains { conceptStems.mentions(query.stem, for: $0) } }
      && coveringPlaces(of: asked.map(\.stem), word: "").allSatisfy { $0.factor != .tools && $0.intent != "tools" }
    return asked.isEmpty || opener == 0 && !onlyConcepts ? nil : asked
  }

  /// Whether the last of several clauses asks which track "that" is ("what about kubernetes
  /// operators, which track is that"): what the line opened with.
  static func endsAskingWhichTrackThatIs(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last else { return false }
    let words = parsed.words[last.range].drop(while: DialogueAct.leadingFillers.contains)
    return whichTrackThatOpenings.contains { words.starts(with: $0) }
  }

  /// The concept words of a question where something fits ("where does rag evaluation fit",
  /// "what about agents? where do they fit"): those between "where" and the verb of
  /// belonging, none when only function words stand there; nil for any other line and for one
  /// where the asker fits ("where would someone like me fit?").
  static func askedWhereItFits(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard let clause = parsed.clauses.last(where: { words[$0.range].contains("where") }),
      !parsed.classes[clause.range].contains(.firstPerson), let place = words[clause.range].firstIndex(of: "where"),
      let verb = words[clause.range].indices.first(where: { $0 > place && fittingVerbs.contains(words[$0]) })
    else { return nil }
    return conceptQueries(parsed, in: place + 1..<verb)
  }

  /// The verbs of a question where something fits: "where does X fit".
  static let fittingVerbs: WordSet = ["fit", "fits", "sit", "sits", "belong", "belongs", "land", "lands"]

  /// Where the source mentions a concept: the first place of the first track whose part has
  /// it, saying which tracks' parts do (unless only one does and another is in focus, which
  /// the concept follow-up says); for one word no track's part has, where one has a related
  /// word; failing that, says so and offers the topics.
  mutating func answerCovering(_ asked: [ConceptQuery], parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply {
    // "Which track covers model governance?": "model", which every track mentions, tells them
    // apart no more than it finds governance in a sentence that only happens to say "model".
    let telling = asked.filter { query in !TrackID.allCases.allSatisfy { conceptStems.mentions(query.stem, for: $0) } }
    if asked.count > 1, !telling.isEmpty, telling.count < asked.count, !coveringPlaces(of: telling.map(\.stem), word: "").isEmpty {
      return answerCovering(telling, parsed: parsed, confidence: confidence, match: match)
    }
    let typed = asked.map(\.word).joined(separator: " ")
    // "kubeflow" is shown as the source spells the tool: "Kubeflow".
    let phrase = toolNames[typed]?.name ?? DisplayText.sanitized(typed, limit: 60)
    let hits = coveringPlaces(of: asked.map(\.stem), word: phrase)
    // "Which track deals with governance and audit?": failing all the words together, the
    // first of a list that the source has, alone.
    if hits.isEmpty, asked.count > 1, parsed.words.contains(where: { $0 == "and" || $0 == "or" }), let found = asked.first(where: { !coveringPlaces(of: [$0.stem], word: $0.word).isEmpty }) {
      return answerCovering([found], parsed: parsed, confidence: confidence, match: match)
    }
    // "Which track covers token costs?": failing one place with every word, the last of them
    // (the head of the phrase) where one track's part has each of them somewhere.
    if hits.isEmpty, asked.count > 1, let head = asked.last, TrackID.allCases.contains(where: { partHasEach(asked, of: $0) }) {
      return answerCovering([head], parsed: parsed, confidence: confidence, match: match)
    }
    guard let first = hits.first else {
      let rest = parser.parse(phrase).with(original: parsed.original)
      if asked.count == 1, let hit = conceptHit(rest) {
        return answerConcept(hit, parsed: parsed, confidence: confidence, match: match, movingFocus: true)
      }
      // "where does the doc mention prometheus?": a tool it does not name, which the advisor itself linked to a track.
      if asked.count <= Self.longestTerm, let reply = toolOutsideTheSource(asked.map(\.word), parsed: parsed, confidence: confidence, match: match) {
        return reply
      }
      if let reply = meaningOfATermNotNamed(asked.map(\.word), parsed: parsed, confidence: confidence, match: match) {
        return reply
      }
      return offeringTopics(Self.topicsOffered, question: Phrases.conceptNowhere(phrase, focus: nil), parsed: parsed,
        confidence: confidence, match: match)
    }
    // "which track uses Kubeflow?" asks of every track, whatever was in focus before.
    guard hits.count > 1 || state.focusTracks.isEmpty
      || MatchPolicy.asks(parsed.words, by: MatchPolicy.whichWords, about: Self.coveringAskedNouns)
    else {
      return answerConcept(first, parsed: parsed, confidence: confidence, match: match, movingFocus: true)
    }
    let same = hits.filter { $0.intent == first.intent && $0.factor == first.factor }.map(\.track)
    let others = hits.map(\.track).filter { !same.contains($0) }
    let reply = answer(first.intent, parsed: parsed, tracks: same, factor: .some(first.factor), confidence: confidence,
      match: match, lead: [.paragraph(Phrases.conceptFound(phrase, for: trackNames(same), elsewhere: trackNames(others)))])
    return asked.count == 1 ? withOtherPlaces(of: first, shownFor: same, parsed: parsed, in: reply) : reply
  }

  /// "What monitoring / observability does each track need", "monitoring for each of the 3?":
  /// a concept people ask of the tracks (a word of the related groups), asked of every track,
  /// naming none and no factor; for each track, where its parts mention the word, or else a
  /// related word (said to be the advisor's own reading); nil for any other line.
  mutating func conceptForEveryTrack(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.factor == nil, parsed.namesNothingOutside, Self.asksAboutEveryTrack(parsed.classes),
      DialogueAct.opensAsQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed),
      !parsed.classes.contains(where: { !$0.isDisjoint(with: Self.relatingClasses) }),
      let place = parsed.words.indices.first(where: { isAskedConcept(parsed, at: $0) })
    else { return nil }
    state.mention(TrackID.allCases)
    return reply(input: parsed.original, intent: KnownIntent.comparison, confidence: confidence,
      content: conceptAcross(parsed.words[place], tracks: TrackID.allCases))
  }

  /// For each of `tracks`, where its parts mention `asked`, or else a related word (said to be
  /// the advisor's own reading), or that they mention neither.
  func conceptAcross(_ asked: String, tracks: [TrackID]) -> AnswerContent {
    var content = AnswerContent(blocks: [], sourceIDs: [])
    for track in tracks {
      let name = knowledgeBase.vocabulary.track(track).name
      guard let found = conceptPlace(asked, for: track), let intent = knowledgeBase.intent(found.intent) else {
        content.blocks.append(.paragraph(Phrases.conceptMissingFor(asked, track: name)))
        continue
      }
      let lead = found.word == asked ? Phrases.conceptFound(asked, for: [name])
        : Phrases.conceptRelated(asked, found: found.word, track: name, focus: nil)
      content.append(AnswerContent(blocks: [.paragraph(lead)], sourceIDs: found.word == asked ? [] : [KnownSection.outside]))
      content.append(composer.content(for: intent, tracks: [track], factor: found.factor))
    }
    return content
  }

  /// The first place of a track's parts that mentions `asked`, or else one of its related words.
  func conceptPlace(_ asked: String, for track: TrackID) -> ConceptHit? {
    for word in [asked] + knowledgeBase.vocabulary.relatedWords(of: asked) {
      if let hit = coveringPlaces(of: [Stemmer.stem(word)], word: word).first(where: { $0.track == track }) { return hit }
    }
    return nil
  }

  /// "What about drift in llmops?", "do mlops and llmops cover governance?": a question that
  /// names tracks and one of the concepts people ask of them (a word of the vocabulary's
  /// related groups) that one or two tracks' parts of the source mention, none of them a
  /// named one, and no factor, topic or comparing word, is told so and answered where the
  /// source mentions it; nil for any other line (what the named track has, its own answers
  /// say).
  mutating func conceptOfTheNamedTracks(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    // "so aiops has nothing about prompts?" asks as well as "does aiops cover prompts?".
    guard !parsed.tracks.isEmpty, parsed.factor == nil, parsed.namesNothingOutside,
      DialogueAct.opensAsQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed) && !parsed.classes.contains(where: { $0.contains(.firstPerson) })
    else { return nil }
    let places = parsed.words.indices.filter { isAskedConcept(parsed, at: $0) }
    guard !places.isEmpty, Self.howToStart(parsed.words) == nil,
      // "i do IT support, nagios and zabbix monitoring. is aiops right for me?" asks whether it
      // suits them, and so does "… AIOps is the natural path for people like me. is that true?".
      !(Self.asksForThem(parsed.words) && parsed.clauses.contains { DialogueAct.opensAsYesNoQuestion(parsed.words[$0.range]) }),
      !Self.asksWhatATrackIsAbout(parsed.words), !parsed.classes.contains(where: { !$0.isDisjoint(with: Self.relatingClasses) }),
      let subject = specificSubject(parsed, at: places), !parsed.tracks.contains(where: { conceptStems.mentions(subject.stem, for: $0) }),
      policy.topicIntent(of: parsed) == nil
    else { return nil }
    state.mention(parsed.tracks)
    return answerCovering([subject], parsed: parsed, confidence: confidence, match: match)
  }

  /// Whether a track name is followed by "about": "isn't aiops about using ai for monitoring
  /// servers" asks what the track is about, not whether it has something.
  static func asksWhatATrackIsAbout(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { TrackID.named($0) != nil && $1 == "about" }
  }

  /// The word classes that relate tracks to each other rather than ask what one has.
  static let relatingClasses: WordClass = [.comparing, .sameness, .versus, .setsSideBySide]

  /// Whether the word at `place` is one of the concepts people ask of a track (a word of the
  /// vocabulary's related groups: drift, governance, cost, hallucinations…).
  func isAskedConcept(_ parsed: ParsedInput, at place: Int) -> Bool {
    askedConcepts.contains(parsed.words[place]) && Self.isConceptWord(parsed, at: place)
  }

  /// "Is guardrails / safety work llmops or aiops?": which of the tracks a yes/no question
  /// names, set as alternatives, has the thing it asks about (a word or two; directly, or a
  /// related word), answered where the first of them that does mentions it; nil for any other
  /// line, or when none of them does.
  mutating func whichOfTheNamedHas(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    let words = parsed.words
    guard parsed.tracks.count >= 2, parsed.classes.contains(.alternative), parsed.namesNothingOutside,
      DialogueAct.opensAsYesNoQuestion(words[...])
    else { return nil }
    let concept = words.indices.filter { place in
      !parsed.classes[place].contains(.functionWord) && TrackID.named(words[place]) == nil && !Self.notConceptWords.contains(words[place])
    }
    guard (1...2).contains(concept.count) else { return nil }
    let rest = parser.parse(concept.map { words[$0] }.joined(separator: " ")).with(original: parsed.original)
    guard let hit = conceptHit(rest, among: parsed.tracks) else { return nil }
    state.focusTracks = [hit.track]
    guard hit.asked == nil else { return answerConcept(hit, parsed: rest, confidence: confidence, match: match, movingFocus: true) }
    let lead = Phrases.conceptFound(hit.word, for: [knowledgeBase.vocabulary.track(hit.track).name])
    return answer(hit.intent, parsed: rest, tracks: [hit.track], factor: .some(hit.factor), confidence: confidence, match: match,
      lead: [.paragraph(lead)])
  }

  /// "Does llmops need kubernetes?", "do i need to know kubernetes for llmops roles": whether
  /// the source names something for the one track a yes/no question names, looked up as a
  /// concept follow-up with that track in focus (where it says so, where another track's part
  /// does, or that none does); nil for any other line.
  mutating func whetherATrackCovers(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    // "wouldnt aiops cover both tho?": whether it takes in the other tracks, where AIOps sits.
    if parsed.tracks.count == 1, Self.asksWhetherItTakesInTheOthers(parsed.words) {
      return answerIntent(KnownIntent.aiopsPosition, parsed: parsed, confidence: confidence, match: match, detections: [])
    }
    // "llmops roles" names the career factor; it says who needs the thing, not what is needed.
    guard parsed.tracks.count == 1, parsed.factor == nil || parsed.factor == .career, parsed.namesNothingOutside,
      let asked = Self.askedAsNeeded(parsed), (1...2).contains(asked.count)
    else { return nil }
    let words = parsed.words
    state.mention(parsed.tracks)
    let rest = parser.parse(asked.map { words[$0] }.joined(separator: " ")).with(original: parsed.original)
    if let hit = conceptHit(rest) { return answerConcept(hit, parsed: rest, confidence: confidence, match: match) }
    return conceptNowhere(rest, confidence: confidence, match: match)
  }

  /// Whether a covering verb has the other tracks for its object: "cover both", "include the
  /// other two", "covers all three", "encompass the others".
  static func asksWhetherItTakesInTheOthers(_ words: [String]) -> Bool {
    words.indices.contains { place in
      guard takingInVerbs.contains(words[place]) else { return false }
      let object = Array(words[(place + 1)...].prefix(3))
      return object.first == "both" || othersPhrases.contains { object.starts(with: $0) }
    }
  }

  /// The verbs of one track taking in others.
  static let takingInVerbs: WordSet = [
    "cover", "covers", "include", "includes", "contain", "contains", "encompass", "encompasses", "span", "spans",
    "subsume", "subsumes",
  ]

  /// The other tracks as an object: "the other two", "the others", "all three", "the rest".
  static let othersPhrases: [[String]] = [
    ["the", "other", "two"], ["the", "others"], ["all", "three"], ["all", "3"], ["the", "rest"], ["the", "other", "tracks"],
  ]

  /// The places of what a question asks a track to need: the content words after a needing
  /// verb of a yes/no question ("does llmops need kubernetes"), or before a word of necessity
  /// in one that asks whether or how much something is needed ("is docker required for
  /// llmops", "how important is kubernetes in mlops", "why is python essential for mlops");
  /// nil for any other line.
  static func askedAsNeeded(_ parsed: ParsedInput) -> [Int]? {
    let words = parsed.words
    let isQuestion = DialogueAct.opensAsYesNoQuestion(words[...])
    let asked = { (place: Int) in
      !parsed.classes[place].contains(.functionWord) && TrackID.named(words[place]) == nil
        && !notConceptWords.contains(words[place]) && !necessityWords.contains(words[place])
        && !vagueWords.contains(words[place]) && !words[place].allSatisfy(\.isNumber)
    }
    // "Does llmops deal with drift?" asks it of the track; "do i deal with…" would tell.
    let verbs = words.dropFirst().first.map { TrackID.named($0) != nil } == true ? coveringVerbs : needingVerbs
    // "Is llmops its own discipline": "own" after a possessive is no verb.
    if isQuestion, let verb = words.indices.first(where: { verbs.contains(words[$0]) && !($0 > 0 && ownersOfOwn.contains(words[$0 - 1])) }) {
      // Up to the end of the verb's clause: "does llmops cover guardrails at all? like prompt
      // injection defenses" asks about guardrails.
      let end = parsed.clauses.first { $0.range.contains(verb) }?.range.upperBound ?? words.endIndex
      return (verb + 1..<end).filter(asked)
    }
    if let belonging = askedAsBelonging(words) { return belonging.filter(asked) }
    guard isQuestion || words.first == "how" || words.first == "why",
      let necessity = words.firstIndex(where: necessityWords.contains)
    else { return nil }
    return words.indices.filter { $0 != 0 && $0 != necessity && asked($0) }
  }

  /// The places of what a question asks to be part of a track, between its opening "is" and
  /// the first word of belonging or track name after it, when a word of belonging is that word
  /// or the next: "is drift part of llmops", "is hallucination an llmops thing", "are agents
  /// under aiops" ("is that the same aiops as in your source" asks something else); nil for
  /// any other line.
  static func askedAsBelonging(_ words: [String]) -> Range<Int>? {
    // "Is there a career in aiops" asks whether something exists, not what belongs.
    guard let first = words.first, ["is", "are", "isnt", "arent"].contains(first), words.dropFirst().first != "there",
      let end = words.indices.dropFirst().first(where: { belongingWords.contains(words[$0]) || TrackID.named(words[$0]) != nil }),
      end > 1, words[end...].prefix(2).contains(where: belongingWords.contains)
    else { return nil }
    return 1..<end
  }

  /// The words that ask whether something belongs to a track: "part of", "an llmops thing",
  /// "covered in", "under aiops".
  static let belongingWords: WordSet = [
    "part", "thing", "covered", "included", "under", "in", "within", "topic", "concern", "used", "considered",
  ]

  /// The words before "own" that make it no verb ("its own", "their own").
  static let ownersOfOwn: WordSet = ["its", "their", "my", "our", "your", "his", "her"]

  /// Words that ask whether something is needed: "is docker required for llmops".
  static let necessityWords: WordSet = [
    "required", "needed", "necessary", "important", "essential", "crucial", "mandatory", "prerequisite",
  ]

  /// The verbs that ask whether a track needs or takes in something: the covering verbs but
  /// those people use of their own work ("i also handle the governance side").
  static let needingVerbs = coveringVerbs.subtracting(["handle", "handles", "deal", "deals", "own", "owns"])

  /// The row of the comparison that a comparison asked on a concept shows ("how do the three
  /// compare on governance" → the main focus row, where AIOps lists governance; "how does
  /// evaluation differ between mlops and llmops" → the same row, where LLMOps lists it): the
  /// first row, in the table's order, whose cell for some track has the one word the line
  /// compares on (see `comparedWords`); nil when the line names a factor or no row has the word.
  func comparedOnConcept(_ parsed: ParsedInput) -> FactorID? {
    guard parsed.factor == nil else { return nil }
    let asked = Self.comparedWords(parsed)
    guard asked.count == 1, let stem = asked.first.map({ parsed.stems[$0] }) else { return nil }
    let rows = TrackID.allCases.flatMap { comparisonRows(with: stem, for: $0) }
    return FactorID.allCases.first(where: rows.contains)
  }

  /// The rows a comparison on factors names: the factors named by their words, then, for each
  /// other word it is asked on ("compare … on …"), the first row whose cell for some track has it ("compare them on
  /// governance and tools": the tools row, then the main focus row, where AIOps lists governance).
  func rowsNamed(_ parsed: ParsedInput) -> [FactorID] {
    var rows = parsed.factors
    // Only a comparison asked on what follows "on": "is vLLM worth learning" compares on nothing.
    guard parsed.classes.contains(.comparing), parsed.words.contains("on") else { return rows }
    for place in Self.comparedWords(parsed) where !Self.vagueWords.contains(parsed.words[place]) {
      let found = TrackID.allCases.flatMap { comparisonRows(with: parsed.stems[place], for: $0) }
      if let row = FactorID.allCases.first(where: found.contains), !rows.contains(row) { rows.append(row) }
    }
    return rows
  }

  /// The rows of the comparison whose cell for `track` has a word of stem `stem`.
  func comparisonRows(with stem: String, for track: TrackID) -> [FactorID] {
    conceptStems.places(for: track).filter { $0.intent == KnownIntent.comparison && $0.stems.contains(stem) }.compactMap(\.factor)
  }

  /// The names of `tracks`, as the vocabulary spells them.
  func trackNames(_ tracks: [TrackID]) -> [String] {
    tracks.map { knowledgeBase.vocabulary.track($0).name }
  }

  /// Before the row a comparison asked on a concept shows ("compare them on cost"), which of
  /// the tracks compared have the concept in that row, when some do not; none when all do, or
  /// the source says every track deals with it (monitoring).
  func comparedConceptLead(_ parsed: ParsedInput, factor: FactorID, tracks named: [TrackID]) -> [Block] {
    guard let place = Self.comparedWords(parsed).first, !isShared(parsed.words[place]) else { return [] }
    let (stem, tracks) = (parsed.stems[place], named.isEmpty ? TrackID.allCases : named)
    let inRow = { (track: TrackID) in self.comparisonRows(with: stem, for: track).contains(factor) }
    let having = tracks.filter(inRow)
    guard having.count < tracks.count else { return [] }
    let word = DisplayText.sanitized(parsed.words[place], limit: 40)
    guard !having.isEmpty else {
      // "compare them on cost" after AIOps and MLOps: neither has it; LLMOps does.
      let others = TrackID.allCases.filter { !tracks.contains($0) && inRow($0) }
      return tracks.count > 1 ? [.paragraph(Phrases.conceptForNone(word, of: trackNames(tracks), but: trackNames(others)))] : []
    }
    return [.paragraph(Phrases.conceptOnlyFor(word, trackNames(having), not: trackNames(tracks.filter { !having.contains($0) })))]
  }

  /// Whether a line asks what the source leaves out ("what does it NOT cover?", "what topics is
  /// your source silent on", "what's missing from the doc"), naming no track, row or topic.
  static func asksWhatItLeavesOut(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard words.contains("what") || words.contains("which"), parsed.tracks.isEmpty, parsed.factor == nil,
      parsed.namesNothingOutside
    else { return false }
    // "you didnt answer, what do i actually monitor" complains, then asks something else: the
    // words that leave out come after "what" or "which" in its clause.
    return parsed.clauses.contains { clause in
      guard let asking = clause.range.first(where: { words[$0] == "what" || words[$0] == "which" }) else { return false }
      let asked = Array(words[asking..<clause.range.upperBound])
      return zip(asked, asked.dropFirst()).contains { $0 == "not" && leavingOutVerbs.contains($1) }
        || leavingOutPhrases.contains(where: asked.containsRun)
          && (words.contains(where: sourceNouns.contains) || words.contains("it") || words.contains("you"))
    }
  }

  /// The verbs that, after "not", ask what the source leaves out ("what does it not cover").
  static let leavingOutVerbs: WordSet = [
    "cover", "covers", "include", "includes", "mention", "address", "discuss", "answer", "say", "tell", "talk",
  ]

  /// The words that ask what the source leaves out.
  static let leavingOutPhrases: [[String]] = [
    ["leave", "out"], ["leaves", "out"], ["left", "out"], ["silent", "on"], ["missing"], ["gaps"], ["skip"], ["skips"],
    ["omit"], ["omits"], ["ignore"], ["ignores"],
  ]

  /// What the source leaves out: the topics it says nothing about, then the fields next door
  /// it does not name, each as the vocabulary calls it.
  mutating func whatItLeavesOut(_ parsed: ParsedInput, confidence: Double) -> Reply {
    let neighbours = knowledgeBase.vocabulary.neighbours
    let topics = neighbours.filter(\.isTopic).map(\.name)
    let fields = neighbours.filter { !$0.isTopic && $0.within == nil }.map(\.name)
    let blocks: [Block] = [
      .paragraph(Phrases.leftOutTopics), .bullets(topics), .paragraph(Phrases.leftOutFields(fields)),
    ]
    return reply(input: parsed.original, intent: KnownIntent.about, confidence: confidence, content: AnswerContent(blocks: blocks, sourceIDs: []))
  }

  /// Where the words a comparison is asked on are: the content words after the last "on" (or
  /// "in terms of"), or else every content word that names no track, does not compare, is no
  /// courtesy ("compare cost please" → "cost") and is no concept ("which should i learn").
  static func comparedWords(_ parsed: ParsedInput) -> [Int] {
    let words = parsed.words
    let content = { (place: Int) in !parsed.classes[place].contains(.functionWord) }
    if let on = words.lastIndex(where: { $0 == "on" || $0 == "of" }), on > 0,
      words[on] == "on" || words[..<on].suffix(2).elementsEqual(["in", "terms"]) {
      return (on + 1..<words.count).filter(content)
    }
    return words.indices.filter { place in
      content(place) && !parsed.classes[place].contains(.comparing) && !parsed.classes[place].contains(.trackName)
        && !comparingWords.contains(words[place]) && !notConceptWords.contains(words[place])
    }
  }

  /// Words that ask how things differ, or add only courtesy, beside the comparing word class.
  static let comparingWords: WordSet = [
    "differ", "differs", "different", "difference", "differences", "please", "pls", "plz", "exactly",
  ]

  /// Whether some track's part of the source has all of `stems` in one place.
  func someTrackMentions(_ stems: [String]) -> Bool {
    let places = conceptStems
    return TrackID.allCases.contains { track in places.places(for: track).contains { place in stems.allSatisfy(place.stems.contains) } }
  }

  /// Whether each concept is somewhere in a track's part of the source, not necessarily in one
  /// place.
  func partHasEach(_ asked: [ConceptQuery], of track: TrackID) -> Bool {
    let stems = conceptStems
    return asked.allSatisfy { stems.mentions($0.stem, for: track) }
  }

  /// The first place of each track whose stems include all of `stems`, the tracks in the seed's
  /// order but any whose kind of system `word` names first.
  func coveringPlaces(of stems: [String], word: String) -> [ConceptHit] {
    let places = conceptStems
    // "which track covers llm stuff": the track whose kind of system the word names comes first.
    let lowered = word.lowercased()
    let ownedBy = TrackID.allCases.filter { knowledgeBase.vocabulary.track($0).domain.contains(lowered) }
    return (ownedBy + TrackID.allCases.filter { !ownedBy.contains($0) }).compactMap { track in
      unseenFirst(places.places(for: track), track: track).first { place in stems.allSatisfy(place.stems.contains) }
        .map { ConceptHit(track: track, intent: $0.intent, factor: $0.factor, word: word, asked: nil) }
    }
  }

  /// The content words after the verb of a line that asks which track, or whether any track,
  /// covers something ("which track deals with prompt versioning", "does any of them include
  /// drift?"), none when only function words follow it ("which track covers that"); nil for
  /// any other line.
  static func coveredConcept(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard let asker = words.indices.dropLast().first(where: { coveringAskers.contains(words[$0]) && coveringAskedNouns.contains(words[$0 + 1]) })
    else { return nil }
    // The verb is in the clause that asks: "I've been asked to own the model… which track
    // should I do now?" asks for no concept.
    let clause = parsed.clauses.first { $0.range.contains(asker) }?.range ?? words.indices
    if let verb = words[clause].firstIndex(where: coveringVerbs.contains) { return conceptWords(parsed, after: verb) }
    guard let noun = words.firstIndex(where: coveringAskedNouns.contains) else { return nil }
    // "which track is kubeflow in", "which one is drift part of": what belongs follows "is".
    if let last = words.last, ["in", "under", "of"].contains(last),
      let be = words.indices.first(where: { $0 > noun && ["is", "are"].contains(words[$0]) })
    {
      return conceptWords(parsed, after: be)
    }
    // "which track does drift fall under": what belongs stands before the verb.
    guard let verb = words.indices.first(where: { $0 > noun && belongingVerbs.contains(words[$0]) }) else { return nil }
    return conceptWords(parsed, after: noun).filter { query in words[noun..<verb].contains(query.word) }
  }

  /// The concept words of a question about what the source says of something: "does the
  /// source say anything about reproducibility?", "what does the source mean by enterprise
  /// AI controls": those after the first "about", "by", "on" or "of" after the saying verb
  /// (or after the verb); nil for any other line.
  static func askedOfTheSource(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    if let anywhere = askedWhetherItIsAnywhere(parsed) { return anywhere }
    // "does it mention access control": "it" before a saying verb is the source too.
    // "where does it mention prometheus": so is "it" after "where does".
    let itAt = words.starts(with: ["where", "does"]) ? 2 : 1
    let itSays = words.count > itAt + 2 && (DialogueAct.opensAsYesNoQuestion(words[...]) || itAt == 2) && words[itAt] == "it"
      && (sayingVerbs.contains(words[itAt + 1]) || namingVerbs.contains(words[itAt + 1]))
    guard let source = itSays ? itAt : words.firstIndex(where: sourceNouns.contains),
      DialogueAct.opensAsYesNoQuestion(words[...]) || MatchPolicy.whichWords.contains(words[0]) || words[0] == "how"
        || words[0] == "where"
    else { return nil }
    guard let verb = words.indices.first(where: { $0 > source && sayingVerbs.contains(words[$0]) }) else {
      return askedBeforeTheSource(parsed, source: source)
    }
    let preposition = words.indices.first { $0 > verb && ["about", "by", "on", "of"].contains(words[$0]) }
    return conceptWords(parsed, after: preposition ?? verb).filter { !vagueWords.contains($0.word) }
  }

  /// The last clause of a line of several, read alone, when it asks with a verb of saying or
  /// naming and the first clause asks nothing ("that doesnt answer my question. does it mention
  /// access control or not?"); nil otherwise, before any parsing (most lines of several clauses
  /// ask no such thing).
  func askingClauseAlone(_ parsed: ParsedInput) -> ParsedInput? {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last, let first = parsed.clauses.first,
      parsed.words[last.range].contains(where: { Self.sayingVerbs.contains($0) || Self.namingVerbs.contains($0) }),
      last.asked || DialogueAct.opensAsYesNoQuestion(parsed.words[last.range]), !parsed.asks(first)
    else { return nil }
    return parser.parse(last.text).with(original: parsed.original)
  }

  /// The concept words of a yes/no question whether something is anywhere in the source: "is
  /// spark mentioned anywhere", "is spark in there anywhere", "does it name kubernetes
  /// anywhere": those before "anywhere" but the verb; nil for any other line.
  static func askedWhetherItIsAnywhere(_ parsed: ParsedInput) -> [ConceptQuery]? {
    if let inAny = askedWhetherAnyHasIt(parsed) { return inAny }
    guard let anywhere = parsed.words.firstIndex(of: "anywhere"),
      let clause = parsed.clauses.first(where: { $0.range.contains(anywhere) }),
      DialogueAct.opensAsYesNoQuestion(parsed.words[clause.range])
    else { return nil }
    return conceptQueries(parsed, in: clause.range.lowerBound + 1..<anywhere).filter { query in
      !sayingVerbs.contains(query.word) && !namingVerbs.contains(query.word) && !vagueWords.contains(query.word)
        && !sourceNouns.contains(query.word)
    }
  }

  /// "is governance its own track or just part of aiops", "is evaluation a separate track?":
  /// that the source has three tracks and no such one, then where it mentions the concept; nil
  /// for any other line, or one asking so of a field next door ("is agentops a separate track").
  mutating func conceptAskedAsATrack(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.namesNothingOutside, let asked = Self.conceptAskedAsATrack(parsed) else { return nil }
    let phrase = DisplayText.sanitized(asked.map(\.word).joined(separator: " "), limit: 60)
    return answerCovering(asked, parsed: parsed, confidence: confidence, match: match)
      .inserting([.paragraph(Phrases.noSuchTrack(phrase))], at: 0)
  }

  /// The concept words between an opening "is" and "its own track", "a separate track" or "a
  /// track of its own"; nil for any other line, and for words that name a track.
  static func conceptAskedAsATrack(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard words.first == "is", let noun = words.firstIndex(where: { $0 == "track" || $0 == "discipline" }), noun >= 3,
      ["own", "separate"].contains(words[noun - 1]) || words[noun - 1] == "a" && words[(noun + 1)...].starts(with: ["of", "its", "own"])
    else { return nil }
    let end = words[noun - 1] == "a" ? noun - 1 : noun - 2
    guard end > 1, !words[1..<end].contains(where: { TrackID.named($0) != nil }) else { return nil }
    let asked = conceptQueries(parsed, in: 1..<end).filter { !vagueWords.contains($0.word) }
    return asked.isEmpty ? nil : asked
  }

  /// The concept words of "is kafka in any of them", "is triton in any of the tool lists",
  /// "is dbt in there": between the opening "is" and an "in" before "any", "there", "them" or
  /// "these"; nil for any other line.
  static func askedWhetherAnyHasIt(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard let inPlace = words.firstIndex(of: "in"), inPlace + 1 < words.count, placesOfEveryTrack.contains(words[inPlace + 1])
    else { return nil }
    return conceptsAskedIn(parsed, before: inPlace)
  }

  /// The concept words between an opening "is" or "are" and the "in" at `inPlace` ("is kserve
  /// in the doc?", "is kafka in any of them"); nil for a line that opens otherwise.
  static func conceptsAskedIn(_ parsed: ParsedInput, before inPlace: Int) -> [ConceptQuery]? {
    guard let first = parsed.words.first, first == "is" || first == "are", inPlace > 1 else { return nil }
    return conceptQueries(parsed, in: 1..<inPlace).filter { !vagueWords.contains($0.word) }
  }

  /// Words after "in" that stand for every track's part: "in any of them", "in there".
  static let placesOfEveryTrack: WordSet = ["any", "there", "them", "these", "those", "either"]

  /// The verbs that ask whether the source names something: "does it list kubernetes anywhere".
  static let namingVerbs: WordSet = ["name", "names", "list", "lists", "include", "includes", "show", "shows"]

  /// The concept words of a question that names what it asks before the source: "what does
  /// governance mean in the source", "is event correlation mentioned anywhere in your doc":
  /// those between the opening and the saying verb; nil when no such verb stands before it.
  /// So are those of "is kserve in the doc?", "is datadog in your source at all": between the
  /// opening "is" and the "in" before the source.
  static func askedBeforeTheSource(_ parsed: ParsedInput, source: Int) -> [ConceptQuery]? {
    guard let verb = parsed.words[..<source].firstIndex(where: sayingVerbs.contains) else {
      guard let inPlace = parsed.words[..<source].lastIndex(of: "in"), source - inPlace <= 2 else { return nil }
      return conceptsAskedIn(parsed, before: inPlace)
    }
    return conceptWords(parsed, after: 0).filter { $0.word != parsed.words[0] && parsed.words[..<verb].contains($0.word) }
      .filter { !vagueWords.contains($0.word) }
  }

  /// The concept words of a question whether some track has a project, tool, skill or role
  /// about something: "is there a project in any track about cost dashboards", "are there
  /// tools for tracing": those after "about", "on", "for" or "with"; nil for any other line.
  static func askedWhetherThereIsOne(_ parsed: ParsedInput) -> [ConceptQuery]? {
    let words = parsed.words
    guard words.count > 4, ["is", "are"].contains(words[0]), words[1] == "there",
      let noun = words[2...].prefix(3).firstIndex(where: thingsATrackHas.contains),
      let preposition = words.indices.first(where: { $0 > noun && ["about", "on", "for", "with"].contains(words[$0]) })
    else { return nil }
    return conceptWords(parsed, after: preposition).filter { !vagueWords.contains($0.word) }
  }

  /// What a track's part of the source lists, asked after "is there a".
  static let thingsATrackHas: WordSet = ["project", "projects", "tool", "tools", "skill", "skills", "career", "course", "courses"]

  /// The words for the source a question asks about.
  static let sourceNouns: WordSet = ["source", "document", "doc", "page", "comparison", "article", "writeup", "tracks"]

  /// The verbs that ask what the source says.
  static let sayingVerbs: WordSet = [
    "say", "says", "said", "mention", "mentions", "talk", "talks", "mean", "means", "define", "defines", "cover", "covers",
    "mentioned", "covered", "defined", "discussed",
  ]

  /// Words that stand for what is asked without naming it: "anything about".
  static let vagueWords: WordSet = [
    "anything", "something", "much", "lot", "all", "specifically", "precisely", "exactly", "each", "both", "tho", "though",
  ]

  /// The verbs of belonging, after what belongs: "which track does agentops belong to".
  static let belongingVerbs: WordSet = ["belong", "belongs", "fall", "falls", "sit", "sits", "go", "goes"]

  /// Content words of a question about a concept that are not the concept: how much ("which
  /// track cares most about cost"), who needs it ("for llmops roles"), or vague ("guardrails
  /// work", "kinda").
  static let notConceptWords: WordSet = [
    "with", "most", "more", "mostly", "much", "really", "actually", "also", "know", "learn", "role", "roles", "job", "jobs",
    "engineers", "work", "stuff", "thing", "things", "either", "feels", "like", "could", "kinda", "part", "side",
    "track", "tracks", "path", "paths", "wrong", "right", "picking", "choosing", "again", "choose", "pick", "decide", "buy",
    // Light verbs say nothing of a concept: "how long would that take" (the source has "what it
    // really takes").
    "take", "takes", "taking", "took", "make", "makes", "making", "get", "gets", "getting", "go", "goes", "keep", "keeps",
    "keeping", "kept",
    // "which path makes sense" asks which to take.
    "sense",
    // Words placing a thing in a track: "does drift monitoring belong to mlops or aiops?".
    "belong", "belongs", "fall", "falls", "sit", "sits", "fit", "fits", "count", "counts", "considered", "under",
    // The source itself is no concept in it: "is that from your source or just you?".
    "source", "sources", "doc", "document", "opinion",
    // Words asking whether the source names something: "does kafka appear anywhere".
    "appear", "appears", "mentioned", "anywhere", "even",
    // Someone hired for a track: "do we need an aiops person at all or is that overkill".
    "person", "someone", "somebody", "guy", "hire", "overkill",
  ]

  /// The concept the answer just before looked up ("what about agents?"), for a line that
  /// points back at it ("which track covers that"); nil otherwise.
  func lastConceptPointedAt(_ parsed: ParsedInput) -> [ConceptQuery]? {
    guard parsed.classes.contains(.pointsAtOne), let last = state.lastConcept, last.turn == state.turn - 1 else { return nil }
    return [ConceptQuery(word: last.word, stem: Stemmer.stem(last.word), asked: nil)]
  }

  /// Words that make a line about the person's own work ("which track covers most of my work").
  static let possessives: WordSet = ["my", "our", "mine", "ours"]

  /// The words that ask which track, whether any, or how each covers something.
  static let coveringAskers: WordSet = ["which", "what", "any", "each", "every"]

  /// The words for a track after "which", "what" or "any" in a question about what it covers.
  static let coveringAskedNouns: WordSet = ["track", "tracks", "one", "ones", "of", "path", "paths"]

  /// The verbs that ask what a track covers.
  static let coveringVerbs: WordSet = [
    "cover", "covers", "include", "includes", "handle", "handles", "deal", "deals", "involve", "involves", "mention",
    "mentions", "own", "owns", "address", "addresses", "need", "needs", "require", "requires", "use", "uses",
    "care", "cares", "focus", "focuses", "value", "values", "emphasise", "emphasises", "emphasize", "emphasizes",
  ]
}
