/// The knowledge base's content written to and read from an image, field by field.
extension KnowledgeBase {
  /// Writes every intent, signal, interview question and vocabulary entry.
  func write(to image: inout ImageWriter) {
    vocabulary.write(to: &image)
    image.write(intents) { $1.write(to: &$0) }
    image.write(signals.signals) { $1.write(to: &$0) }
    image.write(signals.negations)
    image.write(signals.corrections)
    image.write(signals.hedges)
    image.write(interview.questions) { $1.write(to: &$0) }
    image.write(interview.skipPhrases)
  }

  /// Reads what `write(to:)` wrote; the content was checked when the image was made.
  init(image: inout ImageReader) throws {
    let vocabulary = try Vocabulary(image: &image)
    let intents = try image.readList { try Intent(image: &$0) }
    let signals = SignalSet(
      signals: try image.readList { try Signal(image: &$0) }, negations: try image.readStrings(),
      corrections: try image.readStrings(), hedges: try image.readStrings())
    let interview = Interview(
      questions: try image.readList { try InterviewQuestion(image: &$0) }, skipPhrases: try image.readStrings())
    self.init(vocabulary: vocabulary, intents: intents, signals: signals, interview: interview)
    try checkComplete(at: image.position)
  }

  /// Checks what later code relies on without looking: every track, factor and required intent.
  func checkComplete(at offset: Int) throws {
    let complete = TrackID.allCases.allSatisfy { id in vocabulary.tracks.contains { $0.id == id } }
      && FactorID.allCases.allSatisfy { id in vocabulary.factors.contains { $0.id == id } }
      && (try? Self.checkRequiredIntents(intents)) != nil
      && intents.allSatisfy { !$0.answers.isEmpty || $0.table != nil }
      && zip(intents, intents.dropFirst()).allSatisfy { $0.id < $1.id }
    guard complete else { throw ImageError(offset: offset, problem: "the knowledge base is incomplete") }
  }
}

extension ImageReader {
  /// Reads a track id.
  mutating func readTrack() throws -> TrackID {
    let name = try readString()
    guard let track = TrackID(rawValue: name) else { throw ImageError(offset: position, problem: "unknown track '\(name)'") }
    return track
  }

  /// Reads a list of track ids.
  mutating func readTracks() throws -> [TrackID] {
    let position = self.position
    return try readStrings().map { name in
      guard let track = TrackID(rawValue: name) else { throw ImageError(offset: position, problem: "unknown track '\(name)'") }
      return track
    }
  }

  /// Reads a track id, or nothing where an empty string was written.
  mutating func readOptionalTrack() throws -> TrackID? {
    let position = self.position
    let name = try readString()
    guard !name.isEmpty else { return nil }
    guard let track = TrackID(rawValue: name) else { throw ImageError(offset: position, problem: "unknown track '\(name)'") }
    return track
  }

  /// Reads a factor id.
  mutating func readFactor() throws -> FactorID {
    let name = try readString()
    guard let factor = FactorID(rawValue: name) else { throw ImageError(offset: position, problem: "unknown factor '\(name)'") }
    return factor
  }
}

extension Vocabulary {
  func write(to image: inout ImageWriter) {
    image.write(tracks) { image, track in
      image.write(track.id.rawValue)
      image.write(track.name)
      image.write(track.aliases)
      image.write(track.domain)
      image.write(track.careers)
    }
    image.write(factors) { image, factor in
      image.write(factor.id.rawValue)
      image.write(factor.name)
      image.write(factor.aliases)
    }
    image.write(neighbours) { image, neighbour in
      image.write(neighbour.id)
      image.write(neighbour.name)
      image.write(neighbour.aliases)
      image.write(neighbour.within?.rawValue ?? "")
      image.write(neighbour.isTopic ? "topic" : "")
      image.write(neighbour.closest)
      image.write(neighbour.sources)
    }
    image.write(sections) { image, section in
      image.write(section.id)
      image.write(section.name)
    }
    image.write(moreOrder.map(\.rawValue))
    Self.write(synonyms, to: &image)
    image.write(related) { image, group in image.write(group) }
    let topicIntents = topics.keys.sorted()
    image.write(topicIntents.map(\.rawValue))
    image.write(topicIntents) { image, intent in image.write(topics[intent]!) }
    image.write(shared)
    Self.write(abbreviations, to: &image)
    Self.write(meanings, to: &image)
  }

  /// Writes a table of texts by word as its sorted keys, then their texts.
  static func write(_ table: [String: String], to image: inout ImageWriter) {
    let keys = table.keys.sorted()
    image.write(keys)
    image.write(keys.map { table[$0]! })
  }

  /// Reads a table `write(_:to:)` wrote; `name` says which in an error.
  static func readTable(_ image: inout ImageReader, name: String) throws -> [String: String] {
    let keys = try image.readStrings()
    let texts = try image.readStrings()
    guard keys.count == texts.count else { throw ImageError(offset: image.position, problem: "\(name) lists differ") }
    return Dictionary(zip(keys, texts), uniquingKeysWith: { first, _ in first })
  }

