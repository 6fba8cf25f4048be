/// Recommendations and the guided interview that leads to one.
extension Advisor {
  /// Whether a line only says they don't know ("idk", "no idea", "not sure"): one of the
  /// interview's answers that pass on a question, but for "skip", "next" and the like.
  func saysOnlyTheyAreUnsure(_ parsed: ParsedInput) -> Bool {
    passingAnswer(parsed).map { !Self.passingWords.contains($0) } ?? false
  }

  /// The interview's answer that passes on a question ("skip", "not sure", "dunno") that a line
  /// says, once the words around it that add nothing are left out ("idk really", "meh dunno",
  /// "hmm not sure tbh"); nil when it says none.
  func passingAnswer(_ parsed: ParsedInput) -> String? {
    if let whole = passingAnswer(words: parsed.words[...], joined: parsed.normalized) { return whole }
    // "I don't know, a bit of everything": every clause passes.
    guard (2...3).contains(parsed.clauses.count), parsed.words.count <= 3 * Self.unsureLength else { return nil }
    var first: String?
    for clause in parsed.clauses {
      guard let pass = passingAnswer(words: parsed.words[clause.range], joined: nil) else { return nil }
      first = first ?? pass
    }
    return first
  }

  /// The passing answer that `words` (`joined`, when known) say, once the words around it that
  /// add nothing are left out.
  func passingAnswer(words: ArraySlice<String>, joined: String?) -> String? {
    guard words.count <= Self.unsureLength, !words.isEmpty else { return nil }
    let skips = knowledgeBase.interview.skipPhraseSet
    // "not really" is a phrase of its own before "really" is a filler.
    let whole = joined ?? words.joined(separator: " ")
    if skips.contains(whole) { return whole }
    // "not really sure": fillers go wherever they stand.
    let kept = words.filter { !Self.unsureFillers.contains($0) }.joined(separator: " ")
    return skips.contains(kept) ? kept : nil
  }

  /// The most words a line saying only that they don't know has.
  static let unsureLength = 5

  /// Words before or after "idk" that add nothing.
  static let unsureFillers: WordSet = [
    "really", "tbh", "honestly", "lol", "man", "either", "yet", "meh", "hmm", "um", "uh", "well", "ok", "so", "ugh",
    "to", "be", "honest", "frankly", "too", "quite", "totally", "entirely", "both",
  ]

  /// Whether a line asks to be interviewed: "interview me", "can u quiz us", "ask me some
  /// questions first". "interview questions for an mlops role" and "what to ask a candidate"
  /// ask about someone else's interview.
  static func asksToBeInterviewed(_ words: [String]) -> Bool {
    words.indices.dropLast().contains { place in
      let object = words[place + 1] == "me" || words[place + 1] == "us"
      guard object else { return false }
      if interviewingVerbs.contains(words[place]) { return true }
      return words[place] == "ask" && words[(place + 2)...].prefix(3).contains { $0 == "questions" || $0 == "question" }
    }
  }

  /// Verbs of being interviewed, with "me" or "us" after them.
  static let interviewingVerbs: WordSet = ["interview", "quiz"]

  /// Passing answers that say nothing of not knowing.
  static let passingWords: WordSet = ["skip", "pass", "next"]

  /// "Which track should I choose?": recommend from the profile, or start the interview. Each
  /// other track the line names or points to ("what if I'd rather stay closer to
  /// infrastructure?") gets what was heard for it against the one recommended.
  mutating func recommend(
    _ parsed: ParsedInput, confidence: Double, match: MatchResult?, detections: [SignalDetector.Detection] = []
  ) -> Reply {
    if let reply = recommendationForTheAskerAlone(parsed, confidence: confidence, match: match, detections: detections) {
      return reply
    }
    (state.lastIntent, state.lastQuestion) = (KnownIntent.recommendation, KnownIntent.recommendation)
    let pointedTo = Set(detections.filter { !$0.negated }.map(\.signal.track))
    let asking = parsed.tracks + TrackID.allCases.filter { pointedTo.contains($0) && !parsed.tracks.contains($0) }
    if let reply = askedOfAnotherTrackAgain(parsed, confidence: confidence, detections: detections) { return reply }
    // "can u interview me": the interview, whatever they have told already.
    if state.interview == nil, Self.asksToBeInterviewed(parsed.words) {
      return startInterview(input: parsed.original, confidence: confidence)
    }
    if let aspiration = state.aspiration {
      return recommendation(aspiration.track, mixed: false, input: parsed.original, confidence: confidence, asking: asking, aspiration: aspiration)
    }
    // "most of my time is the LLM stuff now": the dominant system type they named decides.
    if let main = state.statedMainWork, state.profile.score(main) > 0 {
      return recommendation(main, mixed: state.profile.clearLeader != main, input: parsed.original, confidence: confidence, asking: asking)
    }
    if let track = state.profile.clearLeader {
      let next = Self.asksForAnOrder(parsed.words) ? nextTrack(after: track, asking: asking) : nil
      let names = knowledgeBase.vocabulary
      return recommendation(track, mixed: false, input: parsed.original, confidence: confidence, asking: asking,
        closing: next.map { Recommender(knowledgeBase: knowledgeBase).learningOrder(names.track(track).name, then: names.track($0).name) })
    }
    if state.profile.score(state.profile.ranked[0]) >= Profile.clearLeadMinimum {
      return recommendation(dominantTrack(), mixed: true, input: parsed.original, confidence: confidence, asking: asking)
    }
    if state.interview != nil {
      return reply(input: parsed.original, intent: KnownIntent.recommendation, confidence: confidence,
        content: AnswerContent(blocks: [], sourceIDs: []))
    }
    return startInterview(input: parsed.original, confidence: confidence)
  }

