import Foundation

/// A TF-IDF index over every intent's example phrasings, searched through an inverted index.
///
/// Each example becomes a unit-length vector of feature weights (term frequency × inverse
/// document frequency). An input's score for an intent is the cosine similarity between the
/// input's vector and the nearest example of that intent. Words the index has never seen
/// still count in the input's length, so a question full of unknown words scores low.
public struct IntentIndex: Sendable {
  struct Posting: Sendable {
    let example: Int32
    let weight: Float
  }

  let featureIDs: [String: Int]
  let inverseFrequency: [Double]
  let postings: [[Posting]]
  let exampleIntent: [Int]
  let examples: [String]
  let exampleWords: [[String]]
  let intentIDs: [String]
  let unknownInverseFrequency: Double

  /// Indexes the examples of `intents`, each read through `parser` as inputs are.
  public init(intents: [Intent], parser: InputParser) {
    var exampleFeatures: [[(feature: String, weight: Double)]] = []
    var exampleIntent: [Int] = []
    var examples: [String] = []
    var exampleWords: [[String]] = []
    for (intentIndex, intent) in intents.enumerated() {
      for example in intent.examples {
        let words = parser.parse(example).words
        exampleWords.append(words)
        exampleFeatures.append(FeatureExtractor.features(of: words))
        exampleIntent.append(intentIndex)
        examples.append(example)
      }
    }
    var documentFrequency: [String: Int] = [:]
    for features in exampleFeatures {
      for (feature, _) in features { documentFrequency[feature, default: 0] += 1 }
    }
    let count = Double(exampleFeatures.count)
    let sortedFeatures = documentFrequency.keys.sorted()
    let featureIDs = Dictionary(uniqueKeysWithValues: sortedFeatures.enumerated().map { ($1, $0) })
    let inverse = sortedFeatures.map { log((count + 1) / Double(documentFrequency[$0]! + 1)) + 1 }
    var postings = [[Posting]](repeating: [], count: sortedFeatures.count)
    for (example, features) in exampleFeatures.enumerated() {
      let weighted = features.map { ($0.feature, $0.weight * inverse[featureIDs[$0.feature]!]) }
      let length = sqrt(weighted.reduce(0) { $0 + $1.1 * $1.1 })
      for (feature, weight) in weighted where length > 0 {
        postings[featureIDs[feature]!].append(Posting(example: Int32(example), weight: Float(weight / length)))
      }
    }
    self.featureIDs = featureIDs
    self.inverseFrequency = inverse
    self.postings = postings
    self.exampleIntent = exampleIntent
    self.examples = examples
    self.exampleWords = exampleWords
    self.intentIDs = intents.map(\.id)
    self.unknownInverseFrequency = log(count + 1) + 1
  }

  /// Ranks every intent for the given matcher words.
  public func rank(_ words: [String], excludingExample excluded: Int? = nil) -> MatchResult {
    let features = FeatureExtractor.features(of: words)
    var similarity = [Double](repeating: 0, count: examples.count)
    var queryLength = 0.0
    for (feature, weight) in features {
      guard let id = featureIDs[feature] else {
        queryLength += pow(weight * unknownInverseFrequency, 2)
        continue
      }
      let queryWeight = weight * inverseFrequency[id]
      queryLength += queryWeight * queryWeight
      for posting in postings[id] { similarity[Int(posting.example)] += queryWeight * Double(posting.weight) }
    }
    if let excluded { similarity[excluded] = 0 }
    let length = sqrt(queryLength)
    return result(similarity: similarity, queryLength: length, features: features)
  }

  func result(similarity: [Double], queryLength: Double, features: [(feature: String, weight: Double)])
    -> MatchResult
  {
    guard queryLength > 0 else { return MatchResult(ranking: [], decidingWords: []) }
    var nearest = [Int?](repeating: nil, count: intentIDs.count)
    for (example, score) in similarity.enumerated() where score > 0 {
      let intent = exampleIntent[example]
      if nearest[intent].map({ similarity[$0] < score }) ?? true { nearest[intent] = example }
    }
    let ranking = nearest.enumerated().compactMap { intent, example in
      example.map {
        IntentScore(intent: intentIDs[intent], score: min(1, similarity[$0] / queryLength),
          nearestExample: $0)
      }
    }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
    return MatchResult(ranking: ranking, decidingWords: decidingWords(features, ranking.first))
  }

  /// The input's unigram features that also occur in the best example, heaviest first.
  func decidingWords(_ features: [(feature: String, weight: Double)], _ best: IntentScore?) -> [String] {
    guard let best else { return [] }
    let exampleFeatures = Set(FeatureExtractor.features(of: exampleWords[best.nearestExample]).map(\.feature))
    let shared = features.filter { !$0.feature.contains("_") && $0.feature != "@track" && exampleFeatures.contains($0.feature) }
    let weighted = shared.map { ($0.feature, $0.weight * (featureIDs[$0.feature].map { inverseFrequency[$0] } ?? 0)) }
    return weighted.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5).map(\.0)
  }

  /// The text of an indexed example.
  public func example(_ index: Int) -> String { examples[index] }

  /// The number of indexed examples.
  public var exampleCount: Int { examples.count }
}
