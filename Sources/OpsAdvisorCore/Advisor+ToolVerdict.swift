/// Yes/no and either/or questions on whose tool something is ("is vLLM an mlops tool?", "does
/// mlops use airflow y/n", "kserve: llmops or aiops?").
extension Advisor {
  /// A verdict first (yes, no, or which of the tracks named), then the tools of the track whose
  /// list names the tool; nil for a line that names no tool of the source, or not one or two
  /// tracks, or does not ask.
  mutating func whoseToolItIs(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard (1...2).contains(parsed.tracks.count), parsed.namesNothingOutside, Self.asksWhoseTool(parsed),
      let (track, names) = toolsNamed(parsed), names.count == 1
    else { return nil }
    let vocabulary = knowledgeBase.vocabulary
    let (found, tool) = (vocabulary.track(track).name, names[0])
    let verdict: String
    if parsed.tracks.count == 2 {
      guard parsed.tracks.contains(track) else { return nil }
      verdict = Phrases.toolOfOneOfThem(tool, track: found)
    } else {
      let asked = vocabulary.track(parsed.tracks[0]).name
      verdict = parsed.tracks[0] == track ? Phrases.toolOfTheTrack(tool, track: found) : Phrases.toolOfAnotherTrack(tool, asked: asked, track: found)
    }
    return answer(KnownIntent.tools, parsed: parsed, tracks: [track], confidence: confidence, match: match, lead: [.paragraph(verdict)])
  }

  /// Whether a line asks whose tool something is: a clause asking yes or no ("is vLLM an mlops tool?",
  /// "does mlops use airflow"), "y/n", or tracks set as alternatives ("kserve: llmops or aiops?").
  static func asksWhoseTool(_ parsed: ParsedInput) -> Bool {
    // "ok thx. so is TGI an aiops tool?": any clause, after the words that open it.
    parsed.clauses.contains { DialogueAct.opensAsYesNoQuestion(DialogueAct.afterFillers(Array(parsed.words[$0.range]))) } || parsed.classes.contains(.alternative) && parsed.tracks.count == 2
      || parsed.words.containsRun(["y", "n"])
  }
}
