/// Questions that name a section of the source ("what does the next step section say?", "what
/// is the recommended direction if I'm unsure?").
extension Advisor {
  /// The answer that rests on the section a line names, for every track; nil for a line that
  /// names no section of more than one word, or names one without asking for it.
  mutating func sectionAskedFor(_ parsed: ParsedInput, confidence: Double, match: MatchResult) -> Reply? {
    // Most lines have neither a word asking for a part nor "direction", and are not looked at.
    let asksForAPart = parsed.words.contains(where: Self.sectionCues.contains)
    guard asksForAPart || parsed.words.contains(Self.wordOfTheSectionNamedAlone), let section = namedSection(parsed.words),
      asksForAPart || section.id == Self.sectionNamedAlone, let intent = intentResting(on: section.id)
    else { return nil }
    let lead = Phrases.sectionSays(section.name)
    return answer(intent, parsed: parsed, tracks: [], confidence: confidence, match: match, lead: [.paragraph(lead)])
  }

  /// The section of the source whose name, of two words or more, the words say.
  func namedSection(_ words: [String]) -> Section? {
    namedSections.first { words.containsRun($0.words) }?.section
  }

  /// The sections of the source with names of two words or more, with those words normalised
  /// (up to a bracket); not the advisor's own or its outside knowledge.
  static func sectionsByName(_ sections: [Section]) -> [(section: Section, words: [String])] {
    sections.compactMap { section in
      let words = TextNormalizer.normalize(String(section.name.prefix { $0 != "(" })).split(separator: " ").map(String.init)
      guard words.count > 1, section.id != KnownSection.outside, section.id != "opsadvisor" else { return nil }
      return (section, words)
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

  /// The section whose name no one says of anything else, asked for by its name alone ("what
  /// is the recommended direction if I'm unsure?"), and the word of its name looked for first.
  static let sectionNamedAlone = "direction"
  static let wordOfTheSectionNamedAlone = "direction"
}
