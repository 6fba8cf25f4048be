/// What kind of line it is, decided apart from its topic: whether it asks for something,
/// whether it speaks of the person's own work, what they think, or a problem in hand.
///
/// A line asks for something when it has a question mark, or a clause opens with a question
/// or request word ("how", "which", "tell", …). It speaks of the person when it has a
/// first-person word ("I", "my", "we", "our", …), of their work when such a clause has no word
/// of thinking ("I thought AIOps meant…" speaks of their thoughts). It reports trouble with a
/// word of a problem or a task in hand ("error", "stuck", "trying to set up"). A line can do
/// several of these ("I deploy churn models, which track fits?"). Greetings, thanks and
/// goodbyes are the closed intents' business (see `Intent.closed`): a line is one of them
/// only when it says nothing else. The words of each class are in `WordClass`.
public enum DialogueAct {
  /// Whether a line asks for something: a question mark, a clause opening with a question or
  /// request word, or a question asked inside a clause ("so if i'm doing the description
  /// generator do i still need mlflow").
  public static func isRequest(_ parsed: ParsedInput) -> Bool {
    hasQuestionMark(parsed)
      || parsed.clauses.contains {
        opensAsRequest(parsed.words[$0.range], parsed.classes[$0.range], alone: parsed.clauses.count == 1)
          && !isRelativeWhich(parsed, at: $0.range.lowerBound)
      }
      || asksInsideAClause(parsed.words)
  }

  /// Whether words hold an auxiliary before "i" or "we" after another word, followed by a verb
  /// of needing or choosing: "… do i still need mlflow", "… should we pick llmops".
  static func asksInsideAClause(_ words: [String]) -> Bool {
    words.indices.dropFirst().dropLast(2).contains { place in
      insideAuxiliaries.contains(words[place]) && (words[place + 1] == "i" || words[place + 1] == "we")
        && !(words[place - 1] == "i" || words[place - 1] == "we")
        && words[(place + 2)...].prefix(2).contains(where: insideQuestionVerbs.contains)
    }
  }

  /// The auxiliaries of a question asked inside a clause.
  static let insideAuxiliaries: WordSet = ["do", "should", "can", "would", "will"]

  /// The verbs such a question asks with.
  static let insideQuestionVerbs: WordSet = ["need", "use", "learn", "pick", "choose", "go", "start", "switch", "keep"]

  /// Whether a clause opens with a question or request word that is not the start of a team's
  /// story: "how do we…" asks, "how we build evaluation pipelines", "why we moved to LLMOps" and
  /// "how a small team cut its bill" tell ("how", "why" or "what" followed at once by "we",
  /// "our", "a" or "an"). A one-word clause is an
  /// item of a list ("you will design, build, train, and deploy…"), unless the line is that word.
  static func opensAsRequest(_ allWords: ArraySlice<String>, _ allClasses: ArraySlice<WordClass>, alone: Bool = true) -> Bool {
    guard let opening = allClasses.first else { return false }
    // Leading fillers are passed over: "ok what governance tooling is there for aiops" asks.
    // Most clauses open with neither, and are told apart by their first word's classes alone.
    let fillers = opening.contains(.requestOpener) ? 0 : allWords.prefix { leadingFillers.contains($0) }.count
    let (words, classes) = (allWords.dropFirst(fillers), allClasses.dropFirst(fillers))
    guard let first = classes.first, first.contains(.requestOpener), words.count > 1 || alone else { return false }
    return !(storyOpeners.contains(words.first!) && words.dropFirst().first.map(storySubjects.contains) == true)
      && !opensWithWhatTheyDo(words)
  }

  /// Whether words open by telling what the speaker does ("what i really do is manage the
  /// platform", "what i actually do: we run kafka pipelines"): "what", "i" or "we", then "do"
  /// within two words. Such a "what" asks nothing.
  static func opensWithWhatTheyDo(_ words: ArraySlice<String>) -> Bool {
    let start = words.startIndex
    guard words.count >= 3, words[start] == "what", words[start + 1] == "i" || words[start + 1] == "we" else { return false }
    return words.dropFirst(2).prefix(2).contains("do")
  }

  /// The words that open a story rather than a question when one of `storySubjects` follows them.
  static let storyOpeners: WordSet = ["how", "why", "what"]
  static let storySubjects: WordSet = ["we", "our", "a", "an"]