  init(image: inout ImageReader) throws {
    let tracks = try image.readList {
      Track(id: try $0.readTrack(), name: try $0.readString(), aliases: try $0.readStrings(), domain: try $0.readStrings(),
        careers: try $0.readStrings())
    }
    let factors = try image.readList {
      Factor(id: try $0.readFactor(), name: try $0.readString(), aliases: try $0.readStrings())
    }
    let neighbours = try image.readList { image in
      Neighbour(
        id: try image.readString(), name: try image.readString(), aliases: try image.readStrings(),
        within: try image.readOptionalTrack(), isTopic: try image.readString() == "topic", closest: try image.readString(),
        sources: try image.readStrings())
    }
    let sections = try image.readList { Section(id: try $0.readString(), name: try $0.readString()) }
    let moreOrder = try image.readStrings().map { IntentID($0) }
    let synonyms = try Self.readTable(&image, name: "synonym")
    let related = try image.readList { try $0.readStrings() }
    let topicIntents = try image.readStrings().map { IntentID($0) }
    let topicWords = try image.readList { try $0.readStrings() }
    guard topicIntents.count == topicWords.count else { throw ImageError(offset: image.position, problem: "topic lists differ") }
    let shared = try image.readStrings()
    let abbreviations = try Self.readTable(&image, name: "abbreviation")
    let meanings = try Self.readTable(&image, name: "meaning")
    self.init(
      tracks: tracks, factors: factors, neighbours: neighbours, sections: sections, moreOrder: moreOrder,
      synonyms: synonyms, related: related,
      topics: Dictionary(zip(topicIntents, topicWords), uniquingKeysWith: { first, _ in first }), shared: shared,
      abbreviations: abbreviations, meanings: meanings)
  }
}

extension Intent {
  func write(to image: inout ImageWriter) {
    image.write(id.rawValue)
    image.write(label)
    image.write(examples)
    image.write(answers) { $1.write(to: &$0) }
    image.write(table) { image, table in
      image.write(table.sources)
      for factor in FactorID.allCases {
        for track in TrackID.allCases { image.write(table.cells[factor]?[track] ?? "") }
      }
    }
    image.write(closed ? "closed" : "")
    image.write(about.map(\.rawValue))
    image.write(expands ? "expands" : "")
    image.writePacked(exampleLines.map(UInt32.init))
    image.write(file)
  }

  init(image: inout ImageReader) throws {
    self.init(
      id: IntentID(try image.readString()), label: try image.readString(), examples: try image.readStrings(),
      answers: try image.readList { try Answer(image: &$0) }, table: try image.readOptional(ComparisonTable.init(image:)),
      closed: try image.readString() == "closed", about: try image.readTracks(), expands: try image.readString() == "expands", exampleLines: try image.readPacked(UInt32.self).map(Int.init), file: try image.readString())
  }
}

extension ComparisonTable {
  init(image: inout ImageReader) throws {
    let sources = try image.readStrings()
    var cells: [FactorID: [TrackID: String]] = [:]
    for factor in FactorID.allCases {
      var row: [TrackID: String] = [:]
      for track in TrackID.allCases { row[track] = try image.readString() }
      cells[factor] = row
    }
    self.init(sources: sources, cells: cells)
  }
}

extension Answer {
  func write(to image: inout ImageWriter) {
    image.write(track) { $0.write($1.rawValue) }
    image.write(sources)
    image.write(paragraphs)
    image.write(bullets)
  }

  init(image: inout ImageReader) throws {
    self.init(
      track: try image.readOptional { try $0.readTrack() }, sources: try image.readStrings(),
      paragraphs: try image.readStrings(), bullets: try image.readStrings())
  }
}

extension Signal {
  func write(to image: inout ImageWriter) {
    image.write(phrase)
    image.write(track.rawValue)
    image.write(weight)
    image.write(source)
    image.write(reason)
    image.write((bridge ? "bridge" : "") + (itOperations ? " it-operations" : ""))
  }

  init(image: inout ImageReader) throws {
    let (phrase, track, weight) = (try image.readString(), try image.readTrack(), try image.readDouble())
    let (source, reason, kind) = (try image.readString(), try image.readString(), try image.readString())
    self.init(phrase: phrase, track: track, weight: weight, source: source, reason: reason, bridge: kind.hasPrefix("bridge"),
      itOperations: kind.hasSuffix("it-operations"))
  }
}

extension InterviewQuestion {
  func write(to image: inout ImageWriter) {
    image.write(id)
    image.write(source)
    image.write(prompt)
    image.write(options) { image, option in
      image.write(option.track.rawValue)
      image.write(option.text)
    }
  }

  init(image: inout ImageReader) throws {
    self.init(
      id: try image.readString(), source: try image.readString(), prompt: try image.readString(),
      options: try image.readList { Option(track: try $0.readTrack(), text: try $0.readString()) })
  }
}
