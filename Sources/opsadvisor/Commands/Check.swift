import ArgumentParser
import OpsAdvisorCore

/// `opsadvisor check`: the knowledge base's health, for content authors.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the knowledge base and measure how well it understands questions it never saw.",
    discussion: """
      Loads the knowledge base; reports examples repeated within or across intents, examples \
      that read the same to the matcher in different intents (warnings), intents with fewer \
      than 12 examples, signals without a seed source, examples not classified as their own \
      intent, and held-out phrases that repeat or nearly repeat an example. Prints leave-one-out \
      cross-validation accuracy, the most confused intent pairs, and the figures on each \
      held-out set: by default the project's own held-out set and the two splits of each \
      collection of the real-world set (dev, which is tuned on, and test, which stays frozen), \
      when run from the project's folder. Exits 1 on errors, 0 with only warnings.

      Examples:
        opsadvisor check
        opsadvisor check --json
        opsadvisor check --intents ./intents --held-out Tests/OpsAdvisorCoreTests/HeldOut/held-out.tsv
      """)

  /// The held-out sets measured when none is named, if they exist.
  static let defaultHeldOut = [
    "Tests/OpsAdvisorCoreTests/HeldOut/held-out.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-dev.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-test.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-2-dev.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-2-test.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-3-dev.tsv",
    "Tests/OpsAdvisorCoreTests/RealWorld/real-world-3-test.tsv",
  ]

  /// Whether a held-out file is a frozen test split, whose misses are never listed.
  static func isFrozen(_ path: String) -> Bool {
    path.hasSuffix("test.tsv")
  }

  @OptionGroup var options: CommonOptions

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  @Flag(help: ArgumentHelp(
    "Also list the misses of each held-out set but the frozen test splits (files ending in test.tsv), for tuning on a dev set.",
    valueName: "misses"))
  var misses = false

  @Option(help: ArgumentHelp(
    "A held-out set to measure, whose phrases must not be examples; repeat for several (default: the project's sets, where present).",
    valueName: "FILE"))
  var heldOut: [String] = []

  func run() throws {
    let advisor = try options.loadAdvisor()
    let paths = heldOut.isEmpty ? Self.defaultHeldOut.filter(FileSystem.exists) : heldOut
    if paths.isEmpty {
      StandardError.write("opsadvisor: note: no held-out sets here (run check from the project's folder, or name one with --held-out FILE)\n")
    }
    let sets = try paths.map { KnowledgeBaseChecker.NamedSet(file: $0, set: try loadHeldOut($0, knownIntents: advisor.knowledgeBase)) }
    let report = KnowledgeBaseChecker(advisor: advisor).check(heldOut: sets)
    try StandardOutput.write((json ? report.json : report.text) + "\n")
    if misses {
      for named in report.evaluations where !Self.isFrozen(named.file) {
        try StandardOutput.write(named.evaluation.misses.map { "\(named.file): miss: \($0)\n" }.joined())
      }
    }
    try StandardOutput.flush()
    if !report.passed { throw ExitCode(1) }
  }

  func loadHeldOut(_ path: String, knownIntents knowledgeBase: KnowledgeBase) throws -> HeldOutSet {
    guard let data = FileSystem.contents(of: path) else {
      StandardError.write("opsadvisor: cannot read \(path): \(FileSystem.exists(path) ? "not a readable file" : "no such file")\n")
      throw ExitCode(66)
    }
    do {
      let set = try HeldOutSet(text: String(decoding: data, as: UTF8.self))
      try Self.checkLabels(of: set, against: knowledgeBase)
      return set
    } catch let error as HeldOutError {
      StandardError.write("\(path):\(error.line): \(error.message)\n")
      throw ExitCode(65)
    }
  }

  /// Throws for the first item whose label is no intent of the knowledge base ("definitoin"),
  /// naming the nearest one.
  static func checkLabels(of set: HeldOutSet, against knowledgeBase: KnowledgeBase) throws {
    let ids = knowledgeBase.intents.map(\.id)
    for item in set.items {
      guard case .intents(let labels) = item.expectation, let unknown = labels.first(where: { !ids.contains($0) }) else { continue }
      let nearest = EditDistance.nearest(to: unknown.rawValue, among: ids.map(\.rawValue), maximum: 3)
      let hint = nearest.map { " (did you mean '\($0)'?)" } ?? ""
      throw HeldOutError(line: item.line, message: "unknown intent '\(unknown.rawValue)'\(hint); a label is an intent id, out-of-scope or lean:TRACK")
    }
  }
}
