/// How-to questions about something the comparison files under a track ("how do I cut token
/// costs?", "how to handle model drift in production"): the source gives no steps, so they
/// stay declined, but the decline says where the source places the thing asked about.
extension Advisor {
  /// The decline of a how-to question whose subject one or two tracks' parts of the source
  /// mention (directly, or by a related word): that the steps are beyond the source, then
  /// where it mentions the subject, which comes into focus; nil for any other line.
  mutating func howToBeyondTheSource(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, let start = Self.howToStart(parsed.words),
      let subject = howToSubject(parsed, from: start)
    else { return nil }
    var reply = answerCovering([subject], parsed: parsed, confidence: confidence, match: match)
    reply.intent = KnownIntent.outOfScope
    reply.blocks.insert(.paragraph(Phrases.stepsNotCovered), at: 0)
    state.lastExplanation = explanation(parsed, KnownIntent.outOfScope, confidence, match)
    return reply
  }

  /// The decline of a question that names, in two or more words, something one or two
  /// tracks' parts of the source name in one place ("what would a governed enterprise ai
  /// deployment stack even look like"): where the source mentions it, which comes into focus;
  /// nil for any other line. The intent stays out-of-scope: the source names it and no more.
  mutating func phraseOfTheSource(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, DialogueAct.isQuestion(parsed),
      let phrase = longestSourcePhrase(parsed)
    else { return nil }
    var reply = answerCovering(phrase, parsed: parsed, confidence: confidence, match: match)
    reply.intent = KnownIntent.outOfScope
    state.lastExplanation = explanation(parsed, KnownIntent.outOfScope, confidence, match)
    return reply
  }

  /// The decline of a short question, not a how-to, that names something the comparison
  /// table has for one or two tracks, among few other words ("governance and audit?"): where
  /// the source mentions it, which comes into focus; nil for any other line. The intent stays
  /// out-of-scope, as for `phraseOfTheSource`.
  mutating func conceptOfTheSource(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, Self.howToStart(parsed.words) == nil,
      parsed.clauses.contains(where: parsed.asks)
    else { return nil }
    let content = parsed.words.indices.filter { Self.isConceptWord(parsed, at: $0) }
    guard content.count <= Self.conceptQuestionLength else { return nil }
    let telling = content.filter { place in
      let stem = parsed.stems[place]
      return (1...2).contains(conceptStems.trackCount(of: stem)) && TrackID.allCases.contains { !comparisonRows(with: stem, for: $0).isEmpty }
    }
    guard !telling.isEmpty else { return nil }
    // "what about prompt injection": a word of the source beside one it never uses names
    // something else, asked as the two together.
    let asked = telling.count == 1 ? compound(around: telling[0], of: content, in: parsed) : telling
    var reply = answerCovering(
      asked.map { ConceptQuery(word: parsed.words[$0], stem: parsed.stems[$0], asked: nil) }, parsed: parsed,
      confidence: confidence, match: match)
    reply.intent = KnownIntent.outOfScope
    state.lastExplanation = explanation(parsed, KnownIntent.outOfScope, confidence, match)
    return reply
  }

  /// The place of a concept word with the content word beside it that no track's part
  /// mentions ("prompt injection"), or the place alone.
  func compound(around place: Int, of content: [Int], in parsed: ParsedInput) -> [Int] {
    for other in [place + 1, place - 1] where content.contains(other) && tracksMentioning(parsed.words[other], stem: parsed.stems[other]) == 0 {
      return [min(place, other), max(place, other)]
    }
    return [place]
  }

  /// The decline of a short question about one term the source does not name but that a
  /// signal bridges to a track by general knowledge ("k8s?", "do i need kubernetes"): that the
  /// source does not name it, then the bridge, marked as outside the comparison; nil for any
  /// other line. The intent stays out-of-scope.
  mutating func termTheSourceDoesNotName(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard parsed.tracks.isEmpty, parsed.namesNothingOutside, parsed.words.count <= Self.termQuestionWords,
      DialogueAct.isQuestion(parsed) || DialogueAct.endsWithQuestionMark(parsed)
    else { return nil }
    let bridged = SignalDetector.distinct(describedInTheLine(parsed)).filter { !$0.negated && $0.signal.bridge }
    guard bridged.count == 1, let signal = bridged.first?.signal else { return nil }
    let bridge = Profile.evidence(of: bridged[0], turn: state.turn, correcting: false).reason
    let text = Phrases.termNotNamed(signal.phrase.capitalizedFirst) + " " + ownWords(on: signal.phrase.split(separator: " ").map(String.init), bridge: bridge)
    state.mention([signal.track])
    return reply(input: parsed.original, intent: KnownIntent.outOfScope, confidence: confidence, tracks: [signal.track],
      content: AnswerContent(blocks: [.paragraph(text)], sourceIDs: [signal.source, KnownSection.outside]))
  }

