/// Everything the advisor knows, loaded and checked from the `intents/` files.
///
/// Loading is all or nothing: the first mistake throws a `KnowledgeBaseError` with its file
/// and line, and no part of a broken knowledge base is ever used.
public struct KnowledgeBase: Sendable {
  /// The intent ids later code relies on; each must be defined.
  public static let requiredIntents: [IntentID] = [
    "faq.llmops-vs-mlops", "faq.aiops-position", "faq.classical-ml", "faq.llm-products",
    "definition", "comparison", "skills", "tools", "projects", "career", "fit", "choose",
    "confusion", "recommendation", "preference", "profile", "greeting", "thanks", "goodbye", "acknowledgement",
    "help", "out-of-scope", "follow-up", "more", "why",
  ]

  public let vocabulary: Vocabulary
  /// All intents, sorted by id.
  public let intents: [Intent]
  public let signals: SignalSet
  public let interview: Interview

  /// Loads a knowledge base from its files; files not ending in `.yaml` are ignored.
  ///
  /// - Throws: `KnowledgeBaseError` for the first mistake, in file-name order.
  public init(files: [KnowledgeFile]) throws {
    let yamlFiles = files.filter { $0.name.hasSuffix(".yaml") }.sorted { $0.name < $1.name }
    let named = Dictionary(yamlFiles.map { ($0.baseName, $0) }, uniquingKeysWith: { a, _ in a })
    guard let vocabularyFile = named["vocabulary"] else {
      throw KnowledgeBaseError(file: "intents", line: 1, problem: .missingFile("vocabulary.yaml"))
    }
    let vocabulary = try VocabularyLoader.load(try YAMLValue.parse(vocabularyFile))
    let loader = ContentLoader(sections: vocabulary.sections)
    var intents: [Intent] = []
    var signals = SignalSet.empty
    var interview = Interview.empty
    for file in yamlFiles {
      switch file.baseName {
      case "vocabulary": continue
      case "signals": signals = try loader.signals(try YAMLValue.parse(file))
      case "interview": interview = try loader.interview(try YAMLValue.parse(file))
      default: intents.append(try loader.intent(try YAMLValue.parse(file), expectedID: file.baseName))
      }
    }
    try Self.checkUniqueIDs(intents)
    try Self.checkRequiredIntents(intents)
    try Self.checkMoreOrder(vocabulary.moreOrder, intents: intents, file: vocabularyFile.name)
    try Self.checkMoreOrder(vocabulary.topics.keys.sorted(), intents: intents, file: vocabularyFile.name)
    self.vocabulary = vocabulary
    self.intents = intents.sorted { $0.id < $1.id }
    self.signals = signals
    self.interview = interview
  }

  /// A knowledge base from parts already checked, as an image holds them.
  init(vocabulary: Vocabulary, intents: [Intent], signals: SignalSet, interview: Interview) {
    self.vocabulary = vocabulary
    self.intents = intents
    self.signals = signals
    self.interview = interview
  }

  /// The intent with this id, if defined; found by binary search, since intents are sorted by id.
  public func intent(_ id: IntentID) -> Intent? {
    Self.position(of: id, in: intents.lazy.map(\.id)).map { intents[$0] }
  }

  /// The position of `id` in `ids`, which are sorted, if it is there.
  static func position<IDs: RandomAccessCollection<IntentID>>(of id: IntentID, in ids: IDs) -> Int? where IDs.Index == Int {
    var (low, high) = (ids.startIndex, ids.endIndex)
    while low < high {
      let middle = (low + high) / 2
      if ids[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < ids.endIndex && ids[low] == id ? low : nil
  }

  static func checkUniqueIDs(_ intents: [Intent]) throws {
    var seen: [IntentID: String] = [:]
    for intent in intents {
      if let first = seen[intent.id] {
        throw KnowledgeBaseError(
          file: intent.file, line: 1, problem: .duplicateID(intent.id.rawValue, firstFile: first))
      }
      seen[intent.id] = intent.file
    }
  }

  /// Checks that every intent id `order` names is an intent (the order of "tell me more", or
  /// the intents `topics:` names).
  static func checkMoreOrder(_ order: [IntentID], intents: [Intent], file: String) throws {
    let ids = Set(intents.map(\.id))
    for id in order where !ids.contains(id) {
      throw KnowledgeBaseError(file: file, line: 1, problem: .unknownIntent(id.rawValue))
    }
  }

  static func checkRequiredIntents(_ intents: [Intent]) throws {
    let ids = Set(intents.map(\.id))
    for id in requiredIntents where !ids.contains(id) {
      throw KnowledgeBaseError(file: "intents", line: 1, problem: .missingFile("\(id).yaml"))
    }
  }
}
