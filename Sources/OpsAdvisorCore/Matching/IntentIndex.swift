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
  /// Each example's matcher words, joined by `wordSeparator`: one string per example, kept as
  /// bytes, keeps an index cheap to load, and only `decidingWords` needs them apart.
  let exampleWords: PackedStrings
  let intentIDs: [IntentID]
  let unknownInverseFrequency: Double
  /// Pair features by the ids of their two stems.
  let pairIDs: PairTable
  /// The id of the `@track` feature, if any example names a track.
  let trackFeatureID: Int?
  /// Each intent's examples and per-feature bounds, for ranking intent by intent.
  let bounds: IntentBounds
  /// Which intents are closed, which declines, and which features in-scope intents use.
  let traits: IntentTraits

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
    self.exampleWords = PackedStrings(exampleWords.map { $0.joined(separator: Self.wordSeparator) })
    self.intentIDs = intents.map(\.id)
    self.unknownInverseFrequency = log(count + 1) + 1
    self.pairIDs = PairTable(Self.pairIDs(featureIDs))
    self.trackFeatureID = featureIDs[FeatureExtractor.trackFeature]
    self.bounds = IntentBounds(
      postings: postings, centroidPostings: centroidPostings, exampleIntent: exampleIntent, intentIDs: intents.map(\.id))
    self.traits = IntentTraits(intents: intents, centroidPostings: centroidPostings)
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

  /// The words of `words` that also occur in example `nearest`, heaviest first: what decided a match.
  public func decidingWords(_ words: [String], nearest: Int) -> [String] {
    let features = extractor.features(of: words)
    let nearestWords = exampleWords[nearest].split(separator: Self.wordSeparator).map(String.init)
    let exampleFeatures = Set(extractor.features(of: nearestWords).map(\.feature))
    let shared = features.filter {
      !$0.feature.contains("_") && $0.feature != FeatureExtractor.trackFeature && exampleFeatures.contains($0.feature)
    }
    let weighted = shared.map { ($0.feature, $0.weight * (featureIDs[$0.feature].map { inverseFrequency[$0] } ?? 0)) }
    return weighted.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5).map(\.0)
  }

  /// The number of indexed examples.
  public var exampleCount: Int { examples.count }
}
