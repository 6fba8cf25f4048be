/// The words and phrases the advisor knows, built once from the knowledge base.
///
/// It corrects typos (one edit, for words of 5 to 30 letters that are not an inflection of a
/// known word, found by scanning the known words of about the same length with a check that
/// stops at the second difference), and turns track aliases and factor words into slots.
public struct Lexicon: Sendable {
  /// The known words, grouped by length to be scanned for corrections.
  let words: WordsByLength
  /// How often each known word, by id, occurs in examples, aliases and signals.
  let frequencies: [Int]
  /// The stems of the known words, so an inflection of a known word is not taken for a typo.
  let knownStems: StringTable
  /// Track alias phrases, as word lists, to track ids.
  let trackPhrases: [[String]: TrackID]
  /// Words read as another word before matching.
  let synonyms: StringMap<String>
  /// Factor alias phrases, as word lists, to factor ids.
  let factorPhrases: [[String]: FactorID]
  let longestPhrase: Int
  /// For each word that starts a track or factor phrase, the longest such phrase, in words.
  let phraseLengthByFirstWord: StringMap<Int>

  /// Builds the lexicon of a knowledge base.
  public init(knowledgeBase: KnowledgeBase) {
    let phrases = Self.phrases(of: knowledgeBase.vocabulary)
    var frequency: [String: Int] = [:]
    let synonyms = knowledgeBase.vocabulary.synonyms
    let texts = knowledgeBase.intents.flatMap(\.examples) + synonyms.keys + synonyms.values
      + knowledgeBase.signals.signals.map(\.phrase) + phrases.tracks.keys.map { $0.joined(separator: " ") }
      + phrases.factors.keys.map { $0.joined(separator: " ") }
    for text in texts {
      for word in Self.words(text) { frequency[word, default: 0] += 1 }
    }
    let words = WordsByLength(frequency.keys)
    self.init(
      vocabulary: knowledgeBase.vocabulary, words: words, frequencies: words.table.strings.map { frequency[$0]! },
      knownStems: StringTable(Set(frequency.keys.map(Stemmer.stem)).sorted()))
  }

  /// The track and factor alias phrases of a vocabulary, as word lists.
  static func phrases(of vocabulary: Vocabulary) -> (tracks: [[String]: TrackID], factors: [[String]: FactorID]) {
    var trackPhrases: [[String]: TrackID] = [:]
    for track in vocabulary.tracks {
      for alias in [track.id.rawValue, track.name] + track.aliases {
        trackPhrases[Self.words(alias)] = track.id
      }
    }
    var factorPhrases: [[String]: FactorID] = [:]
    for factor in vocabulary.factors {
      for alias in factor.aliases { factorPhrases[Self.words(alias)] = factor.id }
    }
    return (trackPhrases, factorPhrases)
  }

  /// A lexicon from its counted words, as an image holds them, and the vocabulary's phrases.
  init(vocabulary: Vocabulary, words: WordsByLength, frequencies: [Int], knownStems: StringTable) {
    let (trackPhrases, factorPhrases) = Self.phrases(of: vocabulary)
    self.words = words
    self.frequencies = frequencies
    self.knownStems = knownStems
    self.trackPhrases = trackPhrases
    self.synonyms = StringMap(vocabulary.synonyms)
    self.factorPhrases = factorPhrases
    self.longestPhrase = (trackPhrases.keys.map(\.count) + factorPhrases.keys.map(\.count)).max() ?? 1
    var lengths: [String: Int] = [:]
    for phrase in Array(trackPhrases.keys) + Array(factorPhrases.keys) {
      guard let first = phrase.first else { continue }
      lengths[first] = max(lengths[first] ?? 0, phrase.count)
    }
    self.phraseLengthByFirstWord = StringMap(lengths)
  }

  static func words(_ text: String) -> [String] {
    TextNormalizer.clauses(of: text).flatMap(\.words)
  }

  /// Whether the word occurs anywhere in the knowledge base.
  public func knows(_ word: String) -> Bool { words.table.contains(word) }

  /// How often a known word occurs in examples, aliases and signals; nil for an unknown word.
  func frequency(of word: String) -> Int? {
    words.table[word].map { frequencies[$0] }
  }

  /// Words outside this length range are never corrected.
  static let correctableLength = 5...30

  /// The known word one edit from `word`: the most frequent, then the alphabetically first.
  public func correction(for word: String) -> String? {
    guard Self.correctableLength.contains(word.count), !knows(word), word.contains(where: \.isLetter),
      !knownStems.contains(Stemmer.stem(word))
    else { return nil }
    let candidates = words.withinOneEdit(of: word).map { (word: words.table.string(at: $0), frequency: frequencies[$0]) }
    return candidates.min { a, b in a.frequency != b.frequency ? a.frequency > b.frequency : a.word < b.word }?.word
  }
}
