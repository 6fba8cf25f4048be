/// Requests about the answer itself rather than a topic, read before the matcher's decision is
/// acted on: what the tracks share, a short version, a check of what the asker believes of
/// their own track, and whether news changes the recommendation given.
extension Advisor {
  /// What a question asks the tracks have in common ("what do they have in common", "is
  /// there overlap between mlops and llmops"), or what carries over from one to another
  /// ("which of my skills transfer?", "how do my existing skills map over?"): the FAQ on
  /// LLMOps and MLOps when those two are named, else why the tracks get mixed up (see
  /// `sharedBetween` for the tracks in focus); nil for any other line. It reads the line
  /// alone, as it runs while lines are prepared ahead of the conversation.
  static func asksWhatTheyShare(_ parsed: ParsedInput) -> IntentID? {
    let words = parsed.words
    guard parsed.namesNothingOutside, parsed.factor == nil,
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed),
      words.contains(where: sharingWords.contains) || asksWhatCarriesOver(parsed)
        || zip(words, words.dropFirst()).contains(where: { $0 == "in" && $1 == "common" })
    else { return nil }
    return Set(parsed.tracks) == [.mlops, .llmops] ? KnownIntent.llmopsVersusMLOps : KnownIntent.confusion
  }

  /// Whether a line asks what carries over ("transfer", "carry over", "map over"), or whether
  /// one person can do both ("can ONE candidate cover both mlops and llmops").
  static func asksWhatCarriesOver(_ parsed: ParsedInput) -> Bool {
    // The phrases are looked for only in lines with their last word ("over", "both").
    parsed.words.contains(where: carryingWords.contains)
      || parsed.words.contains("over") && carryingPhrases.contains(where: parsed.words.containsRun)
      || parsed.words.contains("both") && onePersonPhrases.contains(where: parsed.words.containsRun)
  }

  /// One person for two tracks' work: "one person", "the same engineer".
  static let onePersonPhrases: [[String]] = [
    ["one", "person"], ["one", "candidate"], ["one", "engineer"], ["one", "hire"], ["same", "person"], ["same", "engineer"],
  ]

  /// For a line `asksWhatTheyShare` read as why the tracks get mixed up, naming no track: the
  /// FAQ on LLMOps and MLOps when those two are in focus, or, for what carries over, where
  /// their work points and where they said they want to go; nil otherwise.
  func sharedBetween(_ parsed: ParsedInput, decision: MatchPolicy.Decision) -> IntentID? {
    // The line is read again only when it was decided so, not at every turn.
    guard parsed.tracks.isEmpty, decision == .answer(KnownIntent.confusion), Self.asksWhatTheyShare(parsed) == KnownIntent.confusion
    else { return nil }
    var tracks = Set(state.focusTracks)
    if Self.asksWhatCarriesOver(parsed), let aspiration = state.aspiration, let today = state.profile.clearLeader {
      tracks = [aspiration.track, today]
    }
    return tracks == [.mlops, .llmops] ? KnownIntent.llmopsVersusMLOps : nil
  }

  /// Whether a question asks if AIOps is IT operations work ("is aiops the thing where ML
  /// detects incidents in your logs? thats what my manager thinks", "i work in a NOC … vendor
  /// demo kept saying AIOps will fix this. is that what aiops is?"): it names AIOps alone and
  /// IT-operations signals, and a clause naming AIOps asks yes or no of no one's own work. The
  /// two meanings of AIOps answer it.
  static func asksWhetherAIOpsIsITOperations(_ parsed: ParsedInput, _ detections: [SignalDetector.Detection]) -> Bool {
    guard parsed.tracks == [.aiops], detections.contains(where: { $0.signal.itOperations }) else { return false }
    // "wait whats aiops actually? isnt that the it monitoring thing w splunk": "that" is AIOps.
    return parsed.clauses.contains { clause in
      let words = parsed.words[clause.range]
      let namesAIOps = words.contains(TrackID.aiops.rawValue)
        || parsed.classes[clause.range].prefix(3).contains { $0.contains(.pointsAtOne) }
      return DialogueAct.opensAsYesNoQuestion(words) && namesAIOps
        && !parsed.classes[clause.range].contains { $0.contains(.firstPerson) }
    }
  }

  /// Whether a line asks to have what they think of their own track checked ("pretty sure im
  /// mlops but double checking", "so am i right?").
  static func asksWhetherTheyAreRight(_ parsed: ParsedInput) -> Bool {
    checkingPhrases.contains(where: parsed.words.containsRun)
  }

  /// Whether a line only doubts the last answer: "are you sure?", "really?", "is that right?",
  /// "are you sure its mlops and not llmops for me?". Tracks it names must include one in
  /// focus or the one recommended ("is that right for aiops?" asks about another).
  static func doubtsIt(_ parsed: ParsedInput, inPlay: [TrackID]) -> Bool {
    let words = DialogueAct.afterFillers(parsed.words)
    guard !words.isEmpty, words.count <= 10, parsed.tracks.isEmpty || parsed.tracks.contains(where: inPlay.contains) else { return false }
    if words.count == 1, let word = words.first { return soleDoubtingWords.contains(word) }
    return doubtingPhrases.contains { words.starts(with: $0) }
  }

  /// Whether a line asks what changed the recommendation: "what changed", "what changed
  /// since ur first pick", "why did it change", "why the change".
  static func asksWhatChanged(_ parsed: ParsedInput) -> Bool {
    parsed.words.count <= 10 && parsed.tracks.isEmpty && DialogueAct.opens(parsed.words, withAnyOf: changePhrases)
  }

  /// The openings of a question about what changed the recommendation.
  static let changePhrases: [[String]] = [
    ["what", "changed"], ["why", "did", "it", "change"], ["why", "did", "that", "change"], ["why", "the", "change"],
    ["why", "did", "you", "change"], ["what", "made", "you", "change"], ["why", "did", "the", "recommendation", "change"],
  ]

  /// What changed the recommendation: the track it went from, with what it rested on, and what
  /// was said since for the track recommended now.
  mutating func whatChanged(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard let now = state.lastRecommendation, let before = state.replacedRecommendation, before.track != now.track else { return nil }
    let names = knowledgeBase.vocabulary
    let (was, current) = (names.track(before.track).name, names.track(now.track).name)
    var content = AnswerContent(blocks: [.paragraph(Phrases.recommendationWentFrom(was, to: current))], sourceIDs: [])
    let since = now.evidence.filter { item in !before.evidence.contains { $0.words == item.words && $0.phrase == item.phrase } }
    content.blocks.append(.paragraph(before.evidence.isEmpty ? Phrases.restedOnNoWords(was) : Phrases.itRestedOn(was)))
    content.blocks.append(.bullets(Self.saidItems(before.evidence)))
    content.blocks.append(.paragraph(Phrases.nowPointsTo(current)))
    content.blocks.append(.bullets(Self.saidItems(since)))
    content.cite((before.evidence + since).map(\.source))
    return reply(input: parsed.original, intent: KnownIntent.why, confidence: confidence, tracks: [now.track], content: content)
  }

  /// Evidence as points, one per clause said: their words, then the phrases that counted
  /// when those are not the whole of them.
  static func saidItems(_ evidence: [Profile.Evidence]) -> [String] {
    var clauses: [(words: String, phrases: [String])] = []
    for item in evidence {
      if let at = clauses.firstIndex(where: { $0.words == item.words }) {
        clauses[at].phrases.append(item.phrase)
      } else {
        clauses.append((item.words, [item.phrase]))
      }
    }
    return clauses.map { clause in
      let quoted = "\"\(clause.words)\""
      guard clause.phrases != [clause.words.lowercased()] else { return quoted }
      return quoted + " (" + clause.phrases.map { Phrases.quoted(evidence: $0) }.joined(separator: ", ") + ")"
    }
  }

  /// Whether a line asks how sure the recommendation is: "how confident are you", "how sure
  /// are you about mlops for me?", or, in a question naming no factor, a word of doubt said of
  /// the advisor or its pick ("what r u unsure about here? like where could u be wrong about
  /// me", "what parts of ur recommendation are shaky?").
  static func asksHowSure(_ parsed: ParsedInput) -> Bool {
    if parsed.words.count <= 12 && DialogueAct.opens(parsed.words, withAnyOf: sureWords) { return true }
    guard parsed.words.count <= 20, parsed.words.contains(where: doubtWords.contains), parsed.factor == nil,
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed)
    else { return false }
    // "are you sure mlops covers drift?" disputes a fact; "… that i'm llmops" asks of them.
    return parsed.words.contains { $0 == "you" || $0 == "your" || verdictNouns.contains($0) }
      && (parsed.tracks.isEmpty || parsed.classes.contains { $0.contains(.firstPerson) })
  }

  /// Words of doubt that, said of the advisor or its pick, ask how sure it is.
  static let doubtWords: WordSet = ["unsure", "uncertain", "uncertainty", "shaky", "wrong", "doubts", "confident", "certain"]

  /// Words that name the advisor's pick: "what parts of ur recommendation are shaky".
  static let verdictNouns: WordSet = ["recommendation", "pick", "verdict", "reasoning"]

  /// The openings of a question about how sure the recommendation is.
  static let sureWords: [[String]] = [
    ["how", "confident"], ["how", "sure"], ["how", "certain"], ["how", "strong", "is"], ["how", "solid", "is"],
    ["what", "is", "your", "confidence"], ["whats", "your", "confidence"],
  ]

  /// How sure the recommendation, or before one the leaning, is: what it rests on, how far it
  /// leads and what of it is thin, as the advisor's own reading; with nothing told, that there
  /// is nothing to be sure of yet.
  mutating func howSure(_ parsed: ParsedInput, confidence: Double) -> Reply {
    let profile = state.profile
    guard let track = state.lastRecommendation?.track ?? profile.ranked.first.flatMap({ profile.score($0) > 0 ? $0 : nil }) else {
      return reply(input: parsed.original, intent: KnownIntent.why, confidence: confidence,
        content: AnswerContent(blocks: [.paragraph(Phrases.nothingToBeSureOf)], sourceIDs: []))
    }
    let names = knowledgeBase.vocabulary
    let scores = profile.ranked.map { "\(names.track($0).name) \(ReplyJSON.number(profile.score($0)))" }.joined(separator: ", ")
    let items = profile.evidence(for: track).count
    let text = Phrases.howSure(names.track(track).name, recommended: state.lastRecommendation != nil,
      clear: profile.clearLeader == track, scores: scores, items: items)
    var blocks: [Block] = [.paragraph(text)]
    let thin = thinEvidence(for: track)
    if !thin.isEmpty { blocks += [.paragraph(Phrases.whatIsThin), .bullets(thin)] }
    let content = AnswerContent(blocks: blocks, sourceIDs: [KnownSection.outside])
    return reply(input: parsed.original, intent: KnownIntent.why, confidence: confidence, tracks: [track], content: content)
  }

  /// What the evidence for `track` holds that is thin, one line each, in the order heard: what
  /// was said as a maybe, and what only a mapping of the advisor's own ties to the track.
  func thinEvidence(for track: TrackID) -> [String] {
    var (maybes, mapped): ([String], [String]) = ([], [])
    for evidence in state.profile.evidence(for: track) {
      if evidence.phrase.hasPrefix("maybe ") {
        maybes.append(Phrases.saidAsAMaybe(evidence.words))
      } else if evidence.reason.hasPrefix(Phrases.outsideTheComparison) {
        mapped.append("\"\(evidence.saidPhrase)\"")
      }
    }
    let unique = { (lines: [String]) in lines.enumerated().filter { !lines[..<$0.offset].contains($0.element) }.map(\.element) }
    return unique(maybes) + (mapped.isEmpty ? [] : [Phrases.myOwnMapping(unique(mapped))])
  }

  /// Whether a line asks what would change the recommendation: "what would change your mind".
  static func asksWhatWouldChangeIt(_ parsed: ParsedInput) -> Bool {
    parsed.words.count <= 12 && parsed.tracks.isEmpty && DialogueAct.opens(parsed.words, withAnyOf: changingItPhrases)
  }

  /// The openings of a question about what would change the recommendation.
  static let changingItPhrases: [[String]] = [["what", "would", "change"], ["what", "could", "change"], ["what", "would", "make", "you", "change"]]

  /// What would change the recommendation: the cards of the other tracks, from the source.
  mutating func whatWouldChangeIt(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard let recommended = state.lastRecommendation?.track else { return nil }
    let others = TrackID.allCases.filter { $0 != recommended }
    let lead = Phrases.wouldChangeIf(knowledgeBase.vocabulary.track(recommended).name)
    return answer(KnownIntent.choose, parsed: parsed, tracks: others, confidence: confidence, match: match, lead: [.paragraph(lead)])
  }

  /// Whether a line asks for the verdict again: "ok so final answer?", "what's the verdict",
  /// "pick again", "which now", "so?" or "and?" alone.
  static func asksForTheVerdict(_ parsed: ParsedInput) -> Bool {
    if soleVerdictLines.contains(parsed.words) { return true }
    return DialogueAct.afterFillers(parsed.words).count <= 6 && parsed.tracks.isEmpty
      && DialogueAct.opens(parsed.words, withAnyOf: verdictPhrases)
  }

  /// Whether a clause asks to have the verdict confirmed ("so final answer llmops?", "so llmops
  /// still right?", "is that your final answer", "so llmops now?", "so mlops is the pick?"):
  /// asked, a word of checking (or a track with a word for the verdict), and otherwise only the
  /// words of such a check and at most one track.
  static func checksTheVerdict(_ parsed: ParsedInput) -> Bool {
    mayCheckTheVerdict(parsed) && parsed.clauses.contains { checksTheVerdict(parsed, in: $0) }
  }

  /// Whether a line has a word that a check of the verdict needs: most lines have none.
  static func mayCheckTheVerdict(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains(where: verdictWords.contains)
  }

  /// The words a check of the verdict needs one of.
  static let verdictWords = verdictCheckingWords.union(verdictConfirmingNouns).union(["choose"])

  /// Whether one clause of a line checks the verdict (`checksTheVerdict(_:)`).
  static func checksTheVerdict(_ parsed: ParsedInput, in clause: ParsedInput.Clause) -> Bool {
    guard parsed.asks(clause) || DialogueAct.isQuestion(parsed) else { return false }
    let words = DialogueAct.afterFillers(Array(parsed.words[clause.range]))
    let tracks = Set(words.compactMap(TrackID.named))
    let final = words.contains("final") || words.contains("verdict")
    let checking = words.contains(where: verdictCheckingWords.contains) || tracks.count == 1 && namesTheVerdict(words)
    return tracks.count <= 1 && checking
      && words.allSatisfy { word in
        verdictCheckWords.contains(word) || verdictCheckingWords.contains(word) || final && finalVerdictCheckWords.contains(word)
          || TrackID.named(word) != nil
      }
  }

  /// The words that make a clause a check of the verdict.
  static let verdictCheckingWords: WordSet = ["final", "still", "right", "correct", "definitely", "now", "instead"]

  /// Whether words name the verdict: "the pick" ("pick" is read as its synonym "choose"), "your
  /// call", "the answer".
  static func namesTheVerdict(_ words: ArraySlice<String>) -> Bool {
    words.indices.contains { place in
      verdictConfirmingNouns.contains(words[place])
        || words[place] == "choose" && place > words.startIndex && ["the", "your", "ur", "my"].contains(words[place - 1])
    }
  }

  /// The nouns for the verdict that, beside a track, ask to have it confirmed: "mlops is the call?".
  static let verdictConfirmingNouns: WordSet = ["choice", "call", "answer", "verdict"]

  /// The words a check of the verdict may have besides a track and `verdictCheckingWords`.
  static let verdictCheckWords: WordSet = [
    "so", "then", "is", "it", "that", "thats", "your", "ur", "the", "answer", "call", "choice", "choose", "verdict", "ok",
    "okay", "cool", "and", "we", "i", "go", "with", "should",
  ]

  /// The words a check of the final verdict may also have: "so final answer for me is mlops?"
  /// ("is aiops right for me?" asks whether a track suits them).
  static let finalVerdictCheckWords: WordSet = ["for", "me", "us"]

  /// Whole lines that ask what follows from what was just said: "so?", "and?".
  static let soleVerdictLines: [[String]] = [
    ["so"], ["and"], ["and", "so"], ["so", "then"], ["now", "what"], ["what", "now"], ["ok", "so"], ["okay", "so"], ["so", "what"],
  ]

  /// One word that doubts what was just said.
  static let soleDoubtingWords: WordSet = ["really", "seriously", "sure", "certain"]

  /// The openings of a line that doubts what was just said.
  static let doubtingPhrases: [[String]] = [
    ["are", "you", "sure"], ["you", "sure"], ["u", "sure"], ["r", "u", "sure"], ["are", "u", "sure"],
    ["are", "you", "certain"], ["how", "sure", "are", "you"], ["is", "that", "right"], ["is", "that", "correct"],
    ["is", "that", "true"], ["sure", "about", "that"], ["for", "real"], ["really", "though"], ["you", "positive"],
    ["are", "you", "positive"],
  ]

  /// The openings of a line asking for the verdict again ("ok so final answer?"), which only
  /// after a recommendation is one.
  static let verdictPhrases: [[String]] = [
    ["final", "answer"], ["so", "final", "answer"], ["what", "is", "the", "verdict"], ["pick", "again"], ["choose", "again"],
    ["recommend", "again"], ["which", "now"], ["which", "one", "now"], ["which", "track", "now"], ["pick", "now"],
    ["now", "which"],
  ]

  /// Phrases that ask to have a belief checked.
  static let checkingPhrases: [[String]] = [
    ["am", "i", "right"], ["am", "i", "correct"], ["am", "i", "wrong"], ["double", "checking"], ["double", "check"],
    ["sanity", "check"],
  ]

  /// Whether a line asks only for a short version ("a crisp one-line summary of each?",
  /// "literally one sentence per track please", "shorter"): no factor, nothing next door, and a
  /// word of brevity or "one" before a unit of text.
  static func asksForItShort(_ parsed: ParsedInput) -> Bool {
    guard parsed.factor == nil, parsed.namesNothingOutside else { return false }
    let words = parsed.words
    return words.contains(where: brevityWords.contains)
      || zip(words, words.dropFirst()).contains { $0 == "one" && textUnits.contains($1) }
      // "in a couple sentences, how is AIOps different from LLMOps?"
      || words.indices.dropLast().contains { place in
        fewWords.contains(words[place]) && words[(place + 1)...].prefix(2).contains(where: textUnitsPlural.contains)
      }
      || tooLongPhrases.contains(where: words.containsRun)
      || !parsed.classes.contains(.questionWord)
        && words.indices.contains { plainWords.contains(words[$0]) && words[($0 + 1)...].prefix(2).contains(where: plainUnits.contains) }
  }

  /// Whether a line asks to sum up all three tracks, however they are counted ("summarize all 3
  /// in a short paragraph i can paste into the wiki", "no i mean a summary of all 3"): a word
  /// of summing up and "all", "the" or "each" before "3", "three" or "tracks", nothing next door.
  /// So does one that asks for a summary of nothing named ("can you give me a one paragraph
  /// summary i can paste into a slide"), unless it is of them or of the conversation, and one
  /// of the whole comparison ("summarise the whole comparison please").
  static func asksForASummaryOfAll(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    guard parsed.namesNothingOutside, words.contains(where: summingWords.contains) else { return false }
    if parsed.tracks.isEmpty, parsed.factor == nil, words.count <= summaryRequestLength, DialogueAct.isRequest(parsed),
      words.contains(where: ["summary", "summarize", "summarise", "recap"].contains),
      !zip(words, words.dropFirst()).contains(where: { ["about", "of", "what"].contains($0) && summaryOfThemWords.contains($1) })
    {
      return true
    }
    // "summarise the whole comparison please": the comparison or all of it, no track or row named.
    if parsed.tracks.isEmpty, parsed.factor == nil, words.contains(where: wholeComparisonWords.contains) { return true }
    return zip(words, words.dropFirst()).contains { ["all", "the", "each"].contains($0) && ["3", "three", "tracks"].contains($1) }
  }

  /// Words that make a summary one of the whole comparison.
  static let wholeComparisonWords: WordSet = ["comparison", "whole", "everything", "page", "doc", "document"]

  /// Whether a line asks to sum up the conversation ("summarise everything we've covered",
  /// "recap what we discussed so far"): a word of summing up and one of talking together.
  static func asksToSumUpTheConversation(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains(where: summingWords.contains) && parsed.words.contains(where: talkedWords.contains)
  }

  /// Words that make a summary one of the conversation.
  static let talkedWords: WordSet = ["covered", "discussed", "talked", "chat", "conversation", "session", "far"]

  /// "summarise everything we've covered": the topics answered so far, each with its tracks or
  /// factor, then the short version of the whole comparison, which the next recap does not
  /// list; nil for a line that asks no such thing.
  mutating func recapOfTheConversation(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard Self.asksToSumUpTheConversation(parsed) else { return nil }
    let items = Self.mergedByTopic(state.answeredTopics).map(recapItem)
    let lead: [Block] = items.isEmpty ? [.paragraph(Phrases.nothingCoveredYet)] : [.paragraph(Phrases.coveredSoFar), .bullets(items)]
    let answered = state.answeredTopics
    defer { state.answeredTopics = answered }
    return answer(KnownIntent.overview, parsed: parsed, tracks: [], factor: .some(nil), confidence: confidence, match: match,
      lead: lead + [.paragraph(Phrases.inShort)])
  }

  /// The topics answered, one entry per intent (and row, for a comparison) in the order first answered, with
  /// the tracks of all its answers ("the projects…: LLMOps" and "…: MLOps" → "…: LLMOps, MLOps").
  static func mergedByTopic(_ topics: [ConversationState.AnsweredTopic]) -> [ConversationState.AnsweredTopic] {
    var merged: [ConversationState.AnsweredTopic] = []
    for topic in topics {
      // The factor sets a comparison's rows apart; other answers name their own factor.
      let sameRow = { (other: ConversationState.AnsweredTopic) in topic.intent != KnownIntent.comparison || other.factor == topic.factor }
      guard let place = merged.firstIndex(where: { $0.intent == topic.intent && sameRow($0) }) else {
        merged.append(topic)
        continue
      }
      let tracks = merged[place].tracks.isEmpty || topic.tracks.isEmpty ? [] : merged[place].tracks + topic.tracks.filter { !merged[place].tracks.contains($0) }
      merged[place] = .init(intent: topic.intent, tracks: tracks, factor: topic.factor)
    }
    return merged
  }

  /// One topic answered, as a recap lists it: "The skills each track makes you practise: LLMOps".
  func recapItem(_ topic: ConversationState.AnsweredTopic) -> String {
    let label = knowledgeBase.intent(topic.intent)?.label.capitalizedFirst ?? topic.intent.rawValue
    // A factor only for a comparison: "the tools each track uses" says its factor itself.
    let factor = topic.intent == KnownIntent.comparison ? topic.factor : nil
    let named = trackNames(topic.tracks) + (factor.map { [knowledgeBase.vocabulary.factor($0).name] } ?? [])
    return named.isEmpty ? label : label + ": " + named.joined(separator: ", ")
  }

  /// Words after "about", "of" or "what" that make a summary one of the person or the
  /// conversation ("summarise what you know about me", "a summary of our chat", "what i said").
  static let summaryOfThemWords: WordSet = ["me", "my", "myself", "i", "we", "our", "us", "you", "the"]

  /// The most words a request for a summary of nothing named has.
  static let summaryRequestLength = 16

  /// Words that ask to sum something up.
  static let summingWords: WordSet = ["summary", "summarize", "summarise", "summarized", "summarised", "recap", "sum"]

  /// Words that ask for a short version.
  static let brevityWords: WordSet = ["shorter", "briefly", "tldr", "nutshell", "oneliner", "crisp", "simpler", "eli5"]

  /// What says the last answer was too long: "thats a lot of words", "too long", "wall of text".
  static let tooLongPhrases: [[String]] = [["lot", "of", "words"], ["too", "long"], ["wall", "of", "text"], ["too", "much", "text"]]

  /// Plain words just before "terms", "english" or "words" in a line that asks nothing else:
  /// "like in normal person terms" ("in plain language, what does the learning rate control?"
  /// asks about something else).
  static let plainWords: WordSet = ["plain", "simple", "normal", "layman", "laymans", "everyday"]
  static let plainUnits: WordSet = ["terms", "english", "words", "language"]

  /// Units of text after "one": "one line", "one sentence each".
  static let textUnits: WordSet = ["line", "liner", "sentence", "phrase", "word"]

  /// Few units of text: "a couple sentences", "two lines", "a few words".
  static let fewWords: WordSet = ["couple", "few", "two", "2", "three", "3"]
  static let textUnitsPlural: WordSet = ["lines", "sentences", "phrases", "words"]

  /// Words that ask what things share: "is there overlap", "any similarities".
  static let sharingWords: WordSet = ["overlap", "overlaps", "overlapping", "similarities", "commonalities"]

  /// Words and phrases that ask what carries over from one track to another.
  static let carryingWords: WordSet = ["transfer", "transfers", "transferable", "transferrable"]
  static let carryingPhrases: [[String]] = [["carry", "over"], ["carries", "over"], ["map", "over"], ["maps", "over"]]

  /// "which track is that under" just after telling something ("now my manager wants me to keep
  /// an eye on a RAG prototype") that points elsewhere than all they have said: the track that
  /// turn points to most, with its reasons, the profile as a whole left for "which track should
  /// I choose?"; nil for any other line, when that turn told nothing, or when it points where
  /// the whole profile does (the recommendation answers that).
  mutating func whichTrackThatIs(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard parsed.tracks.isEmpty, DialogueAct.opens(parsed.words, withAnyOf: Self.whichTrackThatOpenings) else { return nil }
    let told = state.profile.evidence.filter { $0.turn == state.turn - 1 && $0.weight > 0 }
    let weight = { (track: TrackID) in told.filter { $0.track == track }.reduce(0) { $0 + $1.weight } }
    guard let track = TrackID.allCases.max(by: { weight($0) < weight($1) }), weight(track) > 0,
      state.profile.ranked.first != track
    else { return nil }
    return placing(parsed, on: track, evidence: told.filter { $0.track == track }, lead: Phrases.thatPointsTo, confidence: confidence)
  }

  /// Where some evidence places a line on a track: `lead` with the track's name, then the
  /// reasons, as a recommendation gives them, with the track brought into focus.
  mutating func placing(
    _ parsed: ParsedInput, on track: TrackID, evidence: [Profile.Evidence], lead: (String) -> String, confidence: Double
  ) -> Reply {
    var content = AnswerContent(blocks: [.paragraph(lead(knowledgeBase.vocabulary.track(track).name))], sourceIDs: [])
    content.append(Recommender(knowledgeBase: knowledgeBase).reasons(for: Recommendation(track: track, evidence: evidence, mixed: false)))
    state.mention([track])
    return reply(input: parsed.original, intent: KnownIntent.fit, confidence: confidence, tracks: [track], content: content)
  }

  /// "found this job posting, which track is it?? - Build and maintain CI/CD for ML models -
  /// Monitor drift": the track the rest of the line points to most, with its reasons; nil for a
  /// line that asks no such thing or names a track, or whose signals point to no one track.
  mutating func whichTrackItDescribes(
    _ parsed: ParsedInput, detections: [SignalDetector.Detection], confidence: Double
  ) -> Reply? {
    // "is this job mlops or aiops? \"…Kubeflow and MLflow…\"" offers the tracks it asks between.
    let offered = Self.asksWhichOfTheTracksItIs(parsed)
    guard parsed.tracks.isEmpty || offered else { return nil }
    let quoted = !offered && Self.quotesAPosting(parsed)
    let forSomeoneElse = !offered && !quoted && Self.asksForSomeoneElse(parsed)
    // The question may end a clause of the posting it asks about ("…on retraining" which track is this job?).
    guard forSomeoneElse || offered || quoted || parsed.words.contains(where: MatchPolicy.whichWords.contains)
      && parsed.clauses.count > 1 && Self.whichTrackItOpenings.contains(where: parsed.words.containsRun)
    else { return nil }
    // What a question about someone else says is read as a description, not asked; so is a
    // posting quoted, when none of its clauses told anything.
    let described = forSomeoneElse || quoted && detections.isEmpty ? describedInTheLine(parsed) : detections
    let firm = SignalDetector.distinct(described).filter { !$0.negated }
    if forSomeoneElse, firm.isEmpty, let reply = placingWhomTheLineBeforeDescribed(parsed, confidence: confidence) {
      return reply
    }
    let pointed = Profile.mostPointedTo(firm)
    guard pointed.count == 1, let track = pointed.first else {
      // "so which track for priya?": their own profile is no answer for someone else.
      guard forSomeoneElse else { return nil }
      // "he wires up langchain agents": several tracks, none ahead.
      let several = TrackID.allCases.filter(pointed.contains)
      let text = several.isEmpty ? Phrases.describeThem : Phrases.describesSeveral(trackNames(several))
      state.mention(several)
      return reply(input: parsed.original, intent: KnownIntent.clarification, confidence: confidence, tracks: several,
        content: AnswerContent(blocks: [.paragraph(text)], sourceIDs: []))
    }
    let evidence = evidence(for: track, in: firm)
    if forSomeoneElse, let name = Self.nameAfterFor(parsed) { state.place(name, on: track, evidence: evidence) }
    return placing(parsed, on: track, evidence: evidence, lead: Phrases.itDescribesPointsTo, confidence: confidence)
  }

  /// "which track would suit him?" just after "first one is a sysadmin, runs monitoring and
  /// on-call": the line before described him, so what it counted is taken out of the asker's
  /// profile and places him instead; nil when the line before counted nothing said in the
  /// third person.
  mutating func placingWhomTheLineBeforeDescribed(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    let described = state.profile.takeOut(turn: state.turn - 1) { !Self.speaksOfThemselves($0.words) }
    guard let track = Self.heaviestTrack(described) else { return nil }
    if let name = Self.nameAfterFor(parsed) { state.place(name, on: track, evidence: described) }
    return placingWhatWasTakenOut(described, on: track, parsed: parsed, confidence: confidence)
  }

  /// The track `evidence` weighs most for (the first in the tracks' order on a tie), or nil
  /// when it weighs nothing for any.
  static func heaviestTrack(_ evidence: [Profile.Evidence]) -> TrackID? {
    let weights = TrackID.allCases.map { track in evidence.filter { $0.track == track }.reduce(0) { $0 + $1.weight } }
    guard let top = weights.max(), top > 0 else { return nil }
    return TrackID.allCases[weights.firstIndex(of: top)!]
  }

  /// Where evidence taken out of the asker's profile, as someone else's, places what it
  /// describes, saying it no longer counts as theirs.
  mutating func placingWhatWasTakenOut(
    _ described: [Profile.Evidence], on track: TrackID, parsed: ParsedInput, confidence: Double
  ) -> Reply {
    let reply = placing(parsed, on: track, evidence: described.filter { $0.track == track }, lead: Phrases.itDescribesPointsTo,
      confidence: confidence)
    return reply.inserting([.paragraph(Phrases.noLongerYours)])
  }

  /// Whether a clause speaks of the speaker: "i", "my", "we", "our" among its words.
  static func speaksOfThemselves(_ clause: String, by words: WordSet = firstPersonWords) -> Bool {
    clause.lowercased().split { !$0.isLetter }.contains { words.contains(String($0)) }
  }

  /// The words by which a clause speaks of the speaker.
  static let firstPersonWords: WordSet = ["i", "im", "my", "me", "we", "our", "us", "ive", "id"]

  /// What `firm` detections said for `track`, as this turn's evidence of someone described.
  func evidence(for track: TrackID, in firm: [SignalDetector.Detection]) -> [Profile.Evidence] {
    firm.filter { $0.signal.track == track }.map { Profile.evidence(of: $0, turn: state.turn, correcting: false) }
  }

  /// "so which track for priya?", "so final answer for sam?", "compare sam and jo for me",
  /// "which track should each of them take?" after they were placed: each one's track, with
  /// what was said of them; a line that says more of them is read by what places them anew.
  mutating func someonePlacedBefore(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard !state.placedPeople.isEmpty, parsed.tracks.isEmpty else { return nil }
    let named = Self.nameAfterFor(parsed).flatMap { name in state.placedPeople.last { $0.name == name } }.map { [$0] }
    // Asked of no one placed, the line is not read again for what it describes.
    let people = named ?? placedPeopleAsked(parsed)
    guard !people.isEmpty, describedInTheLine(parsed).isEmpty else { return nil }
    return placingEach(people, parsed: parsed, confidence: confidence)
  }

  /// The people placed before that a question asks about: those it names ("what should sam take
  /// now?", "compare sam and jo"), or all of them when it asks of "each of them"; none when it
  /// asks nothing.
  func placedPeopleAsked(_ parsed: ParsedInput) -> [ConversationState.PlacedPerson] {
    guard DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed) || parsed.classes.contains(.comparing)
    else { return [] }
    let named = state.placedPeople.filter { person in parsed.words.contains { $0 == person.name || $0 == person.name + "s" } }
    if !named.isEmpty { return named }
    let everyone = Self.everyoneRuns.contains(where: parsed.words.containsRun)
    return everyone ? state.placedPeople : []
  }

  /// Verbs of choosing a track: "what should sam take now".
  static let pickingVerbs: WordSet = ["take", "pick", "choose", "go"]

  /// The words that ask of everyone placed: "which track should each of them take".
  static let everyoneRuns: [[String]] = [
    ["each", "of", "them"], ["all", "of", "them"], ["each", "person"], ["everyone"], ["each", "one"], ["they", "each"], ["both", "of", "them"],
    ["for", "each"], ["each", "of", "the"], ["everybody"], ["every", "person"],
  ]

  /// "what tools would marcus learn on his track", "what would marcus be called after, job title
  /// wise", then "and priya's?": a topic of a track asked for someone placed before, answered
  /// for the track they were placed on; nil for any other line.
  mutating func topicForSomeonePlaced(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard !state.placedPeople.isEmpty, parsed.tracks.isEmpty else { return nil }
    let asked = placedPeopleAsked(parsed)
    guard asked.count == 1, let person = asked.first else { return nil }
    // "what would priya learn first": the topic the matcher reads, unless the line asks which to take.
    let choosing = parsed.words.contains { Self.recommendingWords.contains($0) || Self.pickingVerbs.contains($0) }
    let named = parsed.factor.flatMap { Self.factorIntents[$0] } ?? policy.topicIntent(of: parsed)
      ?? match.best.flatMap { !choosing && Self.topicsOffered.contains($0.intent) ? $0.intent : nil }
    // "and priya's?" just after a topic: the same topic.
    let onlyNamesThem = parsed.words.allSatisfy { $0 == person.name || $0 == person.name + "s" || Self.askingForWords.contains($0) }
    let again = onlyNamesThem ? state.lastIntent : nil
    guard let intent = (named ?? again).flatMap({ Self.topicsOffered.contains($0) ? $0 : nil }) else { return nil }
    let lead = Phrases.topicForSomeonePlaced(person.name, track: knowledgeBase.vocabulary.track(person.track).name)
    return answer(intent, parsed: parsed, tracks: [person.track], factor: .some(nil), confidence: confidence, match: match,
      lead: [.paragraph(lead)])
  }

  /// The signals in all of a line, read as a description of someone, not as the asker's work.
  func describedInTheLine(_ parsed: ParsedInput) -> [SignalDetector.Detection] {
    detector.detect(inClause: parsed.original, words: parsed.stems[...], aboutSelf: false)
  }

  /// The word after "for" in a clause that asks what suits someone ("recommend for priya",
  /// "which track for tom", "and for raj?"), when it is a name rather than a word the advisor
  /// reads otherwise ("for someone", "for a data scientist", "for me").
  /// Failing that, an unknown word just after a colleague ("my coworker lena … for her?").
  static func nameAfterFor(_ parsed: ParsedInput) -> String? {
    guard let forPlace = forInAnAskingClause(parsed) else { return nil }
    if isAName(parsed, at: forPlace + 1) { return parsed.words[forPlace + 1] }
    let named = parsed.words.indices.dropFirst().first { place in
      SignalDetector.colleagues.contains(parsed.stems[place - 1]) && isAName(parsed, at: place)
    }
    return named.map { parsed.words[$0] }
  }

  /// Whether the word at `place` can be someone's name: a word of no class, no person word, no track.
  static func isAName(_ parsed: ParsedInput, at place: Int) -> Bool {
    parsed.classes[place].isEmpty && !someoneElseStems.contains(parsed.stems[place]) && TrackID.named(parsed.words[place]) == nil
  }

  /// Where "for" stands in the first clause that asks what suits someone: opening a clause
  /// asked ("and for tom?"), after a word of recommending ("recommend for priya", "which track
  /// for tom") or after "about" ("what about for lena"), with a word after it.
  static func forInAnAskingClause(_ parsed: ParsedInput) -> Int? {
    for clause in parsed.clauses {
      let words = parsed.words[clause.range].drop(while: DialogueAct.leadingFillers.contains)
      guard let forPlace = words.firstIndex(of: "for"), forPlace + 1 < words.endIndex,
        forPlace == words.startIndex && clause.asked || words[..<forPlace].contains(where: recommendingWords.contains)
          || words[..<forPlace].last == "about"
      else { continue }
      return forPlace
    }
    return nil
  }

  /// "we have 40 models in prod and 3 genai apps, who should own what", "which track covers
  /// which part - the scoring models vs the chatbot?": each track their words point to, with
  /// what they said for it; nil for a line that asks no such thing, or when what they said
  /// points to fewer than two tracks.
  mutating func whichTrackEachPartIs(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    // "how should i split my time between mlops and llmops" is a topic of its own.
    let coversAll = Self.asksForOneTrackCoveringAll(parsed.words)
    guard parsed.uncoveredTopics.isEmpty, coversAll || Self.asksWhichPartGoesWhere(parsed.words) else { return nil }
    let tracks = state.profile.ranked.filter { !state.profile.evidence(for: $0).isEmpty && state.profile.score($0) > 0 }
    guard tracks.count > 1 else { return nil }
    let recommender = Recommender(knowledgeBase: knowledgeBase)
    // "which track covers all of it": none does; the broadest, then where each part points.
    let lead = coversAll ? [Block.paragraph(Phrases.noOneTrackCoversAll), .paragraph(Phrases.eachPartPointsTo)] : [.paragraph(Phrases.eachPartPointsTo)]
    var content = AnswerContent(blocks: lead, sourceIDs: coversAll ? ["summary"] : [])
    for track in tracks {
      content.blocks.append(.heading(knowledgeBase.vocabulary.track(track).name))
      content.append(recommender.reasonList(for: Recommendation(track: track, evidence: state.profile.evidence(for: track), mixed: false)))
    }
    state.mention(tracks)
    return reply(input: parsed.original, intent: KnownIntent.fit, confidence: confidence, tracks: tracks, content: content)
  }

  /// Whether words ask who wrote the source or when: "who" just before a verb of writing ("who
  /// wrote this doc anyway", "who made this", "who is behind it"), or "when was it written".
  static func asksWhoWroteIt(_ words: [String]) -> Bool {
    // "a researcher who writes papers" speaks of someone; "who wrote this doc" asks.
    words.indices.dropLast().contains { place in
      words[place] == "who" && authoringVerbs.contains(words[place + 1])
        && words.dropFirst(place + 2).first.map(writtenThingWords.contains) ?? true
    }
      || words.containsRun(["who", "is", "behind"])
      || words.indices.dropLast(3).contains { place in
        words[place] == "when" && words[place + 1] == "was" && ["it", "this", "that", "the"].contains(words[place + 2])
          && words[(place + 3)...].prefix(2).contains(where: writtenWords.contains)
      }
  }

  /// What may follow "who wrote": the source, or a word pointing at it ("who wrote this doc",
  /// "who made the content you use"); anything else is written by someone spoken of.
  static let writtenThingWords: WordSet = [
    "this", "it", "that", "the", "your", "ur", "these", "those", "doc", "document", "page", "source", "article", "content",
    "material", "post", "guide", "comparison", "anyway", "all",
  ]

  /// Verbs of writing a text, after "who".
  static let authoringVerbs: WordSet = ["wrote", "writes", "authored", "made", "created", "published", "produced"]

  /// The verb of "when was it written", after what was written.
  static let writtenWords: WordSet = ["written", "made", "created", "published", "updated", "released"]

  /// Whether a line asks if the source is biased or an advert ("so its basically an ad for
  /// their courses", "is it biased? they sell courses"): a word of bias and one pointing at
  /// the source, and no track named ("is aiops just marketing" asks about the track).
  static func asksWhetherTheSourceIsBiased(_ parsed: ParsedInput) -> Bool {
    // "job ad: … which track is this?" asks about the ad ("job" is read "career").
    parsed.tracks.isEmpty && !parsed.words.containsRun(["career", "ad"])
      && parsed.words.contains(where: biasWords.contains)
      && parsed.words.contains(where: { pointingAtTheSource.contains($0) || sourceNouns.contains($0) })
  }

  /// Words that ask whether a text is slanted.
  static let biasWords: WordSet = [
    "biased", "bias", "ad", "advert", "advertisement", "marketing", "unbiased", "neutral", "objective", "impartial", "salesy",
  ]

  /// Words that point at the source without naming it.
  static let pointingAtTheSource: WordSet = ["it", "this", "they", "their", "its"]

  /// The topic the comparison does not cover that a line of one word asks about when "which"
  /// goes before it ("easier?" is "which easier"), if the vocabulary has one.
  func topicOfOneWord(_ parsed: ParsedInput) -> String? {
    guard parsed.words.count == 1, let word = parsed.words.first else { return nil }
    return knowledgeBase.vocabulary.neighbours.first { $0.isTopic && $0.aliases.contains("which " + word) }?.id
  }

  /// Whether words ask to keep the conversation ("can u save this for me", "export this
  /// chat", "download the conversation"): a verb of keeping, then within two words what to keep.
  static func asksToSaveTheConversation(_ words: [String]) -> Bool {
    words.indices.contains { place in
      savingVerbs.contains(words[place])
        && words[(place + 1)..<min(place + 3, words.count)].contains(where: conversationWords.contains)
    }
  }

  /// Verbs that ask to keep a conversation.
  static let savingVerbs: WordSet = ["save", "export", "download"]

  /// What a request to keep the conversation keeps.
  static let conversationWords: WordSet = ["this", "it", "chat", "conversation", "session", "transcript", "everything"]

  /// Whether words ask which track each part of the work goes to: "who should own what",
  /// "which track covers what", "what goes where", "which part…", "each part".
  /// Whether words ask for one track that covers all of their work: "which track covers all
  /// of it??", "is there ONE track that covers everything we do".
  static func asksForOneTrackCoveringAll(_ words: [String]) -> Bool {
    words.contains(where: coveringAllVerbs.contains) && (words.contains("everything") || words.containsRun(["all", "of", "it"])
      || words.containsRun(["all", "of", "that"]) || words.containsRun(["all", "that"]))
      && (words.contains("which") || words.contains("one") || words.contains("single"))
  }

  /// Verbs of a track covering work: "covers all of it", "handles everything".
  static let coveringAllVerbs: WordSet = ["covers", "cover", "covering", "handles", "handle", "spans", "span", "includes", "include"]

  static func asksWhichPartGoesWhere(_ words: [String]) -> Bool {
    // "split those between the tracks for me?"
    if words.contains(where: splittingVerbs.contains), words.contains(where: { $0 == "between" || $0 == "across" }) { return true }
    // "which track should I hire from for each?", "which track for each team".
    if words.contains("each"),
      let which = words.indices.dropLast().first(where: { words[$0] == "which" && MatchPolicy.trackNouns.contains(words[$0 + 1]) }),
      Array(words[which...]).containsRun(["for", "each"])
    {
      return true
    }
    return words.indices.contains { place in
      let word = words[place]
      if (word == "which" || word == "each"), place + 1 < words.count, words[place + 1] == "part" || words[place + 1] == "parts" {
        return true
      }
      guard partVerbs.contains(word) else { return false }
      let next = words[(place + 1)..<min(place + 3, words.count)]
      return next.first == "what" || next.first == "which" && next.dropFirst().first.map { $0 == "part" || $0 == "parts" } == true
        || next.first == "where" && words[..<place].contains { $0 == "what" || $0 == "which" }
    }
  }

  /// Verbs that share work out: "split those between the tracks".
  static let splittingVerbs: WordSet = ["split", "divide", "assign"]

  /// The verbs of "who should own what", "which track covers what", "what goes where".
  static let partVerbs: WordSet = ["own", "owns", "cover", "covers", "handle", "handles", "goes", "go", "belongs", "belong"]

  /// Whether a line asks which track suits someone else, described in the line ("which track
  /// for someone working on a recommender system", "what track should my colleague who runs
  /// our fraud model take"): what it says of them is no part of the asker's work.
  /// The asking clause may come last: "my teammate does the genai stuff tho, which track fits her?".
  /// So may one asking what to recommend for someone named and then described ("what would
  /// you recommend for priya on my team, she builds the feature pipelines", "and for tom? hes
  /// been doing the prompt eval").
  static func asksForSomeoneElse(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      let words = parsed.words[clause.range]
      // "want to figure out which track fits each person on my team": the asking words may come later.
      // "which of the 3 roles is she best for": the noun may come after "of the 3".
      guard let which = words.indices.dropLast().first(where: { words[$0] == "which" || words[$0] == "what" }),
        let noun = words[(which + 1)...].prefix(4).firstIndex(where: { !whichOfWords.contains($0) }),
        words[noun] == "track" || words[noun] == "one" || noun > which + 1 && trackOrRoleNouns.contains(words[noun])
      else { return false }
      let after = noun + 1
      return parsed.stems.indices[after..<min(after + 4, clause.range.upperBound)].contains {
        someoneElseStems.contains(parsed.stems[$0]) && !namesTheirOwnTeam(parsed, at: $0) && !isLikeThem(parsed.words, at: $0)
          || namesAJobDescribed(parsed.words, at: $0)
      }
    } || asksWhatSuitsSomeoneNamed(parsed)
  }

  /// Whether the word at `place` is a job spoken of as any one, not the asker's ("which track is
  /// a job doing prompt versioning"): a word for a job after "a" or "an" ("this job" is one
  /// pasted, `postingPastedBefore`).
  static func namesAJobDescribed(_ words: [String], at place: Int) -> Bool {
    place > 0 && jobWords.contains(words[place]) && ["a", "an"].contains(words[place - 1])
  }

  /// Whether the person at `place` is one like the asker: "someone like me", "people like us".
  static func isLikeThem(_ words: [String], at place: Int) -> Bool {
    words.dropFirst(place + 1).starts(with: ["like", "me"]) || words.dropFirst(place + 1).starts(with: ["like", "us"])
      || words.dropFirst(place + 1).starts(with: ["like", "myself"])
  }

  /// Whether the word at `place` is the asker's own group ("which track should my people
  /// take?", "our engineers") in a line that tells of "my team" or "we": their team's work is
  /// theirs to tell.
  static func namesTheirOwnTeam(_ parsed: ParsedInput, at place: Int) -> Bool {
    place > 0 && ["my", "our"].contains(parsed.words[place - 1]) && ownGroupStems.contains(parsed.stems[place])
      && (parsed.words.containsRun(["my", "team"]) || parsed.words.contains("we") || parsed.words.contains("our"))
  }

  /// The groups someone may lead: "my people", "our engineers".
  static let ownGroupStems = WordSet(["people", "team", "engineers", "folks", "staff", "reports", "devs", "developers"].map(Stemmer.stem))

  /// Whether a line pastes a posting and asks which track it is ("job ad: "own our LLM serving
  /// with TGI". which track is this?"): its words are the posting's, not the asker's work.
  static func asksWhichTrackAPostingIs(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains(where: postingNouns.contains) && whichTrackItOpenings.contains(where: parsed.words.containsRun)
  }

  /// Whether a line quotes a posting it introduces ("one more posting: "set up prompt versioning
  /// and an eval harness"", "hiring manager here, this one says: "own our vLLM cluster""): a
  /// quotation of at least three words after a word for a posting or for hiring.
  static func quotesAPosting(_ parsed: ParsedInput) -> Bool {
    // Most lines quote nothing: one pass over the bytes for a mark's first byte comes first.
    guard parsed.original.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }),
      parsed.words.contains(where: postingIntroductionWords.contains), let (open, quoted) = quotationMark(in: parsed.original)
    else { return false }
    let text = parsed.original
    return TextNormalizer.words(of: text[..<open]).contains(where: postingIntroductionWords.contains)
      && TextNormalizer.words(of: text[quoted...]).count >= minimumQuotedWords
  }

  /// The words for a job or its posting.
  static let jobWords = postingNouns.union(postingWords)

  /// The words that introduce a posting quoted: those for a job or its posting, and of hiring.
  static let postingIntroductionWords = jobWords.union(hiringWords)

  /// Where the first mark that opens a quotation stands in `text` (a straight or a curly double
  /// quote) and where what it quotes begins; nil when there is none. Searched byte by byte, as
  /// it is asked of every line.
  static func quotationMark(in text: String) -> (mark: String.Index, quoted: String.Index)? {
    let bytes = text.utf8
    for place in bytes.indices {
      guard let mark = quotationMarks.first(where: bytes[place...].starts) else { continue }
      return (place, bytes.index(place, offsetBy: mark.count))
    }
    return nil
  }

  /// The marks that open a quotation, in UTF-8: a straight double quote, U+201C and U+201D.
  static let quotationMarks: [[UInt8]] = [[UInt8(ascii: "\"")], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]]

  /// Words of hiring before a posting quoted, which is read as typed ("job" is not read as "career" there).
  static let hiringWords = hiringVerbs.union(["recruiter", "recruiting", "job", "jobs"])

  /// The fewest words a quoted posting has.
  static let minimumQuotedWords = 3

  /// The nouns of a job posting ("job" is read "career").
  static let postingNouns: WordSet = ["ad", "ads", "advert", "posting", "postings", "listing", "jd", "req", "description", "opening"]

  /// The words between "which" and the noun of what is chosen: "which of the 3 roles".
  static let whichOfWords: WordSet = ["of", "the", "3", "three", "these", "those"]

  /// The nouns of a track or a role after "which of the …" ("roles" is read "career").
  static let trackOrRoleNouns = MatchPolicy.trackNouns.union(["career", "ones"])

  /// Whether a line asks what suits someone it names after "for" ("recommend for priya", "and
  /// for tom?", asked as a clause of its own) and speaks of them as "she" or "he": the name is
  /// no word the advisor knows, so the pronoun tells it is a person.
  static func asksWhatSuitsSomeoneNamed(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains(where: thirdPersonWords.contains) && forInAnAskingClause(parsed) != nil
  }

  /// Words for a person spoken of, neither the asker nor the advisor.
  static let thirdPersonWords: WordSet = ["she", "he", "hes", "shes", "her", "his", "him"]

  /// Words that ask what to recommend, before "for" and the person it is for.
  static let recommendingWords: WordSet = [
    "recommend", "recommended", "recommendation", "suggest", "suggestion", "advise", "advice", "track", "path",
  ]

  /// The stems of words for a person other than the asker, just after "which track": the
  /// colleagues whose work is not the speaker's (`SignalDetector.colleagues`) and anyone else.
  static let someoneElseStems = WordSet(
    SignalDetector.colleagues
      + ["someone", "somebody", "friend", "person", "people", "guy", "pair", "he", "she", "him", "her"].map(Stemmer.stem))

  /// Whether a line asks whether the posting or text it goes on with is one track or another
  /// ("is this job mlops or aiops? …", "this role, llmops or mlops? …"): "this" or "it" with a
  /// word for a job before the tracks, set apart by "or", in its first clause, and more
  /// clauses after it.
  static func asksWhichOfTheTracksItIs(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 2, parsed.tracks.count >= 2, let first = parsed.clauses.first(where: \.asked) else { return false }
    let words = parsed.words[first.range]
    return words.contains("or") && words.contains { $0 == "this" || $0 == "it" } && words.contains(where: postingWords.contains)
      && parsed.words.indices.filter({ TrackID.named(parsed.words[$0]) != nil }).allSatisfy(first.range.contains)
  }

  /// Words for the text a line asks about: "is this job mlops or aiops" ("job" is read as its
  /// synonym "career").
  static let postingWords: WordSet = ["job", "career", "role", "posting", "position", "listing", "ad", "jd", "opening", "description"]

  /// The openings of a clause that asks which track something described in the line is.
  static let whichTrackItOpenings: [[String]] = ["which", "what"].flatMap { which in
    ["track", "one"].flatMap { noun in ["it", "this", "that"].map { it in [which, noun, "is", it] } }
  }

  /// The openings that ask which track what was just told belongs to.
  static let whichTrackThatOpenings: [[String]] = [
    ["which", "track", "is", "that"], ["what", "track", "is", "that"], ["which", "one", "is", "that"],
    ["which", "track", "does", "that"], ["which", "track", "would", "that"], ["where", "does", "that", "fit"],
  ]

  /// Whether a question asks if what was just told changes the recommendation given before
  /// ("does that change things?", "would this change your answer", "so did the recommendation
  /// change? why"): it is given again.
  func asksWhetherThatChangesIt(_ parsed: ParsedInput) -> Bool {
    guard state.lastRecommendation != nil, DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed) else {
      return false
    }
    let words = parsed.words
    return words.indices.contains { place in
      Self.changingVerbs.contains(words[place])
        && (words[(place + 1)...].prefix(2).contains(where: Self.changedThings.contains)
          || words[..<place].suffix(2).contains(where: Self.changedThings.contains))
    }
  }

  /// Verbs of changing, before or after what changes: "does that change things", "did my recommendation change".
  static let changingVerbs: WordSet = ["change", "changes", "changed", "alter", "affect", "shift"]

  /// What a change is asked of: "things", "anything", "your answer", "the recommendation".
  static let changedThings: WordSet = [
    "things", "anything", "something", "answer", "recommendation", "advice", "mind", "pick", "verdict", "much", "stuff",
  ]
}
