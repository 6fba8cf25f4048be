/// Turns a raw line into a `ParsedInput`: normalise, correct typos, resolve aliases, fill slots.
public struct InputParser: Sendable {
  let lexicon: Lexicon

  /// Creates a parser over the words of a knowledge base.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Parses one line; never fails, whatever the input.
  public func parse(_ line: String) -> ParsedInput {
    let normalized = TextNormalizer.normalize(line)
    var corrections: [ParsedInput.Correction] = []
    let typed = normalized.split(separator: " ").map { word -> String in
      let word = String(word)
      guard let fixed = lexicon.correction(for: word) else { return lexicon.synonyms[word] ?? word }
      corrections.append(.init(typed: word, read: fixed))
      return lexicon.synonyms[fixed] ?? fixed
    }
    let resolved = resolvePhrases(typed)
    return ParsedInput(
      original: line, normalized: normalized, words: resolved.words, corrections: corrections,
      tracks: resolved.tracks, factor: resolved.factor)
  }

  /// Replaces track aliases by track ids and notes tracks and the first factor, longest phrase first.
  func resolvePhrases(_ words: [String]) -> (words: [String], tracks: [TrackID], factor: FactorID?) {
    var output: [String] = []
    var tracks: [TrackID] = []
    var factor: FactorID?
    var start = 0
    while start < words.count {
      let (phrase, track, found) = longestPhrase(in: words, from: start)
      if let track {
        output.append(track.rawValue)
        if !tracks.contains(track) { tracks.append(track) }
      } else {
        output.append(contentsOf: phrase)
        factor = factor ?? found
      }
      start += phrase.count
    }
    return (output, tracks, factor)
  }

  /// The longest known phrase starting at `start`, or the single word there.
  func longestPhrase(in words: [String], from start: Int) -> ([String], TrackID?, FactorID?) {
    let longest = min(lexicon.longestPhrase, words.count - start)
    for length in stride(from: longest, through: 1, by: -1) {
      let phrase = Array(words[start..<start + length])
      if let track = lexicon.trackPhrases[phrase] { return (phrase, track, nil) }
      if let factor = lexicon.factorPhrases[phrase] { return (phrase, nil, factor) }
    }
    return ([words[start]], nil, nil)
  }
}
