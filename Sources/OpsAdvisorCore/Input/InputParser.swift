/// Turns a raw line into a `ParsedInput`: normalise, correct typos, resolve aliases, fill slots.
public struct InputParser: Sendable {
  let lexicon: Lexicon

  /// Creates a parser over the words of a knowledge base.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Parses one line; never fails, whatever the input.
  public func parse(_ line: String) -> ParsedInput {
    let normalizedClauses = TextNormalizer.clauses(of: line)
    var corrections: [ParsedInput.Correction] = []
    var words: [String] = []
    var clauses: [ParsedInput.Clause] = []
    var tracks: [TrackID] = []
    var factor: FactorID?
    for clause in normalizedClauses {
      let resolved = resolvePhrases(clause.words.map { read($0, corrections: &corrections) })
      clauses.append(.init(text: String(clause.text).trimmingSpaces(), range: words.count..<words.count + resolved.words.count))
      words += resolved.words
      tracks += resolved.tracks.filter { !tracks.contains($0) }
      factor = factor ?? resolved.factor
    }
    return ParsedInput(
      original: line, normalized: normalizedClauses.flatMap(\.words).joined(separator: " "), words: words,
      corrections: corrections, tracks: tracks, factor: factor, clauses: clauses)
  }

  /// One word as the matcher reads it: a typo corrected, then a synonym replaced.
  func read(_ word: String, corrections: inout [ParsedInput.Correction]) -> String {
    guard let fixed = lexicon.correction(for: word) else { return lexicon.synonyms[word] ?? word }
    corrections.append(.init(typed: word, read: fixed))
    return lexicon.synonyms[fixed] ?? fixed
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
    guard let longestHere = lexicon.phraseLengthByFirstWord[words[start]] else { return ([words[start]], nil, nil) }
    let longest = min(longestHere, words.count - start)
    for length in stride(from: longest, through: 1, by: -1) {
      let phrase = Array(words[start..<start + length])
      if let track = lexicon.trackPhrases[phrase] { return (phrase, track, nil) }
      if let factor = lexicon.factorPhrases[phrase] { return (phrase, nil, factor) }
    }
    return ([words[start]], nil, nil)
  }
}
