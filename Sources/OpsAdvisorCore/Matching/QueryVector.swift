/// An input's features as index feature ids, built without string keys where it can be.
///
/// It yields exactly the features and weights `FeatureExtractor` does (it is the same
/// definition, specialised for speed): known stems and pairs of known stems are found by id;
/// only features the index has never seen are spelled out, since they count toward the
/// input's length alone.
struct QueryVector {
  /// Known features and their summed weights, in first-seen order.
  private(set) var known: [(id: Int, weight: Double)] = []
  /// Unknown stems and pairs of stems (second empty for a stem) with their summed weights,
  /// stems first: an unknown pair is never spelled out, only compared stem by stem.
  private(set) var unknownParts: [(first: String, second: String, weight: Double)] = []

  /// Unknown features, spelled as `FeatureExtractor` does, with their summed weights.
  var unknown: [(feature: String, weight: Double)] {
    unknownParts.map { ($0.second.isEmpty ? $0.first : $0.first + "_" + $0.second, $0.weight) }
  }

  init(words: [String], index: IntentIndex) {
    let parameters = index.extractor.parameters
    let stems = words.map(Stemmer.stem)
    let isStopword = words.map(FeatureExtractor.isStopword)
    var stemIDs: [Int?] = []
    stemIDs.reserveCapacity(words.count)
    for (word, stem) in zip(words, stems) {
      let id = index.featureIDs[stem]
      stemIDs.append(id)
      if TrackID.named(word) != nil {
        add(index.trackFeatureID, "@track", "", 1)
        add(id, stem, "", parameters.trackIdentityWeight)
      } else {
        add(id, stem, "", isStopword[stemIDs.count - 1] ? parameters.stopwordWeight : 1)
      }
    }
    for position in stems.indices.dropLast()
    where !(isStopword[position] && isStopword[position + 1]) {
      let pair = zip(stemIDs[position], stemIDs[position + 1]).flatMap { index.pairIDs.feature($0, $1) }
      add(pair, stems[position], stems[position + 1], parameters.pairWeight)
    }
  }

  /// Adds a weight to a known feature, or to an unknown stem (`second` empty) or pair.
  mutating func add(_ id: Int?, _ first: String, _ second: String = "", _ weight: Double) {
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
