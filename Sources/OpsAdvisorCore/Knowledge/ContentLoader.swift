/// Reads intent, signal and interview files against the seed's sections, already loaded.
struct ContentLoader {
  /// The sections a `source` may name.
  let sections: [Section]

  static func trackID(_ value: YAMLValue) throws -> TrackID {
    let name = try value.string(named: "track")
    guard let id = TrackID(rawValue: name) else { throw value.error(.unknownTrack(name)) }
    return id
  }

  static func factorID(_ value: YAMLValue) throws -> FactorID {
    let name = try value.string(named: "factor")
    guard let id = FactorID(rawValue: name) else { throw value.error(.unknownFactor(name)) }
    return id
  }

  /// The source ids of `value`, each checked against the vocabulary's sections.
  func sources(_ value: YAMLValue?, in owner: YAMLValue) throws -> [String] {
    guard let value else { throw owner.error(.missingKey("source")) }
    let ids = try value.strings(named: "source")
    for id in ids where !sections.contains(where: { $0.id == id }) {
      throw value.error(.unknownSource(id))
    }
    return ids
  }

  func intent(_ root: YAMLValue, expectedID: String) throws -> Intent {
    let top = try root.mapping(
      named: "intent", allowing: ["id", "label", "closed", "about", "expands", "examples", "answers", "table"],
      requiring: ["id", "label", "examples"])
    let id = try top.required("id").string(named: "id")
    guard id == expectedID else {
      throw top.required("id").error(.idDoesNotMatchFile(id: id, expected: expectedID))
    }
    let examples = try top.required("examples").list(named: "examples")
    let answers = try top["answers"]?.list(named: "answers").map(answer) ?? []
    let table = try top["table"].map(comparisonTable)
    if answers.isEmpty, table == nil { throw root.error(.missingKey("answers")) }
    return Intent(
      id: IntentID(id), label: try top.required("label").string(named: "label"),
      examples: try examples.map { try $0.string(named: "examples") }, answers: answers,
      table: table, closed: try top["closed"]?.bool(named: "closed") ?? false,
      about: try top["about"]?.list(named: "about").map(Self.trackID) ?? [],
      expands: try top["expands"]?.bool(named: "expands") ?? false, exampleLines: examples.map(\.line),
      file: root.file)
  }

  func answer(_ value: YAMLValue) throws -> Answer {
    let entry = try value.mapping(
      named: "answer", allowing: ["track", "source", "text", "bullets"], requiring: ["text"])
    let text = try entry.required("text").string(named: "text")
    return Answer(
      track: try entry["track"].map(Self.trackID),
      sources: try sources(entry["source"], in: value),
      paragraphs: Self.paragraphs(of: text),
      bullets: try entry["bullets"]?.list(named: "bullets").map { try $0.string(named: "bullets") }
        ?? [])
  }

  /// Splits text at blank lines and joins each paragraph's lines with single spaces.
  static func paragraphs(of text: String) -> [String] {
    text.pieces(separatedBy: "\n\n").map { paragraph in
      paragraph.split(whereSeparator: \.isNewline)
        .map { $0.trimmingWhitespace() }.joined(separator: " ")
    }.filter { !$0.isEmpty }
  }

  func comparisonTable(_ value: YAMLValue) throws -> ComparisonTable {
    let entry = try value.mapping(named: "table", allowing: ["source", "rows"], requiring: ["rows"])
    var cells: [FactorID: [TrackID: String]] = [:]
    for rowValue in try entry.required("rows").list(named: "rows") {
      let keys = ["factor"] + TrackID.allCases.map(\.rawValue)
      let row = try rowValue.mapping(named: "row", allowing: keys, requiring: keys)
      let factor = try Self.factorID(row.required("factor"))
      var byTrack: [TrackID: String] = [:]
      for track in TrackID.allCases {
        byTrack[track] = try row.required(track.rawValue).string(named: track.rawValue)
      }
      cells[factor] = byTrack
    }
    for factor in FactorID.allCases where cells[factor] == nil {
      throw value.error(.missingFactor(factor.rawValue))
    }
    return ComparisonTable(sources: try sources(entry["source"], in: value), cells: cells)
  }

  func signals(_ root: YAMLValue) throws -> SignalSet {
    let top = try root.mapping(
      named: "signals", allowing: ["signals", "negations", "corrections", "hedges"], requiring: ["signals"])
    return SignalSet(
      signals: try top.required("signals").list(named: "signals").map(signal),
      negations: try phrases(top["negations"], named: "negations"),
      corrections: try phrases(top["corrections"], named: "corrections"),
      hedges: try phrases(top["hedges"], named: "hedges"))
  }

  /// A list of phrases, normalised as inputs are.
  func phrases(_ value: YAMLValue?, named key: String) throws -> [String] {
    try (value?.strings(named: key) ?? []).map(TextNormalizer.normalize)
  }

  func signal(_ value: YAMLValue) throws -> Signal {
    let entry = try value.mapping(
      named: "signal", allowing: ["phrase", "track", "weight", "source", "reason", "bridge", "itOperations"],
      requiring: ["phrase", "track", "weight", "reason"])
    let weightValue = entry.required("weight")
    let weight = try weightValue.number(named: "weight")
    guard (1...3).contains(weight) else { throw weightValue.error(.weightOutOfRange(weight)) }
    return Signal(
      phrase: TextNormalizer.normalize(try entry.required("phrase").string(named: "phrase")),
      track: try Self.trackID(entry.required("track")), weight: weight,
      source: try sources(entry["source"], in: value)[0],
      reason: try entry.required("reason").string(named: "reason"),
      bridge: try entry["bridge"]?.bool(named: "bridge") ?? false,
      itOperations: try entry["itOperations"]?.bool(named: "itOperations") ?? false)
  }

  func interview(_ root: YAMLValue) throws -> Interview {
    let top = try root.mapping(
      named: "interview", allowing: ["questions", "skip"], requiring: ["questions"])
    return Interview(
      questions: try top.required("questions").list(named: "questions").map(question),
      skipPhrases: try phrases(top["skip"], named: "skip"))
  }

  func question(_ value: YAMLValue) throws -> InterviewQuestion {
    let entry = try value.mapping(
      named: "question", allowing: ["id", "source", "prompt", "options"],
      requiring: ["id", "prompt", "options"])
    let options = try entry.required("options").list(named: "options").map { option in
      let fields = try option.mapping(
        named: "option", allowing: ["track", "text"], requiring: ["track", "text"])
      return InterviewQuestion.Option(
        track: try Self.trackID(fields.required("track")),
        text: try fields.required("text").string(named: "text"))
    }
    return InterviewQuestion(
      id: try entry.required("id").string(named: "id"),
      source: try sources(entry["source"], in: value)[0],
      prompt: try entry.required("prompt").string(named: "prompt"), options: options)
  }
}