  /// The most words of a short question about one term.
  static let termQuestionWords = 5

  /// How many content words a short question naming a concept of the table has at most.
  static let conceptQuestionLength = 4

  /// The longest run of two or more content words of a line that one or two tracks' parts of
  /// the source have together in one place; the first of the longest; nil when there is none.
  func longestSourcePhrase(_ parsed: ParsedInput) -> [ConceptQuery]? {
    // Only words some track has can make such a run: most lines have none side by side.
    let stems = conceptStems.allStems
    let places = parsed.words.indices.filter { Self.isConceptWord(parsed, at: $0) && stems.contains(parsed.stems[$0]) }
    guard zip(places, places.dropFirst()).contains(where: { $1 == $0 + 1 }) else { return nil }
    var best: ArraySlice<Int> = []
    for start in places.indices {
      var end = start + 1
      while end < places.count, places[end] == places[end - 1] + 1,
        (1...2).contains(coveringPlaces(of: places[start...end].map { parsed.stems[$0] }, word: "").count)
      {
        end += 1
      }
      if end - start >= 2, end - start > best.count { best = places[start..<end] }
    }
    return best.isEmpty ? nil : best.map { ConceptQuery(word: parsed.words[$0], stem: parsed.stems[$0], asked: nil) }
  }

  /// What a how-to question is about: the head (last word) of the first run of content words
  /// after its verb that one or two tracks' parts of the source mention, directly or by a
  /// related word ("how do I cut token costs" → "costs"); nil when there is none, or when
  /// most of those words are not in the source at all ("how do I deploy a flask app").
  func howToSubject(_ parsed: ParsedInput, from start: Int) -> ConceptQuery? {
    var places = (start..<parsed.words.count).filter { Self.isConceptWord(parsed, at: $0) }
    if places.count > 1, places.first == start { places.removeFirst() }
    return specificSubject(parsed, at: places)
  }

  /// Of the content words at `places`, the head (last word) of the first run that one or two
  /// tracks' parts of the source mention, directly or by a related word; nil when there is
  /// none, or when most of the words are not in the source at all.
  func specificSubject(_ parsed: ParsedInput, at places: [Int]) -> ConceptQuery? {
    let trackCounts = places.map { tracksMentioning(parsed.words[$0], stem: parsed.stems[$0]) }
    guard trackCounts.filter({ $0 > 0 }).count * 2 >= places.count else { return nil }
    let runs = places.indices.split { $0 > 0 && places[$0] != places[$0 - 1] + 1 }
    for run in runs {
      guard let head = run.reversed().first(where: { (1...2).contains(trackCounts[$0]) }) else { continue }
      let place = places[head]
      return ConceptQuery(word: parsed.words[place], stem: parsed.stems[place], asked: nil)
    }
    return nil
  }

  /// Whether the word at `place` names something rather than serving the sentence or
  /// asking (`notConceptWords`).
  static func isConceptWord(_ parsed: ParsedInput, at place: Int) -> Bool {
    !parsed.classes[place].contains(.functionWord) && !notConceptWords.contains(parsed.words[place])
      && !vagueWords.contains(parsed.words[place])
  }

  /// How many tracks' parts of the source mention a word, or failing that a word related to
  /// it (the most of those).
  func tracksMentioning(_ word: String, stem: String) -> Int {
    let stems = conceptStems
    let direct = stems.trackCount(of: stem)
    guard direct == 0 else { return direct }
    return knowledgeBase.vocabulary.relatedWords(of: word).map { stems.trackCount(of: Stemmer.stem($0)) }.max() ?? 0
  }

  /// Where what a how-to question asks to do begins: after "how to", "how do/can/should I",
  /// "the best way to", "tips on"; nil for a line that asks no such thing.
  static func howToStart(_ words: [String]) -> Int? {
    if let how = words.firstIndex(of: "how"), how + 1 < words.count {
      if words[how + 1] == "to" { return how + 2 }
      if howToAuxiliaries.contains(words[how + 1]), how + 2 < words.count, howToDoers.contains(words[how + 2]) {
        return how + 3
      }
    }
    for index in words.indices.dropLast() where howToLeads.contains(words[index]) {
      if ["to", "for", "on"].contains(words[index + 1]) { return index + 2 }
    }
    return nil
  }

  /// The verbs between "how" and who does it: "how do I", "how should we".
  static let howToAuxiliaries: WordSet = ["do", "can", "could", "should", "would", "does", "might"]

  /// Who does what a how-to question asks: "how do I", "how can we", "how does one".
  static let howToDoers: WordSet = ["i", "we", "you", "one", "my", "our", "teams", "people"]

  /// The nouns before "to", "for" or "on" that ask for steps: "best way to", "tips on".
  static let howToLeads: WordSet = ["way", "ways", "tips", "steps", "tricks", "guide", "tutorial"]
}