  /// "ok and what is AIOps, is that relevant to us at all" just after a recommendation that
  /// nothing since has changed: what the other track is when asked, whom it fits and what was
  /// heard for it, instead of the same recommendation again; nil for any other line.
  mutating func askedOfAnotherTrackAgain(
    _ parsed: ParsedInput, confidence: Double, detections: [SignalDetector.Detection]
  ) -> Reply? {
    guard let last = state.lastRecommendation, detections.isEmpty, (state.aspiration?.track ?? state.profile.clearLeader) == last.track
    else { return nil }
    let others = parsed.tracks.filter { $0 != last.track }
    guard !others.isEmpty else { return nil }
    var content = AnswerContent(blocks: [], sourceIDs: [])
    if Self.asksWhatItIs(parsed), let definition = knowledgeBase.intent(KnownIntent.definition) {
      content.append(composer.content(for: definition, tracks: others, factor: nil))
    }
    content.append(whyNot(others, against: last.track))
    state.mention(others)
    return reply(input: parsed.original, intent: KnownIntent.recommendation, confidence: confidence, tracks: others,
      content: content, recommendation: last.track)
  }

  /// Whether a line asks for an order of tracks: "should I learn both?", "which one first?".
  static func asksForAnOrder(_ words: [String]) -> Bool {
    words.contains("both") || (words.contains("first") && words.contains { $0 == "which" || $0 == "what" })
  }

  /// For "should I learn both?": the track to take after `track`, one the line points to, else
  /// the last other one the conversation named ("AIOps" in "my manager mentioned AIOps…"),
  /// else the next in the profile, if the person's words point to it at all.
  func nextTrack(after track: TrackID, asking: [TrackID]) -> TrackID? {
    if let named = asking.first(where: { $0 != track }) ?? state.mentionedTracks.last(where: { $0 != track }) { return named }
    return state.profile.ranked.first { $0 != track && state.profile.score($0) > 0 }
  }

  /// The dominant system type: the first interview answer, else the highest score.
  func dominantTrack() -> TrackID {
    state.interview?.systemType ?? state.lastSystemType ?? state.profile.ranked[0]
  }

  /// The recommendation of `track`; for each other track the line asks about ("is AIOps a
  /// better fit?"), what was heard for it against the recommended one; then `closing`.
  mutating func recommendation(
    _ track: TrackID, mixed: Bool, input: String, confidence: Double, asking: [TrackID] = [],
    closing: AnswerContent? = nil, aspiration: Aspiration? = nil
  ) -> Reply {
    let evidence = state.profile.evidence(for: track)
    let recommendation = Recommendation(track: track, evidence: evidence, mixed: mixed, aspiration: aspiration)
    let before = state.lastRecommendation?.track
    if let before, before != track { state.replacedRecommendation = state.lastRecommendation }
    state.lastRecommendation = recommendation
    (state.lastIntent, state.lastQuestion) = (KnownIntent.recommendation, KnownIntent.recommendation)
    state.mention([track])
    endInterviewEarly()
    var content = Recommender(knowledgeBase: knowledgeBase).content(for: recommendation, profile: state.profile, forAHire: state.forAHire)
    if let before, before != track {
      let names = knowledgeBase.vocabulary
      content.blocks.insert(.paragraph(Phrases.recommendationChanged(from: names.track(before).name, to: names.track(track).name)), at: 0)
    }
    let report = ProfileReport(knowledgeBase: knowledgeBase)
    for other in asking where other != track {
      content.append(report.whyNot(other, against: track, profile: state.profile))
    }
    if let closing { content.append(closing) }
    return reply(input: input, intent: KnownIntent.recommendation, confidence: confidence,
      tracks: [track], content: content, recommendation: track)
  }

