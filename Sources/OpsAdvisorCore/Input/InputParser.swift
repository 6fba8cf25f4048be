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
    words.reserveCapacity(normalizedClauses.reduce(0) { $0 + $1.words.count })
    var clauses: [ParsedInput.Clause] = []
    clauses.reserveCapacity(normalizedClauses.count)
    var tracks: [TrackID] = []
    var factor: FactorID?
    var factors: [FactorID] = []
    var neighbours: [String] = []
    var uncoveredTopics: [String] = []
    var domains: [TrackID] = []
    for clause in normalizedClauses {
      let acronyms = Self.acronyms(in: clause.text)
      let read = clause.words.map { word in
        acronyms.isEmpty || !acronyms.contains(word) ? self.read(word, corrections: &corrections) : readKnown(word)
      }
      let resolved = resolvePhrases(read.map(\.word), ids: read.map(\.id))
      clauses.append(.init(text: clause.text.trimmingSpaces(), range: words.count..<words.count + resolved.words.count,
        asked: Self.endsWithQuestionMark(clause.text, in: line)))
      words += resolved.words
      tracks += resolved.tracks.filter { !tracks.contains($0) }
      factor = factor ?? resolved.factor
      factors += resolved.factors.filter { !factors.contains($0) }
      neighbours += resolved.neighbours.filter { !neighbours.contains($0) }
      uncoveredTopics += resolved.uncoveredTopics.filter { !uncoveredTopics.contains($0) }
      domains += resolved.domains.filter { !domains.contains($0) }
    }
    return ParsedInput(
      original: line, normalized: Self.joined(normalizedClauses), words: words,
      corrections: corrections, tracks: tracks, factor: factor, factors: factors, neighbours: neighbours,
      uncoveredTopics: uncoveredTopics, domains: domains, clauses: clauses)
  }

  /// Whether the break after a clause of `line` is a question mark.
  static func endsWithQuestionMark(_ clause: Substring, in line: String) -> Bool {
    clause.endIndex < line.endIndex && line.utf8[clause.endIndex] == UInt8(ascii: "?")
  }

  /// The words of every clause joined by single spaces, as `TextNormalizer.normalize` gives
  /// them: their bytes copied once into a string of the right size.
  static func joined(_ clauses: [TextNormalizer.Clause]) -> String {
    var length = 0
    for clause in clauses {
      for word in clause.words { length += word.utf8.count + 1 }
    }
    guard length > 1 else { return "" }
    return String(unsafeUninitializedCapacity: length - 1) { text in
      var end = 0
      for clause in clauses {
        for var word in clause.words {
          if end > 0 {
            text[end] = UInt8(ascii: " ")
            end += 1
          }
          word.withUTF8 { bytes in
            for byte in bytes {
              text[end] = byte
              end += 1
            }
          }
        }
      }
      return end
    }
  }

  /// The words typed in capitals, two to six ASCII letters ("MAPE", "SLA"), lowercased as
  /// clause words are: acronyms, which the typo check leaves alone; none in a clause typed all
  /// in capitals ("WHTA IS MLOPS" still has its typo read), and usually none at all.
  static func acronyms(in text: Substring) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.contains(where: isLowercaseASCII) else { return [] }
      var found: [String] = []
      UTF8Bytes.forEachRun(in: bytes, where: isASCIILetter) { word in
        if (2...6).contains(word.count), !word.contains(where: isLowercaseASCII) {
          found.append(String(decoding: word.map { $0 | 0x20 }, as: UTF8.self))
        }
      }
      return found
    }
  }

  static func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

  static func isASCIILetter(_ byte: UInt8) -> Bool { isLowercaseASCII(byte | 0x20) }

  /// One word as the matcher reads it, with its id if it is known: a typo corrected, then a
  /// synonym replaced.
  func read(_ word: String, corrections: inout [ParsedInput.Correction]) -> (word: String, id: Int?) {
    if let id = lexicon.id(of: word) { return lexicon.reading(word, id: id) }
    guard let fixed = lexicon.correction(forUnknown: word) else { return (word, nil) }
    corrections.append(.init(typed: word, read: fixed))
    return readKnown(fixed)
  }

  /// A word never corrected (an acronym, a correction) as the matcher reads it: its synonym or itself.
  func readKnown(_ word: String) -> (word: String, id: Int?) {
    lexicon.id(of: word).map { lexicon.reading(word, id: $0) } ?? (word, nil)
  }

  /// What the known phrases of some words name: the words with track aliases replaced by
  /// track ids, and the tracks, the first factor and the neighbours named, longest phrase
  /// first. A neighbour the comparison files under a track (AgentOps under AIOps) also names
  /// that track.
  struct Resolved {
    var words: [String] = []
    var tracks: [TrackID] = []
    var factor: FactorID?
    /// Every factor named by its own words, in order (a career title names none here).
    var factors: [FactorID] = []
    var neighbours: [String] = []
    var uncoveredTopics: [String] = []
    var domains: [TrackID] = []

    /// Notes a track named, read as its id.
    mutating func add(_ track: TrackID) {
      words.append(track.rawValue)
      if !tracks.contains(track) { tracks.append(track) }
    }
  }

  /// Resolves the known phrases of `words`, whose ids (nil for unknown words) are `ids`, longest first.
  func resolvePhrases(_ words: [String], ids: [Int?]) -> Resolved {
    var resolved = Resolved()
    resolved.words.reserveCapacity(words.count)
    var start = 0
    while start < words.count {
      let (length, phrase) = longestPhrase(in: words, ids: ids, from: start)
      switch phrase {
      case .track(let track):
        resolved.add(track)
      case .factor(let factor):
        resolved.words += words[start..<start + length]
        resolved.factor = resolved.factor ?? factor
        if !resolved.factors.contains(factor) { resolved.factors.append(factor) }
      case .neighbour(let id, let within):
        if let within { resolved.add(within) } else { resolved.words += words[start..<start + length] }
        if !resolved.neighbours.contains(id) { resolved.neighbours.append(id) }
      case .uncoveredTopic(let id):
        resolved.words += words[start..<start + length]
        if !resolved.uncoveredTopics.contains(id) { resolved.uncoveredTopics.append(id) }
      case .domain(let track):
        resolved.words += words[start..<start + length]
        if !resolved.domains.contains(track) { resolved.domains.append(track) }
      case .careerTitle(let track):
        resolved.words += words[start..<start + length]
        if !resolved.tracks.contains(track) { resolved.tracks.append(track) }
        resolved.factor = resolved.factor ?? .career
      case nil:
        resolved.words.append(words[start])
      }
      start += length
    }
    return resolved
  }

  /// The length of the longest known phrase starting at `start` and what it names, or 1 and nil.
  func longestPhrase(in words: [String], ids: [Int?], from start: Int) -> (length: Int, phrase: Lexicon.Phrase?) {
    guard let id = ids[start], case let longestHere = Int(lexicon.phraseLengths[id]), longestHere > 0 else { return (1, nil) }
    let longest = min(longestHere, words.count - start)
    guard let found = lexicon.longestPhrase(words[start..<start + longest]) else { return (1, nil) }
    return (found.length, found.phrase)
  }
}
