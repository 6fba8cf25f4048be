/// People a line tells of by name ("dave does data pipelines and feature engineering with
/// airflow"), so that "what track for dave?" later is answered from what was said of Dave.
extension Advisor {
  /// Records, for each person a line's clauses tell of by name (`people`, as
  /// `peopleDescribed(_:)` reads them), what those clauses point to, as `someonePlacedBefore`
  /// reads it; in a line that tells of nothing else, their words still count in the asker's
  /// profile, as a team lead's account of their team does (`ownWork(_:besides:)`).
  mutating func recordPeopleDescribed(
    _ people: [(name: String, clauses: Set<String>)], in parsed: ParsedInput, _ told: [SignalDetector.Detection]
  ) {
    for (name, clauses) in people {
      let toldInTheLine = SignalDetector.distinct(told.filter { clauses.contains($0.clause) })
      let said = toldInTheLine.isEmpty ? SignalDetector.distinct(toldOf(clauses, in: parsed)) : toldInTheLine
      let firm = said.filter { !$0.negated }
      // "the churn stuff got handed off": what is denied of them now stops counting.
      let denied = Set(said.filter(\.negated).map(\.signal.phrase))
      let before = state.placedPeople.last { $0.name == name }.map { person in
        let kept = person.evidence.filter { !denied.contains($0.phrase) }
        return ConversationState.PlacedPerson(name: name, track: person.track, evidence: kept, toldOn: person.toldOn)
      }
      // "dana is moving off fraud, she'll be doing evals … now": placed afresh by the change,
      // keeping what was said of them before for the track it points to.
      let changes = !firm.isEmpty && detector.isCorrection(parsed)
      guard let track = trackPlaced(adding: firm, to: changes ? nil : before) else { continue }
      let kept = before.map { person in changes ? person.evidence.filter { $0.track == track } : person.track == track ? person.evidence : [] } ?? []
      state.place(name, on: track, evidence: kept + evidence(for: track, in: firm))
    }
  }

  /// "and me? i mostly review their work and talk to compliance" after people were placed: the
  /// recommendation from what the asker told of their own work, leaving out what was said of
  /// the people placed; nil for any other line, before anyone is placed, or when nothing but
  /// their words counted.
  mutating func recommendationForTheAskerAlone(
    _ parsed: ParsedInput, confidence: Double, match: MatchResult?, detections: [SignalDetector.Detection]
  ) -> Reply? {
    guard !state.placedPeople.isEmpty, Self.asksAndForMe(parsed) else { return nil }
    var own = state.profile
    for person in state.placedPeople {
      for item in person.evidence { _ = own.takeOut(turn: item.turn) { $0.words == item.words } }
    }
    guard own != state.profile, own.evidence.contains(where: { $0.weight > 0 }) else { return nil }
    var asker = self
    (asker.state.profile, asker.state.placedPeople, asker.state.statedMainWork) = (own, [], nil)
    let reply = asker.recommend(parsed, confidence: confidence, match: match, detections: detections)
    let (profile, people) = (state.profile, state.placedPeople)
    (state, state.profile, state.placedPeople) = (asker.state, profile, people)
    return reply
  }

  /// The signals of clauses that tell of someone, read as said of them: "priya also started a
  /// RAG thing. does that change it for her?" asks, so its signals are not the asker's.
  func toldOf(_ clauses: Set<String>, in parsed: ParsedInput) -> [SignalDetector.Detection] {
    parsed.clauses.filter { clauses.contains($0.text) }.flatMap { clause in
      detector.detect(inClause: clause.text, words: parsed.stems[clause.range], aboutSelf: false)
    }
  }

  /// The track someone is placed on once `firm` is added to what placed them before: the one
  /// with the most weight, the track they had on a tie, nil on a tie for someone new.
  func trackPlaced(adding firm: [SignalDetector.Detection], to before: ConversationState.PlacedPerson?) -> TrackID? {
    let weightBefore = before.map { $0.evidence.reduce(0) { $0 + $1.weight } } ?? 0
    let weights = TrackID.allCases.map { track in
      evidence(for: track, in: firm).reduce(0) { $0 + $1.weight } + (before?.track == track ? weightBefore : 0)
    }
    let most = weights.max() ?? 0
    let leaders = TrackID.allCases.indices.filter { weights[$0] == most && most > 0 }.map { TrackID.allCases[$0] }
    if leaders.count == 1 { return leaders[0] }
    return before.flatMap { leaders.contains($0.track) ? $0.track : nil }
  }

