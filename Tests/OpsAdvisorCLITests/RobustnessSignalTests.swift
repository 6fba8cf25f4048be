import Foundation
import Glibc
import Testing

/// Signals: a reader that goes away, SIGTERM and SIGHUP at the prompt, Ctrl-Z and `fg`.
@Suite("Robustness: signals")
struct RobustnessSignalTests {
  static let prompt = InteractiveSessionTests.prompt

  /// `ask` writes its whole answer at exit (no answer is longer than a pipe's buffer), so a
  /// reader that is gone before the first write is the way to meet a closed pipe every time.
  @Test(
    "A closed pipe ends --json, --echo, ask and intents quietly with status 0",
    arguments: [
      ["--json"], ["--echo"], [], ["ask", "/help"], ["ask", "--json", "compare mlops llmops and aiops"], ["intents"],
    ])
  func closedPipeFromTheStart(arguments: [String]) throws {
    let input = Array(String(repeating: "compare mlops and aiops\n", count: 2000).utf8)
    let directory = try TemporaryDirectory()
    let result = try runWithClosedStdout(
      try OpsAdvisor.executable(), arguments, input: input, environment: childEnvironment(home: directory.path))
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stderr.isEmpty, "\(result.stderrText)")
  }

  @Test("A reader that goes after 100 bytes ends --json quietly with status 0")
  func readerGoesAway() throws {
    let json = try runOpsAdvisor(
      ["--json"], stdin: String(repeating: "compare mlops and aiops\n", count: 3000), stdoutLimit: 100,
      timeout: .seconds(30))
    #expect(json.termination == .exited(0), "\(json.summary.prefix(1000))")
    #expect(json.stderr.isEmpty, "\(json.stderrText)")
    #expect(json.stdout.count == 100)
  }

  /// SIGTERM and SIGHUP at the prompt, with a line half typed. Readline's own handler (it
  /// catches both while it reads) restores the terminal and re-raises the signal, which ends
  /// the program with its default action: status 128 + N, as for any program a signal ends.
  /// Every accepted line was appended as it was entered, so history is complete.
  @Test("SIGTERM or SIGHUP at the prompt: terminal settings restored, every accepted line in history", arguments: [SIGTERM, SIGHUP])
  func terminatingSignal(signal: Int32) throws {
    let directory = try TemporaryDirectory()
    let terminal = try InteractiveSessionTests.session(in: directory)
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try InteractiveSessionTests.ask("what is aiops", expecting: InteractiveSessionTests.aiopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("half typ")
    try terminal.expect("half typ")
    // While readline reads, the terminal is in its raw mode: no echo, no canonical input.
    let reading = try terminal.currentAttributes()
    #expect(reading.c_lflag & tcflag_t(ECHO | ICANON) == 0, "\(describe(reading))")

    terminal.send(signal: signal)
    #expect(try terminal.waitForExit() == 128 + signal)
    let after = try terminal.currentAttributes()
    #expect(
      sameSettings(after, terminal.initialAttributes),
      "before: \(describe(terminal.initialAttributes)); after: \(describe(after))")
    #expect(after.c_lflag & tcflag_t(ECHO | ICANON | ISIG) == tcflag_t(ECHO | ICANON | ISIG))
    #expect(lines(of: directory("history")) == ["what is llmops", "what is aiops"])
  }

  /// Ctrl-Z needs job control: in the tests' own session the program's process group is
  /// orphaned, and the kernel discards a terminal stop signal sent to one. So bash (with
  /// `set -m`) runs it as a job, prints the terminal settings while it is stopped, and `fg`
  /// resumes it, as a person would.
  @Test("Ctrl-Z stops the session with the terminal restored; fg resumes it and questions are answered")
  func suspendAndResume() throws {
    let directory = try TemporaryDirectory()
    let home = try directory.makeFolder("home")
    let script = """
      set -m
      "$0"
      echo "stopped with status $?"
      stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' -e '-*echo' | tr '\\n' ' '; echo
      fg > /dev/null
      echo "finished with status $?"
      """
    let terminal = try PseudoTerminal(
      executable: "/bin/bash", arguments: ["-c", script, try OpsAdvisor.executable()],
      environment: childEnvironment(home: home, [
        "TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1", "OPSADVISOR_HISTORY": directory("history"),
      ]))
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    terminal.collect(for: .milliseconds(200))
    try terminal.send("\u{1A}")  // Ctrl-Z
    try terminal.expect("stopped with status \(128 + SIGTSTP)")
    // While it is stopped, the terminal is back in its normal mode.
    try terminal.expect("icanon echo \r\n")
    // Resumed, the session draws its prompt again on the fresh line.
    try terminal.expect(Self.prompt)
    try terminal.send("what is aiops\r")
    try terminal.expect(InteractiveSessionTests.aiopsDefinition)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    try terminal.expect("finished with status 0")
    #expect(try terminal.waitForExit() == 0)
    #expect(lines(of: directory("history")) == ["what is llmops", "what is aiops"])
  }
}
