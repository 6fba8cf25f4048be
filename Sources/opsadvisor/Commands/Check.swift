import ArgumentParser
import OpsAdvisorCore

/// `opsadvisor check`: the knowledge base's health, for content authors.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the knowledge base and measure how well its examples are told apart.",
    discussion: """
      Loads the knowledge base; reports examples repeated within or across intents, examples \
      that read the same to the matcher in different intents (warnings), intents with fewer \
      than 12 examples, signals without a seed source, examples not classified as their own \
      intent, and held-out phrases that repeat an example. Prints leave-one-out \
      cross-validation accuracy and the most confused intent pairs. Exits 1 on errors, 0 \
      with only warnings.

      Examples:
        opsadvisor check
        opsadvisor check --json
        opsadvisor check --intents ./intents --held-out Tests/OpsAdvisorCoreTests/HeldOut/held-out.tsv
      """)

  static let defaultHeldOut = "Tests/OpsAdvisorCoreTests/HeldOut/held-out.tsv"

  @OptionGroup var options: CommonOptions

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  @Option(help: ArgumentHelp(
    "The held-out set whose phrases must not be examples (default: \(defaultHeldOut), if present).",
    valueName: "FILE"))
  var heldOut: String?

  func run() throws {
    let advisor = try options.loadAdvisor()
    let path = heldOut ?? (FileSystem.exists(Self.defaultHeldOut) ? Self.defaultHeldOut : nil)
    let set = try path.map(loadHeldOut)
    let report = KnowledgeBaseChecker(advisor: advisor).check(heldOut: set, heldOutFile: path ?? "")
    try StandardOutput.write((json ? report.json : report.text) + "\n")
    try StandardOutput.flush()
    if !report.passed { throw ExitCode(1) }
  }

  func loadHeldOut(_ path: String) throws -> HeldOutSet {
    guard let data = FileSystem.contents(of: path) else {
      StandardError.write("opsadvisor: cannot read \(path)\n")
      throw ExitCode(66)
    }
    do {
      return try HeldOutSet(text: String(decoding: data, as: UTF8.self))
    } catch let error as HeldOutError {
      StandardError.write("\(path):\(error.line): \(error.message)\n")
      throw ExitCode(65)
    }
  }
}
