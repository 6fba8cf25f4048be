import ArgumentParser

/// Options of the session that runs when no subcommand is given.
struct SessionOptions: ParsableArguments {
  @Flag(help: "Print one JSON object per input line instead of text (scripted mode).")
  var json = false

  @Flag(help: "Print '> ' and each input line before its answer: the transcript format.")
  var echo = false

  @Option(help: ArgumentHelp("Read questions from FILE, one per line, instead of standard input.",
    valueName: "FILE"))
  var script: String?

  func validate() throws {
    if json, echo { throw ValidationError("--json and --echo cannot be combined.") }
  }
}
