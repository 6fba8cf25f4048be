import Foundation
import Glibc
import Testing

/// A broken environment: history that cannot be kept, a corrupted history file, no HOME,
/// closed or odd standard streams, output that cannot be written. Each failure gives one
/// clear warning (or error) and the session goes on where it can.
@Suite("Robustness: broken environment")
struct RobustnessEnvironmentTests {
  static let prompt = InteractiveSessionTests.prompt
  static let warning = "opsadvisor: warning:"

  /// A session whose history goes to `history` (or as `variables` say), on a pty.
  static func session(
    in directory: TemporaryDirectory, history: String?, variables extra: [String: String] = [:],
    executable: String? = nil, arguments: [String] = [], home: Bool = true
  ) throws -> PseudoTerminal {
    var variables = ["TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    if home { variables["HOME"] = try directory.makeFolder("home") }
    if let history { variables["OPSADVISOR_HISTORY"] = history }
    variables.merge(extra) { _, new in new }
    return try PseudoTerminal(
      executable: try executable ?? OpsAdvisor.executable(), arguments: arguments, environment: variables)
  }

  /// Asks two questions, recalls the first with Up Up and Return, leaves with Ctrl-D; returns
  /// the output. History works in memory whatever happened to the file.
  static func useSession(_ terminal: PseudoTerminal) throws -> String {
    try InteractiveSessionTests.ask("what is aiops", expecting: InteractiveSessionTests.aiopsDefinition, on: terminal)
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try terminal.expect(prompt)
    try terminal.send("\u{1B}[A\u{1B}[A\r")
    try terminal.expect(InteractiveSessionTests.aiopsDefinition)
    try terminal.expect(prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    return terminal.output
  }

  static func warnings(in output: String) -> [String] {
    output.components(separatedBy: "\r\n").filter { $0.contains(warning) }
  }

  /// Where the history path cannot be used, even by root.
  enum UnusablePath: String, CaseIterable, CustomTestStringConvertible {
    case underAFile  // ENOTDIR: dir/file/history
    case deepUnderAFile  // a folder cannot be created: dir/file/sub/history
    case isAFolder  // EISDIR
    case isAFIFO  // would block a reader forever
    case isADevice  // /dev/zero would be read forever

    var testDescription: String { rawValue }

    func prepare(_ directory: TemporaryDirectory) throws -> (path: String, reason: String) {
      switch self {
      case .underAFile:
        try directory.write("not a folder\n", to: "file")
        return (directory("file/history"), "Not a directory")
      case .deepUnderAFile:
        try directory.write("not a folder\n", to: "file")
        return (directory("file/sub/history"), "Not a directory")
      case .isAFolder:
        return (try directory.makeFolder("history"), "Is a directory")
      case .isAFIFO:
        #expect(mkfifo(directory("fifo"), 0o600) == 0)
        return (directory("fifo"), "not a regular file")
      case .isADevice:
        return ("/dev/zero", "not a regular file")
      }
    }
  }

  @Test("An unusable history path: one warning, and the session works with history in memory", arguments: UnusablePath.allCases)
  func unusableHistoryPath(path kind: UnusablePath) throws {
    let directory = try TemporaryDirectory()
    let (path, reason) = try kind.prepare(directory)
    let before = directory.contents()
    let terminal = try Self.session(in: directory, history: path)
    let output = try Self.useSession(terminal)
    let warnings = Self.warnings(in: output)
    #expect(warnings.count == 1, "\(output.debugDescription)")
    #expect(warnings.first?.contains(reason) == true, "\(warnings)")
    #expect(warnings.first?.contains("continuing without saved history") == true, "\(warnings)")
    #expect(directory.contents() == before + ["home"], "nothing written: \(directory.contents())")
  }

  @Test("OPSADVISOR_HISTORY=/dev/null turns history off without a warning")
  func devNullHistory() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory, history: "/dev/null")
    let output = try Self.useSession(terminal)
    #expect(Self.warnings(in: output).isEmpty, "\(output.debugDescription)")
  }

