import ArgumentParser

/// `opsadvisor`: the interactive advisor, or a piped script, or one of the subcommands.
@main
struct OpsAdvisorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "opsadvisor",
    abstract: "Answers questions about the MLOps, LLMOps and AIOps tracks and helps you choose one.",
    discussion: """
      With no subcommand, opsadvisor runs `chat`: it opens an interactive session on a terminal, or reads one \
      question per line from standard input when it is not a terminal. Its own options (--script, --echo \
      and --json) are listed by `opsadvisor chat --help`.

      Examples:
        opsadvisor
        opsadvisor ask "is LLMOps just MLOps?"
        opsadvisor ask --json "what tools does llmops use"
        printf 'hi\\nwhich track should I choose?\\n' | opsadvisor --echo
        opsadvisor --script questions.txt --json

      In scripted mode a goodbye (bye, /quit) ends the session as on a terminal; the lines \
      after it are not answered, and a note on standard error says how many there were.

      Exit status:
        0      success, also at the end of the input, after a goodbye, on Ctrl-D
        1      a transcript replay fails, or check finds a knowledge-base error
        64     a usage error (unknown option, bad value)
        65     a knowledge-base error, printed as file:line: message
        66     the --script file, a transcript or --held-out FILE cannot be opened,
               or replay finds no transcript
        73     a piped or --script session ran a /save that wrote nothing
        74     the output cannot be written, or standard input cannot be read
        128+N  the interactive session was ended by signal N (SIGTERM, SIGHUP)
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
