/// The words and phrases the advisor knows, built once from the knowledge base.
///
/// It corrects typos (one edit, for words of 5 to 30 letters that are not an inflection of a
/// known word, found through a
/// deletion index so that a look-up costs a handful of hash probes), and turns track
/// aliases and factor words into slots.
public struct Lexicon: Sendable {
  /// Known words with how often they occur in examples, aliases and signals.
  let wordFrequency: [String: Int]
  /// The stems of the known words, so an inflection of a known word is not taken for a typo.
  let knownStems: Set<String>
  /// Every known word under each of its one-letter deletions and itself.
  let deletions: [String: [String]]
  /// Track alias phrases, as word lists, to track ids.
  let trackPhrases: [[String]: TrackID]
  /// Words read as another word before matching.
  let synonyms: [String: String]
  /// Factor alias phrases, as word lists, to factor ids.
  let factorPhrases: [[String]: FactorID]
  let longestPhrase: Int
  /// For each word that starts a track or factor phrase, the longest such phrase, in words.
  let phraseLengthByFirstWord: [String: Int]

  /// Builds the lexicon of a knowledge base.
  public init(knowledgeBase: KnowledgeBase) {
    var trackPhrases: [[String]: TrackID] = [:]
    for track in knowledgeBase.vocabulary.tracks {
      for alias in [track.id.rawValue, track.name] + track.aliases {
        trackPhrases[Self.words(alias)] = track.id
      }
    }
    var factorPhrases: [[String]: FactorID] = [:]
    for factor in knowledgeBase.vocabulary.factors {
      for alias in factor.aliases { factorPhrases[Self.words(alias)] = factor.id }
    }
    var frequency: [String: Int] = [:]
    let synonyms = knowledgeBase.vocabulary.synonyms
    let texts = knowledgeBase.intents.flatMap(\.examples) + synonyms.keys + synonyms.values
      + knowledgeBase.signals.signals.map(\.phrase) + trackPhrases.keys.map { $0.joined(separator: " ") }
      + factorPhrases.keys.map { $0.joined(separator: " ") }
    for text in texts {
      for word in Self.words(text) { frequency[word, default: 0] += 1 }
    }
    self.wordFrequency = frequency
    self.knownStems = Set(frequency.keys.map(Stemmer.stem))
    self.deletions = Self.deletionIndex(frequency.keys)
    self.trackPhrases = trackPhrases
    self.synonyms = synonyms
    self.factorPhrases = factorPhrases
    self.longestPhrase = (trackPhrases.keys.map(\.count) + factorPhrases.keys.map(\.count)).max() ?? 1
    var lengths: [String: Int] = [:]
    for phrase in Array(trackPhrases.keys) + Array(factorPhrases.keys) {
      guard let first = phrase.first else { continue }
      lengths[first] = max(lengths[first] ?? 0, phrase.count)
    }
    self.phraseLengthByFirstWord = lengths
  }

  static func words(_ text: String) -> [String] {
    TextNormalizer.clauses(of: text).flatMap(\.words)
  }

  /// Whether the word occurs anywhere in the knowledge base.
  public func knows(_ word: String) -> Bool { wordFrequency[word] != nil }

  static func deletionIndex(_ words: Dictionary<String, Int>.Keys) -> [String: [String]] {
    var index: [String: [String]] = [:]
    for word in words where word.count >= 3 {
      for key in Set(oneDeletion(word) + [word]) { index[key, default: []].append(word) }
    }
    return index.mapValues { $0.sorted() }
  }

  /// The word with each one of its characters left out in turn.
  static func oneDeletion(_ word: String) -> [String] {
    let characters = Array(word)
    var result: [String] = []
    result.reserveCapacity(characters.count)
    for skipped in characters.indices {
      var shorter = String()
      shorter.reserveCapacity(word.utf8.count)
      for (offset, character) in characters.enumerated() where offset != skipped { shorter.append(character) }
      result.append(shorter)
    }
    return result
  }

  /// Words outside this length range are never corrected.
  static let correctableLength = 5...30

  /// The known word one edit from `word`: the most frequent, then the alphabetically first.
  public func correction(for word: String) -> String? {
    guard Self.correctableLength.contains(word.count), !knows(word), word.contains(where: \.isLetter),
      !knownStems.contains(Stemmer.stem(word))
    else { return nil }
    var candidates = Set(deletions[word] ?? [])
    for deleted in Self.oneDeletion(word) {
      if knows(deleted) { candidates.insert(deleted) }
      candidates.formUnion(deletions[deleted] ?? [])
    }
    let near = candidates.filter { EditDistance.distance(word, $0, limit: 1) <= 1 }
    return near.min { a, b in
      let (fa, fb) = (wordFrequency[a] ?? 0, wordFrequency[b] ?? 0)
      return fa != fb ? fa > fb : a < b
    }
  }
}
