/// The words and phrases the advisor knows, built once from the knowledge base.
///
/// It corrects typos: a word of 4 to 30 letters that is not known, not an inflection of a
/// known word and not a correctly spelt English word is read as the known word one edit away
/// (found by scanning the known words of about the same length with a check that stops at the
/// second difference) that opens as the typed word does, with the same first letter or the
/// first two swapped, the way typos go ("mlpos", "llmosp", "lmops", never "agentops" or
/// "devops"; "xray" is not "ray"). The English words that matter
/// — those one edit from a known word, which would otherwise be "corrected" ("those" to
/// "these") — are picked from a word list when the lexicon is built (Debian's `wamerican`,
/// `/usr/share/dict/words`, at build time) and kept with it. It also turns track aliases,
/// factor words, neighbour names and domain words into slots.
public struct Lexicon: Sendable {
  /// The known words, grouped by length to be scanned for corrections.
  let words: WordsByLength
  /// How often each known word, by id, occurs in examples, aliases and signals.
  let frequencies: [Int]
  /// The stems of the known words, so an inflection of a known word is not taken for a typo.
  let knownStems: StringTable
  /// The correctly spelt English words one edit from a known word, which are never corrected.
  let englishWords: StringTable
  /// What each known phrase (track and factor aliases, neighbour names) names, by its words
  /// joined with single spaces; looked up by a span of words without joining them (`phrase(_:)`).
  let phrases: StringMap<Phrase>
  /// Words read as another word before matching.
  let synonyms: StringMap<String>
  /// For each word that starts a known phrase, the longest such phrase, in words.
  let phraseLengthByFirstWord: StringMap<Int>
  /// For each known word, by id: the id of the word its synonym reads it as, or its own id.
  /// Every synonym and every first word of a phrase is a known word, so one look-up of a
  /// typed word answers whether it is known, what it reads as and which phrase it may start.
  let readsAs: [Int32]
  /// For each known word, by id: the longest known phrase it starts, in words (0 for none).
  let phraseLengths: [Int32]

  /// A lexicon from all its tables, as an image holds them; the tables by word id are derived.
  init(
    words: WordsByLength, frequencies: [Int], knownStems: StringTable, englishWords: StringTable,
    phrases: StringMap<Phrase>, synonyms: StringMap<String>, phraseLengthByFirstWord: StringMap<Int>
  ) {
    (self.words, self.frequencies, self.knownStems, self.englishWords) = (words, frequencies, knownStems, englishWords)
    (self.phrases, self.synonyms, self.phraseLengthByFirstWord) = (phrases, synonyms, phraseLengthByFirstWord)
    var (readsAs, phraseLengths) = ((0..<words.table.count).map(Int32.init), [Int32](repeating: 0, count: words.table.count))
    for (id, word) in synonyms.keys.strings.enumerated() {
      guard let known = words.table[word], let target = words.table[synonyms.values[id]] else { continue }
      readsAs[known] = Int32(target)
    }
    for (id, word) in phraseLengthByFirstWord.keys.strings.enumerated() {
      if let known = words.table[word] { phraseLengths[known] = Int32(phraseLengthByFirstWord.values[id]) }
    }
    (self.readsAs, self.phraseLengths) = (readsAs, phraseLengths)
  }

  /// The words of an English word list, one per line (Debian's wamerican, as the build and
  /// `--intents` read it).
  public static func dictionaryWords(in text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map(String.init)
  }

  /// The words never read as typos of a known word: those of `dictionary`, normalised, that are
  /// not known but one edit from a known word, and the same for each word not known with a
  /// doubled letter typed once ("sory" is "sorry" misspelt, not "sort"), unless a known word
  /// doubles the same letter ("tols" is read as "tools", not "tolls"), and the agent nouns of
  /// its verbs in "-ize" and "-ise" ("summarizer").
  static func englishWordsNear<Words: Sequence<String>>(_ words: WordsByLength, in dictionary: Words) -> StringTable {
    var near = Set<String>()
    for entry in dictionary {
      let word = TextNormalizer.normalize(entry)
      guard !word.contains(" ") else { continue }
      // "summarizer" is no typo of "summarize", known or not.
      for form in agentNouns(of: word) where correctableLength.contains(form.count) && !words.table.contains(form) {
        if !words.withinOneEdit(of: form).isEmpty { near.insert(form) }
      }
      guard !words.table.contains(word) else { continue }
      if correctableLength.contains(word.count), !words.withinOneEdit(of: word).isEmpty { near.insert(word) }
      for form in singledForms(of: word) where correctableLength.contains(form.count) && !words.table.contains(form) {
        let known = words.withinOneEdit(of: form).map { words.table.string(at: $0) }
        // "tols" is "tools" typed so as much as "tolls": the known word wins.
        if !known.isEmpty, !known.contains(where: { doublesALetter(of: form, in: $0) }) { near.insert(form) }
      }
    }
    return StringTable(near.sorted())
  }