  /// Whether a line reads as a duty from a job posting ("Set up monitoring for ML model
  /// performance", "Build retraining pipelines for churn models"): it opens with a verb that
  /// would ask for something, asks no question and names nobody ("build me a RAG pipeline" and "set up
  /// alerting for my cluster" are requests).
  public static func statesADuty(_ parsed: ParsedInput) -> Bool {
    guard let first = parsed.classes.first, first.contains(.requestOpener), !first.contains(.questionWord),
      !hasQuestionMark(parsed)
    else { return false }
    return !parsed.classes.contains { $0.contains(.firstPerson) || $0.contains(.secondPerson) }
      && !dutyExcludedOpeners.contains(parsed.words[0])
  }

  /// Request words that never open a duty: they ask the advisor something.
  static let dutyExcludedOpeners: WordSet = [
    "is", "are", "do", "does", "can", "could", "would", "tell", "explain", "show", "give", "help", "please", "recommend",
    "compare", "best",
  ]

  /// Whether a line is written as a title ("vLLM: Serving LLMs in Production with Very High
  /// Throughput"): at least `titleWords` words of four letters or more that are not function
  /// words ("with", "from"), and at least four in five of those capitalised. A title names a
  /// topic; it is not someone telling of their work.
  public static func isTitle(_ line: String) -> Bool {
    var (long, capitalised) = (0, 0)
    for word in line.utf8.split(whereSeparator: { !isASCIILetter($0) }) where word.count >= 4 {
      guard !WordClass.of(String(decoding: word, as: UTF8.self).lowercased()).contains(.functionWord) else { continue }
      long += 1
      if let first = word.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { capitalised += 1 }
    }
    return long >= titleWords && capitalised * 5 >= long * 4
  }

  /// The fewest words of four letters or more a title has.
  static let titleWords = 3

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Whether a line speaks of the person or their team ("I deploy…", "our platform…").
  public static func speaksOfThemselves(_ parsed: ParsedInput) -> Bool {
    parsed.classes.contains(.firstPerson)
  }

  /// Whether a line speaks of the person's own work: a first-person word in a clause after
  /// its last word of thinking, if any ("I deploy churn models", "I think I want to move to ML
  /// models", not "I thought AIOps meant alert correlation").
  public static func speaksOfTheirWork(_ parsed: ParsedInput) -> Bool {
    introducesTheirRole(parsed.words) || parsed.clauses.contains { clause in
      let classes = parsed.classes[clause.range]
      let afterThinking = classes.lastIndex { $0.contains(.cognition) }.map { classes[($0 + 1)...] } ?? classes
      return afterThinking.indices.contains { position in
        afterThinking[position].contains(.firstPerson) && !namesTheirWriting(parsed.words, after: position, in: clause.range)
      }
    }
  }

  /// Whether a line says who is speaking the way chat does, without "I": "data scientist
  /// here", "cloud infra engineer here - terraform, aws, eks".
  static func introducesTheirRole(_ words: [String]) -> Bool {
    words.indices.dropFirst().contains { words[$0] == "here" && roleNouns.contains(words[$0 - 1]) }
  }

  /// Nouns for what someone is at work, before "here".
  static let roleNouns: WordSet = [
    "engineer", "scientist", "dev", "developer", "analyst", "lead", "manager", "student", "architect", "sre", "admin",
    "researcher", "consultant", "ops", "devops", "designer",
  ]

  /// Whether the first-person word at `position` owns a piece of writing within the next few
  /// words ("our LLMOps Interview QA series", "my blog") or announces what the text does ("we
  /// will explain"): the author speaking of the text, not of their work.
  static func namesTheirWriting(_ words: [String], after position: Int, in range: Range<Int>) -> Bool {
    // "Finally, we will explain what LLMOps is": the author's voice.
    if words[position] == "we" || words[position] == "i" {
      return words[(position + 1)..<min(position + 3, range.upperBound)].contains(where: writingVerbs.contains)
    }
    guard words[position] == "my" || words[position] == "our" else { return false }
    return words[(position + 1)..<min(position + 5, range.upperBound)].contains(where: writingNouns.contains)
  }

  /// Verbs with which an author announces what a text does: "we will explain", "we'll cover".
  static let writingVerbs: WordSet = ["explain", "cover", "outline", "introduce", "summarise", "summarize"]

  /// Nouns for a piece of writing or teaching an author speaks of.
  static let writingNouns = [
    "series", "blog", "article", "articles", "post", "posts", "guide", "tutorial", "newsletter", "book", "ebook",
    "podcast", "video", "videos", "channel",
  ]