  /// Ends an interview the person cut short by asking for the recommendation: what they have
  /// said so far stands, and the question is not asked again.
  mutating func endInterviewEarly() {
    guard let progress = state.interview else { return }
    state.lastSystemType = progress.systemType ?? state.lastSystemType
    state.interview = nil
  }

  mutating func startInterview(input: String, confidence: Double) -> Reply {
    guard !knowledgeBase.interview.questions.isEmpty else {
      let intent = knowledgeBase.intent(KnownIntent.recommendation)!
      return reply(input: input, intent: KnownIntent.recommendation, confidence: confidence,
        content: composer.content(for: intent, tracks: [], factor: nil))
    }
    state.interview = InterviewProgress()
    var content = composer.content(for: knowledgeBase.intent(KnownIntent.recommendation)!, tracks: [], factor: nil)
    content.blocks.append(.paragraph(Phrases.interviewIntro(knowledgeBase.interview.questions.count)))
    content.append(questionContent(0))
    return reply(input: input, intent: KnownIntent.recommendation, confidence: confidence, content: content)
  }

  /// The blocks asking interview question `index`.
  func questionContent(_ index: Int) -> AnswerContent {
    let questions = knowledgeBase.interview.questions
    let question = questions[index]
    let blocks: [Block] = [
      .paragraph(Phrases.questionNumber(index + 1, of: questions.count) + question.prompt),
      .choices(question.options.map { $0.text.capitalizedFirst }),
      .paragraph(Phrases.interviewHint),
    ]
    return AnswerContent(blocks: blocks, sourceIDs: [question.source])
  }

  /// Takes a line as the answer to the pending interview question; nil when it is not one.
  mutating func continueInterview(_ parsed: ParsedInput, detections: [SignalDetector.Detection]) -> Reply? {
    guard var progress = state.interview, progress.questionIndex < knowledgeBase.interview.questions.count else {
      state.interview = nil
      return nil
    }
    let question = knowledgeBase.interview.questions[progress.questionIndex]
    if Self.announcesTheirChoice(parsed) {
      state.interview = nil
      return nil
    }
    if Self.wantsTheAnswerNow(parsed), !Self.asksInALaterClause(parsed) { return finishInterview(input: parsed.original, progress: progress) }
    if Self.leavesTheInterview(parsed) {
      state.interview = nil
      return reply(input: parsed.original, intent: KnownIntent.acknowledgement, confidence: 1,
        content: AnswerContent(blocks: [.paragraph(Phrases.interviewLeft)], sourceIDs: []))
    }
    if Self.picksNoOption(parsed) {
      var content = AnswerContent(blocks: [.paragraph(Phrases.whichOption(question.options.count))], sourceIDs: [])
      content.append(questionContent(progress.questionIndex))
      return reply(input: parsed.original, intent: KnownIntent.recommendation, confidence: 1, content: content)
    }
    guard !Self.asksInsteadOfAnswering(parsed), let answer = interviewAnswer(parsed, question: question, detections: detections)
    else { return nil }
    state.mention(parsed.tracks)
    if case .invalidNumber = answer {
      let content = AnswerContent(blocks: [.paragraph(Phrases.noSuchChoice)], sourceIDs: [])
      return appendingPendingQuestion(to: reply(input: parsed.original, intent: KnownIntent.recommendation,
        confidence: 1, content: content))
    }
    var acknowledgement = Phrases.gotIt
    switch answer {
    case .track(let track):
      progress.answered += 1
      if progress.questionIndex == 0 { progress.systemType = track }
    case .several(let tracks):
      progress.answered += 1
      acknowledgement = Phrases.gotSeveral(tracks.map { knowledgeBase.vocabulary.track($0).name })
    case .skipped, .invalidNumber: break
    }
    progress.questionIndex += 1
    progress.asidesInARow = 0
    state.interview = progress
    if progress.questionIndex < knowledgeBase.interview.questions.count {
      var content = AnswerContent(blocks: [.paragraph(acknowledgement)], sourceIDs: [])
      content.append(questionContent(progress.questionIndex))
      return reply(input: parsed.original, intent: KnownIntent.recommendation, confidence: 1, content: content)
    }
    return finishInterview(input: parsed.original, progress: progress)
  }

