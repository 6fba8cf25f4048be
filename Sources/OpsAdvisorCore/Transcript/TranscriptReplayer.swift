/// Replays transcripts through a fresh advisor and reports the first mismatching turn.
public struct TranscriptReplayer: Sendable {
  /// The outcome of replaying one transcript.
  public struct Outcome: Sendable {
    /// The first turn that did not match, if any.
    public let failure: Failure?
    /// Every turn's reply and rendered answer lines (with the closing blank line), up to
    /// and including the failing turn.
    public let actual: [(reply: Reply, lines: [String])]

    public var passed: Bool { failure == nil }
  }

  /// Where and how a turn failed.
  public struct Failure: Sendable, Equatable {
    public let line: Int
    public let input: String
    /// Unmet annotation assertions.
    public let annotationMismatches: [String]
    /// The unified diff of expected against actual answer lines, empty when they match.
    public let diff: String
  }

  let prototype: Advisor

  /// A replayer whose every transcript starts from `advisor`'s fresh conversation.
  public init(advisor: Advisor) {
    var fresh = advisor
    fresh.reset()
    self.prototype = fresh
  }

  /// Replays every turn; with `stopAtFailure`, stops at the first that does not match.
  public func replay(_ transcript: Transcript, stopAtFailure: Bool = true) -> Outcome {
    var advisor = prototype
    let renderer = TerminalRenderer(width: transcript.width, color: false)
    var actual: [(reply: Reply, lines: [String])] = []
    var failure: Failure?
    for (index, turn) in transcript.turns.enumerated() {
      if index > 0, actual.last?.reply.endsSession == true {
        failure = failure ?? Failure(line: turn.line, input: turn.input,
          annotationMismatches: ["the session ended at the turn before; this turn is never answered"], diff: "")
        break
      }
      let reply = advisor.respond(to: turn.input)
      let lines = renderer.render(reply.blocks).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init) + [""]
      actual.append((reply, lines))
      if failure == nil, let found = check(turn, reply: reply, lines: lines) {
        failure = found
        if stopAtFailure { break }
      }
    }
    return Outcome(failure: failure, actual: actual)
  }

  func check(_ turn: Transcript.Turn, reply: Reply, lines: [String]) -> Failure? {
    let mismatches = turn.annotation.map { AnnotationFormat.mismatches($0, reply) } ?? []
    let textMatches = TurnMatcher.matches(turn.expected, lines)
    if mismatches.isEmpty, textMatches { return nil }
    let diff = textMatches ? "" : LineDiff.unified(expected: TurnMatcher.display(turn.expected), actual: lines)
    return Failure(line: turn.line, input: turn.input, annotationMismatches: mismatches, diff: diff)
  }
}
