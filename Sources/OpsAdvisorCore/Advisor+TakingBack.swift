/// A line that takes back all of what the person told last, naming none of it: "forget
/// that", "scratch that", "those words were from the vendor blog, not me".
extension Advisor {
  /// Whether a line takes back what was told last without naming it: a word of dropping or of
  /// text from elsewhere, a word pointing back, nothing firm of its own, and few words.
  static func takesBackWhatWasToldLast(_ parsed: ParsedInput, _ detections: [SignalDetector.Detection]) -> Bool {
    // What follows of their own ("… not me. our systems aren't AI at all") may go on after it;
    // what it takes back is named nowhere before that ("forget the vlm" names it), and it asks
    // nothing ("actually forget it, what's aiops" drops a question).
    let words = Array(parsed.words.prefix { !speakingWords.contains($0) })
    let head = Set(parsed.clauses.filter { $0.range.upperBound <= words.count }.map { String($0.text) })
    // A line that also tells new work ("actually forget that, i mostly do prompt engineering
    // now") is a correction, weighed as one.
    // "so the vendor is using it wrong?" asks, whatever its words.
    guard words.count <= takingBackWords, !DialogueAct.isQuestion(parsed), !DialogueAct.endsWithQuestionMark(parsed),
      !detections.contains(where: { head.contains($0.clause) || !$0.negated }),
      words.contains(where: pointingBackWords.contains)
    else { return false }
    return words.contains(where: SignalDetector.droppingWords.contains) || saysItCameFromElsewhere(words)
  }

  /// Whether words say what was told came from elsewhere: "those words were from the vendor
  /// blog", "that was the job ad", "not me".
  static func saysItCameFromElsewhere(_ words: [String]) -> Bool {
    let elsewhere = words.contains { elsewhereNouns.contains($0) || SignalDetector.postingStems.contains(Stemmer.stem($0)) }
    return elsewhere && words.contains(where: SignalDetector.copulas.contains)
      || SignalDetector.saysNotMine(words[...])
  }

  /// The words that start what the person says of themselves, where the taking back ends.
  static let speakingWords: WordSet = ["i", "we", "our", "my"]

  /// The most words of such a line: "wait, those words were from the vendor blog, not me".
  static let takingBackWords = 16

  /// Words that point back at what was said: "forget that", "those words".
  static let pointingBackWords: WordSet = ["that", "those", "this", "it", "all", "everything"]

  /// Where words came from that are not the person's own work, besides a posting
  /// (`SignalDetector.postingStems`): a blog, an article, a vendor.
  static let elsewhereNouns: WordSet = ["blog", "article", "vendor", "brochure", "marketing", "quote", "quoted", "pasted", "copied"]

  /// Takes back the evidence of the last turn that added any, and says what no longer counts and
  /// where the person's words point now; nil when nothing was told.
  mutating func takingBackWhatWasToldLast(_ parsed: ParsedInput, confidence: Double) -> Reply? {
    guard let turn = state.profile.evidence.last(where: { $0.weight > 0 && $0.turn < state.turn })?.turn else { return nil }
    // Words from elsewhere are what was not said of themselves; "forget that" takes all of it.
    let elsewhere = !parsed.words.contains(where: SignalDetector.droppingWords.contains) && Self.saysItCameFromElsewhere(parsed.words)
    let taken = state.profile.takeOut(turn: turn) { !elsewhere || !Self.speaksOfThemselves($0.words) }
    guard !taken.isEmpty else { return nil }
    let quoted = taken.map(\.words).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    var text = Phrases.takenBack(quoted)
    if let leaning = state.profile.leaning {
      text += " " + Phrases.leaningNow(knowledgeBase.vocabulary.track(leaning).name)
    } else {
      text += " " + Phrases.noLeaningNow
    }
    return reply(input: parsed.original, intent: KnownIntent.preference, confidence: confidence,
      content: AnswerContent(blocks: [.paragraph(text)], sourceIDs: []))
  }
}
