#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A TF-IDF index over every intent's example phrasings, searched through an inverted index.
///
/// Each example becomes a unit-length vector of feature weights (term frequency × inverse
/// document frequency); each intent also gets a centroid, the unit-length sum of its examples'
/// vectors. An input's score for an intent mixes its cosine similarity to the intent's nearest
/// example with its similarity to the centroid (`MatchingParameters.nearestShare`). Words the
/// index has never seen still count in the input's length, so a question full of unknown words
/// scores low.
public struct IntentIndex: Sendable {
  struct Posting: Sendable, Equatable {
    let target: Int32
    let weight: Float
  }

  let extractor: FeatureExtractor
  /// Every feature by its id.
  let featureIDs: StringTable
  let inverseFrequency: [Double]
  /// Per feature: the examples that have it, with their normalised weights.
  let postings: PostingLists
  /// Per feature: the intents whose centroid has it, with the centroid's weights.
  let centroidPostings: PostingLists
  let exampleIntent: [Int]
  let examples: [String]
  /// Each example's matcher words, joined by `wordSeparator`: one string per example keeps an
  /// index cheap to load, and only `decidingWords` needs them apart.
  let exampleWords: [String]
  let intentIDs: [String]
  let unknownInverseFrequency: Double
  /// Pair features by the ids of their two stems.
  let pairIDs: PairTable
  /// The id of the `@track` feature, if any example names a track.
  let trackFeatureID: Int?
  /// Each intent's examples and per-feature bounds, for ranking intent by intent.
  let bounds: IntentBounds

  /// Indexes the examples of `intents`, each read through `parser` as inputs are.
  public init(intents: [Intent], parser: InputParser, parameters: MatchingParameters = MatchingParameters()) {
    let extractor = FeatureExtractor(parameters: parameters)
    var exampleIntent: [Int] = []
    var examples: [String] = []
    var exampleWords: [[String]] = []
    for (intentIndex, intent) in intents.enumerated() {
      for example in intent.examples {
        exampleWords.append(parser.parse(example).words)
        exampleIntent.append(intentIndex)
        examples.append(example)
      }
    }
    let exampleFeatures = exampleWords.map(extractor.features)
    var documentFrequency: [String: Int] = [:]
    for features in exampleFeatures {
      for (feature, _) in features { documentFrequency[feature, default: 0] += 1 }
    }
    let count = Double(exampleFeatures.count)
    let sortedFeatures = documentFrequency.keys.sorted()
    let featureIDs = Dictionary(uniqueKeysWithValues: sortedFeatures.enumerated().map { ($1, $0) })
    let inverse = sortedFeatures.map { log((count + 1) / Double(documentFrequency[$0]! + 1)) + 1 }
    let vectors = exampleFeatures.map { Self.unitVector($0, featureIDs: featureIDs, inverse: inverse) }
    self.extractor = extractor
    self.featureIDs = StringTable(sortedFeatures)
    self.inverseFrequency = inverse
    self.postings = PostingLists(vectors, featureCount: sortedFeatures.count)
    self.centroidPostings = PostingLists(
      Self.centroids(vectors, owners: exampleIntent, count: intents.count), featureCount: sortedFeatures.count)
    self.exampleIntent = exampleIntent
    self.examples = examples
    self.exampleWords = exampleWords.map { $0.joined(separator: Self.wordSeparator) }
    self.intentIDs = intents.map(\.id)
    self.unknownInverseFrequency = log(count + 1) + 1
    self.pairIDs = PairTable(Self.pairIDs(featureIDs))
    self.trackFeatureID = featureIDs["@track"]
    self.bounds = IntentBounds(
      postings: postings, centroidPostings: centroidPostings, exampleIntent: exampleIntent, intentIDs: intents.map(\.id))
  }

  /// Every pair feature ("retrain_model") with the ids of its two stems.
  static func pairIDs(_ featureIDs: [String: Int]) -> [(first: Int, second: Int, pair: Int)] {
    var pairs: [(first: Int, second: Int, pair: Int)] = []
    for (feature, id) in featureIDs where feature.contains("_") {
      let stems = feature.split(separator: "_", maxSplits: 1).map(String.init)
      guard stems.count == 2, let first = featureIDs[stems[0]], let second = featureIDs[stems[1]] else { continue }
      pairs.append((first, second, id))
    }
    return pairs
  }

  /// A unit-length sparse vector of feature ids and TF-IDF weights.
  static func unitVector(_ features: [(feature: String, weight: Double)], featureIDs: [String: Int], inverse: [Double])
    -> [(Int, Double)]
  {
    let weighted = features.map { feature -> (Int, Double) in
      let id = featureIDs[feature.feature]!
      return (id, feature.weight * inverse[id])
    }
    let length = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
    return length > 0 ? weighted.map { ($0.0, $0.1 / length) } : []
  }

