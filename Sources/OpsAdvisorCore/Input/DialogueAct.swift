/// What kind of line it is, decided apart from its topic: whether it asks for something,
/// and whether it speaks of the person's own work.
///
/// A line asks for something when it has a question mark, or a clause opens with a question
/// or request word ("how", "which", "tell", …). It speaks of the person when it has a
/// first-person word ("I", "my", "we", "our", …). A line can do both ("I deploy churn models,
/// which track fits?"). Greetings, thanks and goodbyes are the closed intents' business (see
/// `Intent.closed`): a line is one of them only when it says nothing else.
public enum DialogueAct {
  /// Words by which people speak of themselves and their work.
  static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]

  /// Words that open a question or a request rather than a statement about oneself.
  static let requestOpeners: Set<String> = [
    "how", "what", "which", "why", "where", "when", "who", "can", "could", "should", "would", "is",
    "are", "do", "does", "write", "fix", "build", "show", "give", "tell", "explain", "help", "make",
    "create", "set", "compare", "recommend", "please", "best",
  ]

  /// Whether a line asks for something: a question mark, or a clause opening with a question
  /// or request word.
  public static func isRequest(_ parsed: ParsedInput) -> Bool {
    parsed.original.utf8.contains(UInt8(ascii: "?"))
      || parsed.clauses.contains { !$0.range.isEmpty && requestOpeners.contains(parsed.words[$0.range.lowerBound]) }
  }

  /// Whether a line speaks of the person or their team ("I deploy…", "our platform…").
  public static func speaksOfThemselves(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains { firstPerson.contains($0) }
  }

  /// Words that make a clause a question wherever they stand ("I wonder which track…").
  static let questionWords: Set<String> = ["how", "what", "which", "why", "where", "when", "who", "whether", "should"]

  /// Words about what the speaker thinks or heard rather than what they do ("I thought AIOps
  /// meant…", "I keep hearing about LLMOps").
  static let cognitionWords: Set<String> = [
    "think", "thought", "heard", "hear", "hearing", "read", "wonder", "wondering", "guess", "believe", "mean",
    "meant", "understand", "know", "confused", "curious", "assume", "assumed", "suppose",
  ]

  /// Whether some words state something about the speaker's work: a first-person word, no
  /// question or request word first, no question word and no word of thinking anywhere ("I'm
  /// interviewing for an MLOps role", not "should I learn MLOps", "I wonder whether I should
  /// learn MLOps" or "I thought AIOps meant IT operations").
  static func statesAboutSelf(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first, !requestOpeners.contains(first) else { return false }
    return words.contains { firstPerson.contains($0) }
      && !words.contains { questionWords.contains($0) || cognitionWords.contains($0) }
  }

  /// Whether a line speaks of the person's own work: a first-person word in a clause with no
  /// word of thinking ("I deploy churn models", not "I thought AIOps meant alert correlation").
  public static func speaksOfTheirWork(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      let words = parsed.words[clause.range]
      return words.contains { firstPerson.contains($0) } && !words.contains { cognitionWords.contains($0) }
    }
  }

  /// Whether a line speaks only of what the person thinks or heard ("I thought AIOps meant…"):
  /// first-person words, each in a clause with a word of thinking.
  public static func speaksOnlyOfTheirThoughts(_ parsed: ParsedInput) -> Bool {
    speaksOfThemselves(parsed) && !speaksOfTheirWork(parsed)
  }

  /// Words of a problem report or a task in hand: a line with one asks for help with something
  /// broken or being set up ("my MLflow tracking server won't start", "I'm trying to set up a
  /// central MLflow server"), whatever else it says.
  static let troubleWords: Set<String> = [
    "error", "errors", "fail", "fails", "failed", "failing", "failure", "crash", "crashes", "crashed", "stuck",
    "broken", "breaks", "bug", "bugs", "issue", "issues", "problem", "problems", "wont", "unable", "exception",
    "oom", "oomkilled", "timeout", "hangs", "hanging", "doesnt", "cant", "cannot", "fix", "debug", "troubleshoot",
    "trying", "setup", "setting", "install", "installing", "configure", "configuring", "integrate", "integrating",
    "migrate", "migrating", "upgrade", "upgrading",
  ]

  /// Whether a line reports trouble or a task in hand (see `troubleWords`).
  public static func reportsTrouble(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains { troubleWords.contains($0) }
  }

  /// Whether some clause of a line states something about the speaker.
  public static func statesAboutSelf(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { statesAboutSelf(parsed.words[$0.range]) }
  }
}
