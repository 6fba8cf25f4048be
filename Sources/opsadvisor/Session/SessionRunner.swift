#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
import OpsAdvisorCore

/// Chooses and runs the session: readline on a terminal, plain lines otherwise.
struct SessionRunner {
  let advisor: Advisor
  let environment: TerminalEnvironment
  let options: SessionOptions
  /// The `--intents` folder the advisor was read from, nil for the embedded knowledge base.
  var intentsDirectory: String? = nil

  func run() throws {
    StandardOutput.ignoreBrokenPipeSignal()
    var turns = SessionTurns(
      advisor: advisor, width: environment.width, variables: environment.variables, intentsDirectory: intentsDirectory)
    if let script = options.script {
      guard let reader = FileLineReader(path: script) else {
        StandardError.write("opsadvisor: cannot open \(script): \(String(cString: strerror(errno)))\n")
        throw ExitCode(66)
      }
      return try scripted(reader).run(&turns)
    }
    if environment.isInteractive, !options.json, !options.echo {
      return try InteractiveSession(environment: environment, version: OpsAdvisorCommand.configuration.version).run(&turns)
    }
    try scripted(FileLineReader.standardInput).run(&turns)
  }

  func scripted(_ reader: FileLineReader) -> ScriptedSession {
    var printer = ReplyPrinter(environment: environment, json: options.json)
    printer.separated = true
    printer.allowsColor = false
    var session = ScriptedSession(reader: reader, printer: printer)
    session.echo = options.echo
    return session
  }
}