  /// Whether a line answers the pending question without saying which option: "yeah", "sure",
  /// "both".
  static func picksNoOption(_ parsed: ParsedInput) -> Bool {
    onlyAssents(parsed) || parsed.words.count <= 2 && parsed.words.contains("both")
      && parsed.words.allSatisfy { $0 == "both" || assentWords.contains($0) || choosingFillers.contains($0) }
  }

  /// Whether a line asked during the interview is a question to answer before it goes on, not
  /// an answer to its question: the same about a track it names ("hmm what about llmops
  /// instead, everyone at work is talking about chatgpt"), what something is ("whats
  /// kserve"), or any clause opening as a question ("which of the three pays attention to
  /// latency the most"), whatever track its words point to. Its signals do not count either.
  static func asksInsteadOfAnswering(_ parsed: ParsedInput) -> Bool {
    asksAboutAnotherTrack(parsed) || asksWhatItIs(parsed) || DialogueAct.opensAsQuestion(parsed) || asksForSomeoneElse(parsed)
      || asksInALaterClause(parsed)
  }

  /// Whether a clause after the first opens with a question word other than "which" (often a
  /// relative: "2, which is llm stuff"), after fillers, and the first names no option: "ok
  /// whatever. whats MLOps then, in plain english".
  static func asksInALaterClause(_ parsed: ParsedInput) -> Bool {
    guard let first = parsed.clauses.first, !parsed.words[first.range].contains(where: { optionNumber($0, count: 1) != nil })
    else { return false }
    return parsed.clauses.dropFirst().contains { clause in
      let opening = clause.range.first { !DialogueAct.leadingFillers.contains(parsed.words[$0]) }
      return opening.map { parsed.classes[$0].contains(.questionWord) && parsed.words[$0] != "which" } ?? false
    }
  }

  /// Whether a line asks the same about a track it names ("hmm what about llmops instead").
  static func asksAboutAnotherTrack(_ parsed: ParsedInput) -> Bool {
    guard !parsed.tracks.isEmpty, let opener = continuationOpening(parsed.words[...]) else { return false }
    // "and"/"also"/"now" may open an answer ("now I mostly do LLMOps"); "what about" asks.
    return opener.last == "about"
  }

  enum InterviewAnswer {
    case track(TrackID)
    /// A statement whose signals point to several tracks, none clearly ahead ("a bit of both:
    /// some sklearn models and a new GPT thing"); they count in the profile as said.
    case several([TrackID])
    case skipped
    case invalidNumber
  }

  /// Reads a number, a skip, free text whose signals point to one track by a clear margin, or a
  /// statement whose signals point to one track or several; a statement about oneself that
  /// points nowhere ("I'm a student, I don't operate anything yet") passes.
  mutating func interviewAnswer(
    _ parsed: ParsedInput, question: InterviewQuestion, detections: [SignalDetector.Detection]
  ) -> InterviewAnswer? {
    let numbers = Self.chosenNumbers(parsed, count: question.options.count)
    if !numbers.isEmpty {
      guard numbers.allSatisfy(question.options.indices.map({ $0 + 1 }).contains) else { return .invalidNumber }
      let options = numbers.map { question.options[$0 - 1] }
      for option in options {
        state.profile.add(Profile.Evidence(
          track: option.track, phrase: option.text, words: option.text, turn: state.turn,
          weight: Profile.interviewWeight / Double(options.count), reason: Phrases.interviewReason(question.prompt),
          source: question.source))
      }
      let tracks = options.map(\.track)
      return tracks.count == 1 ? .track(tracks[0]) : .several(tracks)
    }
    if passingAnswer(parsed) != nil { return .skipped }
    // "none?? i teach 7th grade science. i dont work on any systems lol": passed on first, then told why.
    if let first = parsed.clauses.first, passingAnswer(words: parsed.words[first.range], joined: nil) != nil,
      !parsed.clauses.dropFirst().contains(where: parsed.asks), !detections.contains(where: { !$0.negated })
    {
      return .skipped
    }
    if detections.isEmpty, DialogueAct.statesAboutSelf(parsed), !DialogueAct.isRequest(parsed) { return .skipped }
    if let track = Self.leadingTrack(detections) { return .track(track) }
    let pointedTo = TrackID.allCases.filter { track in detections.contains { !$0.negated && $0.signal.track == track } }
    guard !pointedTo.isEmpty, !DialogueAct.isQuestion(parsed) else { return nil }
    return pointedTo.count == 1 ? .track(pointedTo[0]) : .several(pointedTo)
  }

