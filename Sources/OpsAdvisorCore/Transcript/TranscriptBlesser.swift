/// Rewrites a transcript's expected answers to what the advisor says now.
///
/// Comments, inputs and annotations stay (annotation values are updated); a turn that still
/// matches is left exactly as written; in a turn that changed, wildcard lines are kept where
/// they still match the new answer.
public enum TranscriptBlesser {
  /// The blessed transcript and the line numbers of the turns that changed.
  public static func bless(_ transcript: Transcript, outcome: TranscriptReplayer.Outcome)
    -> (transcript: Transcript, changedLines: [Int])
  {
    var blessed = transcript
    var changed: [Int] = []
    for (index, actual) in outcome.actual.enumerated() where index < blessed.turns.count {
      var turn = blessed.turns[index]
      let before = turn
      if !TurnMatcher.matches(turn.expected, actual.lines) {
        turn.expected = relaxed(turn.expected, to: actual.lines)
      }
      if let annotation = turn.annotation { turn.annotation = updated(annotation, with: actual.reply) }
      if turn != before { changed.append(turn.line) }
      blessed.turns[index] = turn
    }
    return (blessed, changed)
  }

  /// The new answer's lines, keeping a single `...` and `(re)` lines where they still fit.
  static func relaxed(_ expected: [Transcript.ExpectedLine], to actual: [String]) -> [Transcript.ExpectedLine] {
    guard let dots = expected.firstIndex(of: .anyLines) else {
      return expected.count == actual.count ? keepPatterns(expected[...], actual[...]) : actual.map { .literal($0) }
    }
    let head = expected[..<dots]
    let tail = expected[(dots + 1)...]
    guard head.count + tail.count <= actual.count, !tail.contains(.anyLines) else { return actual.map { .literal($0) } }
    return keepPatterns(head, actual.prefix(head.count)) + [.anyLines] + keepPatterns(tail, actual.suffix(tail.count))
  }

  static func keepPatterns(_ expected: ArraySlice<Transcript.ExpectedLine>, _ actual: ArraySlice<String>)
    -> [Transcript.ExpectedLine]
  {
    zip(expected, actual).map { line, text in
      if case .pattern = line, TurnMatcher.matches(line, text) { return line }
      return .literal(text)
    }
  }

  /// The annotation with each asserted key set to what the reply says.
  static func updated(_ annotation: Annotation, with reply: Reply) -> Annotation {
    Annotation(
      intent: annotation.intent.map { _ in reply.intent.rawValue },
      tracks: annotation.tracks.map { _ in reply.tracks },
      leaning: annotation.leaning.map { _ in reply.leaning },
      recommendation: annotation.recommendation.map { _ in reply.recommendation })
  }
}
