/// What `opsadvisor check` found: problems located by file and line, and the figures.
public struct CheckReport: Sendable {
  /// One problem: an error fails the check, a warning does not.
  public struct Finding: Sendable, Equatable {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "\(file):\(line): \(message)" }
  }

  /// How often examples of one intent were taken for another in cross-validation.
  public struct Confusion: Sendable, Equatable {
    public let expected: String
    public let got: String
    public let count: Int
  }

  public var errors: [Finding] = []
  public var warnings: [Finding] = []
  public var intentCount = 0
  public var exampleCount = 0
  public var signalCount = 0
  /// Answers and signal reasons marked as going beyond the seed ("Outside the comparison").
  public var marked = 0
  /// Answers with no source, or whose marking disagrees with their sources.
  public var unattributed = 0
  /// Leave-one-out cross-validation: the share of examples classified right without themselves.
  public var crossValidationAccuracy = 0.0
  public var crossValidationCorrect = 0
  /// The most frequent confusions, most first.
  public var confusions: [Confusion] = []
  /// The figures on each held-out set checked, in the order given.
  public var evaluations: [NamedEvaluation] = []

  /// The figures on one held-out set.
  public struct NamedEvaluation: Sendable {
    /// The set's file.
    public let file: String
    public let itemCount: Int
    public let evaluation: Evaluation
  }

  public var passed: Bool { errors.isEmpty }

  /// The report for people.
  public var text: String {
    var lines = [
      "Knowledge base: \(intentCount) intents, \(exampleCount) examples, \(signalCount) signals.",
      "Attribution: \(marked) answers and signal reasons marked as outside the comparison, \(unattributed) unmarked without a source.",
      "Leave-one-out cross-validation: \(Evaluation.percent(crossValidationAccuracy)) (\(crossValidationCorrect) of \(exampleCount) examples).",
    ]
    if !confusions.isEmpty {
      lines.append("Most confused: " + confusions.map { "\($0.expected) → \($0.got) (\($0.count))" }.joined(separator: ", ") + ".")
    }
    for named in evaluations {
      lines.append("\(named.file) (\(named.itemCount) items): " + named.evaluation.summary.joined(separator: ", ") + ".")
    }
    lines += warnings.map { "warning: \($0.description)" }
    lines += errors.map { "error: \($0.description)" }
    lines.append("check: \(passed ? "OK" : "FAILED") (\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s"))")
    return lines.joined(separator: "\n")
  }

  /// The report for tools: one JSON object.
  public var json: String {
    var object = JSONObjectWriter()
    object.add("passed", passed ? "true" : "false")
    object.add("intents", String(intentCount))
    object.add("examples", String(exampleCount))
    object.add("signals", String(signalCount))
    object.add("markedOutsideTheComparison", String(marked))
    object.add("unmarkedWithoutSource", String(unattributed))
    object.add("crossValidationAccuracy", ReplyJSON.number(crossValidationAccuracy))
    object.add("confusions", ReplyJSON.array(confusions.map { confusion in
      var item = JSONObjectWriter()
      item.add("expected", ReplyJSON.string(confusion.expected))
      item.add("got", ReplyJSON.string(confusion.got))
      item.add("count", String(confusion.count))
      return item.text
    }))
    object.add("evaluations", ReplyJSON.array(evaluations.map(Self.json)))
    object.add("errors", ReplyJSON.array(errors.map(Self.json)))
    object.add("warnings", ReplyJSON.array(warnings.map(Self.json)))
    return object.text
  }

  static func json(_ named: NamedEvaluation) -> String {
    var item = JSONObjectWriter()
    item.add("file", ReplyJSON.string(named.file))
    item.add("items", String(named.itemCount))
    item.add("inScopeAccuracy", ReplyJSON.number(named.evaluation.inScopeAccuracy))
    item.add("outOfScopeRecall", ReplyJSON.number(named.evaluation.outOfScopeRecall))
    item.add("wronglyRejected", ReplyJSON.number(named.evaluation.wronglyRejected))
    item.add("leaningAccuracy", ReplyJSON.number(named.evaluation.leaningAccuracy))
    return item.text
  }

  static func json(_ finding: Finding) -> String {
    var item = JSONObjectWriter()
    item.add("file", ReplyJSON.string(finding.file))
    item.add("line", String(finding.line))
    item.add("message", ReplyJSON.string(finding.message))
    return item.text
  }
}
