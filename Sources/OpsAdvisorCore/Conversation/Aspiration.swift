/// The track a person said they want to move into ("thinking about moving into LLMOps", "I'd
/// like to switch to AIOps eventually"), which the source's career mapping puts before what
/// their work is today: it maps the tracks to the AI work one hopes to grow into.
public struct Aspiration: Sendable, Equatable {
  public let track: TrackID
  /// The clause that said it, as typed.
  public let words: String

  /// The aspiration a line states, or nil: a clause with a verb of moving ("move into",
  /// "switch to", "become") followed within three words by one track, not negated (the
  /// detector's negation words), not said of others and not asked ("should I move into
  /// LLMOps?", "how do I become an MLOps engineer" ask for advice).
  static func stated(in parsed: ParsedInput, negatedBy detector: SignalDetector) -> Aspiration? {
    guard !parsed.tracks.isEmpty else { return nil }
    for clause in parsed.clauses.reversed() where !clause.asked {
      let words = Array(parsed.words[clause.range])
      guard !DialogueAct.opensAsYesNoQuestion(words[...]) else { continue }
      // "hmm actually aiops sounds cooler": the track they are drawn to; "the llmops route sounds
      // more like what i want" asks nothing by its "what".
      if let track = appealingTrack(words) { return Aspiration(track: track, words: clause.text) }
      guard !parsed.asks(clause) else { continue }
      // "no wait, scratch the llmops thing, i think i want aiops".
      if let track = wantedTrack(words) { return Aspiration(track: track, words: clause.text) }
      guard let verb = movingVerbs.lazy.compactMap(words.firstIndex(ofRun:)).first,
        !detector.isNegated(parsed.stems[clause.range], before: clause.range.lowerBound + verb),
        !words[..<verb].contains(where: others.contains)
      else { continue }
      let after = words[(verb + 1)...].prefix(4).compactMap(TrackID.named)
      if Set(after).count == 1, let track = after.first { return Aspiration(track: track, words: clause.text) }
    }
    return nil
  }

  /// The one track a clause says appeals to them: a track, then "sounds", "seems" or "looks"
  /// (or "is", in a clause with "i" or "me") and, within three words, a word of liking ("aiops
  /// sounds cooler", "llmops seems more fun", "i think llmops is the better bet for me");
  /// nil for any other clause, or one that denies it ("mlops doesn't sound fun" has no
  /// "sounds").
  static func appealingTrack(_ words: [String]) -> TrackID? {
    // "llmops is the better bet for me": "is" says so only of the speaker.
    let forThem = words.contains("me") || words.contains("i")
    let found = words.indices.dropLast().compactMap { place -> TrackID? in
      // "the aiops one sounds more like me": a word for the track may stand between.
      guard let track = TrackID.named(words[place]) else { return nil }
      let verb = trackNouns.contains(words[place + 1]) ? place + 2 : place + 1
      guard verb < words.count, seemingVerbs.contains(words[verb]) || forThem && words[verb] == "is" else { return nil }
      let after = words[(verb + 1)...]
      return after.prefix(3).contains(where: likingWords.contains) || saysItIsLikeThem(after.prefix(4)) ? track : nil
    }
    return Set(found).count == 1 ? found.first : nil
  }

  /// The track right after "i want" or "i wanna" ("i think i want aiops"), or after "i think"
  /// or "i guess" at a clause's end ("ok i think mlops"), not negated: "i want to know about
  /// aiops" wants to know, and "i think mlops is about the model lifecycle" says what it is.
  static func wantedTrack(_ words: [String]) -> TrackID? {
    words.indices.dropFirst().dropLast().lazy.compactMap { place -> TrackID? in
      guard words[place - 1] == "i", let track = TrackID.named(words[place + 1]) else { return nil }
      if words[place] == "want" || words[place] == "wanna" { return track }
      let rest = words[(place + 2)...]
      return (words[place] == "think" || words[place] == "guess") && rest.allSatisfy(choiceEndings.contains) ? track : nil
    }.first
  }

  /// Words that may end a choice said: "ok i think mlops then tbh".
  static let choiceEndings: WordSet = ["then", "tbh", "honestly", "probably", "maybe", "now", "for", "me", "lol"]

  /// Whether the words after a seeming verb say the track is like the speaker: "more like me",
  /// "like what i do", "like my job".
  static func saysItIsLikeThem(_ words: ArraySlice<String>) -> Bool {
    guard let like = words.firstIndex(of: "like"), like + 1 < words.endIndex else { return false }
    return ["me", "my", "us", "our", "what"].contains(words[like + 1])
  }

  /// Words that stand for a track after its name: "the aiops one", "the llmops route".
  static let trackNouns: WordSet = ["one", "track", "route", "path", "side", "option", "stuff", "thing"]

  /// The verbs between a track and how it appeals: "aiops sounds cooler".
  static let seemingVerbs: WordSet = ["sounds", "seems", "looks"]

  /// Words that say a track appeals.
  static let likingWords: WordSet = [
    "cooler", "better", "fun", "interesting", "exciting", "nicer", "appealing", "good", "great", "cool", "best", "right",
  ]

  /// Verbs of moving towards a track; the track follows within three words.
  static let movingVerbs: [[String]] = [
    ["move", "into"], ["move", "to"], ["moving", "into"], ["moving", "to"], ["switch", "to"], ["switch", "into"],
    ["switching", "to"], ["switching", "into"], ["transition", "to"], ["transition", "into"], ["transitioning", "to"],
    ["transitioning", "into"], ["pivot", "to"], ["pivot", "into"], ["pivoting", "to"], ["pivoting", "into"],
    ["get", "into"], ["getting", "into"], ["break", "into"], ["grow", "into"], ["go", "into"], ["going", "into"],
    ["become"], ["becoming"], ["stay", "in"], ["stay", "with"], ["stick", "with"], ["specialise", "in"],
    ["specialize", "in"], ["shift", "to"], ["shift", "into"], ["shifting", "to"], ["shifting", "into"],
    // A choice made: "ok im going with aiops, final answer", "leaning towards llmops".
    ["going", "with"], ["go", "with"], ["leaning", "towards"], ["leaning", "toward"], ["lean", "towards"], ["lean", "toward"], ["picking"], ["choosing"],
    ["picked"], ["chose"],
    // A choice taken back: "no ok llm stuff is hotter, go back to llmops".
    ["go", "back", "to"], ["going", "back", "to"], ["switch", "back", "to"], ["switching", "back", "to"],
  ]

  /// Words that, before the verb, make the move someone else's: "everyone is moving to LLMOps".
  static let others: WordSet = ["everyone", "everybody", "people", "they", "he", "she", "others", "folks", "company", "industry"]
}
