/// What terms mean that the source uses without defining ("what is drift"), or that people
/// ask about beside it ("whats rag", "what is mlflow"): the vocabulary's `meanings`, general
/// knowledge, always said marked as the advisor's own and citing the outside section.
extension Advisor {
  /// The vocabulary's meaning of a term asked about, found by the stems of all its words, else
  /// (with `head`) of its last word, the head of the phrase ("model drift" → drift); nil when it
  /// has none.
  func meaning(of terms: [String], orOfItsHead head: Bool = true) -> String? {
    let stems = terms.map(Stemmer.stem)
    return meaningsByStems[stems.joined(separator: " ")] ?? (head ? stems.last : nil).flatMap { meaningsByStems[$0] }
  }

  /// `meanings` by the stems of their term, joined by spaces; of two terms that stem alike, the
  /// first in sorted order.
  static func meaningsByStems(_ meanings: [String: String]) -> [String: String] {
    var byStems: [String: String] = [:]
    for key in meanings.keys.sorted() {
      let stems = key.split(separator: " ").map { Stemmer.stem(String($0)) }.joined(separator: " ")
      if byStems[stems] == nil { byStems[stems] = meanings[key] }
    }
    return byStems
  }

  /// `reply` with the meaning of `terms` added at the end of its answer, marked as the
  /// advisor's own, and the outside section among its sources; `reply` itself when the
  /// vocabulary has no meaning for them.
  func withMeaning(of terms: [String], in reply: Reply) -> Reply {
    withMeanings(of: [terms], in: reply)
  }

  /// `reply` with the meanings of several terms the vocabulary knows, one after another in one
  /// paragraph marked as the advisor's own ("is observability the same as monitoring").
  func withMeanings(of terms: [[String]], in reply: Reply) -> Reply {
    let meanings = terms.compactMap { meaning(of: $0) }
    guard !meanings.isEmpty else { return reply }
    return citingOutside(reply.inserting([.paragraph(Phrases.outsideTheComparison + meanings.joined(separator: " "))]))
  }

  /// "what is a feature store?", "what does kubernetes mean": that the source does not name the
  /// term, then what it is, in the advisor's own words; nil for a line that does not ask what
  /// it is, or a term the vocabulary has no meaning for.
  mutating func meaningOfATermNotNamed(_ terms: [String], parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard Self.asksWhatItIs(parsed), let meaning = meaning(of: terms, orOfItsHead: false) else { return nil }
    let text = Phrases.termNotNamed(DisplayText.sanitized(terms.joined(separator: " "), limit: 60)) + " " + Phrases.outsideTheComparison + meaning
    state.lastExplanation = explanation(parsed, KnownIntent.outOfScope, confidence, match)
    return reply(input: parsed.original, intent: KnownIntent.outOfScope, confidence: confidence,
      content: AnswerContent(blocks: [.paragraph(text)], sourceIDs: [KnownSection.outside]))
  }

  /// The advisor's own words on a term the source does not name ("what is a vector db"): what
  /// it is, when the vocabulary knows, then how it bridges to a track, marked as outside the
  /// comparison once.
  func ownWords(on terms: [String], bridge: String) -> String {
    let marker = Phrases.outsideTheComparison
    let unmarked = bridge.hasPrefix(marker) ? String(bridge.dropFirst(marker.count)) : bridge
    let ended = unmarked.hasSuffix(".") ? unmarked : unmarked + "."
    guard let meaning = meaning(of: terms) else { return marker + ended }
    return marker + meaning + " " + ended.capitalizedFirst
  }

  /// Whether a line asks for terms in plain words, or says it does not know what they mean:
  /// "can u say that in simpler words? i dont know what serving or throughput means", "explain
  /// token costs without jargon".
  static func asksForTermsInPlainWords(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return words.contains(where: plainRequestWords.contains) || words.containsRun(["plain", "english"])
      || words.containsRun(["know", "what"]) && words.contains { $0 == "means" || $0 == "mean" }
  }

  /// Words that ask for something in plainer words.
  static let plainRequestWords: WordSet = ["simpler", "jargon", "jargony", "eli5", "layman", "laymans"]