  /// Whether a line speaks only of what the person thinks or heard ("I thought AIOps meant…"):
  /// first-person words, each in a clause with a word of thinking.
  public static func speaksOnlyOfTheirThoughts(_ parsed: ParsedInput) -> Bool {
    speaksOfThemselves(parsed) && !speaksOfTheirWork(parsed)
  }

  /// Whether a line reports trouble or a task in hand ("my MLflow tracking server won't
  /// start", "I'm trying to set up a central MLflow server").
  public static func reportsTrouble(_ parsed: ParsedInput) -> Bool {
    parsed.classes.contains(.trouble)
  }

  /// Whether a clause asks by its question mark or by how it opens: a question word or an
  /// auxiliary first ("when does drift matter", "is that mlops"); "… and retrains it when
  /// precision drops" asks nothing.
  static func asksByItsOpening(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    let opening = clause.range.first { !leadingFillers.contains(parsed.words[$0]) }
    let asks = clause.asked || opening.map { parsed.classes[$0].contains(.questionWord) } ?? false
      || opensAsYesNoQuestion(parsed.words[clause.range])
    return asks && !followsANameAlone(clause, in: parsed)
  }

  /// Whether a line's words of trouble only tell tasks in hand, in a line that asks nothing
  /// ("im writing access policies, setting up audit logging of prompts"): work told, not a
  /// problem reported ("the pipeline keeps failing", "trying to install kubeflow, any tips?").
  static func tellsOnlyTasksInHand(_ parsed: ParsedInput) -> Bool {
    onlyStates(parsed) && parsed.classes.indices.allSatisfy { place in
      !parsed.classes[place].contains(.trouble) || taskWords.contains(parsed.words[place])
    }
  }

  /// The words of trouble that also tell a task in hand.
  static let taskWords: WordSet = [
    "setup", "setting", "install", "installing", "configure", "configuring", "integrate", "integrating", "migrate",
    "migrating", "upgrade", "upgrading",
  ]

  /// Whether the only words of trouble in a line name a kind of issue in their work, after a
  /// word that is not a function word ("mostly latency and token cost issues"), rather than
  /// report something broken ("my kubernetes pod is stuck in pending", "we have issues").
  static func namesOnlyKindsOfIssues(_ parsed: ParsedInput) -> Bool {
    parsed.classes.indices.allSatisfy { place in
      !parsed.classes[place].contains(.trouble)
        || issueNouns.contains(parsed.words[place]) && place > 0 && !parsed.classes[place - 1].contains(.functionWord)
    }
  }

  /// The nouns of trouble that may name a kind of work: "latency issues", "cost problems".
  static let issueNouns: WordSet = ["issue", "issues", "problem", "problems"]

  /// Whether a line asks something wherever its question words stand ("lora vs qlora which
  /// is better"), or sets things against each other.
  public static func asksSomething(_ parsed: ParsedInput) -> Bool {
    parsed.classes.indices.contains { place in
      let classes = parsed.classes[place]
      return classes.contains(.versus)
        || classes.contains(.questionWord) && !isRelativeWhich(parsed, at: place) && !tellsWhenOrWhere(parsed, at: place)
          && !opensWithWhatTheyDo(parsed.words[place...])
    }
  }

  /// Whether the word at `place` is a "when" or "where" inside a clause of a line with no
  /// question mark, after words other than fillers, telling when or where something happens
  /// ("we retrain them when fraud patterns shift", "its where most incidents come from now"),
  /// not opening a question ("so where does aiops fit").
  static func tellsWhenOrWhere(_ parsed: ParsedInput, at place: Int) -> Bool {
    guard subordinators.contains(parsed.words[place]), let clause = parsed.clauses.first(where: { $0.range.contains(place) })
    else { return false }
    return parsed.words[clause.range.lowerBound..<place].contains { !leadingFillers.contains($0) }
      && !hasQuestionMark(parsed)
  }

  /// The question words that, inside a clause, tell when or where rather than ask.
  static let subordinators: WordSet = ["when", "where"]