  /// The track a free-text answer's signals point to: the one whose signals weigh most, by a
  /// clear margin (`answerMargin`) over the next; nil when none leads.
  static func leadingTrack(_ detections: [SignalDetector.Detection]) -> TrackID? {
    var weights = [TrackID: Double]()
    for detection in detections where !detection.negated { weights[detection.signal.track, default: 0] += detection.signal.weight }
    let ranked = TrackID.allCases.map { ($0, weights[$0] ?? 0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    return ranked[0].1 > 0 && ranked[0].1 - ranked[1].1 >= answerMargin ? ranked[0].0 : nil
  }

  /// Whether a line asks for the recommendation at once instead of answering the question
  /// ("whatever, just tell me which one", "stop asking and pick one"): it ends the interview
  /// with what was said so far.
  static func wantsTheAnswerNow(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return words.contains("whatever") || words.indices.contains { place in
      (words[place] == "just" || words[place] == "stop") && words[(place + 1)...].prefix(2).contains(where: impatientVerbs.contains)
    }
  }

  /// Whether a line asks to leave the interview ("stop the quiz please", "no more questions")
  /// or says they are not choosing a track ("i'm not choosing a track for myself, i teach").
  static func leavesTheInterview(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return words.indices.contains { place in
      let next = words[(place + 1)...].prefix(3)
      return leavingWords.contains(words[place]) && next.contains(where: interviewNouns.contains)
        || words[place] == "not" && next.prefix(2).contains(where: notChoosingVerbs.contains)
        // "no no, its not for me, im hiring": the questions are about someone else.
        || words[place] == "not" && next.starts(with: ["for", "me"])
        || words[place] == "hiring" && words[..<place].suffix(2).contains { $0 == "i" || $0 == "we" }
    }
  }

  /// Words that ask to leave the interview before what names it: "stop the quiz".
  static let leavingWords: WordSet = ["stop", "quit", "end", "cancel", "exit", "leave", "no", "enough", "skip", "drop"]

  /// What the interview is called: "the quiz", "these questions".
  static let interviewNouns: WordSet = ["quiz", "questions", "questionnaire", "interview", "survey"]

  /// Verbs of choosing after "not": "i'm not choosing a track".
  static let notChoosingVerbs: WordSet = ["choosing", "picking", "deciding", "choose", "pick"]

  /// The verbs of an impatient demand after "just" or "stop": "just tell me", "stop asking".
  static let impatientVerbs: WordSet = ["tell", "pick", "choose", "give", "say", "recommend", "asking", "answer"]

  /// How much more signal weight the leading track of a free-text answer needs than the next.
  static let answerMargin = 2.0

  mutating func finishInterview(input: String, progress: InterviewProgress) -> Reply {
    state.lastSystemType = progress.systemType
    state.interview = nil
    if let track = state.profile.clearLeader {
      return recommendation(track, mixed: false, input: input, confidence: 1)
    }
    if progress.answered > 0 || state.profile.score(state.profile.ranked[0]) >= Profile.clearLeadMinimum {
      return recommendation(dominantTrack(), mixed: true, input: input, confidence: 1)
    }
    let intent = knowledgeBase.intent(KnownIntent.recommendation)!
    var content = AnswerContent(blocks: [.paragraph(Phrases.noClearPicture)], sourceIDs: [])
    content.append(composer.content(for: intent, tracks: [], factor: nil))
    return reply(input: input, intent: KnownIntent.recommendation, confidence: 1, content: content)
  }

  /// After a turn that did not answer the pending question: the question again, or after
  /// `asidesBeforeLeaving` such turns in a row, a word that the questions are set aside
  /// ("thx" and "and aiops?" need no third reminder).
  mutating func afterAnAside(_ reply: Reply) -> Reply {
    guard var progress = state.interview else { return reply }
    progress.asidesInARow += 1
    guard progress.asidesInARow < Self.asidesBeforeLeaving else {
      state.interview = nil
      return reply.inserting([.paragraph(Phrases.interviewSetAside)])
    }
    state.interview = progress
    return appendingPendingQuestion(to: reply)
  }

  /// How many turns in a row may pass the pending question before it is set aside.
  static let asidesBeforeLeaving = 3

  /// The reply with the pending interview question asked again after it.
  func appendingPendingQuestion(to reply: Reply) -> Reply {
    guard let progress = state.interview, progress.questionIndex < knowledgeBase.interview.questions.count else {
      return reply
    }
    return reply.inserting([Block.paragraph(Phrases.backToQuestion)] + questionContent(progress.questionIndex).blocks)
  }
}
