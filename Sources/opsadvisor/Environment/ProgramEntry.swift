#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser

/// The program's entry point: `@main` on `OpsAdvisorCommand` calls this `main()`, which takes
/// the place of ArgumentParser's default one.
///
/// It does what the default does (parse, run, print the error and exit with its status) and
/// four things more:
/// - Before anything else, the standard descriptors are made safe (`StandardStreams.prepare`).
/// - An argument that starts with "-" and holds a space is a question's words, not options
///   (`SpacedDashArguments`).
/// - A first word within two edits of a subcommand ("chekc") is answered with "Did you mean
///   'check'?" (`SubcommandSuggestion`), not with the chat command's usage.
/// - Error messages go through `StandardError`, which neutralises control characters:
///   ArgumentParser repeats the offending argument verbatim ("Unknown option '--\e[2J'"), and
///   an argument can carry an escape sequence.
///
/// Help, `--version` and completion scripts (which exit with status 0) are printed by
/// ArgumentParser itself, unchanged.
extension OpsAdvisorCommand {
  static func main() {
    StandardStreams.prepare()
    do {
      var command = try parseAsRoot(SpacedDashArguments.protected(Array(CommandLine.arguments.dropFirst())))
      try command.run()
    } catch {
      let status = exitCode(for: error)
      if status == .success { exit(withError: error) }
      if let suggestion = SubcommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
        StandardError.write(suggestion + "\n")
        endProcess(status: ExitCode.validationFailure.rawValue)
      }
      let message = fullMessage(for: error)
      if !message.isEmpty { StandardError.write(message + "\n") }
      endProcess(status: status.rawValue)
    }
  }
}

/// Ends the process with `status`: the C library's `exit`, which a command's own methods cannot
/// name plainly (ArgumentParser's `exit(withError:)` hides it).
func endProcess(status: Int32) -> Never {
  exit(status)
}