  /// The nouns for what does what a verb in "-ize" or "-ise" says, which word lists seldom
  /// hold: "summarize" → "summarizer", "summarizers" (not a typo of "summarize").
  static func agentNouns(of word: String) -> [String] {
    guard agentVerbEndings.contains(where: word.hasSuffix) else { return [] }
    return [word + "r", word + "rs"]
  }

  /// The endings of verbs whose agent nouns `agentNouns(of:)` adds.
  static let agentVerbEndings = ["ize", "ise", "yze", "yse"]

  /// A word with one of its doubled letters typed once, for each such pair: "sorry" → "sory".
  static func singledForms(of word: String) -> [String] {
    let letters = Array(word.utf8)
    return letters.indices.dropFirst().filter { letters[$0] == letters[$0 - 1] && letters[$0] >= UInt8(ascii: "a") }.map { place in
      String(decoding: letters[..<place] + letters[(place + 1)...], as: UTF8.self)
    }
  }

  /// What a known phrase names.
  enum Phrase: Sendable, Equatable {
    case track(TrackID)
    case factor(FactorID)
    /// A neighbour's id, and the track the comparison files it under, if any.
    case neighbour(String, within: TrackID?)
    /// A topic the comparison does not cover, by its neighbour id.
    case uncoveredTopic(String)
    /// A word for the kind of system a track operates.
    case domain(TrackID)
    /// A career title the comparison names for a track ("ML Platform Engineer").
    case careerTitle(TrackID)
  }

  /// The phrases of a vocabulary, as word lists: track and factor aliases, neighbour names,
  /// career titles and domain words. Tracks win over factors, factors over neighbours,
  /// neighbours over career titles and career titles over domains where one phrase is several.
  /// A phrase's words are read through the synonyms, as a line's words are before they are
  /// looked up ("more job openings" is found as "more career openings").
  static func phrases(of vocabulary: Vocabulary) -> [[String]: Phrase] {
    var phrases: [[String]: Phrase] = [:]
    phrases.reserveCapacity(512)
    func words(_ text: String) -> [String] { Self.words(text).map { vocabulary.synonyms[$0] ?? $0 } }
    for track in vocabulary.tracks {
      for word in track.domain { phrases[words(word)] = .domain(track.id) }
    }
    for track in vocabulary.tracks {
      for title in track.careers { phrases[words(title)] = .careerTitle(track.id) }
    }
    for neighbour in vocabulary.neighbours {
      // A topic's name describes it ("Pay", "How long learning takes"); only its aliases name
      // it in a line ("the tooling we already pay for" asks nothing about pay).
      for alias in (neighbour.isTopic ? [] : [neighbour.name]) + neighbour.aliases {
        phrases[words(alias)] =
          neighbour.isTopic ? .uncoveredTopic(neighbour.id) : .neighbour(neighbour.id, within: neighbour.within)
      }
    }
    for factor in vocabulary.factors {
      for alias in factor.aliases { phrases[words(alias)] = .factor(factor.id) }
    }
    for track in vocabulary.tracks {
      for alias in [track.id.rawValue, track.name] + track.aliases { phrases[words(alias)] = .track(track.id) }
    }
    return phrases
  }

  static func words(_ text: String) -> [String] {
    TextNormalizer.clauses(of: text).flatMap(\.words)
  }

  /// Whether the word occurs anywhere in the knowledge base.
  public func knows(_ word: String) -> Bool { words.table.contains(word) }

  /// The id of a known word, nil for an unknown one.
  func id(of word: String) -> Int? { words.table[word] }

  /// A known word as the matcher reads it, with that word's id: its synonym, or itself.
  func reading(_ word: String, id: Int) -> (word: String, id: Int) {
    let target = Int(readsAs[id])
    return target == id ? (word, id) : (synonyms[word] ?? word, target)
  }

  /// How often a known word occurs in examples, aliases and signals; nil for an unknown word.
  func frequency(of word: String) -> Int? {
    words.table[word].map { frequencies[$0] }
  }

  /// Words outside this length range are never corrected.
  static let correctableLength = 4...30

  /// Common Spanish and Portuguese words that people mix into English ("para mi is not
  /// clear", "pero I tell you"): never read as typos of English ones ("para" → "part").
  static let foreignWords: WordSet = [
    "para", "pero", "como", "esta", "este", "pues", "meses", "qual", "quero", "quiero", "voce", "tengo", "tenho", "puedo",
    "posso", "porque", "donde", "cuando", "entonces", "ahora", "sobre", "entre", "mucho", "muito", "todo", "todos", "nada",
    "algo", "bien", "trabajo", "trabalho", "trabajar", "trabalhar", "tambien", "tambem", "experiencia", "ejemplo", "exemplo",
  ]

  /// Short forms people type that are no typos: "comp sci", "uni", "prod".
  static let shortForms: WordSet = ["comp", "sci", "uni", "prod", "mgmt", "perf", "reqs", "yrs", "exp", "env", "repo", "repos"]

