/// Work with no AI system in it: "no AI at all, just windows server and active directory".
extension Advisor {
  /// Whether a line says the speaker works with no AI ("no AI at all", "i not have AI systems",
  /// "we dont use any ai"): "ai" within three words after a negation, not naming a kind of
  /// knowledge ("no ai background") or the other meaning of AIOps ("not ai ops"), and with no
  /// exception after it ("we dont have any ai besides those two").
  static func saysTheyHaveNoAI(_ parsed: ParsedInput) -> Bool {
    let words = parsed.words
    return words.indices.contains { place in
      words[place] == "ai" && !words.dropFirst(place + 1).prefix(1).contains(where: notAIWork.contains)
        && words[..<place].suffix(3).contains(where: noAINegations.contains)
        && !words.dropFirst(place + 1).contains(where: exceptionWords.contains)
    }
  }

  /// Words that make an exception to "no AI": "besides those two", "except the chatbot".
  static let exceptionWords: WordSet = ["besides", "except", "apart", "other", "beyond", "but", "outside"]

  /// The negations that, before "ai", say there is none.
  static let noAINegations: WordSet = ["no", "not", "dont", "without", "zero", "nothing", "never", "doesnt", "havent", "arent"]

  /// The words after "ai" that make it something other than AI systems at work.
  static let notAIWork: WordSet = [
    "ops", "operations", "background", "experience", "knowledge", "skills", "degree", "course", "courses", "track", "expert",
  ]

  /// The reply to a line that says they work with no AI system (`saysTheyHaveNoAI`) and only
  /// tells: noted, with what that means for the tracks; nil for a line that asks, or one the
  /// matcher answers otherwise.
  func noAISystemTaken(_ parsed: ParsedInput, decision: MatchPolicy.Decision, told: [SignalDetector.Detection]) -> Reply? {
    guard decision == .outOfScope || decision == .answer(KnownIntent.preference), !DialogueAct.asksSomething(parsed)
    else { return nil }
    let noted = Phrases.noted(told, names: knowledgeBase.vocabulary).map { [Block.paragraph($0)] } ?? []
    let reply = reply(input: parsed.original, intent: KnownIntent.preference, confidence: 1,
      content: AnswerContent(blocks: noted + [.paragraph(Phrases.noAISystemNoted)], sourceIDs: []))
    return citing(KnownSection.outside, first: false, in: reply)
  }
}
