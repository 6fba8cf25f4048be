import Foundation
import Testing

/// The interactive session, on a real pseudo-terminal: readline, history, completion, Ctrl-C.
///
/// Each test has its own temporary folder for HOME and the history file.
@Suite("Interactive session on a terminal")
struct InteractiveSessionTests {
  static let prompt = "ops> "
  static let llmopsDefinition = "operations discipline for large language model systems"
  static let aiopsDefinition = "wider AI operations layer"
  static let aiopsTools = "KServe or Ray Serve"
  static let outOfScope = "outside what I cover"

  /// A session in `directory`, history in `directory/history` unless `environment` says otherwise.
  static func session(
    in directory: TemporaryDirectory, arguments: [String] = [], environment: [String: String]? = nil
  ) throws -> PseudoTerminal {
    let home = try directory.makeFolder("home")
    let variables = environment ?? [
      "TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1",
      "OPSADVISOR_HISTORY": directory("history"),
    ]
    return try PseudoTerminal(
      executable: try OpsAdvisor.executable(), arguments: arguments,
      environment: childEnvironment(home: home, variables))
  }

  /// Waits for the next prompt, types `line` and Return, and waits for `answer`.
  static func ask(_ line: String, expecting answer: String, on terminal: PseudoTerminal) throws {
    try terminal.expect(prompt)
    try terminal.send(line + "\r")
    try terminal.expect(answer)
  }

