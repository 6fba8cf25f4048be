/// Turns matcher words into weighted features: word stems, pairs of adjacent stems, and a
/// `@track` feature for every track named, so that "tools for mlops" also resembles "tools for aiops".
enum FeatureExtractor {
  /// Function words that say little about what is asked; they count for less.
  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "for", "or", "is", "are", "be", "do", "does",
    "it", "this", "that", "at", "with", "as", "by", "so", "can", "you", "your", "please",
    "am", "was", "there", "any", "some", "would", "could", "should", "will", "really", "hey",
  ]

  static let stopwordWeight = 0.3
  static let pairWeight = 0.5
  static let trackIdentityWeight = 0.5

  /// The features of `words` with their summed weights, in first-seen order.
  static func features(of words: [String]) -> [(feature: String, weight: Double)] {
    var order: [String] = []
    var weights: [String: Double] = [:]
    func add(_ feature: String, _ weight: Double) {
      if weights[feature] == nil { order.append(feature) }
      weights[feature, default: 0] += weight
    }
    let stems = words.map(Stemmer.stem)
    for (word, stem) in zip(words, stems) {
      if TrackID(rawValue: word) != nil {
        add("@track", 1)
        add(stem, trackIdentityWeight)
      } else {
        add(stem, stopwords.contains(word) ? stopwordWeight : 1)
      }
    }
    for index in stems.indices.dropLast() where !(stopwords.contains(words[index])
      && stopwords.contains(words[index + 1]))
    {
      add(stems[index] + "_" + stems[index + 1], pairWeight)
    }
    return order.map { ($0, weights[$0]!) }
  }
}
