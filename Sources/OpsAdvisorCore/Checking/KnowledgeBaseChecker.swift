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

  /// Every check; `heldOut` phrases, when given, must not repeat any example.
  public func check(heldOut: HeldOutSet? = nil, heldOutFile: String = "held-out") -> CheckReport {
    var report = CheckReport()
    report.intentCount = knowledgeBase.intents.count
    report.exampleCount = knowledgeBase.intents.map(\.examples.count).reduce(0, +)
    report.signalCount = knowledgeBase.signals.signals.count
    checkExampleCounts(&report)
    checkRepeats(&report)
    checkSignalSources(&report)
    checkSelfClassification(&report)
    crossValidate(&report)
    if let heldOut { checkHeldOut(heldOut, file: heldOutFile, &report) }
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
      let reading = advisor.parser.parse(text).words.map(Stemmer.stem).sorted()
      if let (first, firstIndex) = readings[reading], first.id != intent.id {
        report.warnings.append(.init(file: intent.file, line: line,
          message: "example \"\(text)\" reads the same as \(first.file):\(first.exampleLines[firstIndex]) in intent '\(first.id)'"))
      }
      readings[reading] = readings[reading] ?? (intent, index)
    }
  }

  func checkSignalSources(_ report: inout CheckReport) {
    for signal in knowledgeBase.signals.signals where signal.source == KnownSection.advisor {
      report.errors.append(.init(file: "intents/signals.yaml", line: 1,
        message: "signal '\(signal.phrase)' must rest on a seed section, not '\(KnownSection.advisor)'"))
    }
  }

  func checkSelfClassification(_ report: inout CheckReport) {
    for (intent, index, text) in examples {
      let best = advisor.index.rank(advisor.parser.parse(text).words).best?.intent
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
      let best = advisor.index.rank(advisor.parser.parse(text).words, excludingExample: position).best?.intent ?? KnownIntent.outOfScope
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

  func checkHeldOut(_ heldOut: HeldOutSet, file: String, _ report: inout CheckReport) {
    let examples = Dictionary(self.examples.map { (TextNormalizer.normalize($0.text), $0.intent.id) }, uniquingKeysWith: { a, _ in a })
    for item in heldOut.items {
      if let intent = examples[TextNormalizer.normalize(item.phrase)] {
        report.errors.append(.init(file: file, line: item.line,
          message: "held-out phrase \"\(item.phrase)\" is also an example of '\(intent)'"))
      }
    }
  }
}
