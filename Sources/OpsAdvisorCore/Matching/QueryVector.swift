/// An input's features as index feature ids, as `FeatureExtractor` defines them: known stems
/// and pairs of known stems are found by id; only features the index has never seen are kept
/// apart, since they count toward the input's length alone.
struct QueryVector {
  /// Known features and their summed weights, in first-seen order.
  private(set) var known: [(id: Int, weight: Double)] = []
  /// Unknown stems and pairs of stems (second empty for a stem) with their summed weights:
  /// an unknown pair is never spelled out, only compared stem by stem.
  private(set) var unknownParts: [(first: String, second: String, weight: Double)] = []
  /// The ids of the known features that are content words: stems of words that are neither
  /// stopwords, function words (`FunctionWords`) nor track names.
  private(set) var contentIDs: [Int] = []
  /// How many content words the index has never seen.
  private(set) var unknownContentCount = 0

  /// The vector of bare words.
  init(words: [String], index: IntentIndex) {
    self.init(MatcherWords(words), index: index)
  }

  /// The vector of words whose stems and classes are known.
  init(_ input: MatcherWords, index: IntentIndex) {
    self = Self.of(input, in: index)
  }

  /// An empty vector, for `of(_:in:)` to fill.
  private init() {}

  /// The vector of words whose stems and classes are known: what `init(_:index:)` gives, made
  /// by a function, whose parameters are borrowed, so ranking does not copy the index (an
  /// initializer takes its arguments as its own).
  static func of(_ input: MatcherWords, in index: IntentIndex) -> QueryVector {
    var vector = QueryVector()
    let stems = input.stems
    let kinds = input.classes.map(FeatureExtractor.kind)
    // The closures take only what they read, so the whole index is not copied into their contexts.
    let (featureIDs, trackFeatureID, pairIDs) = (index.featureIDs, index.trackFeatureID, index.pairIDs)
    let stemIDs = stems.map { featureIDs[$0] }
    vector.known.reserveCapacity(2 * stems.count)
    vector.unknownParts.reserveCapacity(2 * stems.count)
    vector.contentIDs.reserveCapacity(stems.count)
    index.extractor.forEachFeature(kinds: kinds) { feature in
      switch feature {
      case .track(let weight):
        vector.add(trackFeatureID, FeatureExtractor.trackFeature, "", weight)
      case .stem(let position, let weight):
        vector.add(stemIDs[position], stems[position], "", weight)
        if kinds[position] == .content, !input.classes[position].contains(.functionWord) {
          vector.noteContent(stemIDs[position])
        }
      case .pair(let first, let second, let weight):
        let pair = zip(stemIDs[first], stemIDs[second]).flatMap { pairIDs.feature($0, $1) }
        vector.add(pair, stems[first], stems[second], weight)
      }
    }
    return vector
  }

  /// Notes a content word's stem, known (`id`) or not.
  mutating func noteContent(_ id: Int?) {
    guard let id else { return unknownContentCount += 1 }
    if !contentIDs.contains(id) { contentIDs.append(id) }
  }

  /// Adds a weight to a known feature, or to an unknown stem (`second` empty) or pair.
  mutating func add(_ id: Int?, _ first: String, _ second: String, _ weight: Double) {
    if let id {
      if let slot = known.firstIndex(where: { $0.id == id }) { known[slot].weight += weight } else { known.append((id, weight)) }
      return
    }
    if let slot = unknownParts.firstIndex(where: { $0.first == first && $0.second == second }) {
      unknownParts[slot].weight += weight
    } else {
      unknownParts.append((first, second, weight))
    }
  }
}

/// Both values, when both are there.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
