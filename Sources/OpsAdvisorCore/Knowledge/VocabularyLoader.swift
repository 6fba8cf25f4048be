/// Reads `vocabulary.yaml`: tracks, factors and the seed's sections.
enum VocabularyLoader {
  static func load(_ root: YAMLValue) throws -> Vocabulary {
    let top = try root.mapping(
      named: "vocabulary", allowing: ["tracks", "factors", "neighbours", "sections", "more", "synonyms", "related", "topics", "shared", "abbreviations", "meanings"],
      requiring: ["tracks", "factors", "sections"])
    let tracks = try top.required("tracks").list(named: "tracks").map(track)
    let factors = try top.required("factors").list(named: "factors").map(factor)
    let sections = try top.required("sections").list(named: "sections").map(section)
    let loader = ContentLoader(sections: sections)
    let neighbours = try top["neighbours"]?.list(named: "neighbours").map { try neighbour($0, loader: loader) } ?? []
    for id in TrackID.allCases where !tracks.contains(where: { $0.id == id }) {
      throw root.error(.missingTrack(id.rawValue))
    }
    for id in FactorID.allCases where !factors.contains(where: { $0.id == id }) {
      throw root.error(.missingFactor(id.rawValue))
    }
    let more = try top["more"]?.strings(named: "more").map { IntentID($0) } ?? []
    let synonyms = try top["synonyms"].map(synonymTable) ?? [:]
    let related = try top["related"]?.list(named: "related").map(relatedGroup) ?? []
    let topics = try top["topics"].map(topicTable) ?? [:]
    let shared = try top["shared"]?.strings(named: "shared").map(TextNormalizer.normalize) ?? []
    let abbreviations = try top["abbreviations"].map {
      try textTable($0, named: "abbreviations", expected: "a mapping of short forms to the words they stand for")
        .mapValues(TextNormalizer.normalize)
    } ?? [:]
    let meanings = try top["meanings"].map {
      try textTable($0, named: "meanings", expected: "a mapping of terms to what they mean")
    } ?? [:]
    return Vocabulary(
      tracks: tracks, factors: factors, neighbours: neighbours, sections: sections, moreOrder: more, synonyms: synonyms,
      related: related, topics: topics, shared: shared, abbreviations: abbreviations, meanings: meanings)
  }

  /// A mapping of terms to one text each, by the normalised term: `abbreviations:` (`llm: large
  /// language model`) and `meanings:` (`drift: Drift is …`).
  static func textTable(_ value: YAMLValue, named key: String, expected: String) throws -> [String: String] {
    guard case .mapping(let pairs) = value.node.content else {
      throw value.error(.wrongType(key: key, expected: expected))
    }
    var table: [String: String] = [:]
    for pair in pairs {
      table[TextNormalizer.normalize(pair.key.text ?? "")] = try YAMLValue(node: pair.value, file: value.file).string(named: key)
    }
    return table
  }

  /// `topics:` maps an intent id to the words that name its topic: `course: [course, bootcamp]`.
  static func topicTable(_ value: YAMLValue) throws -> [IntentID: [String]] {
    guard case .mapping(let pairs) = value.node.content else {
      throw value.error(.wrongType(key: "topics", expected: "a mapping of intent ids to lists of words"))
    }
    var table: [IntentID: [String]] = [:]
    for pair in pairs {
      let words = try YAMLValue(node: pair.value, file: value.file).strings(named: "topics")
      table[IntentID(pair.key.text ?? ""), default: []] += words.map(TextNormalizer.normalize)
    }
    return table
  }

  /// One group of `related:`, a list of words that name nearly the same thing.
  static func relatedGroup(_ value: YAMLValue) throws -> [String] {
    try value.strings(named: "related").map(TextNormalizer.normalize)
  }

  /// `synonyms:` maps a word to the words read as it: `skills: [competencies, abilities]`.
  static func synonymTable(_ value: YAMLValue) throws -> [String: String] {
    guard case .mapping(let pairs) = value.node.content else {
      throw value.error(.wrongType(key: "synonyms", expected: "a mapping of words to lists of words"))
    }
    var table: [String: String] = [:]
    for pair in pairs {
      let word = TextNormalizer.normalize(pair.key.text ?? "")
      for variant in try YAMLValue(node: pair.value, file: value.file).strings(named: "synonyms") {
        table[TextNormalizer.normalize(variant)] = word
      }
    }
    return table
  }

  static func track(_ value: YAMLValue) throws -> Track {
    let entry = try value.mapping(
      named: "track", allowing: ["id", "name", "aliases", "domain", "careers"], requiring: ["id", "name"])
    return Track(
      id: try ContentLoader.trackID(entry.required("id")),
      name: try entry.required("name").string(named: "name"),
      aliases: try entry["aliases"]?.strings(named: "aliases") ?? [],
      domain: try entry["domain"]?.strings(named: "domain") ?? [],
      careers: try entry["careers"]?.strings(named: "careers") ?? [])
  }

  static func factor(_ value: YAMLValue) throws -> Factor {
    let entry = try value.mapping(
      named: "factor", allowing: ["id", "name", "aliases"], requiring: ["id", "name"])
    return Factor(
      id: try ContentLoader.factorID(entry.required("id")),
      name: try entry.required("name").string(named: "name"),
      aliases: try entry["aliases"]?.strings(named: "aliases") ?? [])
  }

  static func neighbour(_ value: YAMLValue, loader: ContentLoader) throws -> Neighbour {
    let entry = try value.mapping(
      named: "neighbour", allowing: ["id", "name", "aliases", "within", "topic", "closest", "source"],
      requiring: ["id", "name", "aliases", "closest", "source"])
    return Neighbour(
      id: try entry.required("id").string(named: "id"),
      name: try entry.required("name").string(named: "name"),
      aliases: try entry.required("aliases").strings(named: "aliases"),
      within: try entry["within"].map(ContentLoader.trackID),
      isTopic: try entry["topic"]?.bool(named: "topic") ?? false,
      closest: try entry.required("closest").string(named: "closest"),
      sources: try loader.sources(entry["source"], in: value))
  }

  static func section(_ value: YAMLValue) throws -> Section {
    let entry = try value.mapping(named: "section", allowing: ["id", "name"], requiring: ["id", "name"])
    return Section(
      id: try entry.required("id").string(named: "id"),
      name: try entry.required("name").string(named: "name"))
  }
}
