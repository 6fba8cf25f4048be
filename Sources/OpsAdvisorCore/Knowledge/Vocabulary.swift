/// A track as answers name it, with the other ways people write it.
public struct Track: Sendable, Hashable {
  public let id: TrackID
  public let name: String
  public let aliases: [String]
}

/// A comparison factor as the table names it, with the words that put it in a question.
public struct Factor: Sendable, Hashable {
  public let id: FactorID
  public let name: String
  public let aliases: [String]
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
  public let sections: [Section]
  /// The intents "tell me more" walks through for a track, in order.
  public let moreOrder: [String]
  /// Normalised words read as another word before matching ("competencies" → "skills").
  public let synonyms: [String: String]

  /// The track with this id; every id is present once loading has succeeded.
  public func track(_ id: TrackID) -> Track {
    tracks.first { $0.id == id }!
  }

  /// The factor with this id; every id is present once loading has succeeded.
  public func factor(_ id: FactorID) -> Factor {
    factors.first { $0.id == id }!
  }

  /// The section with this id, if there is one.
  public func section(_ id: String) -> Section? {
    sections.first { $0.id == id }
  }
}
