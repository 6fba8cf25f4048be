/// The lexicon written to and read from an image: its counted words, and the phrase,
/// synonym and phrase-length tables built from the vocabulary, so reading it builds nothing.
extension Lexicon {
  /// Writes the known words (in grouping order) with their counts, the known stems, the
  /// English words kept, and the tables built from the vocabulary.
  func write(to image: inout ImageWriter) {
    words.table.write(to: &image)
    image.writePacked(frequencies.map(UInt32.init))
    knownStems.write(to: &image)
    englishWords.write(to: &image)
    phrases.keys.write(to: &image)
    image.write(phrases.values) { $1.write(to: &$0) }
    synonyms.keys.write(to: &image)
    image.write(synonyms.values)
    phraseLengthByFirstWord.keys.write(to: &image)
    image.writePacked(phraseLengthByFirstWord.values.map(UInt32.init))
  }

  /// Reads what `write(to:)` wrote.
  init(image: inout ImageReader) throws {
    let words = WordsByLength(sorted: try StringTable(image: &image))
    let frequencies = try image.readPacked(UInt32.self).map(Int.init)
    guard frequencies.count == words.table.count else {
      throw ImageError(offset: image.position, problem: "word counts missing")
    }
    let knownStems = try StringTable(image: &image)
    let englishWords = try StringTable(image: &image)
    guard let phrases = StringMap(keys: try StringTable(image: &image), values: try image.readList { try Phrase(image: &$0) }),
      let synonyms = StringMap(keys: try StringTable(image: &image), values: try image.readStrings()),
      let lengths = StringMap(keys: try StringTable(image: &image), values: try image.readPacked(UInt32.self).map(Int.init))
    else { throw ImageError(offset: image.position, problem: "a lexicon table out of shape") }
    self.init(
      words: words, frequencies: frequencies, knownStems: knownStems, englishWords: englishWords, phrases: phrases,
      synonyms: synonyms, phraseLengthByFirstWord: lengths)
  }
}

extension Lexicon.Phrase {
  /// Writes the kind (its code), what it names, and the track a neighbour is filed under ("" for none).
  func write(to image: inout ImageWriter) {
    let (code, name, within): (Int, String, TrackID?) = switch self {
    case .track(let track): (0, track.rawValue, nil)
    case .factor(let factor): (1, factor.rawValue, nil)
    case .neighbour(let id, let within): (2, id, within)
    case .uncoveredTopic(let id): (3, id, nil)
    case .domain(let track): (4, track.rawValue, nil)
    case .careerTitle(let track): (5, track.rawValue, nil)
    }
    image.write(code)
    image.write(name)
    image.write(within?.rawValue ?? "")
  }

  /// Reads what `write(to:)` wrote.
  init(image: inout ImageReader) throws {
    let code = try image.readCount(limit: 5)
    switch code {
    case 0: self = .track(try image.readTrack())
    case 1: self = .factor(try image.readFactor())
    case 2: self = .neighbour(try image.readString(), within: nil)
    case 3: self = .uncoveredTopic(try image.readString())
    case 4: self = .domain(try image.readTrack())
    default: self = .careerTitle(try image.readTrack())
    }
    let within = try image.readOptionalTrack()
    if case .neighbour(let id, _) = self {
      self = .neighbour(id, within: within)
    } else if within != nil {
      throw ImageError(offset: image.position, problem: "a phrase filed under a track")
    }
  }
}
