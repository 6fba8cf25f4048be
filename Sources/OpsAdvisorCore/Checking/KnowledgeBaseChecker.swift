/// Checks a loaded knowledge base for the mistakes content authors make, and measures it.
public struct KnowledgeBaseChecker: Sendable {
  /// The fewest examples an intent may have.
  public static let minimumExamples = 12
  /// How many confused pairs the report lists.
  static let confusionsShown = 5

  let advisor: Advisor
  var knowledgeBase: KnowledgeBase { advisor.knowledgeBase }

  public init(advisor: Advisor) {
    self.advisor = advisor
  }

  /// A held-out set to measure, and the file it came from.
  public struct NamedSet: Sendable {
    public let file: String
    public let set: HeldOutSet

    public init(file: String, set: HeldOutSet) {
      self.file = file
      self.set = set
    }
  }

  /// Every check; the phrases of each held-out set must not repeat or nearly repeat any
  /// example, and each set's figures are measured.
  public func check(heldOut: [NamedSet] = []) -> CheckReport {
    var report = CheckReport()
    report.intentCount = knowledgeBase.intents.count
    report.exampleCount = knowledgeBase.intents.map(\.examples.count).reduce(0, +)
    report.signalCount = knowledgeBase.signals.signals.count
    checkExampleCounts(&report)
    checkRepeats(&report)
    checkSignalSources(&report)
    checkAttribution(&report)
    checkSelfClassification(&report)
    crossValidate(&report)
    for named in heldOut {
      checkHeldOut(named.set, file: named.file, &report)
      report.evaluations.append(.init(
        file: named.file, itemCount: named.set.items.count, evaluation: Evaluation(named.set, advisor: advisor)))
    }
    return report
  }

  /// Every example with where it comes from.
  var examples: [(intent: Intent, index: Int, text: String)] {
    knowledgeBase.intents.flatMap { intent in intent.examples.enumerated().map { (intent, $0.offset, $0.element) } }
  }

  func checkExampleCounts(_ report: inout CheckReport) {
    for intent in knowledgeBase.intents where intent.examples.count < Self.minimumExamples {
      report.errors.append(.init(file: intent.file, line: 1,
        message: "intent '\(intent.id)' has \(intent.examples.count) examples; it needs at least \(Self.minimumExamples)"))
    }
  }

  /// Exact repeats (after normalisation) are errors; examples that read the same to the matcher
  /// (same words after aliases and stemming) in different intents are warnings.
  func checkRepeats(_ report: inout CheckReport) {
    var seen: [String: (Intent, Int)] = [:]
    var readings: [[String]: (Intent, Int)] = [:]
    for (intent, index, text) in examples {
      let line = intent.exampleLines[index]
      let key = TextNormalizer.normalize(text)
      if let (first, firstIndex) = seen[key] {
        report.errors.append(.init(file: intent.file, line: line,
          message: "example \"\(text)\" repeats \(first.file):\(first.exampleLines[firstIndex])"))
        continue
      }
      seen[key] = (intent, index)
      let stems = reading(text)
      if let (first, firstIndex) = readings[stems], first.id != intent.id {
        report.warnings.append(.init(file: intent.file, line: line,
          message: "example \"\(text)\" reads the same as \(first.file):\(first.exampleLines[firstIndex]) in intent '\(first.id)'"))
      }
      readings[stems] = readings[stems] ?? (intent, index)
    }
  }

  func checkSignalSources(_ report: inout CheckReport) {
    for signal in knowledgeBase.signals.signals where signal.source == KnownSection.advisor {
      report.errors.append(.init(file: "intents/signals.yaml", line: 1,
        message: "signal '\(signal.phrase)' must rest on a seed section, not '\(KnownSection.advisor)'"))
    }
  }

  /// Every answer either rests on seed sections or marks what it says beyond them: an answer
  /// whose sources include `KnownSection.outside` says "Outside the comparison: " in its text,
  /// and only such an answer does. Signal reasons are marked by their `bridge` flag.
  func checkAttribution(_ report: inout CheckReport) {
    for intent in knowledgeBase.intents {
      for answer in intent.answers where !Self.isAttributed(answer) {
        report.unattributed += 1
        report.errors.append(.init(file: intent.file, line: 1, message: Self.attributionProblem(answer, intent: intent.id.rawValue)))
      }
      report.marked += intent.answers.filter { $0.sources.contains(KnownSection.outside) }.count
    }
    report.marked += knowledgeBase.signals.signals.filter(\.bridge).count
  }