  /// Whether the word at `place` is a "which" that opens a clause other than the first and says
  /// what something is, in a line with no question mark ("we retrain them when fraud patterns
  /// shift, which is like monthly"): it adds to a statement and asks nothing.
  static func isRelativeWhich(_ parsed: ParsedInput, at place: Int) -> Bool {
    guard place < parsed.words.count, parsed.words[place] == "which", place + 1 < parsed.words.count,
      relativeVerbs.contains(parsed.words[place + 1]), parsed.clauses.dropFirst().contains(where: { $0.range.lowerBound == place })
    else { return false }
    let next = place + 2 < parsed.words.count ? parsed.words[place + 2] : ""
    return !comparatives.contains(next) && !hasQuestionMark(parsed)
  }

  /// Words after "which is" that ask which of several is so ("mlops or llmops, which is better").
  static let comparatives: WordSet = ["better", "best", "easier", "harder", "more", "most", "right", "worse", "cheaper"]

  /// The verbs after a "which" that adds to a statement.
  static let relativeVerbs: WordSet = ["is", "was", "means", "makes", "happens"]

  /// Whether a line has a question mark anywhere.
  public static func hasQuestionMark(_ parsed: ParsedInput) -> Bool {
    UTF8Bytes.contains(UInt8(ascii: "?"), in: parsed.original)
  }

