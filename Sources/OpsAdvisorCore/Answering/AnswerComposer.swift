/// Builds the content of an intent's answer for the tracks and factor asked about.
public struct AnswerComposer: Sendable {
  let knowledgeBase: KnowledgeBase

  public init(knowledgeBase: KnowledgeBase) {
    self.knowledgeBase = knowledgeBase
  }

  /// The answer of `intent` for `tracks` and `factor`.
  ///
  /// Named tracks get their answers in the order named, after the general answer if
  /// `introduced`. With no track named, the general answer is given if there is one (followed
  /// by every track's for an intent that expands), otherwise the answers for all three tracks.
  public func content(for intent: Intent, tracks: [TrackID], factor: FactorID?, introduced: Bool = false) -> AnswerContent {
    if let table = intent.table { return comparison(table, tracks: tracks, factor: factor) }
    let chosen = answers(of: intent, for: tracks, introduced: introduced)
    var content = AnswerContent(blocks: [], sourceIDs: [])
    let trackAnswers = chosen.filter { $0.track != nil }.count
    for answer in chosen {
      if trackAnswers > 1, let track = answer.track {
        content.blocks.append(.heading(knowledgeBase.vocabulary.track(track).name))
      }
      content.append(blocks(of: answer))
    }
    return content
  }

  func answers(of intent: Intent, for tracks: [TrackID], introduced: Bool = false) -> [Answer] {
    let named = tracks.compactMap { track in intent.answers.first { $0.track == track } }
    let general = intent.answers.first(where: { $0.track == nil })
    if !named.isEmpty { return (introduced ? general.map { [$0] } ?? [] : []) + named }
    let everyTrack = TrackID.allCases.compactMap { track in intent.answers.first { $0.track == track } }
    guard let general else { return everyTrack }
    return intent.expands ? [general] + everyTrack : [general]
  }

  /// The content of one answer.
  public func blocks(of answer: Answer) -> AnswerContent {
    var blocks = answer.paragraphs.map(Block.paragraph)
    if !answer.bullets.isEmpty { blocks.append(.bullets(answer.bullets)) }
    return AnswerContent(blocks: blocks, sourceIDs: answer.sources)
  }

  /// The comparison table for the named tracks (or all three) and one factor (or all six).
  public func comparison(_ table: ComparisonTable, tracks: [TrackID], factor: FactorID?) -> AnswerContent {
    comparison(table, tracks: tracks, factors: factor.map { [$0] } ?? FactorID.allCases)
  }

  /// The comparison table for the named tracks (or all three) and the given factors' rows, in that order.
  public func comparison(_ table: ComparisonTable, tracks: [TrackID], factors: [FactorID]) -> AnswerContent {
    let columns = tracks.isEmpty ? TrackID.allCases : tracks
    let vocabulary = knowledgeBase.vocabulary
    let header = [Phrases.factorColumn] + columns.map { vocabulary.track($0).name }
    let rows = factors.map { factor in
      [vocabulary.factor(factor).name] + columns.map { table.cells[factor]![$0]! }
    }
    return AnswerContent(blocks: [.table(header: header, rows: rows)], sourceIDs: table.sources)
  }
}