  @Test("HOME unset (no XDG_STATE_HOME, no OPSADVISOR_HISTORY): one warning, history in memory")
  func homeUnset() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory, history: nil, home: false)
    let output = try Self.useSession(terminal)
    let warnings = Self.warnings(in: output)
    #expect(warnings.count == 1, "\(output.debugDescription)")
    #expect(warnings.first?.contains("HOME is not set") == true)
    #expect(directory.contents().isEmpty, "\(directory.contents())")
  }

  @Test("A corrupted history file: only its valid lines load, one warning, the file is cleaned")
  func corruptedHistory() throws {
    let directory = try TemporaryDirectory()
    var bytes: [UInt8] = Array("what is mlops\n".utf8)
    bytes += [0x00, 0x00, 0x00, 0x0A]  // NULs, as a crash can leave
    bytes += [0xFF, 0xFE, 0xC3, 0x28, 0x0A]  // invalid UTF-8
    bytes += Array("\u{1B}]0;pwned\u{7}\n".utf8)  // an escape sequence
    var generator = SystemRandomNumberGenerator()
    bytes += (0..<3000).map { _ in UInt8.random(in: 0...255, using: &generator) }.filter { $0 != 0x0A }
    bytes += [0x0A]
    bytes += Array("what tools does aiops use\r\nwhat is llmops\n".utf8)  // a CRLF line is fine
    bytes += [0x00, 0x00, 0x00]  // a NUL tail without a newline
    let file = directory("history")
    try Data(bytes).write(to: URL(fileURLWithPath: file))

    let terminal = try Self.session(in: directory, history: file)
    try terminal.expect(Self.prompt)
    // Up goes through the valid lines, newest first (a repeat of the last line is not added).
    try terminal.send("\u{1B}[A\r")
    try terminal.expect(InteractiveSessionTests.llmopsDefinition)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A\u{1B}[A\r")
    try terminal.expect(InteractiveSessionTests.aiopsTools)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[A\r")
    try terminal.expect("machine learning systems")
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    let warnings = Self.warnings(in: terminal.output)
    #expect(warnings.count == 1, "\(terminal.output.debugDescription)")
    #expect(warnings.first?.contains("unreadable lines") == true, "\(warnings)")
    #expect(
      lines(of: file) == [
        "what is mlops", "what tools does aiops use", "what is llmops", "what tools does aiops use", "what is mlops",
      ])
    #expect(octal(permissions(of: file)) == "600")
    #expect(directory.contents() == ["history", "home"])

    // The next session finds a clean file: no warning.
    let again = try Self.session(in: directory, history: file)
    try again.expect(Self.prompt)
    try again.send("\u{4}")
    #expect(try again.waitForExit() == 0)
    #expect(Self.warnings(in: again.output).isEmpty, "\(again.output.debugDescription)")
  }

  /// Needs a tmpfs mounted read-only in a private mount namespace; where that is not
  /// permitted, `unusableHistoryPath` still covers the warning path.
  @Test(
    "A read-only file system (EROFS, even for root): earlier history loads, one warning at the first line",
    .enabled(if: PrivateMount.isAvailable, "mounting a tmpfs in a private mount namespace is not permitted here"))
  func readOnlyHistory() throws {
    let directory = try TemporaryDirectory()
    let mountPoint = try directory.makeFolder("ro")
    let script = """
      mount -t tmpfs -o size=64k tmpfs "$1" || exit 99
      printf 'what is llmops\\n' > "$1/history"
      mount -o remount,ro "$1" || exit 99
      exec "$2"
      """
    let terminal = try Self.session(
      in: directory, history: mountPoint + "/history", variables: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
      executable: PrivateMount.unshare,
      arguments: PrivateMount.arguments(script: script, [mountPoint, try OpsAdvisor.executable()]))
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A")
    try terminal.expect("what is llmops")  // loaded from the read-only file
    try terminal.send("\u{15}what is aiops\r")  // Ctrl-U clears the recalled line
    try terminal.expect(InteractiveSessionTests.aiopsDefinition)
    try InteractiveSessionTests.ask("what tools does aiops use", expecting: InteractiveSessionTests.aiopsTools, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A\u{1B}[A\r")  // in memory still
    try terminal.expect(InteractiveSessionTests.aiopsDefinition)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    let warnings = Self.warnings(in: terminal.output)
    #expect(warnings.count == 1, "\(terminal.output.debugDescription)")
    #expect(warnings.first?.contains("Read-only file system") == true, "\(warnings)")
    #expect(warnings.first?.contains("history is no longer saved") == true, "\(warnings)")
  }

  @Test("History appends survive kill -9")
  func historySurvivesSIGKILL() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory, history: directory("history"))
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try InteractiveSessionTests.ask("what is aiops", expecting: InteractiveSessionTests.aiopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("what tools")  // half typed: not accepted, not saved
    try terminal.expect("what tools")
    terminal.send(signal: SIGKILL)
    #expect(try terminal.waitForExit() == 128 + SIGKILL)
    #expect(lines(of: directory("history")) == ["what is llmops", "what is aiops"])
  }

  @Test("Under umask 000 the history file is 0600 and every folder created 0700")
  func umaskZero() throws {
    let directory = try TemporaryDirectory()
    let home = try directory.makeFolder("home")
    let terminal = try Self.session(
      in: directory, history: nil, executable: "/bin/sh",
      arguments: ["-c", "umask 000; exec \"$0\"", try OpsAdvisor.executable()])
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    let file = home + "/.local/state/opsadvisor/history"
    #expect(lines(of: file) == ["what is llmops"])
    #expect(octal(permissions(of: file)) == "600")
    for folder in [".local", ".local/state", ".local/state/opsadvisor"] {
      #expect(octal(permissions(of: home + "/" + folder)) == "700", "\(folder)")
    }
  }

  @Test("Closed standard streams: no crash; a closed output is an error with status 74")
  func closedStandardStreams() throws {
    let binary = try OpsAdvisor.executable()
    let directory = try TemporaryDirectory()
    let environment = childEnvironment(home: directory.path)
    // sh closes the descriptor, then runs the program in its place.
    func run(_ redirection: String, _ arguments: String, input: String = "hi\n") throws -> ProcessResult {
      try ProcessRunner.run(
        "/bin/sh", ["-c", "exec \"$0\" \(arguments) \(redirection)", binary], stdin: input, environment: environment)
    }
    for arguments in ["ask hi", "--json", ""] {
      let closedOutput = try run(">&-", arguments)
      #expect(closedOutput.termination == .exited(74), "\(arguments): \(closedOutput.summary)")
      #expect(closedOutput.stderrText == "opsadvisor: cannot write the output: Bad file descriptor\n")
    }
    let closedInput = try run("<&-", "--json")
    #expect(closedInput.termination == .exited(0), "\(closedInput.summary)")
    #expect(closedInput.stdout.isEmpty && closedInput.stderr.isEmpty, "\(closedInput.summary)")
    let closedErrors = try run("2>&-", "--json")
    #expect(closedErrors.termination == .exited(0), "\(closedErrors.summary)")
    #expect(OutputCheck.jsonObjects(closedErrors.stdout).objects.count == 1)
  }

  @Test("Output that cannot be written (/dev/full): one error line and status 74, in every mode")
  func fullOutput() throws {
    let binary = try OpsAdvisor.executable()
    let directory = try TemporaryDirectory()
    for arguments in ["ask hi", "ask --json compare mlops and aiops", "--json", "--echo", "", "intents"] {
      let result = try ProcessRunner.run(
        "/bin/sh", ["-c", "exec \"$0\" \(arguments) > /dev/full", binary],
        stdin: String(repeating: "what is llmops\n", count: 50), environment: childEnvironment(home: directory.path))
      #expect(result.termination == .exited(74), "\(arguments): \(result.summary)")
      #expect(result.stderrText == "opsadvisor: cannot write the output: No space left on device\n", "\(arguments)")
    }
  }

  @Test("--intents with a FIFO or a device among its files: an error (65), no hang")
  func oddKnowledgeBaseFiles() throws {
    for kind in ["fifo", "device"] {
      let directory = try TemporaryDirectory()
      let intents = try directory.makeFolder("intents")
      for name in (try FileManager.default.contentsOfDirectory(atPath: OpsAdvisor.intentsDirectory.path)) {
        try FileManager.default.copyItem(
          atPath: OpsAdvisor.intentsDirectory.appendingPathComponent(name).path, toPath: intents + "/" + name)
      }
      if kind == "fifo" {
        #expect(mkfifo(intents + "/odd.yaml", 0o600) == 0)
      } else {
        try FileManager.default.createSymbolicLink(atPath: intents + "/odd.yaml", withDestinationPath: "/dev/zero")
      }
      let result = try runOpsAdvisor(["ask", "--intents", intents, "what is llmops"])
      #expect(result.termination == .exited(65), "\(kind): \(result.summary)")
      #expect(result.stderrText == "\(intents)/odd.yaml: cannot read the knowledge-base file (not a regular file)\n")
    }
  }

  @Test("Standard input or --script that is a folder: an error, not silence")
  func folderAsInput() throws {
    let directory = try TemporaryDirectory()
    let binary = try OpsAdvisor.executable()
    let piped = try ProcessRunner.run(
      "/bin/sh", ["-c", "exec \"$0\" --json < \"$1\"", binary, directory.path], stdin: nil,
      environment: childEnvironment(home: directory.path))
    #expect(piped.termination == .exited(74), "\(piped.summary)")
    #expect(piped.stderrText == "opsadvisor: cannot read standard input: Is a directory\n")
    let script = try runOpsAdvisor(["--script", directory.path])
    #expect(script.termination == .exited(66), "\(script.summary)")
    #expect(script.stderrText == "opsadvisor: cannot open \(directory.path): Is a directory\n")
  }
}