  /// Whether a line, spaces aside, ends with a question mark: its last clause asks, whatever
  /// the clauses before it do ("what about llmops? everyone talks about it" does not).
  public static func endsWithQuestionMark(_ parsed: ParsedInput) -> Bool {
    // Walked from the end: `last(where:)` on a string's bytes walks them all from the start.
    let bytes = parsed.original.utf8
    var index = bytes.endIndex
    while index > bytes.startIndex {
      index = bytes.index(before: index)
      let byte = bytes[index]
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return byte == UInt8(ascii: "?") }
    }
    return false
  }

  /// Whether a line only states: no request and no question word anywhere.
  public static func onlyStates(_ parsed: ParsedInput) -> Bool {
    !isRequest(parsed) && !asksSomething(parsed)
  }

  /// Whether a line, or one of its clauses, opens with a question word or an auxiliary that
  /// asks ("is vLLM worth learning anyway?", "can I switch from LLMOps to AIOps later?",
  /// "hmm. what about audit trails?").
  public static func opensAsQuestion(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      (clause.range.first.map { questionOpeners.contains(parsed.words[$0]) } ?? false) && !followsANameAlone(clause, in: parsed)
    }
  }

  /// Whether the clause before `clause` is one word of no class the advisor knows, a name set
  /// apart by commas, so that `clause` goes on with what is said of them ("the third one, kofi,
  /// is an sre").
  static func followsANameAlone(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    guard let place = parsed.clauses.firstIndex(where: { $0.range == clause.range }), place > 0 else { return false }
    let before = parsed.clauses[place - 1].range
    return before.count == 1 && parsed.classes[before.lowerBound].isEmpty && !parsed.words[before.lowerBound].allSatisfy(\.isNumber)
  }

  /// Whether a line asks something, however it is put: by how it opens or by a question word
  /// anywhere (`asksSomething`).
  public static func isQuestion(_ parsed: ParsedInput) -> Bool {
    opensAsQuestion(parsed) || asksSomething(parsed)
  }

  /// Whether a clause asks what something just said does to the answer: it opens with an
  /// auxiliary and a word pointing back ("would that change anything?", "does this matter?",
  /// "will it affect my choice?").
  public static func asksAboutWhatWasSaid(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { clause in
      let words = parsed.words[clause.range]
      guard let first = words.first, askingAuxiliaries.contains(first), words.count > 1 else { return false }
      return parsed.classes[clause.range.lowerBound + 1].contains(.pointsAtOne)
    }
  }

  /// Whether a clause opens with a negative question that suggests rather than denies
  /// ("isn't that more governance?", "don't we need LLMOps then?"): an auxiliary, "not", then
  /// a word pointing back or at the people talking. Its "not" negates nothing.
  public static func opensWithLeadingQuestion(_ words: ArraySlice<String>, _ classes: ArraySlice<WordClass>) -> Bool {
    guard words.count >= 3, askingAuxiliaries.contains(words.first!), words.dropFirst().first == "not" else { return false }
    let subject = classes[classes.startIndex + 2]
    return [.pointsAtOne, .pointsAtSeveral, .firstPerson, .secondPerson].contains { subject.contains($0) }
  }

  /// Whether some words, past their leading fillers, open with an auxiliary that asks ("so
  /// does that make me llmops now??", "is our chatbot LLMOps?"): they ask whether something
  /// holds, so a track they name is not one the speaker says of their work.
  static func opensAsYesNoQuestion(_ words: ArraySlice<String>) -> Bool {
    words.first { !leadingFillers.contains($0) }.map(askingAuxiliaries.contains) ?? false
  }

  /// A line's words from the first that is not a leading filler ("so", "ok", "hmm", …).
  static func afterFillers(_ words: [String]) -> ArraySlice<String> {
    words.drop(while: leadingFillers.contains)
  }

  /// Whether a line's last clause, after clauses that ask nothing and say no "I", only asks
  /// which track, naming none ("Senior Platform Engineer, 7 years Kubernetes infra, OPA policy.
  /// Which track?"): the clauses before it are the asker's own story, written as on a CV. A
  /// story of fewer than `storyWords` words is a thing asked about ("ray serve, which track").
  static func endsAskingOnlyWhichTrack(_ parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, let last = parsed.clauses.last, parsed.tracks.isEmpty, last.range.lowerBound >= storyWords,
      !parsed.clauses.dropLast().contains(where: \.asked), !parsed.classes.contains(where: { $0.contains(.firstPerson) })
    else { return false }
    let words = parsed.words[last.range].drop(while: leadingFillers.contains)
    guard words.count >= 2, words.count <= 5, words.first == "which" || words.first == "what" else { return false }
    return MatchPolicy.trackNounsOrOne.contains(words[words.startIndex + 1])
      && words.dropFirst(2).allSatisfy(whichTrackTail.contains)
  }

  /// The fewest words of a story told as on a CV before "which track?".
  static let storyWords = 5

  /// Words that may end a bare "which track" question: "which one fits best", "which track then".
  static let whichTrackTail: WordSet = ["fits", "suits", "best", "then", "is", "it", "would", "be", "pls", "please", "fit"]

  /// Whether a line, after its leading fillers, opens with one of `openings`.
  static func opens(_ words: [String], withAnyOf openings: [[String]]) -> Bool {
    let words = afterFillers(words)
    return openings.contains { words.starts(with: $0) }
  }

  /// Words that may open a line before what it says or asks: "so is that LLMOps?", read at
  /// every clause of every line.
  static let leadingFillers: WordSet = [
    "so", "and", "but", "ok", "okay", "hmm", "hm", "then", "wait", "oh", "well", "like", "also", "btw", "anyway",
    "k", "kk", "ngl", "tbh", "yo",
  ]

  /// The auxiliaries that open a question about what was just said, or a negative one.
  static let askingAuxiliaries: WordSet = [
    "is", "are", "am", "was", "does", "do", "did", "would", "will", "could", "should", "can", "might",
  ]

  /// The words that open a greeting.
  static let greetingWords: WordSet = ["hi", "hello", "hey", "hiya", "howdy", "greetings"]

  /// The question words that ask for something: never a farewell ("so where does that leave
  /// me"), and after "and" a new question ("… and which one pays more?").
  static let questionWords: WordSet = ["what", "whats", "which", "how", "why", "when", "where", "who"]

  /// The words that open a question.
  static let questionOpeners: WordSet = [
    "is", "are", "does", "do", "should", "can", "could", "would", "will", "what", "which", "how", "why", "when", "where", "who",
  ]

  /// Whether some words state something about the speaker's work: a first-person word, no
  /// question or request word first, no question word (but a "when" or "where" that tells
  /// when or where: "we retrain them when fraud patterns shift") and no word of thinking anywhere ("I'm
  /// interviewing for an MLOps role", not "should I learn MLOps", "I wonder whether I should
  /// learn MLOps" or "I thought AIOps meant IT operations").
  static func statesAboutSelf(_ classes: ArraySlice<WordClass>, _ words: ArraySlice<String>) -> Bool {
    // "ok tell me more about mlops", "so can i switch later": the request after the filler.
    let fillers = words.prefix { leadingFillers.contains($0) }.count
    guard let first = classes.dropFirst(fillers).first, !first.contains(.requestOpener) else { return false }
    return classes.contains(.firstPerson) && !zip(classes, words).contains { wordClass, word in
      wordClass.contains(.cognition) || wordClass.contains(.questionWord) && !subordinators.contains(word)
    }
  }

  /// Whether some clause of a line states something about the speaker.
  public static func statesAboutSelf(_ parsed: ParsedInput) -> Bool {
    parsed.clauses.contains { statesAboutSelf(parsed.classes[$0.range], parsed.words[$0.range]) }
  }
}