  /// The known word one edit from `word`, if `word` is a typo: the most frequent, then the
  /// alphabetically first, among those that keep its opening (`keepsTheOpening`).
  public func correction(for word: String) -> String? {
    knows(word) ? nil : correction(forUnknown: word)
  }

  /// `correction(for:)` of a word known not to be known.
  func correction(forUnknown word: String) -> String? {
    // Short words are let through first. A word with a digit is a name or a code ("int8",
    // "gpt4", "p99"), never a typo of a word.
    guard Self.correctableLength.contains(Self.characterCount(word)), !englishWords.contains(word), !Self.foreignWords.contains(word),
      !Self.shortForms.contains(word),
      !word.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), !knownStems.contains(Stemmer.stem(word))
    else { return nil }
    // "doin", "workin": a dropped g, not a typo of "down".
    if word.hasSuffix("in"), knows(word + "g") { return word + "g" }
    let candidates = words.withinOneEdit(of: word).map { (word: words.table.string(at: $0), frequency: frequencies[$0]) }
      .filter { Self.keepsTheOpening(of: word, in: $0.word) }
    // "realy" is "really", not "rely": a letter typed once where it is doubled is the likelier slip.
    let doubled = candidates.filter { Self.doublesALetter(of: word, in: $0.word) }
    return (doubled.isEmpty ? candidates : doubled).min { a, b in
      a.frequency != b.frequency ? a.frequency > b.frequency : a.word < b.word
    }?.word
  }

  /// Whether a candidate is the typed word with one of its letters doubled ("realy" → "really").
  static func doublesALetter(of typed: String, in candidate: String) -> Bool {
    let (short, long) = (Array(typed.utf8), Array(candidate.utf8))
    guard long.count == short.count + 1 else { return false }
    let place = short.indices.first { short[$0] != long[$0] } ?? short.count
    return place > 0 && long[place] == long[place - 1] && short[place...].elementsEqual(long[(place + 1)...])
  }

  /// Whether a candidate begins as the typed word does, or with its first two letters swapped
  /// ("hte" → "the"): typos seldom change how a word opens, so "xray" is not read as "ray".
  static func keepsTheOpening(of typed: String, in candidate: String) -> Bool {
    if typed.first == candidate.first { return true }
    let (a, b) = (Array(typed.prefix(2)), Array(candidate.prefix(2)))
    return a.count == 2 && b.count == 2 && a[0] == b[1] && a[1] == b[0]
  }

  /// The number of characters of a word: its bytes when they are all ASCII.
  static func characterCount(_ word: String) -> Int {
    word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
  }

  /// Whether a known word names a track on its own ("mlops", "aiop").
  func namesTrack(_ word: String) -> Bool {
    if case .track = phrases[word] { return true }
    return false
  }

  /// The longest known phrase that `words` open with, and its length in words.
  func longestPhrase(_ words: ArraySlice<String>) -> (length: Int, phrase: Phrase)? {
    phrases.keys.longestPrefix(ofWords: words).map { ($0.length, phrases.values[$0.id]) }
  }
}

/// The ways a lexicon is built; the one from all its tables, as an image holds them, is the
/// memberwise one.
extension Lexicon {
  /// Builds the lexicon of a knowledge base; `dictionary` is a list of correctly spelt English
  /// words (one per element, any case), of which those a typo check could mistake are kept.
  public init<Words: Sequence<String>>(knowledgeBase: KnowledgeBase, dictionary: Words) {
    let phrases = Self.phrases(of: knowledgeBase.vocabulary)
    var frequency: [String: Int] = [:]
    let synonyms = knowledgeBase.vocabulary.synonyms
    let texts = knowledgeBase.intents.flatMap(\.examples) + synonyms.keys + synonyms.values
      + knowledgeBase.signals.signals.map(\.phrase) + phrases.keys.map { $0.joined(separator: " ") }
    for text in texts {
      for word in Self.words(text) { frequency[word, default: 0] += 1 }
    }
    let words = WordsByLength(frequency.keys)
    self.init(
      vocabulary: knowledgeBase.vocabulary, words: words, frequencies: words.table.strings.map { frequency[$0]! },
      knownStems: StringTable(Set(frequency.keys.map(Stemmer.stem)).sorted()),
      englishWords: Self.englishWordsNear(words, in: dictionary))
  }

  /// A lexicon from its counted words and the vocabulary's phrases, built from it.
  init(vocabulary: Vocabulary, words: WordsByLength, frequencies: [Int], knownStems: StringTable, englishWords: StringTable) {
    let phrases = Self.phrases(of: vocabulary)
    var lengths: [String: Int] = [:]
    for phrase in phrases.keys {
      guard let first = phrase.first else { continue }
      lengths[first] = max(lengths[first] ?? 0, phrase.count)
    }
    self.init(
      words: words, frequencies: frequencies, knownStems: knownStems, englishWords: englishWords,
      phrases: StringMap(Dictionary(uniqueKeysWithValues: phrases.map { ($0.key.joined(separator: " "), $0.value) })),
      synonyms: StringMap(vocabulary.synonyms), phraseLengthByFirstWord: StringMap(lengths))
  }
}