  /// Whether an answer has a source and is marked exactly when it goes outside the seed.
  static func isAttributed(_ answer: Answer) -> Bool {
    let marked = answer.paragraphs.contains { $0.contains(Phrases.outsideTheComparison) }
    return !answer.sources.isEmpty && marked == answer.sources.contains(KnownSection.outside)
  }

  static func attributionProblem(_ answer: Answer, intent: String) -> String {
    let which = "intent '\(intent)', answer for \(answer.track?.rawValue ?? "no track")"
    if answer.sources.isEmpty { return "\(which) has no source" }
    return answer.sources.contains(KnownSection.outside)
      ? "\(which) cites '\(KnownSection.outside)' but its text never says \"\(Phrases.outsideTheComparison)\""
      : "\(which) says \"\(Phrases.outsideTheComparison)\" but does not cite '\(KnownSection.outside)'"
  }

  func checkSelfClassification(_ report: inout CheckReport) {
    for (intent, index, text) in examples {
      let best = advisor.index.rank(MatcherWords(advisor.parser.parse(text))).best?.intent
      if best != intent.id {
        report.errors.append(.init(file: intent.file, line: intent.exampleLines[index],
          message: "example \"\(text)\" is classified as '\(best ?? "nothing")', not '\(intent.id)'"))
      }
    }
  }

  /// Leave-one-out: each example ranked with itself taken out of the index.
  func crossValidate(_ report: inout CheckReport) {
    var correct = 0
    var confused: [String: Int] = [:]
    for (position, (intent, _, text)) in examples.enumerated() {
      let best = advisor.index.rank(MatcherWords(advisor.parser.parse(text)), excludingExample: position).best?.intent ?? KnownIntent.outOfScope
      if best == intent.id { correct += 1 } else { confused["\(intent.id)\t\(best)", default: 0] += 1 }
    }
    report.crossValidationCorrect = correct
    report.crossValidationAccuracy = Evaluation.share(correct, of: report.exampleCount)
    report.confusions = confused.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(Self.confusionsShown).map { pair in
        let names = pair.key.split(separator: "\t").map(String.init)
        return CheckReport.Confusion(expected: names[0], got: names[1], count: pair.value)
      }
  }

  /// A held-out phrase that is an example, or a near-copy of one, is an error: it would
  /// measure nothing. A near-copy has the same words in any order and inflection, or, for
  /// phrases of three words or more, shares at least `nearCopyOverlap` of their distinct stems.
  func checkHeldOut(_ heldOut: HeldOutSet, file: String, _ report: inout CheckReport) {
    let examples = self.examples.map { (example: $0, stems: Set(Self.stems($0.text))) }
    for item in heldOut.items {
      let stems = Set(Self.stems(item.phrase))
      guard let (intent, index, text) = examples.first(where: { Self.isNearCopy(stems, $0.stems) })?.example else { continue }
      report.errors.append(.init(file: file, line: item.line,
        message: "held-out phrase \"\(item.phrase)\" repeats, nearly, the example \"\(text)\" at \(intent.file):\(intent.exampleLines[index])"))
    }
  }

  /// The share of distinct stems two phrases must have in common to be near-copies.
  static let nearCopyOverlap = 0.8

  /// Whether two phrases, as sets of stems, are the same or near-copies.
  static func isNearCopy(_ a: Set<String>, _ b: Set<String>) -> Bool {
    if a == b { return !a.isEmpty }
    guard a.count >= 3, b.count >= 3 else { return false }
    return Double(a.intersection(b).count) >= nearCopyOverlap * Double(a.union(b).count)
  }

  /// How the matcher reads a text, in any order: its stems, sorted.
  func reading(_ text: String) -> [String] {
    advisor.parser.parse(text).words.map(Stemmer.stem).sorted()
  }

  /// The stems of a text's words as typed (no typo corrected, no synonym read), sorted.
  static func stems(_ text: String) -> [String] {
    TextNormalizer.normalize(text).split(separator: " ").map { Stemmer.stem(String($0)) }.sorted()
  }
}
