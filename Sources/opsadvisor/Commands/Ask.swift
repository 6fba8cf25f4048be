import ArgumentParser
import OpsAdvisorCore

/// `opsadvisor ask`: one question, one answer.
struct Ask: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question and exit.",
    discussion: """
      Examples:
        opsadvisor ask "is LLMOps just MLOps?"
        opsadvisor ask compare mlops and aiops
        opsadvisor ask --json "what tools does llmops use"
      """)

  @OptionGroup var options: CommonOptions

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  @Argument(help: "The question; several words are joined with spaces.")
  var question: [String]

  func validate() throws {
    if question.allSatisfy(\.isBlank) {
      throw ValidationError("Ask a question, for example: opsadvisor ask \"what is llmops?\"")
    }
    // One question makes no conversation to save: said so, instead of a reply saying it saves.
    if case .save = SlashCommand.parse(question.joined(separator: " ")) {
      throw ValidationError("ask answers one question and keeps nothing, so /save has nothing to write. Run opsadvisor, talk, then type /save FILE.")
    }
  }

  func run() throws {
    var advisor = try options.loadAdvisor()
    let environment = TerminalEnvironment(options: options)
    let reply = advisor.respond(to: question.joined(separator: " ")).forOneShot()
    let output = ReplyPrinter(environment: environment, json: json)
    try output.print(reply)
  }
}
