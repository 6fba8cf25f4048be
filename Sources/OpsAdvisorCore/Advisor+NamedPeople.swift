/// People a line tells of by name ("dave does data pipelines and feature engineering with
/// airflow"), so that "what track for dave?" later is answered from what was said of Dave.
extension Advisor {
  /// Records, for each person a line's clauses tell of by name, what those clauses point to,
  /// as `someonePlacedBefore` reads it; their words still count in the asker's profile, as a
  /// team lead's account of their team does.
  mutating func recordPeopleDescribed(_ parsed: ParsedInput, _ told: [SignalDetector.Detection]) {
    for (name, clauses) in peopleDescribed(parsed) {
      let firm = SignalDetector.distinct(told.filter { clauses.contains($0.clause) }).filter { !$0.negated }
      let pointed = Profile.mostPointedTo(firm)
      guard pointed.count == 1, let track = pointed.first else { continue }
      state.place(name, on: track, evidence: evidence(for: track, in: firm))
    }
  }

  /// "carol does our infra and on-call … her?", "dave does …, eve is … tracks for them?": the
  /// people this line told of, each placed by what it said of them; nil when its last clause
  /// is not such a question or it told of no one.
  mutating func peopleJustDescribed(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard let last = parsed.clauses.last, parsed.clauses.count > 1, parsed.asks(last),
      parsed.words[last.range].contains(where: Self.personPronouns.contains),
      parsed.words[last.range].allSatisfy({ Self.personPronouns.contains($0) || Self.askingForWords.contains($0) })
    else { return nil }
    let people = state.placedPeople.filter { person in person.evidence.contains { $0.turn == state.turn } }
    var reply: Reply?
    for person in people {
      let placed = placing(parsed, on: person.track, evidence: person.evidence, lead: { Phrases.placedBefore(person.name, track: $0) },
        confidence: confidence)
      reply = reply.map { $0.followed(by: placed, reporting: $0) } ?? placed
    }
    return reply
  }

  /// The words that stand for someone just told of: "her?", "tracks for them?".
  static let personPronouns: WordSet = ["her", "him", "she", "he", "them", "they"]

  /// The words around them that ask which track suits them.
  static let askingForWords: WordSet = ["and", "what", "about", "for", "which", "track", "tracks", "one", "ones", "so", "then"]

  /// The clauses of a line that tell of someone by name, by name: one that opens with a name
  /// and a verb of doing ("carol does our infra and on-call", "eve is a frontend dev"), and the
  /// clauses after it that only name more of the same ("k8s", "monitoring").
  func peopleDescribed(_ parsed: ParsedInput) -> [(name: String, clauses: Set<String>)] {
    var people: [(name: String, clauses: Set<String>)] = []
    var current: Int?
    for clause in parsed.clauses {
      let words = parsed.words[clause.range].drop(while: { DialogueAct.leadingFillers.contains($0) || $0 == "then" })
      if let first = words.first, words.count > 2, Self.doingVerbs.contains(words[words.startIndex + 1]),
        Self.isAName(parsed, at: words.startIndex), !parser.lexicon.knows(first)
      {
        people.removeAll { $0.name == first }
        people.append((first, [String(clause.text)]))
        current = people.count - 1
      } else if let person = current, SignalDetector.namesOnly(clause, in: parsed), !parsed.asks(clause) {
        people[person].clauses.insert(String(clause.text))
      } else {
        current = nil
      }
    }
    return people
  }

  /// Verbs after a name that tell what the person does: "dave does", "eve is", "bob builds".
  static let doingVerbs: WordSet = [
    "does", "runs", "builds", "is", "works", "handles", "owns", "maintains", "manages", "writes", "trains", "deploys",
    "develops", "operates", "supports", "focuses", "codes", "leads",
  ]
}
