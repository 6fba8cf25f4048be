/// What the people of a track's role do ("what does an llmops engineer do", "aiops job
/// responsibilities"): the comparison's main focus of the track, before the roles it leads to.
/// The career answer alone names titles, which does not say what the work is.
extension Advisor {
  /// The main-focus row of the one track a line names, led by what it stands for, then the
  /// career answer; of every track for a line that asks it of each ("what would each person
  /// actually do day to day?"); nil for a line not decided as the careers or not asking what
  /// the role does.
  mutating func workOfTheRole(
    _ parsed: ParsedInput, decision: MatchPolicy.Decision, confidence: Double, match: MatchResult
  ) -> Reply? {
    let (roleDoes, theyDo) = (Self.asksWhatTheRoleDoes(parsed.words), Self.asksWhatTheyDo(parsed.words))
    guard roleDoes || theyDo else { return nil }
    // "what tools would each team be using day to day" asks for the tools.
    let everyTrack = parsed.tracks.isEmpty && parsed.factor == nil
      && (parsed.words.contains("each") || Self.asksAboutEveryTrack(parsed.classes)) && policy.topicIntent(of: parsed) == nil
    // "like an mlops person vs the others" sets the tracks against each other.
    guard parsed.tracks.count == 1 || everyTrack, !parsed.classes.contains(where: { !$0.isDisjoint(with: Self.relatingClasses) }),
      !parsed.words.contains("others"),
      (decision == .answer(KnownIntent.career) || everyTrack) && roleDoes || parsed.factor == nil && theyDo,
      knowledgeBase.intent(KnownIntent.comparison)?.table != nil
    else { return nil }
    let tracks = everyTrack ? TrackID.allCases : parsed.tracks
    let lead = everyTrack ? Phrases.workOfTheRoles : Phrases.workOfTheRole(knowledgeBase.vocabulary.track(tracks[0]).name)
    let focus = answer(KnownIntent.comparison, parsed: parsed, tracks: tracks, factor: .some(.focus), confidence: confidence,
      match: match, lead: [.paragraph(lead)])
    let career = answer(KnownIntent.career, parsed: parsed, tracks: tracks, confidence: confidence, match: match)
    // One answer, so its sources are said once, at the end.
    var reply = focus.followed(by: career, reporting: career)
    reply.blocks.removeAll(where: \.isSources)
    reply.blocks.append(.sources(reply.sources))
    return reply
  }

  /// Whether words ask what someone in a role does: "what does an llmops engineer do", "job
  /// responsibilities", "day to day", "what tasks".
  static func asksWhatTheRoleDoes(_ words: [String]) -> Bool {
    words.contains(where: roleWorkWords.contains) || words.containsRun(["day", "to", "day"])
      || words.first == "what" && words.contains("do") && words.contains(where: roleNouns.contains)
  }

  /// Whether words open by asking what someone in a role does, whatever was decided, the verb
  /// after the person: "what does an llmops engineer do", "what tasks does an llmops person
  /// handle?".
  static func asksWhatTheyDo(_ words: [String]) -> Bool {
    // The verb after the person: not "what skills do mlops engineers need".
    guard words.first == "what", let person = words.firstIndex(where: roleNouns.contains) else { return false }
    return words[(person + 1)...].contains(where: askedDoingVerbs.contains)
  }

  /// Verbs asking what is done: "what does … do", "what … handle".
  static let askedDoingVerbs: WordSet = ["do", "handle", "handles", "own", "owns"]

  /// Words that name the work of a role.
  static let roleWorkWords: WordSet = ["responsibilities", "responsibility", "duties", "tasks", "daily"]

  /// Words for someone in a role: "an llmops engineer", "an aiops person".
  static let roleNouns: WordSet = ["engineer", "engineers", "person", "people", "team", "teams", "role"]
}
