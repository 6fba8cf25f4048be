/// Shows what the advisor has inferred (`/profile`) and why it answered as it did (`/why`).
///
/// In the conversation (not `detailed`) what they said is quoted with the reason it counts;
/// `/profile` and `/why` also show each item's weight and turn and each track's score, which
/// the people who maintain the signals read.
public struct ProfileReport: Sendable {
  let knowledgeBase: KnowledgeBase
  let detailed: Bool
  static let barLength = 10

  public init(knowledgeBase: KnowledgeBase, detailed: Bool = false) {
    self.knowledgeBase = knowledgeBase
    self.detailed = detailed
  }

  /// The scores as a text bar chart, the leaning, and the evidence behind each score.
  public func profile(_ profile: Profile) -> AnswerContent {
    // Older evidence no longer listed still counts in the scores.
    guard !profile.evidence.isEmpty || TrackID.allCases.contains(where: { profile.score($0) != 0 }) else {
      return AnswerContent(blocks: [.paragraph(Phrases.emptyProfile)], sourceIDs: [])
    }
    var blocks: [Block] = [.paragraph(Phrases.profileHeading), .preformatted(bars(profile))]
    let leaning = profile.leaning.map { knowledgeBase.vocabulary.track($0).name }
    blocks.append(.paragraph(Phrases.leaning(leaning)))
    let listed = profile.evidence.suffix(Profile.evidenceLimit)
    if !listed.isEmpty {
      blocks.append(.paragraph(Phrases.evidenceHeading))
      blocks.append(.bullets(listed.map(describe)))
    }
    let unlisted = profile.unlistedEvidence + profile.evidence.count - listed.count
    if unlisted > 0 { blocks.append(.paragraph(Phrases.unlistedEvidence(unlisted))) }
    return AnswerContent(blocks: blocks, sourceIDs: [])
  }

  /// One line per track: name, bar, score.
  func bars(_ profile: Profile) -> [String] {
    let names = TrackID.allCases.map { knowledgeBase.vocabulary.track($0).name }
    let nameWidth = names.map(\.count).max() ?? 0
    let scale = max(6, TrackID.allCases.map(profile.score).max() ?? 0)
    return zip(TrackID.allCases, names).map { track, name in
      let score = profile.score(track)
      let filled = max(0, min(Self.barLength, Int((score / scale * Double(Self.barLength)).rounded())))
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.barLength - filled)
      return "  " + name.padding(to: nameWidth) + "  " + bar + "  " + ReplyJSON.number(score)
    }
  }

  func describe(_ evidence: Profile.Evidence) -> String {
    guard detailed else {
      return Phrases.plainEvidenceLine(phrase: evidence.phrase, reason: evidence.reason, against: evidence.weight < 0)
    }
    let name = knowledgeBase.vocabulary.track(evidence.track).name
    let section = knowledgeBase.vocabulary.section(evidence.source)?.name ?? evidence.source
    return Phrases.evidenceLine(track: name, weight: evidence.weight, turn: evidence.turn,
      phrase: evidence.phrase, reason: evidence.reason, section: section)
  }

  /// One line per item of evidence; in the conversation, a phrase said again is quoted once.
  func lines(_ evidence: [Profile.Evidence]) -> [String] {
    let described = evidence.map(describe)
    guard !detailed else { return described }
    return described.enumerated().filter { !described[..<$0.offset].contains($0.element) }.map(\.element)
  }

  /// What of the person's words points to each of `tracks` ("is that LLMOps?" after their
  /// story), or that nothing does, then the leaning.
  public func pointing(to tracks: [TrackID], profile: Profile) -> AnswerContent {
    var content = AnswerContent(blocks: [], sourceIDs: [])
    for track in tracks {
      let name = knowledgeBase.vocabulary.track(track).name
      let evidence = profile.evidence(for: track)
      guard !evidence.isEmpty else {
        content.blocks.append(.paragraph(Phrases.nothingPointsTo(name)))
        continue
      }
      content.blocks += [.paragraph(Phrases.whatPointsTo(name)), .bullets(lines(evidence))]
      content.sourceIDs += evidence.map(\.source)
    }
    content.blocks.append(.paragraph(Phrases.leaning(profile.leaning.map { knowledgeBase.vocabulary.track($0).name })))
    return content
  }

  /// The reasons behind a recommendation, for "why?" and `/why`.
  public func reasons(for recommendation: Recommendation, profile: Profile) -> AnswerContent {
    var content = Recommender(knowledgeBase: knowledgeBase).reasons(for: recommendation)
    content.blocks.insert(.paragraph(Phrases.recommendedBecause(knowledgeBase.vocabulary.track(recommendation.track).name, mixed: recommendation.mixed)), at: 0)
    // In the conversation the reasons already quote what they said.
    if detailed, !recommendation.evidence.isEmpty {
      content.blocks.append(.paragraph(Phrases.evidenceHeading))
      content.blocks.append(.bullets(lines(recommendation.evidence)))
    }
    return content
  }

  /// What was heard for a track that was not recommended, set against the recommended one:
  /// what counted against it too, so the items add up to its score.
  public func whyNot(_ track: TrackID, against recommended: TrackID, profile: Profile) -> AnswerContent {
    let (name, other) = (knowledgeBase.vocabulary.track(track).name, knowledgeBase.vocabulary.track(recommended).name)
    let evidence = profile.evidence.filter { $0.track == track }
    let (score, otherScore) = (profile.score(track), profile.score(recommended))
    let heading = detailed ? Phrases.whyNot(name, score: score, against: other, otherScore: otherScore)
      : Phrases.plainWhyNot(name, score: score, against: other, otherScore: otherScore)
    var content = AnswerContent(blocks: [.paragraph(heading)], sourceIDs: [])
    if !evidence.isEmpty { content.blocks.append(.bullets(lines(evidence))) }
    return content
  }

  /// How the last line was read, in plain words: the topic taken and the words that decided it.
  public func readAs(_ explanation: Explanation, decidingWords: [String]) -> AnswerContent {
    let label = knowledgeBase.intent(explanation.intent)?.label ?? explanation.intent.rawValue
    let text = Phrases.readAs(DisplayText.sanitized(explanation.input), label: label, words: decidingWords)
    return AnswerContent(blocks: [.paragraph(text)], sourceIDs: [])
  }

  /// How the last answer was chosen: intent, confidence, runners-up, deciding words.
  public func explain(_ explanation: Explanation, decidingWords: [String]) -> AnswerContent {
    let label = knowledgeBase.intent(explanation.intent)?.label ?? explanation.intent.rawValue
    var lines = [Phrases.understoodAs(DisplayText.sanitized(explanation.input), label: label, id: explanation.intent.rawValue,
      confidence: explanation.confidence)]
    if !explanation.runnersUp.isEmpty {
      lines.append(Phrases.runnersUp(explanation.runnersUp.map { runnerUp in
        let label = knowledgeBase.intent(runnerUp.intent)?.label ?? runnerUp.intent.rawValue
        return "\(label) (\(runnerUp.intent.rawValue)) \(ReplyJSON.number(runnerUp.score))"
      }))
    }
    if !decidingWords.isEmpty { lines.append(Phrases.decidingWords(decidingWords)) }
    if !explanation.corrections.isEmpty { lines.append(Phrases.corrections(explanation.corrections)) }
    return AnswerContent(blocks: [.bullets(lines)], sourceIDs: [])
  }
}
