/// The advisor's reply to one input line: what it understood, what it says, and the state after.
public struct Reply: Sendable, Equatable {
  /// Something the edge must do for the reply, beyond printing it.
  public enum Action: Sendable, Equatable {
    /// Write the conversation so far to a file (`/save`, `/save!`).
    case save(path: String, overwrite: Bool)
  }

  public internal(set) var input: String
  /// The intent id, as listed in `KnowledgeBase.requiredIntents` and `intents/`.
  public internal(set) var intent: IntentID
  /// How sure the matcher is, in [0, 1].
  public internal(set) var confidence: Double
  public internal(set) var tracks: [TrackID]
  public internal(set) var factor: FactorID?
  /// The answer's content.
  public internal(set) var blocks: [Block]
  /// The names of the seed sections the answer rests on.
  public internal(set) var sources: [String]
  /// The profile's score per track after this turn.
  public internal(set) var profile: [TrackID: Double]
  public internal(set) var leaning: TrackID?
  /// The recommended track, on recommendation turns.
  public internal(set) var recommendation: TrackID?
  /// Whether the session ends after this reply.
  public internal(set) var endsSession: Bool
  public internal(set) var action: Action?

  /// The same reply with `blocks` added at `position` of its blocks.
  func inserting(_ extra: [Block], at position: Int) -> Reply {
    var reply = self
    reply.blocks.insert(contentsOf: extra, at: position)
    return reply
  }

  /// The same reply with `blocks` added at the end of its answer, before its sources.
  func inserting(_ extra: [Block]) -> Reply {
    var reply = self
    let position = blocks.last?.isSources == true ? blocks.count - 1 : blocks.count
    reply.blocks.insert(contentsOf: extra, at: position)
    return reply
  }

  /// The same reply, reporting the intent, confidence, tracks and factor of `reported`.
  func reporting(_ reported: Reply) -> Reply {
    var reply = self
    (reply.intent, reply.confidence, reply.tracks, reply.factor) =
      (reported.intent, reported.confidence, reported.tracks, reported.factor)
    return reply
  }

  /// This reply followed by the answer to a second question of the same line: its blocks and
  /// sources after these, the conversation's state as it is after both, and what was
  /// understood (intent, confidence, tracks, factor) as `reported` has it.
  func followed(by second: Reply, reporting reported: Reply) -> Reply {
    var reply = reporting(reported)
    reply.blocks += second.blocks
    reply.sources += second.sources.filter { !sources.contains($0) }
    (reply.profile, reply.leaning) = (second.profile, second.leaning)
    reply.recommendation = reply.recommendation ?? second.recommendation
    return reply
  }

  /// The reply as a one-shot question (`opsadvisor ask`) gives it: one that waits for a next
  /// turn (numbered choices to reply to, or what was told kept for a later question) says
  /// there is none, and how to ask instead.
  public func forOneShot() -> Reply {
    if blocks.contains(where: \.isChoices) { return inserting([.paragraph(Phrases.oneShotChoices)]) }
    if intent == KnownIntent.preference { return inserting([.paragraph(Phrases.oneShotStory)]) }
    return self
  }

  /// The same reply with its answer replaced by one paragraph, as the edge does after `/save`.
  public func replacingAnswer(with text: String) -> Reply {
    var reply = self
    reply.blocks = [.paragraph(text)]
    reply.sources = []
    reply.action = nil
    return reply
  }
}
