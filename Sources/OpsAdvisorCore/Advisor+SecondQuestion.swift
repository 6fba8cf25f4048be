/// Two questions in one line ("what is llmops? and what tools does it use?"): both are
/// answered, one after the other, in the same turn.
extension Advisor {
  /// The two questions of a line that asks one and then another, each prepared as a line of
  /// its own: from the first clause, which must ask, up to the next clause that asks, and from
  /// there to the end. Empty unless both parts are questions with answers of their own (see
  /// `questionAlone`), the two answers differ, at least one comes from the comparison, and
  /// one of them is how the whole line reads (`decision`), so that what the line is taken to
  /// ask does not change. "what about llmops, is it harder?" is one question: its first part
  /// only moves the focus.
  func twoQuestions(_ parsed: ParsedInput, readAs decision: MatchPolicy.Decision) -> [PreparedInput.Text] {
    let clauses = parsed.clauses
    guard clauses.count > 1, parsed.asks(clauses[0]),
      let second = clauses.indices.dropFirst().first(where: { parsed.asks(clauses[$0]) }),
      let asked = questionAlone(Self.joined(clauses[..<second])),
      let then = questionAlone(Self.joined(clauses[second...])),
      asked.decision != then.decision, asked.decision != .outOfScope || then.decision != .outOfScope,
      asked.decision == decision || then.decision == decision
    else {
      let joined = questionsJoinedByAnd(parsed, readAs: decision)
      guard joined.isEmpty else { return joined }
      let added = addedTopic(parsed, readAs: decision)
      return added.isEmpty ? twoTopics(parsed, readAs: decision) : added
    }
    // "whats aiops, how is it different from llmops, and what job title would i end up with":
    // three, each prepared again only then.
    guard Self.questionStarts(parsed).count > 2 else { return [asked, then] }
    let joined = questionsJoinedByAnd(parsed, readAs: decision)
    return joined.count > 2 ? joined : [asked, then]
  }

  /// "what is llmops and what tools does it use and which one pays more?": up to three
  /// questions in one line, each from a clause that asks or from "and" before a question word,
  /// each prepared as a line of its own. Empty unless every part is a question with an answer
  /// of its own (`questionAlone`), they all read differently, and one of them is how the whole
  /// line reads (`decision`).
  func questionsJoinedByAnd(_ parsed: ParsedInput, readAs decision: MatchPolicy.Decision) -> [PreparedInput.Text] {
    let starts = Self.questionStarts(parsed)
    guard (2...Self.mostQuestionsInALine).contains(starts.count) else { return [] }
    var parts: [PreparedInput.Text] = []
    for (start, end) in zip(starts, starts.dropFirst() + [parsed.words.count]) {
      let words = parsed.words[start..<end].drop { $0 == "and" }
      guard let part = questionAlone(words.joined(separator: " ")), !parts.contains(where: { $0.decision == part.decision }) else {
        return []
      }
      parts.append(part)
    }
    return parts.contains { $0.decision == decision } ? parts : []
  }

  /// The most questions answered from one line.
  static let mostQuestionsInALine = 3

  /// Where each question of a line begins: its first word past a leading "and" when its first
  /// clause asks, each later clause that asks, and each question word after "and" ("… and which
  /// one pays more").
  static func questionStarts(_ parsed: ParsedInput) -> [Int] {
    guard parsed.clauses.count > 1 || parsed.words.contains("and"), let first = parsed.clauses.first, parsed.asks(first) else {
      return []
    }
    let words = parsed.words
    // A clause's leading "and" belongs to no question: "…, and what job title would i end up with".
    var starts = parsed.clauses.dropFirst().filter(parsed.asks).map { clause in
      parsed.words[clause.range].firstIndex { $0 != "and" } ?? clause.range.lowerBound
    }
    starts += words.indices.dropFirst().filter { words[$0 - 1] == "and" && DialogueAct.questionWords.contains(words[$0]) }
    // "and which tools and how does it differ from aiops": the first question starts at "which".
    let opening = words.prefix { $0 == "and" }.count
    return [opening] + Set(starts).filter { $0 > opening }.sorted()
  }

  /// "tools and skills for llmops pls": one clause naming two topics joined by "and", each
  /// asked as the line with only that topic, when one of them is how the whole line reads and
  /// they read differently; empty for any other line.
  func twoTopics(_ parsed: ParsedInput, readAs decision: MatchPolicy.Decision) -> [PreparedInput.Text] {
    let words = parsed.words
    if let asked = secondTopicAsked(parsed, readAs: decision) { return asked }
    guard parsed.clauses.count == 1, words.count <= Self.twoTopicsWords,
      let and = words.indices.dropFirst().dropLast().first(where: { words[$0] == "and" }),
      let first = policy.topic(named: words[and - 1]), let second = policy.topic(named: words[and + 1]), first != second,
      let asked = questionAlone((words[..<and] + words[(and + 2)...]).joined(separator: " ")),
      let then = questionAlone((words[..<(and - 1)] + words[(and + 1)...]).joined(separator: " ")),
      asked.decision != then.decision, asked.decision == decision || then.decision == decision
    else { return [] }
    return [asked, then]
  }

