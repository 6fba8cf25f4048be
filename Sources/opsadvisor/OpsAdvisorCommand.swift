import ArgumentParser

/// `opsadvisor`: the interactive advisor, or a piped script, or one of the subcommands.
@main
struct OpsAdvisorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "opsadvisor",
    abstract: "Answers questions about the MLOps, LLMOps and AIOps tracks and helps you choose one.",
    discussion: """
      With no subcommand, opsadvisor runs `chat`: it opens an interactive session on a terminal, or reads one \
      question per line from standard input when it is not a terminal.

      Examples:
        opsadvisor
        opsadvisor ask "is LLMOps just MLOps?"
        opsadvisor ask --json "what tools does llmops use"
        printf 'hi\\nwhich track should I choose?\\n' | opsadvisor --echo
        opsadvisor --script questions.txt --json

      Exit status: 0 on success, 64 for a usage error, 65 for a knowledge-base error, 74 for an \
      input or output error.
      """,
    version: "0.1.0",
    subcommands: [Chat.self, Ask.self, Intents.self, Replay.self, Check.self],
    defaultSubcommand: Chat.self
  )

  /// The options every command takes, accepted before the subcommand as well as after it
  /// (`opsadvisor --intents DIR ask hi`): this command parses them wherever they stand, and each
  /// subcommand's own `CommonOptions` group is given the values parsed here.
  @OptionGroup var options: CommonOptions
}
