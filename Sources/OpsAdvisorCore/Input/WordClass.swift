/// What a word says about the kind of line it is in, apart from its topic: the classes the
/// dialogue act (`DialogueAct`) and follow-ups read. Every word of a line is looked up once,
/// when the line is parsed (`ParsedInput.classes`), in one table hashed without Swift's seeded
/// hasher.
public struct WordClass: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// "I", "my", "we", "our": the person speaks of themselves.
  static let firstPerson = WordClass(rawValue: 1 << 0)
  /// A word that opens a question or request ("how", "which", "tell", "compare").
  static let requestOpener = WordClass(rawValue: 1 << 1)
  /// A word that makes a clause a question wherever it stands ("which", "whether", "should").
  static let questionWord = WordClass(rawValue: 1 << 2)
  /// A word of thinking or hearing rather than doing ("thought", "heard", "wonder").
  static let cognition = WordClass(rawValue: 1 << 3)
  /// A word of a problem report or a task in hand ("error", "stuck", "trying", "install").
  static let trouble = WordClass(rawValue: 1 << 4)
  /// "vs", "versus": tracks set against each other.
  static let versus = WordClass(rawValue: 1 << 5)
  /// A word that compares one thing with others ("difference", "compare", "other").
  static let comparing = WordClass(rawValue: 1 << 6)
  /// "it", "its", "this", "that": points back at one thing.
  static let pointsAtOne = WordClass(rawValue: 1 << 7)
  /// "them", "they", "both": points back at several things.
  static let pointsAtSeveral = WordClass(rawValue: 1 << 8)
  /// "three", "3", "tracks": asks about every track at once.
  static let everyTrack = WordClass(rawValue: 1 << 9)
  /// "each", "all", "every": asks about every track when followed by an `everyTrackFollower`.
  static let everyTrackLeader = WordClass(rawValue: 1 << 10)
  /// "track", "one", "of", "them" after an `everyTrackLeader` ("each track", "all of them", "each
  /// role", read as "each career").
  static let everyTrackFollower = WordClass(rawValue: 1 << 11)
  /// A stopword (`FeatureExtractor.stopwords`): counts for less in matching.
  static let stopword = WordClass(rawValue: 1 << 12)
  /// A function word (`FunctionWords`): never one of a line's content words.
  static let functionWord = WordClass(rawValue: 1 << 13)
  /// A track id ("mlops"), as the matcher reads a track's name.
  static let trackName = WordClass(rawValue: 1 << 14)
  /// "or": the line offers alternatives ("tools or skills?", "MLOps or LLMOps?").
  static let alternative = WordClass(rawValue: 1 << 15)
  /// A word that asks for the comparison table itself ("compare", "table", "side by side").
  static let asksForTable = WordClass(rawValue: 1 << 16)
  /// A word that asks whether something is new or only another name ("just", "same", "hype").
  static let sameness = WordClass(rawValue: 1 << 17)

  /// A word that supposes another case or a choice of one's own ("what if", "rather", "prefer").
  static let supposes = WordClass(rawValue: 1 << 18)

  /// "you", "your": the line speaks to someone.
  static let secondPerson = WordClass(rawValue: 1 << 19)

  /// A word that sets things side by side ("comparing", "vs", "between"): tracks named beside
  /// one are what the person studies or weighs, not their work.
  static let setsSideBySide = WordClass(rawValue: 1 << 20)

  /// The words of each class.
  static let lists: [(WordClass, [String])] = [
    (.firstPerson, ["i", "im", "ive", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]),
    (.requestOpener, [
      "how", "what", "which", "why", "where", "when", "who", "can", "could", "should", "would", "is", "are", "do", "does",
      "write", "fix", "build", "show", "give", "tell", "explain", "help", "make", "create", "set", "compare",
      "recommend", "please", "best",
    ]),
    (.questionWord, ["how", "what", "which", "why", "where", "when", "who", "whether", "should"]),
    (.cognition, [
      "think", "thought", "heard", "hear", "hearing", "read", "wonder", "wondering", "guess", "believe", "mean",
      "meant", "understand", "know", "confused", "curious", "assume", "assumed", "suppose", "mentioned", "suggested",
      "sounds", "seems",
    ]),
    (.trouble, [
      "error", "errors", "fail", "fails", "failed", "failing", "failure", "crash", "crashes", "crashed", "stuck",
      "broken", "breaks", "bug", "bugs", "issue", "issues", "problem", "problems", "wont", "unable", "exception",
      "oom", "oomkilled", "timeout", "hangs", "hanging", "doesnt", "cant", "cannot", "fix", "debug", "troubleshoot",
      "trying", "setup", "setting", "install", "installing", "configure", "configuring", "integrate", "integrating",
      "migrate", "migrating", "upgrade", "upgrading",
    ]),
    (.versus, ["vs", "versus"]),
    (.comparing, [
      "difference", "diff", "compare", "compared", "comparison", "vs", "versus", "contrast", "between", "other", "others",
      "rest", "alike", "similar", "same", "stack", "against",
    ]),
    (.pointsAtOne, ["it", "its", "this", "that"]),
    (.pointsAtSeveral, ["them", "they", "their", "these", "those", "both", "two"]),
    (.everyTrack, ["three", "3", "tracks"]),
    (.everyTrackLeader, ["each", "all", "every"]),
    (.everyTrackFollower, ["track", "one", "ones", "of", "them", "path", "paths", "career"]),
    (.stopword, FeatureExtractor.stopwords),
    (.functionWord, FunctionWords.words),
    (.trackName, TrackID.allCases.map(\.rawValue)),
    (.alternative, ["or"]),
    (.asksForTable, ["vs", "versus", "compare", "comparison", "table", "side"]),
    (.sameness, [
      "same", "just", "simply", "basically", "new", "rename", "renamed", "rebrand", "rebranded", "rebranding",
      "label", "buzzword", "hype", "marketing", "distinct", "separate", "subset", "extension", "extends",
      "evolution", "evolved", "beyond", "differ", "different", "difference", "standalone", "independent",
    ]),
    (.secondPerson, ["you", "your", "yours", "yourself"]),
    (.supposes, ["if", "rather", "prefer", "preferred", "instead", "suppose", "supposing", "imagine"]),
    (.setsSideBySide, [
      "compare", "compares", "comparing", "compared", "comparison", "vs", "versus", "between", "difference", "differences",
      "contrast", "contrasting", "diff", "diffs",
    ]),
  ]

  /// Every listed word with all its classes.
  static let table: StringMap<UInt32> = {
    var classes: [String: UInt32] = [:]
    for (wordClass, words) in lists {
      for word in words { classes[word, default: 0] |= wordClass.rawValue }
    }
    return StringMap(classes)
  }()

  /// The classes of one word (none for most words).
  static func of(_ word: String) -> WordClass {
    WordClass(rawValue: table[word] ?? 0)
  }
}

extension Collection where Element == WordClass {
  /// Whether any word here is of `wordClass`.
  func contains(_ wordClass: WordClass) -> Bool {
    contains { $0.contains(wordClass) }
  }
}
