import ArgumentParser

/// `opsadvisor chat`, the default: the interactive session, or a scripted one.
struct Chat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Talk with the advisor (the default subcommand).",
    discussion: """
      On a terminal this opens an interactive session with line editing, history and Tab \
      completion. When standard input is not a terminal, or with --script, it reads one \
      question per line and prints each answer followed by a blank line; blank lines and \
      lines starting with # are skipped. A goodbye (bye, /quit) ends the session there too: \
      the lines after it are not answered, and a note on standard error says how many there \
      were.

      Examples:
        opsadvisor
        printf 'hi\\nis llmops just mlops?\\n' | opsadvisor
        opsadvisor --echo < questions.txt > session.transcript
        opsadvisor --script questions.txt --json
      """)

  @OptionGroup var options: CommonOptions
  @OptionGroup var session: SessionOptions

  func run() throws {
    let advisor = try options.loadAdvisor()
    let environment = TerminalEnvironment(options: options)
    try SessionRunner(advisor: advisor, environment: environment, options: session, intentsDirectory: options.intentsDirectory).run()
  }
}
