/// The built index written to and read from an image, so loading it does no text processing.
extension IntentIndex {
  /// Writes the parameters, features, weights and inverted lists; examples and intent ids
  /// come back from the knowledge base.
  func write(to image: inout ImageWriter) {
    extractor.parameters.write(to: &image)
    featureIDs.write(to: &image)
    image.writePacked(inverseFrequency.map(\.bitPattern))
    postings.write(to: &image)
    centroidPostings.write(to: &image)
    image.writePacked(exampleIntent.map(UInt32.init))
    image.write(exampleWords.strings)
    image.write(unknownInverseFrequency)
    image.writePacked(pairIDs.keys)
    image.writePacked(pairIDs.features)
  }

  /// Reads what `write(to:)` wrote, for the intents the index was built over.
  init(image: inout ImageReader, intents: [Intent]) throws {
    let parameters = try MatchingParameters(image: &image)
    let featureIDs = try StringTable(image: &image)
    let featureCount = featureIDs.count
    self.extractor = FeatureExtractor(parameters: parameters)
    self.featureIDs = featureIDs
    self.inverseFrequency = try image.readPacked(UInt64.self).map(Double.init(bitPattern:))
    self.postings = try PostingLists(image: &image, featureCount: featureCount)
    self.centroidPostings = try PostingLists(image: &image, featureCount: featureCount)
    self.exampleIntent = try image.readPacked(UInt32.self).map(Int.init)
    self.exampleWords = try image.readPackedStrings()
    self.unknownInverseFrequency = try image.readDouble()
    self.pairIDs = try PairTable(
      keys: try image.readPacked(UInt64.self), features: try image.readPacked(UInt32.self), featureCount: featureCount)
    self.examples = intents.flatMap(\.examples)
    self.intentIDs = intents.map(\.id)
    self.trackFeatureID = featureIDs[FeatureExtractor.trackFeature]
    try Self.checkShape(
      featureCount: featureCount, inverseFrequency: inverseFrequency, exampleIntent: exampleIntent,
      exampleWords: exampleWords, exampleCount: examples.count, intentCount: intents.count, postings: postings, centroidPostings: centroidPostings)
    self.bounds = IntentBounds(
      postings: postings, centroidPostings: centroidPostings, exampleIntent: exampleIntent, intentIDs: intents.map(\.id))
    self.traits = IntentTraits(intents: intents, centroidPostings: centroidPostings)
  }

  /// Checks that every id the lists hold is in range and examples are in intent order, so
  /// ranking cannot index out of bounds.
  static func checkShape(
    featureCount: Int, inverseFrequency: [Double], exampleIntent: [Int], exampleWords: PackedStrings, exampleCount: Int,
    intentCount: Int,
    postings: PostingLists, centroidPostings: PostingLists
  ) throws {
    let consistent = inverseFrequency.count == featureCount && exampleWords.count == exampleCount
      && exampleIntent.count == exampleCount
      && exampleIntent.allSatisfy { (0..<intentCount).contains($0) }
      && zip(exampleIntent, exampleIntent.dropFirst()).allSatisfy { $0 <= $1 }
      && postings.entries.allSatisfy { Int($0.target) < exampleIntent.count }
      && centroidPostings.entries.allSatisfy { Int($0.target) < intentCount }
    guard consistent else { throw ImageError(offset: 0, problem: "the index does not fit its knowledge base") }
  }
}

extension PostingLists {
  func write(to image: inout ImageWriter) {
    image.writePacked(starts.map(UInt32.init))
    image.writePacked(entries.map { UInt32($0.target) })
    image.writePacked(entries.map(\.weight.bitPattern))
  }

  init(image: inout ImageReader, featureCount: Int) throws {
    let starts = try image.readPacked(UInt32.self)
    let targets = try image.readPacked(UInt32.self)
    let weights = try image.readPacked(UInt32.self)
    var ordered = starts.count == featureCount + 1 && starts.first == 0 && starts.last.map(Int.init) == targets.count
      && targets.count == weights.count && targets.count <= Int32.max
    var previous: UInt32 = 0
    for start in starts {
      ordered = ordered && previous <= start
      previous = start
    }
    guard ordered, (targets.max() ?? 0) <= Int32.max else {
      throw ImageError(offset: image.position, problem: "inverted lists out of shape")
    }
    let entries = targets.indices.map {
      IntentIndex.Posting(target: Int32(truncatingIfNeeded: targets[$0]), weight: Float(bitPattern: weights[$0]))
    }
    self.init(starts: starts.map { Int32(truncatingIfNeeded: $0) }, entries: entries)
  }
}

extension MatchingParameters {
  func write(to image: inout ImageWriter) {
    for value in [stopwordWeight, pairWeight, trackIdentityWeight, nearestShare] { image.write(value) }
  }

  init(image: inout ImageReader) throws {
    self.init()
    stopwordWeight = try image.readDouble()
    pairWeight = try image.readDouble()
    trackIdentityWeight = try image.readDouble()
    nearestShare = try image.readDouble()
  }
}