  /// The terms of a line the vocabulary has meanings for, two words before one, in the line's
  /// order, each once.
  func termsWithMeanings(in words: [String]) -> [[String]] {
    var (terms, place) = ([[String]](), 0)
    while place < words.count {
      let pair = place + 1 < words.count ? Array(words[place...(place + 1)]) : []
      let found = [pair, [words[place]]].first { !$0.isEmpty && meaning(of: $0, orOfItsHead: false) != nil }
        ?? sourceWordOf(words[place]).map { [$0] }
      if let found, !terms.contains(where: { meaning(of: $0) == meaning(of: found) }) { terms.append(found) }
      place += found?.count ?? 1
    }
    return terms
  }

  /// The word a short form is related to that has a meaning and starts as it does: "evals" →
  /// "evaluation" (a related word of another stem, "cost" → "token", is not it).
  func sourceWordOf(_ word: String) -> String? {
    knowledgeBase.vocabulary.relatedWords(of: word).first { $0.hasPrefix(String(word.prefix(4))) && meaning(of: [$0]) != nil }
  }

  /// "can u say that in simpler words? i dont know what serving or throughput means": what the
  /// terms it names mean, marked as the advisor's own; nil for a line naming none.
  func termsInPlainWords(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    let terms = termsWithMeanings(in: parsed.words)
    guard !terms.isEmpty else { return nil }
    return meaningsReply(terms, parsed: parsed, confidence: confidence)
  }

  /// Whether a line asks what several terms mean, naming no track or row: "whats evals? and
  /// guardrails?", "ok and tracing? token costs? what do those mean".
  func asksWhatSeveralTermsMean(_ parsed: ParsedInput) -> [[String]]? {
    // "i mean latency and token cost. which track covers that" asks where they belong.
    let words = parsed.words
    let asksMeaning = words.firstIndex(of: "what").map { what in words[what...].contains { $0 == "mean" || $0 == "means" } } ?? false
    guard parsed.tracks.isEmpty, parsed.factor == nil, parsed.namesNothingOutside, !parsed.classes.contains(.comparing),
      !words.contains("which"), asksMeaning || Self.asksWhatItIs(parsed)
    else { return nil }
    // Tools the source names are answered where it names them ("whats TGI? and is vllm worth learning").
    let terms = termsWithMeanings(in: words)
    return terms.count >= 2 && terms.allSatisfy({ toolNames[$0.joined(separator: " ")] == nil }) ? terms : nil
  }

  /// What `terms` mean, in one paragraph marked as the advisor's own.
  func meaningsReply(_ terms: [[String]], parsed: ParsedInput, confidence: Double) -> Reply {
    let answered = reply(input: parsed.original, intent: KnownIntent.definition, confidence: confidence,
      content: AnswerContent(blocks: [], sourceIDs: []))
    return withMeanings(of: terms, in: answered)
  }

  /// `reply` with the meanings of the fields next door a line asks what they are ("whats
  /// agentops", "what is devops"); `reply` itself for any other line.
  func withMeaningsOfNeighboursAsked(_ parsed: ParsedInput, in reply: Reply) -> Reply {
    guard !parsed.neighbours.isEmpty, Self.asksWhatItIs(parsed) else { return reply }
    let names = parsed.neighbours.map { TextNormalizer.normalize(knowledgeBase.vocabulary.neighbour($0).name).split(separator: " ").map(String.init) }
    return withMeanings(of: names, in: reply)
  }

  /// `reply` with the outside section among its sources, named in its sources line.
  func citingOutside(_ reply: Reply) -> Reply {
    citing(KnownSection.outside, in: reply)
  }

  /// `reply` with a section among its sources (first, or last), named in its sources line.
  func citing(_ sectionID: String, first: Bool = false, in reply: Reply) -> Reply {
    guard let section = knowledgeBase.vocabulary.section(sectionID), !reply.sources.contains(section.name) else { return reply }
    var cited = reply
    cited.sources.insert(section.name, at: first ? 0 : cited.sources.count)
    cited.blocks.removeAll(where: \.isSources)
    cited.blocks.append(.sources(cited.sources))
    return cited
  }
}
