/// Questions that name a section of the source ("what does the next step section say?", "what
/// is the recommended direction if I'm unsure?").
extension Advisor {
  /// The answer that rests on the section a line names, for every track; nil for a line that
  /// names no section of more than one word, or names one without asking for it.
  mutating func sectionAskedFor(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    guard let section = namedSection(parsed.words),
      section.id == Self.sectionNamedAlone || parsed.words.contains(where: Self.sectionCues.contains),
      let intent = intentResting(on: section.id)
    else { return nil }
    let lead = Phrases.sectionSays(section.name)
    return answer(intent, parsed: parsed, tracks: [], confidence: confidence, match: match, lead: [.paragraph(lead)])
  }

  /// The section of the source whose name, of two words or more, the words say.
  func namedSection(_ words: [String]) -> Section? {
    knowledgeBase.vocabulary.sections.first { section in
      let name = TextNormalizer.normalize(String(section.name.prefix { $0 != "(" })).split(separator: " ").map(String.init)
      return name.count > 1 && section.id != KnownSection.outside && section.id != "opsadvisor" && words.containsRun(name)
    }
  }

  /// The intent whose answer rests first on `section`, else the first that cites it at all.
  func intentResting(on section: String) -> IntentID? {
    let intents = knowledgeBase.intents
    return (intents.first { $0.answers.contains { $0.sources.first == section } }
      ?? intents.first { $0.answers.contains { $0.sources.contains(section) } })?.id
  }

  /// Words that ask for a part of the source by its name: "the next step section", "what does
  /// the career mapping say" ("what's the recommended next step for me" asks no section).
  static let sectionCues: WordSet = ["section", "sections", "heading", "part", "say", "says"]

  /// The section whose name no one says of anything else, asked for by its name alone: "what
  /// is the recommended direction if I'm unsure?".
  static let sectionNamedAlone = "direction"
}