  /// Each owner's unit-length sum of its vectors.
  static func centroids(_ vectors: [[(Int, Double)]], owners: [Int], count: Int) -> [[(Int, Double)]] {
    var sums = [[Int: Double]](repeating: [:], count: count)
    for (vector, owner) in zip(vectors, owners) {
      for (feature, weight) in vector { sums[owner][feature, default: 0] += weight }
    }
    return sums.map { sum in
      let length = sum.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return sum.keys.sorted().map { ($0, sum[$0]! / max(length, .leastNonzeroMagnitude)) }
    }
  }

  /// Separates the words of an example in `exampleWords`; no matcher word contains it.
  static let wordSeparator = "\n"

  /// Ranks every intent for the given matcher words by scoring every example that shares a
  /// feature with them; `excluded` leaves one example out. `rank` gives the same first
  /// `rankedCount` intents with less work; this is the definition tests compare it with.
  func rankExhaustively(_ words: [String], excludingExample excluded: Int? = nil) -> MatchResult {
    let (known, unknown) = queryFeatures(words)
    var nearest = [Double](repeating: 0, count: examples.count)
    var centroid = [Double](repeating: 0, count: intentIDs.count)
    var touched: [Int32] = []
    var queryLength = unknown.reduce(0) { $0 + ($1 * unknownInverseFrequency) * ($1 * unknownInverseFrequency) }
    for (id, weight) in known {
      let queryWeight = weight * inverseFrequency[id]
      queryLength += queryWeight * queryWeight
      postings.accumulate(feature: id, weight: queryWeight, into: &nearest, touched: &touched)
      centroidPostings.accumulate(feature: id, weight: queryWeight, into: &centroid)
    }
    if let excluded { nearest[excluded] = 0 }
    return result(nearest: nearest, touched: touched, centroid: centroid, queryLength: queryLength.squareRoot(), words: words)
  }

  /// The input's known feature ids with weights, and the weights of its unknown features.
  func queryFeatures(_ words: [String]) -> (known: [(Int, Double)], unknown: [Double]) {
    guard extractor.parameters.trigramWeight == 0 else {
      let features = extractor.features(of: words)
      return (features.compactMap { feature in featureIDs[feature.feature].map { ($0, feature.weight) } },
        features.filter { featureIDs[$0.feature] == nil }.map(\.weight))
    }
    let vector = QueryVector(words: words, index: self)
    return (vector.known.map { ($0.id, $0.weight) }, vector.unknownParts.map(\.weight))
  }

  /// Each intent's nearest example among the `touched` ones, then the ranking.
  ///
  /// An example's score is above zero only if it was touched, so looking at those alone gives
  /// the same nearest examples as looking at all; ties go to the earlier example.
  func result(nearest: [Double], touched: [Int32], centroid: [Double], queryLength: Double, words: [String]) -> MatchResult {
    guard queryLength > 0 else { return MatchResult(ranking: [], words: words) }
    var best = [Int](repeating: -1, count: intentIDs.count)
    for target in touched where nearest[Int(target)] > 0 {
      let (example, intent) = (Int(target), exampleIntent[Int(target)])
      let current = best[intent]
      if current < 0 || nearest[current] < nearest[example] || (nearest[current] == nearest[example] && example < current) {
        best[intent] = example
      }
    }
    let share = extractor.parameters.nearestShare
    let ranking = best.enumerated().compactMap { intent, example -> IntentScore? in
      guard example >= 0 else { return nil }
      let score = share * nearest[example] + (1 - share) * centroid[intent]
      return IntentScore(intent: intentIDs[intent], score: min(1, score / queryLength), nearestExample: example)
    }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
    return MatchResult(ranking: ranking, words: words)
  }

  /// The words of `words` that also occur in example `nearest`, heaviest first: what decided a match.
  public func decidingWords(_ words: [String], nearest: Int) -> [String] {
    let features = extractor.features(of: words)
    let nearestWords = exampleWords[nearest].split(separator: Self.wordSeparator).map(String.init)
    let exampleFeatures = Set(extractor.features(of: nearestWords).map(\.feature))
    let shared = features.filter {
      !$0.feature.contains("_") && !$0.feature.hasPrefix("#") && $0.feature != "@track" && exampleFeatures.contains($0.feature)
    }
    let weighted = shared.map { ($0.feature, $0.weight * (featureIDs[$0.feature].map { inverseFrequency[$0] } ?? 0)) }
    return weighted.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5).map(\.0)
  }

  /// The number of indexed examples.
  public var exampleCount: Int { examples.count }
}
