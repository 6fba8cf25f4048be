/// The words after `/compare`, read: the tracks and the one factor (or topic) asked for, and the
/// words that are neither.
///
/// A command takes its arguments literally, so they are read here against the vocabulary alone,
/// not matched like a question: track names and aliases, factor words and aliases, the
/// synonyms of those words, `topics` (answered track by track instead of as a table row) and a
/// few joining words ("and", "vs", "on"…). A word one edit from a known one of four letters or
/// more is read as it ("tols" as "tools"); any other word is reported, never guessed at.
public struct CompareArguments: Sendable, Equatable {
  /// What a phrase of the arguments names.
  public enum Term: Sendable, Hashable {
    case track(TrackID)
    case factor(FactorID)
    /// An intent answered track by track, as the comparison's topic.
    case topic(String)
    /// A joining word, read and ignored.
    case filler
  }

  /// The tracks named, in order, each once.
  public var tracks: [TrackID] = []
  /// The first factor named.
  public var factor: FactorID?
  /// The first topic named, when no factor came before it.
  public var topic: String?
  /// Factors and topics named after the first, which the comparison leaves out, as typed.
  public var ignored: [String] = []
  /// Words read as a known word one edit away.
  public var corrections: [ParsedInput.Correction] = []
  /// Words that name nothing /compare knows, normalised.
  public var unknown: [String] = []

  /// Intents that `/compare WORD` answers track by track (their id is the word): the topics
  /// `/help` offers that the comparison table has no row for.
  public static let topics = ["skills"]

  /// Words that join the others ("mlops and aiops on tools") and mean nothing by themselves.
  static let fillers: WordSet = [
    "all", "against", "and", "across", "between", "both", "by", "compare", "for", "in", "me", "of", "on", "or",
    "please", "side", "terms", "the", "their", "them", "three", "to", "track", "tracks", "v", "versus", "vs", "with",
  ]

  /// How much of the arguments is read, in characters, as for any input.
  static let longestArguments = 2_000
  /// The shortest word read as a known word one edit away.
  static let shortestCorrected = 4

  /// Reads `text`, the words after `/compare`, against `phrases`.
  public init(_ text: String, phrases: CompareArguments.Phrases) {
    let words = TextNormalizer.clauses(of: String(text.prefix(Self.longestArguments))).flatMap(\.words)
    var start = 0
    while start < words.count {
      let (length, term) = phrases.longestTerm(in: words, from: start)
      if let term {
        note(term, phrase: words[start..<start + length].joined(separator: " "))
        start += length
        continue
      }
      let word = words[start]
      if word.count >= Self.shortestCorrected, let (read, term) = phrases.correction(for: word) {
        corrections.append(.init(typed: word, read: read))
        note(term, phrase: read)
      } else if !unknown.contains(word) {
        unknown.append(word)
      }
      start += 1
    }
  }

  /// Records what one phrase names.
  mutating func note(_ term: Term, phrase: String) {
    switch term {
    case .track(let track): if !tracks.contains(track) { tracks.append(track) }
    case .factor(let found) where factor == nil && topic == nil: factor = found
    case .topic(let found) where factor == nil && topic == nil: topic = found
    case .factor(let found) where found == factor: break
    case .topic(let found) where found == topic: break
    case .factor, .topic: if !ignored.contains(phrase) { ignored.append(phrase) }
    case .filler: break
    }
  }
}

extension CompareArguments {
  /// The phrases `/compare` understands, built from a vocabulary and the intents it may answer.
  public struct Phrases: Sendable {
    /// Each phrase, as normalised words, and what it names.
    let terms: [[String]: Term]
    /// The longest phrase, in words.
    let longest: Int
    /// The one-word phrases that name a track, factor or topic: typo candidates, the names
    /// notes use first, then the rest alphabetically.
    let correctable: [String]
    /// How each factor and topic is named to the user, in the vocabulary's order.
    public let factorNames: [String]
    /// Every track, factor and topic phrase as written in the vocabulary, with the synonyms of
    /// those words, lower case, and what it names.
    let written: [String: Term]
    /// The names notes use: track ids, each factor's first alias, the topics.
    let names: Set<String>