  @Test("A typed question is answered; Ctrl-D leaves with status 0")
  func questionAnswered() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try terminal.expect("/help")  // the banner
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.output.contains(Self.outOfScope))
  }

  @Test("Up recalls the last question of an earlier session's history file")
  func upRecallsEarlierHistory() throws {
    let directory = try TemporaryDirectory()
    try directory.write("what is llmops\nwhat tools does aiops use\n", to: "history")
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A")
    try terminal.expect("what tools does aiops use")
    try terminal.send("\r")
    try terminal.expect(Self.aiopsTools)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.output.contains(Self.llmopsDefinition))
  }

  @Test(
    "Tab completes a slash command, a track name or alias, or a factor word",
    arguments: [
      ("/he", "/help", "Commands: /help, /tracks"),
      ("what is aio", "what is aiops", "wider AI operations layer"),
      ("what is artif", "what is artificial intelligence operations", "wider AI operations layer"),
      ("/compare occup", "/compare occupation", "Career outcome"),
      ("/compare who", "/compare who is it for", "Best for  Engineers who run"),
    ])
  func tabCompletes(typed: String, completed: String, answer: String) throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    try terminal.send(typed + "\t")
    // Readline echoes the typed text and then the completion's rest right after it.
    try terminal.expect(completed)
    try terminal.send("\r")
    try terminal.expect(answer)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    // Readline adds a space after a unique completion; the question saved is the completed one.
    let saved = lines(of: directory("history"))?.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(saved == [completed])
  }

  @Test("Tab Tab lists every completion of a factor word, skills and its synonyms among them")
  func tabListsFactorWords() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    try terminal.send("/compare ski\t")
    try terminal.expect("/compare ski")
    try terminal.expect("lls")  // "skills", the part common to "skills" and "skillset" (after a bell)
    // As in bash, the Tab after one that completed rings the bell; the next lists the choices.
    try terminal.send("\t\t")
    try terminal.expect("skills")
    try terminal.expect("skillset")
    try terminal.send("\r")
    try terminal.expect("Source: Skills Comparison")
    try terminal.expect(Self.prompt)
    try terminal.send("/compare compet\t\t\t")
    for synonym in ["competences", "competencies"] { try terminal.expect(synonym) }
    try terminal.send("\u{15}\u{4}")  // Ctrl-U clears the line, Ctrl-D leaves
    #expect(try terminal.waitForExit() == 0)
  }

  @Test("Ctrl-C drops the half-typed line and the session goes on")
  func controlCClearsTheLine() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    try terminal.send("what is mlo")
    try terminal.expect("what is mlo")
    // Like a person, press Ctrl-C a moment after the last key, when readline waits for input
    // (pressed while readline is still busy, it hits a product race; see the next test).
    terminal.collect(for: .milliseconds(300))
    try terminal.send("\u{3}")
    try terminal.expect("^C")
    try terminal.expect("\r\n" + Self.prompt, timeout: .seconds(5))  // a fresh, empty prompt
    try terminal.send("what is aiops\r")
    try terminal.expect(Self.aiopsDefinition)
    try terminal.expect(Self.prompt)
    #expect(terminal.isRunning, "Ctrl-C must not end the session")
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    // Had the text before ^C been kept, "what is mlowhat is aiops" would have been submitted.
    #expect(lines(of: directory("history")) == ["what is aiops"])
  }

  @Test("Ctrl-C while going back in history starts again from the newest line, as bash does")
  func controlCResetsTheHistoryPosition() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    for line in ["what is aiops", "mlops tools", "llmops skills"] {
      try terminal.send(line + "\r")
      try terminal.expect("Source:")
      try terminal.expect(Self.prompt)
    }
    try terminal.send("\u{1B}[A\u{1B}[A")  // Up, Up: back to "mlops tools"
    terminal.collect(for: .milliseconds(300))
    try terminal.send("\u{3}")
    try terminal.expect("^C")
    try terminal.expect("\r\n" + Self.prompt, timeout: .seconds(5))
    try terminal.send("\u{1B}[A\r")  // Up: the newest line, not "what is aiops" before "mlops tools"
    try terminal.expect("Source:")
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(lines(of: directory("history"))?.last == "llmops skills")
  }

  @Test("Ctrl-C right after a key also drops the line")
  func controlCWhileBusy() throws {
    for _ in 0..<6 {
      let directory = try TemporaryDirectory()
      let terminal = try Self.session(in: directory)
      try terminal.expect(Self.prompt)
      try terminal.send("what is mlo")
      try terminal.expect("what is mlo")
      try terminal.send("\u{3}")
      try terminal.expect("^C")
      try terminal.send("what is aiops\r")
      try terminal.expect(Self.aiopsDefinition)
      try terminal.expect(Self.prompt)
      try terminal.send("\u{4}")
      #expect(try terminal.waitForExit() == 0)
      // Had the text before ^C been kept, "what is mlowhat is aiops" would have been submitted.
      #expect(lines(of: directory("history")) == ["what is aiops"])
    }
  }

  /// Where the history file goes, and whether the program creates its folder.
  enum HistoryLocation: String, CaseIterable, CustomTestStringConvertible {
    case explicitVariable  // OPSADVISOR_HISTORY=dir/custom/sub/history
    case xdgStateHome  // XDG_STATE_HOME=dir/state → dir/state/opsadvisor/history
    case homeDefault  // HOME=dir/home → dir/home/.local/state/opsadvisor/history

    var testDescription: String { rawValue }

    func variables(_ directory: TemporaryDirectory) -> [String: String] {
      var variables = ["TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1"]
      switch self {
      case .explicitVariable: variables["OPSADVISOR_HISTORY"] = directory("custom/sub/history")
      case .xdgStateHome: variables["XDG_STATE_HOME"] = directory("state")
      case .homeDefault: break
      }
      return variables
    }

    func file(_ directory: TemporaryDirectory) -> String {
      switch self {
      case .explicitVariable: directory("custom/sub/history")
      case .xdgStateHome: directory("state/opsadvisor/history")
      case .homeDefault: directory("home/.local/state/opsadvisor/history")
      }
    }
  }

  @Test("Ctrl-D saves the questions typed in a 0600 file in a 0700 folder", arguments: HistoryLocation.allCases)
  func historyFileIsPrivate(location: HistoryLocation) throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory, environment: location.variables(directory))
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    try Self.ask("what tools does aiops use", expecting: Self.aiopsTools, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)

    let file = location.file(directory)
    let folder = (file as NSString).deletingLastPathComponent
    #expect(lines(of: file) == ["what is llmops", "what tools does aiops use"], "files: \(directory.contents())")
    #expect(octal(permissions(of: file)) == "600")
    #expect(octal(permissions(of: folder)) == "700")
  }

  @Test("An existing history file that others can read is made 0600")
  func existingHistoryFileTightened() throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write("what is llmops\n", to: "history")
    #expect(chmod(file, 0o644) == 0)
    let terminal = try Self.session(in: directory)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(octal(permissions(of: file)) == "600")
    #expect(lines(of: file) == ["what is llmops"])
  }

  @Test("A line starting with a space is not saved and a repeated line is saved once")
  func historyFiltering() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try Self.ask(" what is aiops", expecting: Self.aiopsDefinition, on: terminal)
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    try Self.ask("what tools does aiops use", expecting: Self.aiopsTools, on: terminal)
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(lines(of: directory("history")) == ["what is llmops", "what tools does aiops use", "what is llmops"])
  }

  @Test("An empty OPSADVISOR_HISTORY keeps history off: no file anywhere")
  func emptyHistoryVariableWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let variables = [
      "TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1",
      "OPSADVISOR_HISTORY": "", "XDG_STATE_HOME": directory("state"),
    ]
    let terminal = try Self.session(in: directory, environment: variables)
    try Self.ask("what is llmops", expecting: Self.llmopsDefinition, on: terminal)
    // History still works in memory for this session.
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A")
    try terminal.expect("what is llmops")
    try terminal.send("\u{15}")  // Ctrl-U: clear the recalled line
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(directory.contents() == ["home"])
  }

  @Test("TERM=dumb on a terminal gives the plain mode: no banner, no prompt, still an answer")
  func dumbTerminal() throws {
    let directory = try TemporaryDirectory()
    let variables = ["TERM": "dumb", "OPSADVISOR_HISTORY": directory("history")]
    let terminal = try Self.session(in: directory, environment: variables)
    try terminal.send("what is llmops\r")
    try terminal.expect(Self.llmopsDefinition)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.output.contains(Self.prompt))
    #expect(!terminal.output.contains("/help"))
    #expect(!terminal.output.contains("\u{1B}"))
    #expect(!FileManager.default.fileExists(atPath: directory("history")))
  }

  @Test("TERM=dumb on a terminal: a goodbye ends the session at once, without waiting for more input")
  func dumbTerminalGoodbye() throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory, environment: ["TERM": "dumb", "OPSADVISOR_HISTORY": ""])
    try terminal.send("bye\r")
    try terminal.expect("Goodbye")
    #expect(try terminal.waitForExit(timeout: .seconds(5)) == 0)
    #expect(!terminal.output.contains("not answered"))
  }

  @Test("/quit ends the session with status 0", arguments: ["/quit", "goodbye"])
  func quit(command: String) throws {
    let directory = try TemporaryDirectory()
    let terminal = try Self.session(in: directory)
    try Self.ask(command, expecting: "Goodbye", on: terminal)
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.pendingOutput.contains(Self.prompt), "no prompt after the goodbye")
  }

  @Test("Output on a terminal is coloured unless NO_COLOR, --no-color or TERM=dumb says no")
  func colour() throws {
    let directory = try TemporaryDirectory()
    func sourceLine(_ variables: [String: String], _ arguments: [String] = []) throws -> String {
      let terminal = try Self.session(
        in: directory, arguments: ["ask"] + arguments + ["what is llmops"], environment: variables)
      #expect(try terminal.waitForExit() == 0)
      return terminal.output
    }
    let coloured = try sourceLine(["TERM": "xterm"])
    #expect(coloured.contains(Self.llmopsDefinition))
    #expect(coloured.contains("\u{1B}["), "a terminal with TERM=xterm gets colour")
    for (variables, arguments) in [
      (["TERM": "xterm", "NO_COLOR": "1"], []), (["TERM": "xterm"], ["--no-color"]), (["TERM": "dumb"], []),
    ] {
      let plain = try sourceLine(variables, arguments)
      #expect(plain.contains(Self.llmopsDefinition))
      #expect(!plain.contains("\u{1B}"), "\(variables) \(arguments): \(plain.debugDescription)")
    }
  }
}