  /// The most words a line naming two topics at once has ("tools and skills for llmops pls").
  static let twoTopicsWords = 8

  /// "what skills do i need + what tools pls": a last clause asking "what" of a topic twice,
  /// after clauses that ask nothing ("ok cool thx."), each part asked as a line of its own when
  /// they read differently and one of them is how the whole line reads; nil for any other line.
  func secondTopicAsked(_ parsed: ParsedInput, readAs decision: MatchPolicy.Decision) -> [PreparedInput.Text]? {
    guard let last = parsed.clauses.last, !parsed.clauses.dropLast().contains(where: parsed.asks) else { return nil }
    let words = parsed.words[last.range]
    guard words.count <= Self.twoQuestionsWords,
      let second = words.indices.dropFirst(2).dropLast().first(where: { Self.topicOpeners.contains(words[$0]) }),
      let topic = policy.topic(named: words[second + 1]),
      words[..<second].contains(where: { policy.topic(named: $0).map { $0 != topic } ?? false }),
      let asked = questionAlone(words[..<second].filter { $0 != "and" }.joined(separator: " ")),
      let then = questionAlone(words[second...].joined(separator: " ")),
      asked.decision != then.decision, asked.decision == decision || then.decision == decision
    else { return nil }
    return [asked, then]
  }

  /// The most words of a line asking "what" of two topics ("what skills do i need + what tools pls").
  static let twoQuestionsWords = 14

  /// Words that open a second question about a topic inside one clause.
  static let topicOpeners: WordSet = ["what", "which"]

  /// "tols for mlops? and projcts": a short last clause that only adds a topic to the question
  /// before it ("and …", "what about …", no track of its own) asks it of the same tracks. Empty
  /// for any other line, or when the added part has no answer of its own or the same one.
  func addedTopic(_ parsed: ParsedInput, readAs decision: MatchPolicy.Decision) -> [PreparedInput.Text] {
    let clauses = parsed.clauses
    guard clauses.count == 2, parsed.asks(clauses[0]), !parsed.tracks.isEmpty, clauses[1].range.count <= Self.addedTopicWords,
      Self.continuationOpening(parsed.words[clauses[1].range]) != nil,
      !parsed.words[clauses[1].range].contains(where: { TrackID.named($0) != nil }),
      let asked = questionAlone(Self.joined(clauses[..<1])), asked.decision == decision,
      let then = questionAlone(clauses[1].text + " for " + parsed.tracks.map(\.rawValue).joined(separator: " and ")),
      then.decision != asked.decision
    else { return [] }
    return [asked, then]
  }

  /// The most words of a clause that adds a topic to the question before it ("and projects").
  static let addedTopicWords = 4

  /// Part of a line prepared as a line of its own, when it is answered from the comparison or
  /// names a topic the comparison leaves out ("which one pays better"); nil when it would be
  /// declined, is about the conversation (thanks, "why?", "what about llmops") or about the
  /// asker's own work. Unlike `answeredAlone`, which the matcher's reading of a line calls on
  /// a part of it, this is the whole preparation (signals, every reading) of a part answered
  /// as a line of its own.
  func questionAlone(_ text: String) -> PreparedInput.Text? {
    let parsed = parser.parse(text)
    let detections = detector.detect(in: parsed)
    let (match, decision) = understand(parsed, detections: detections)
    switch decision {
    case .answer(let intent) where !conversationalIntents.contains(intent) && intent != KnownIntent.preference: break
    case .outOfScope where !parsed.uncoveredTopics.isEmpty && parsed.neighbours.isEmpty: break
    default: return nil
    }
    return .init(parsed: parsed, cut: false, detections: detections, match: match, decision: decision)
  }

  /// Clauses as one line, each question mark kept.
  static func joined(_ clauses: ArraySlice<ParsedInput.Clause>) -> String {
    clauses.map { $0.asked ? $0.text + "?" : $0.text }.joined(separator: ", ")
  }

  /// The reply to a line of two questions (`PreparedInput.questions`): the first answered, then
  /// the second after it when `answersASecondQuestion` allows. The reply reports what the whole
  /// line was read as asking.
  mutating func answerBoth(_ prepared: PreparedInput) -> Reply {
    var (reply, last) = (Reply?.none, Reply?.none)
    var reported: Reply?
    for question in prepared.questions {
      // A story after a declined question is still noted.
      if let last, !answersASecondQuestion(after: last), question.decision != .answer(KnownIntent.preference) || last.endsSession {
        break
      }
      let answered = answerLine(PreparedInput(line: prepared.line, text: question.with(original: prepared.line)))
      if question.decision == prepared.text?.decision { reported = reported ?? answered }
      reply = reply.map { $0.followed(by: answered, reporting: $0) } ?? answered
      last = answered
    }
    return reply!.reporting(reported ?? reply!)
  }

  /// Whether the second question of a line is answered after the reply to the first: not
  /// while the interview waits for an answer or numbered choices wait for a pick, nor after a
  /// reply that asks which was meant or declines.
  func answersASecondQuestion(after first: Reply) -> Bool {
    state.interview == nil && state.pendingChoices.isEmpty && !first.endsSession
      && first.intent != KnownIntent.clarification && first.intent != KnownIntent.outOfScope
  }
}