    /// The phrases of `vocabulary`; `topics` lists the intents that may be compared track by track.
    public init(vocabulary: Vocabulary, topics: [String]) {
      var terms: [[String]: Term] = [:]
      var written: [String: Term] = [:]
      func add(_ phrase: String, _ term: Term) {
        let words = Self.words(phrase)
        guard !words.isEmpty, terms[words] == nil || terms[words] == term else { return }
        terms[words] = term
        if term != .filler { written[phrase.lowercased()] = term }
      }
      for track in vocabulary.tracks {
        for phrase in [track.id.rawValue, track.name] + track.aliases { add(phrase, .track(track.id)) }
      }
      for factor in vocabulary.factors {
        for phrase in factor.aliases + [factor.id.rawValue, factor.name] { add(phrase, .factor(factor.id)) }
      }
      for topic in topics { add(topic, .topic(topic)) }
      for (word, canonical) in vocabulary.synonyms.sorted(by: { $0.key < $1.key }) {
        if let term = terms[[canonical]], term != .filler { add(word, term) }
      }
      for word in CompareArguments.fillers { add(word, .filler) }
      self.terms = terms
      self.written = written
      self.longest = terms.keys.map(\.count).max() ?? 1
      let names = Set(vocabulary.tracks.map(\.id.rawValue) + vocabulary.factors.compactMap(\.aliases.first) + topics)
      self.names = names
      // A typo one edit from two words is read as the one that comes first: the name, if either is.
      self.correctable = terms.compactMap { $0.key.count == 1 && $0.value != .filler ? $0.key[0] : nil }
        .map { (isName: names.contains($0), word: $0) }
        .sorted { $0.isName != $1.isName ? $0.isName : $0.word < $1.word }.map(\.word)
      self.factorNames = vocabulary.factors.map { $0.aliases.first ?? $0.id.rawValue } + topics
    }

    /// What completion offers: every phrase in `written`, sorted, except a singular whose
    /// plural names the same ("aiop", "tool": Tab would stop at it, "aio" → "aiop") unless it is
    /// a name the notes use.
    public func completionWords() -> [String] {
      written.keys.filter { names.contains($0) || written[$0] != written[$0 + "s"] }.sorted()
    }

    /// The normalised words of a phrase, as `TextNormalizer` makes them of any input.
    static func words(_ phrase: String) -> [String] {
      TextNormalizer.clauses(of: phrase).flatMap(\.words)
    }

    /// The longest phrase at `start` and what it names; a length of 1 and nil when none does.
    func longestTerm(in words: [String], from start: Int) -> (Int, Term?) {
      for length in stride(from: min(longest, words.count - start), through: 1, by: -1) {
        if let term = terms[Array(words[start..<start + length])] { return (length, term) }
      }
      return (1, nil)
    }

    /// The known one-word phrase one edit from `word`, and what it names.
    func correction(for word: String) -> (String, Term)? {
      guard let read = EditDistance.nearest(to: word, among: correctable, maximum: 1) else { return nil }
      return (read, terms[[read]]!)
    }
  }
}

extension KnowledgeBase {
  /// The phrases `/compare` understands in this knowledge base: its vocabulary, and those of
  /// `CompareArguments.topics` it has an answer for on every track.
  public var comparePhrases: CompareArguments.Phrases {
    let topics = CompareArguments.topics.filter { id in
      guard let intent = intent(IntentID(id)) else { return false }
      return TrackID.allCases.allSatisfy { track in intent.answers.contains { $0.track == track } }
    }
    return CompareArguments.Phrases(vocabulary: vocabulary, topics: topics)
  }
}
