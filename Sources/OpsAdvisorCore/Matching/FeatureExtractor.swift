/// Turns matcher words into weighted features.
///
/// The features: each word's stem; each pair of adjacent stems; for a track name, a shared
/// `@track` feature plus the track's own id (so "tools for mlops" also resembles "tools for
/// aiops"); and, when enabled, the character trigrams of each content word, which let a
/// misspelt or inflected word still share most of its features with the word it stands for.
struct FeatureExtractor: Sendable {
  /// Function words that say little about what is asked; they count for less.
  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "for", "or", "is", "are", "be", "do", "does",
    "it", "this", "that", "at", "with", "as", "by", "so", "can", "you", "your", "please",
    "am", "was", "there", "any", "some", "would", "could", "should", "will", "really", "hey",
  ]

  let parameters: MatchingParameters

  /// The stopwords in a table hashed without Swift's seeded hasher, for the per-word check.
  static let stopwordTable = StringTable(stopwords.sorted())

  /// Whether `word` is a stopword; no stopword is longer than six letters.
  static func isStopword(_ word: String) -> Bool {
    word.utf8.count <= 6 && stopwordTable.contains(word)
  }

  /// The features of `words` with their summed weights, in first-seen order.
  func features(of words: [String]) -> [(feature: String, weight: Double)] {
    var features = WeightedFeatures()
    let stems = words.map(Stemmer.stem)
    for (word, stem) in zip(words, stems) {
      if TrackID.named(word) != nil {
        features.add("@track", 1)
        features.add(stem, parameters.trackIdentityWeight)
      } else {
        let isStopword = Self.isStopword(word)
        features.add(stem, isStopword ? parameters.stopwordWeight : 1)
        if !isStopword { addTrigrams(of: word, to: &features) }
      }
    }
    for index in stems.indices.dropLast()
    where !(Self.isStopword(words[index]) && Self.isStopword(words[index + 1])) {
      features.add(stems[index] + "_" + stems[index + 1], parameters.pairWeight)
    }
    return features.list
  }

  /// Adds the trigrams of `<word>` sharing `trigramWeight` between them.
  func addTrigrams(of word: String, to features: inout WeightedFeatures) {
    guard parameters.trigramWeight > 0, word.count >= 4 else { return }
    let letters = Array("<" + word + ">")
    let count = letters.count - 2
    for start in 0..<count {
      features.add("#" + String(letters[start..<start + 3]), parameters.trigramWeight / Double(count))
    }
  }
}

/// Features with summed weights, kept in first-seen order for determinism.
struct WeightedFeatures {
  private var order: [String] = []
  private var weights: [String: Double] = [:]

  mutating func add(_ feature: String, _ weight: Double) {
    if weights[feature] == nil { order.append(feature) }
    weights[feature, default: 0] += weight
  }

  var list: [(feature: String, weight: Double)] { order.map { ($0, weights[$0]!) } }
}