  /// "carol does our infra and on-call … her?", "dave does …, eve is … tracks for them?", or
  /// "what about him?" on the line after: the people this line, or else the line before, told
  /// of, each placed by what it said of them; nil when its last clause is not such a question
  /// or no one was told of.
  mutating func peopleJustDescribed(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard let last = parsed.clauses.last, parsed.asks(last) || DialogueAct.endsWithQuestionMark(parsed),
      parsed.words[last.range].contains(where: Self.personPronouns.contains),
      parsed.words[last.range].allSatisfy({ Self.personPronouns.contains($0) || Self.askingForWords.contains($0) })
    else { return nil }
    let turn = parsed.clauses.count > 1 ? state.turn : state.turn - 1
    return placingEach(state.placedPeople.filter { $0.toldOn == turn }, parsed: parsed, confidence: confidence)
  }

  /// Where each of `people` was placed, with what was said of them, one after another; nil for none.
  mutating func placingEach(_ people: [ConversationState.PlacedPerson], parsed: ParsedInput, confidence: Double) -> Reply? {
    var reply: Reply?
    if people.count == 1 { state.personInFocus = people[0].name }
    for person in people {
      let placed = placing(parsed, on: person.track, evidence: person.evidence, lead: { Phrases.placedBefore(person.name, track: $0) },
        confidence: confidence)
      reply = reply.map { $0.followed(by: placed, reporting: $0) } ?? placed
    }
    return reply
  }

