/// Words a recommendation: the track, the reasons in the person's words, the best-fit card, and
/// a next step (the track's skills and a first project).
public struct Recommender: Sendable {
  let knowledgeBase: KnowledgeBase
  static let reasonsFromEvidence = 2

  public init(knowledgeBase: KnowledgeBase) {
    self.knowledgeBase = knowledgeBase
  }

  /// The content of `recommendation`, given the profile it came from.
  public func content(for recommendation: Recommendation, profile: Profile, forAHire: Bool = false) -> AnswerContent {
    let track = recommendation.track
    let name = knowledgeBase.vocabulary.track(track).name
    var content = AnswerContent(blocks: [], sourceIDs: [])
    if recommendation.mixed {
      let second = knowledgeBase.vocabulary.track(profile.ranked.first { $0 != track }!).name
      content.blocks.append(.paragraph(Phrases.mixedProfile(name, second: second)))
      if let direction = knowledgeBase.intent("choose")?.answers.first(where: { $0.track == nil }) {
        // The first paragraph (and first source) is the recommended direction; the rest introduces the cards.
        content.append(AnswerContent(blocks: [.paragraph(direction.paragraphs[0])], sourceIDs: Array(direction.sources.prefix(1))))
      }
      content.append(learningOrder(name, then: second))
    } else {
      content.blocks.append(.paragraph(Phrases.recommend(name)))
    }
    content.append(reasons(for: recommendation))
    if recommendation.aspiration != nil, let today = profile.ranked.first, today != track, profile.score(today) > 0,
      profile.score(today) > profile.score(track)
    {
      content.blocks.append(.paragraph(Phrases.todayPointsElsewhere(knowledgeBase.vocabulary.track(today).name)))
    }
    if track == .aiops, profile.aiopsDespiteNoAISystem || profile.aiopsRestsOnITOperations {
      let caveat = profile.aiopsDespiteNoAISystem ? Phrases.noAISystemSaid : Phrases.onlyITOperations
      content.append(AnswerContent(blocks: [.paragraph(caveat)], sourceIDs: [KnownSection.outside]))
    }
    content.append(forAHire ? whatToLookFor(in: track) : nextStep(for: track))
    return content
  }

  /// Up to two things the person said, each with the seed's reasons, then the best-fit card.
  public func reasons(for recommendation: Recommendation) -> AnswerContent {
    var content = AnswerContent(blocks: [.paragraph(Phrases.why)], sourceIDs: [])
    content.append(reasonList(for: recommendation))
    return content
  }

  /// The reasons of `reasons(for:)` as a list alone, without its heading.
  func reasonList(for recommendation: Recommendation) -> AnswerContent {
    var bullets: [String] = []
    var sources: [String] = []
    if let aspiration = recommendation.aspiration {
      bullets.append(Phrases.wantsToMove(aspiration.words))
      sources.append(KnownSection.careerMapping)
    }
    for (words, evidence) in strongestClauses(recommendation.evidence)
    where !repeatsTheAspiration(words, evidence, recommendation.aspiration) {
      bullets.append(Phrases.youSaid(words, reasons: evidence.map(\.reason)))
      for item in evidence where !sources.contains(item.source) { sources.append(item.source) }
    }
    if let card = firstAnswer(of: "fit", track: recommendation.track) {
      bullets.append(card.paragraphs.joined(separator: " "))
      sources += card.sources.filter { !sources.contains($0) }
    }
    return AnswerContent(blocks: [.bullets(bullets)], sourceIDs: sources)
  }

  /// Whether a clause's reasons only repeat the aspiration's: the track named in the line that
  /// says where they want to go ("i want to get into llmops") is that aspiration, not their work.
  func repeatsTheAspiration(_ words: String, _ evidence: [Profile.Evidence], _ aspiration: Aspiration?) -> Bool {
    words == aspiration?.words && evidence.allSatisfy { $0.reason == Phrases.namedTrackReason }
  }

  /// The clauses with the heaviest evidence, each with its two heaviest items.
  ///
  /// Clauses are ordered by their total weight, then by turn; items by weight, then in order.
  /// A clause whose reasons were all given for a clause before it is passed over ("pager at
  /// 3am" after "i'm on call": the same reason twice).
  func strongestClauses(_ evidence: [Profile.Evidence]) -> [(String, [Profile.Evidence])] {
    var clauses: [String] = []
    var items: [String: [Profile.Evidence]] = [:]
    for item in evidence {
      if items[item.words] == nil { clauses.append(item.words) }
      items[item.words, default: []].append(item)
    }
    let total = { (clause: String) in items[clause]!.reduce(0) { $0 + $1.weight } }
    let ordered = clauses.enumerated().sorted { a, b in
      total(a.element) != total(b.element) ? total(a.element) > total(b.element) : a.offset < b.offset
    }.map(\.element)
    var (chosen, given): ([(String, [Profile.Evidence])], Set<String>) = ([], [])
    for clause in ordered where chosen.count < Self.reasonsFromEvidence {
      let strongest = items[clause]!.enumerated().sorted { a, b in
        a.element.weight != b.element.weight ? a.element.weight > b.element.weight : a.offset < b.offset
      }.map(\.element).prefix(2)
      guard !strongest.allSatisfy({ given.contains($0.reason) }) else { continue }
      chosen.append((clause, Array(strongest)))
      given.formUnion(strongest.map(\.reason))
    }
    return chosen
  }

  /// The advisor's own advice on the order to learn two tracks in (by name), marked as its own:
  /// the source does not say which to learn first.
  func learningOrder(_ first: String, then second: String) -> AnswerContent {
    AnswerContent(blocks: [.paragraph(Phrases.mixedAdvice(first, second: second))], sourceIDs: [KnownSection.outside])
  }

  /// The skills to practise and a first project, as the advisor's own suggestion.
  func nextStep(for track: TrackID) -> AnswerContent {
    guard let skills = firstAnswer(of: KnownIntent.skills, track: track),
      let projects = firstAnswer(of: KnownIntent.projects, track: track), let project = projects.bullets.first
    else { return AnswerContent(blocks: [], sourceIDs: []) }
    let name = knowledgeBase.vocabulary.track(track).name
    let text = Phrases.nextStep(name, skills: skills.bullets, project: project)
    var content = AnswerContent(blocks: [.paragraph(text)], sourceIDs: [])
    content.cite(skills.sources + projects.sources + [KnownSection.outside])
    return content
  }

  /// The advisor's own suggestion of what to look for in someone hired for `track`: the roles
  /// and the skills the source names for it.
  func whatToLookFor(in track: TrackID) -> AnswerContent {
    guard let skills = firstAnswer(of: KnownIntent.skills, track: track), let table = knowledgeBase.intent(KnownIntent.comparison)?.table,
      let titles = table.cells[.career]?[track]
    else { return AnswerContent(blocks: [], sourceIDs: []) }
    let text = Phrases.whatToLookForInAHire(knowledgeBase.vocabulary.track(track).name, titles: titles, skills: skills.bullets)
    var content = AnswerContent(blocks: [.paragraph(text)], sourceIDs: [])
    content.cite(table.sources + skills.sources + [KnownSection.outside])
    return content
  }

  func firstAnswer(of intent: IntentID, track: TrackID) -> Answer? {
    knowledgeBase.intent(intent)?.answers.first { $0.track == track }
  }
}
