/// A track as answers name it, with the other ways people write it.
public struct Track: Sendable, Hashable {
  public let id: TrackID
  public let name: String
  public let aliases: [String]
  /// Words for the kind of system the track operates ("LLMs", "GenAI" for LLMOps): they do
  /// not name the track, but a line using them is about its ground.
  public let domain: [String]
  /// The career titles the comparison names for the track, as people write them, other than
  /// those that start with one of its aliases ("ML Platform Engineer" for MLOps): a line naming
  /// one is about the track and its careers.
  public let careers: [String]
}

/// A comparison factor as the table names it, with the words that put it in a question.
public struct Factor: Sendable, Hashable {
  public let id: FactorID
  public let name: String
  public let aliases: [String]
}

/// A field next door that people name in the same breath as the tracks (DevOps, SRE, AgentOps),
/// which the comparison does not cover as a track of its own.
public struct Neighbour: Sendable, Hashable {
  public let id: String
  public let name: String
  public let aliases: [String]
  /// The track the comparison places it under, if it does (AgentOps under AIOps).
  public let within: TrackID?
  /// Whether it is a topic the comparison says nothing about (salaries), so that a question
  /// about it is declined even when it names a track, rather than a field compared with one.
  public let isTopic: Bool
  /// What the comparison says that comes closest, in the advisor's words.
  public let closest: String
  /// The ids of the seed sections `closest` rests on.
  public let sources: [String]
}

/// A section of the seed document, the unit every answer's `source` names.
public struct Section: Sendable, Hashable {
  public let id: String
  public let name: String
}

/// The words the advisor recognises: tracks, factors and the seed's sections.
public struct Vocabulary: Sendable {
  public let tracks: [Track]
  public let factors: [Factor]
  /// The fields next door, recognised so that a question about one is answered honestly.
  public let neighbours: [Neighbour]
  public let sections: [Section]
  /// The intents "tell me more" walks through for a track, in order.
  public let moreOrder: [IntentID]
  /// Normalised words read as another word before matching ("competencies" → "skills").
  public let synonyms: [String: String]
  /// Groups of normalised words that name nearly the same thing ("monitoring", "observability"),
  /// for finding where the source speaks of what a follow-up asks about in other words.
  public let related: [[String]]
  /// Per intent, the words that name its topic ("course", "tools"): a line that uses one
  /// ranks that intent a little higher (`MatchPolicy.topicBoost`).
  public let topics: [IntentID: [String]]
  /// The normalised words the source says every track deals with ("monitoring", "deployment";
  /// Where the Confusion Comes From), so that a track without its own mention of one is not
  /// said to lack it.
  public let shared: [String]
  /// Short forms the source spells out in its own words, by the normalised short form: "llm" →
  /// "large language model". That the two are the same is general knowledge.
  public let abbreviations: [String: String]
  /// What terms mean, by the normalised term ("drift", "vector database"): general knowledge,
  /// said only marked as outside the comparison.
  public let meanings: [String: String]

  /// The words of the groups `word` belongs to, other than itself, in the groups' order.
  public func relatedWords(of word: String) -> [String] {
    related.filter { $0.contains(word) }.flatMap { $0.filter { $0 != word } }
  }

  /// The track with this id; every id is present once loading has succeeded.
  public func track(_ id: TrackID) -> Track {
    tracks.first { $0.id == id }!
  }

  /// The factor with this id; every id is present once loading has succeeded.
  public func factor(_ id: FactorID) -> Factor {
    factors.first { $0.id == id }!
  }

  /// The neighbour with this id; every id a parse gives is present.
  public func neighbour(_ id: String) -> Neighbour {
    neighbours.first { $0.id == id }!
  }

  /// The section with this id, if there is one.
  public func section(_ id: String) -> Section? {
    sections.first { $0.id == id }
  }
}