  /// "need to pick training tracks for 2 ppl", "planning tracks for my team", "i lead a team of
  /// 5, let me describe them": asked to place several people, told how to describe them; nil
  /// for any other line, or once people are placed or anything was told.
  func tracksForSeveralPeople(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> Reply? {
    guard state.placedPeople.isEmpty, state.profile.evidence.isEmpty, detections.isEmpty, parsed.tracks.isEmpty,
      Self.asksTracksForSeveral(parsed.words) || Self.offersToDescribeThem(parsed.words)
    else { return nil }
    return reply(input: parsed.original, intent: KnownIntent.recommendation, confidence: 1,
      content: AnswerContent(blocks: [.paragraph(Phrases.describeEachPerson)], sourceIDs: []))
  }

  /// Whether words ask for tracks for several people: "need to pick training tracks for 2 ppl".
  static func asksTracksForSeveral(_ words: [String]) -> Bool {
    guard let noun = words.firstIndex(where: { $0 == "tracks" || $0 == "track" || $0 == "training" }),
      let forPlace = words[noun...].firstIndex(of: "for")
    else { return false }
    return words[(forPlace + 1)...].prefix(3).contains(where: { severalPeopleWords.contains($0) || $0.allSatisfy(\.isNumber) })
  }

  /// Whether words of someone with a team offer to describe its people: "i lead a team of 5,
  /// let me describe them" ("describe" is read as its synonym "explain"); "can you explain
  /// them" asks of the tracks.
  static func offersToDescribeThem(_ words: [String]) -> Bool {
    guard words.contains(where: severalPeopleWords.contains),
      let verb = words.firstIndex(where: { $0 == "explain" || $0 == "introduce" }), verb > 0, ["me", "i", "will"].contains(words[verb - 1])
    else { return false }
    return words[(verb + 1)...].prefix(3).contains { $0 == "them" || $0 == "each" || $0 == "everyone" || severalPeopleWords.contains($0) }
  }

  /// Words for several people a track is picked for: "for 2 ppl", "for my team".
  static let severalPeopleWords: WordSet = ["ppl", "people", "team", "staff", "employees", "engineers", "everyone", "folks"]

  /// The words that stand for someone just told of: "her?", "tracks for them?".
  static let personPronouns: WordSet = ["her", "him", "she", "he", "them", "they"]

  /// The words around them that ask which track suits them.
  static let askingForWords: WordSet = [
    "and", "what", "about", "for", "which", "track", "tracks", "one", "ones", "so", "then", "does", "that", "change", "it", "now",
    "where", "fit", "fits", "land", "belong", "belongs", "go", "goes", "do",
  ]

  /// The clauses of a line that tell of someone by name, by name: one that opens with a name
  /// and a verb of doing ("carol does our infra and on-call", "eve is a frontend dev") or that
  /// only introduces a name ("first is priya", "ok next is marcus"), and the clauses after it
  /// that go on of the same person ("she maintains our churn models", "owns grafana") or only
  /// name more of the same ("k8s", "monitoring").
  func peopleDescribed(_ parsed: ParsedInput) -> [(name: String, clauses: Set<String>)] {
    var people: [(name: String, clauses: Set<String>)] = []
    var current: Int?
    for (number, clause) in parsed.clauses.enumerated() {
      let words = parsed.words[clause.range].drop(while: { DialogueAct.leadingFillers.contains($0) || $0 == "then" || $0 == "actually" })
      let next = parsed.clauses.dropFirst(number + 1).first.map { parsed.words[$0.range] }
      if let name = namedAtTheOpening(words, in: parsed) ?? nameIntroduced(words, in: parsed) ?? placedNameOpening(words)
        ?? nameAlone(words, before: next, in: parsed) ?? nameBesideATeamWord(words, in: parsed)
      {
        people.removeAll { $0.name == name }
        people.append((name, [String(clause.text)]))
        current = people.count - 1
      } else if let person = current, !DialogueAct.asksByItsOpening(clause, in: parsed),
        Self.goesOnOfThem(words) || SignalDetector.namesOnly(clause, in: parsed) && !Self.speaksOfThemselves(clause, in: parsed)
      {
        people[person].clauses.insert(String(clause.text))
      } else if let name = personGoneOnWith(words, clause: clause, in: parsed, after: people) {
        people.removeAll { $0.name == name }
        people.append((name, [String(clause.text)]))
        current = people.count - 1
      } else {
        current = nil
      }
    }
    return people
  }

  /// Whether a clause speaks of the speaker: "and i do the churn models" after a clause of
  /// someone else is theirs, not more of that person.
  static func speaksOfThemselves(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    parsed.classes[clause.range].contains { $0.contains(.firstPerson) }
  }

  /// The person in focus, when a clause of a line that names no one opens with "she" or "he"
  /// and tells, not asks: "no, she doesnt touch the fraud models anymore", "shes 100% on the
  /// llm chatbot".
  func personGoneOnWith(
    _ words: ArraySlice<String>, clause: ParsedInput.Clause, in parsed: ParsedInput, after people: [(name: String, clauses: Set<String>)]
  ) -> String? {
    guard let focus = state.personInFocus, people.allSatisfy({ $0.name == focus }), let first = words.first,
      Self.thirdPersonSubjects.contains(first), !DialogueAct.asksByItsOpening(clause, in: parsed),
      !parsed.words.contains(where: { word in state.placedPeople.contains { $0.name == word && $0.name != focus } })
    else { return nil }
    return focus
  }

  /// The words that open a clause of someone spoken of: "she", "he's".
  static let thirdPersonSubjects: WordSet = ["she", "he", "shes", "hes"]

  /// The name a clause opens with before a verb of doing: "carol does our infra".
  func namedAtTheOpening(_ words: ArraySlice<String>, in parsed: ParsedInput) -> String? {
    // "second is marcus" introduces Marcus: "second" is no name.
    guard let first = words.first, words.count > 2, Self.opensWithADoingVerb(words.dropFirst()),
      !Self.introducingWords.contains(first), Self.isAName(parsed, at: words.startIndex), !parser.lexicon.knows(first)
    else { return nil }
    return first
  }

  /// A name alone in a clause, when the next goes on of them: "then jo, she does observability".
  func nameAlone(_ words: ArraySlice<String>, before next: ArraySlice<String>?, in parsed: ParsedInput) -> String? {
    guard words.count == 1, let name = words.first, let next, Self.goesOnOfThem(next),
      Self.isAName(parsed, at: words.startIndex), !parser.lexicon.knows(name)
    else { return nil }
    return name
  }

  /// The name set beside a word for someone of their team, before a verb of doing: "one of my
  /// guys (dave) also maintains a small churn model", "my colleague priya runs our rag bot".
  func nameBesideATeamWord(_ words: ArraySlice<String>, in parsed: ParsedInput) -> String? {
    for place in words.indices.dropFirst() where Self.teamWords.contains(words[place - 1]) {
      guard words[..<place].contains(where: { $0 == "my" || $0 == "our" }), Self.isAName(parsed, at: place),
        !parser.lexicon.knows(words[place])
      else { continue }
      let after = words[(place + 1)...].drop(while: Self.wordsBeforeDoing.contains)
      if let verb = after.first, Self.isADoingVerb(verb) { return words[place] }
    }
    return nil
  }

  /// Words for someone of their team, before their name (`nameBesideATeamWord`).
  static let teamWords: WordSet = [
    "guys", "guy", "colleague", "coworker", "teammate", "report", "reports", "engineers", "devs", "intern", "people", "folks",
    "junior", "buddy",
  ]

  /// Words between a name and what the person does: "dave also maintains".
  static let wordsBeforeDoing: WordSet = ["also", "now", "still", "mostly", "mainly", "just", "only", "currently"]

  /// The name of someone placed before that opens a clause saying more of them: "priya also
  /// started building a RAG thing", "priya now also does rag".
  func placedNameOpening(_ words: ArraySlice<String>) -> String? {
    guard let first = words.first, words.count > 2, state.placedPeople.contains(where: { $0.name == first }) else { return nil }
    return first
  }

  /// The name a short clause introduces after words that only introduce: "first is priya",
  /// "next is marcus", "theres marcus", "the third one is kofi".
  func nameIntroduced(_ words: ArraySlice<String>, in parsed: ParsedInput) -> String? {
    guard (2...5).contains(words.count), let last = words.last, Self.introducingWords.contains(words[words.startIndex]),
      words.dropLast().allSatisfy(Self.introducingWords.contains), words.contains(where: Self.presentingWords.contains),
      Self.isAName(parsed, at: words.endIndex - 1), !parser.lexicon.knows(last)
    else { return nil }
    return last
  }

  /// The words that open a clause introducing someone: "first is priya", "next is marcus",
  /// "then theres jo", "the third one is kofi".
  static let introducingWords: WordSet = [
    "first", "second", "third", "fourth", "fifth", "next", "last", "then", "another", "one", "other", "is", "there", "theres",
    "s", "the", "and", "also", "finally", "lastly", "up",
  ]

  /// The words among them that present someone: "is", "there's".
  static let presentingWords: WordSet = ["is", "theres", "s"]

  /// Whether a line opens by introducing someone, not by naming a track by its place: "other
  /// one is lina, she tunes prompts", "and the third one, kofi, is on call".
  func opensIntroducingSomeone(_ parsed: ParsedInput) -> Bool {
    guard let first = parsed.clauses.first else { return false }
    let opening = parsed.words[first.range].drop(while: DialogueAct.leadingFillers.contains)
    if nameIntroduced(opening, in: parsed) != nil { return true }
    guard parsed.clauses.count > 2, opening.allSatisfy(Self.introducingWords.contains) else { return false }
    let (name, next) = (parsed.clauses[1].range, parsed.clauses[2].range)
    return nameAlone(parsed.words[name], before: parsed.words[next], in: parsed) != nil
  }

  /// Whether a line that asks nothing introduces someone by name, whatever the matcher made of
  /// it ("and the third one, kofi, is on call sre" is no question about the third track).
  func introducesSomeone(_ parsed: ParsedInput, _ detections: [SignalDetector.Detection]) -> Bool {
    // "can one person do both mlops and llmops tho? budget is for 1 hire. we also have …" asks.
    guard detections.contains(where: { !$0.negated && !$0.asked }), !DialogueAct.hasQuestionMark(parsed),
      !DialogueAct.asksSomething(parsed)
    else { return false }
    return !peopleDescribed(parsed).isEmpty
  }

  /// Whether a clause goes on of the person just named: "she maintains …", "he wired up …", or a
  /// verb of doing with no subject ("owns grafana and on-call").
  static func goesOnOfThem(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first else { return false }
    return first == "she" || first == "he" || doingVerbs.contains(first)
  }

  /// Whether a word after a name set beside a word for a teammate tells what the person does:
  /// one of `doingVerbs`, or any other verb in the third person ("my coworker lena wrangles
  /// the summarization bot"): a word of four letters or more ending in a single "s".
  static func isADoingVerb(_ word: String) -> Bool {
    doingVerbs.contains(word) || word.utf8.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
  }

  /// Whether words open with one of `doingVerbs`, or with "fine tunes" ("priya fine-tunes llama
  /// models" is typed with a hyphen, which separates words).
  static func opensWithADoingVerb(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first else { return false }
    return doingVerbs.contains(first) || first == "fine" && words.dropFirst().first == "tunes"
  }

  /// Verbs after a name that tell what the person does: "dave does", "eve is", "bob builds".
  static let doingVerbs: WordSet = [
    "does", "runs", "builds", "is", "works", "handles", "owns", "maintains", "manages", "writes", "trains", "deploys",
    "develops", "operates", "supports", "focuses", "codes", "leads", "retrains", "ships", "monitors", "tunes", "babysits", "oversees",
  ]
}
