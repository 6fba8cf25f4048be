import Foundation
import Testing

/// Hostile input in every mode: the program neither crashes nor hangs, and nothing the user
/// typed reaches the output as a raw control character.
@Suite("Robustness: hostile input")
struct RobustnessHostileInputTests {
  static let longNote = "(That was a long message: I read only its first 2000 characters.)"

  /// `text` as the program shows user text: every control character replaced by U+FFFD.
  static func neutralised(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(OutputCheck.isControl(scalar, allowing: []) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  @Test("Hostile lines piped in, in text, --echo and --json mode", arguments: [[], ["--echo"], ["--json"]])
  func pipedHostileLines(mode: [String]) throws {
    let result = try runOpsAdvisor(mode + ["--width", "80"], input: Hostile.input, timeout: .seconds(30))
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stderr.isEmpty, "\(result.stderrText)")
    #expect(OutputCheck.problems(in: result.stdout) == nil)
    let inputs = Hostile.texts
    switch mode {
    case ["--json"]:
      let (objects, failure) = OutputCheck.jsonObjects(result.stdout)
      #expect(failure == nil)
      #expect(objects.count == inputs.count)
      // Each input comes back exactly, escaped as JSON requires (invalid UTF-8 repaired).
      #expect(objects.map { $0["input"] as? String } == inputs.map { Optional($0) })
      for object in objects {
        let answer = try #require(object["answer"] as? String)
        #expect(!answer.unicodeScalars.contains { OutputCheck.isControl($0) }, "\(answer.debugDescription)")
      }
    case ["--echo"]:
      let echoed = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
      #expect(echoed == inputs.map(Self.neutralised))
    default:
      #expect(result.stdoutText.contains("Unknown command /\u{FFFD}[2j."), "\(result.stdoutText)")
      #expect(result.stdoutText.contains("Evidence:"), "/profile shows the statement's evidence")
      #expect(result.stdoutText.contains("pwned"), "the repeated words are shown, neutralised")
    }
  }

  @Test(
    "ask and ask --json with a hostile text as the question",
    // An argument cannot hold a NUL; the other texts go as they are.
    arguments: Hostile.texts.filter { !$0.contains("\u{0}") })
  func askHostile(question: String) throws {
    do {
      let text = try runOpsAdvisor(["ask", "--width", "80", question])
      #expect(text.termination == .exited(0), "\(question.debugDescription): \(text.summary)")
      #expect(!text.stdout.isEmpty)
      #expect(text.stderr.isEmpty, "\(text.stderrText)")
      #expect(OutputCheck.problems(in: text.stdout) == nil, "\(question.debugDescription)")

      let json = try runOpsAdvisor(["ask", "--json", question])
      #expect(json.termination == .exited(0), "\(json.summary)")
      #expect(OutputCheck.problems(in: json.stdout) == nil, "\(question.debugDescription)")
      let (objects, failure) = OutputCheck.jsonObjects(json.stdout)
      #expect(failure == nil)
      #expect(objects.count == 1)
      #expect(objects.first?["input"] as? String == question)
    }
  }

  @Test("Unknown commands repeat their name neutralised, in every mode", arguments: Hostile.unknownCommands)
  func unknownCommandNeutralised(command: String) throws {
    let expected = "Unknown command " + Self.neutralised(command).lowercased()
    for mode in [[], ["--echo"]] {
      let result = try runOpsAdvisor(mode, input: Array((command + "\n").utf8))
      #expect(result.termination == .exited(0), "\(result.summary)")
      #expect(OutputCheck.problems(in: result.stdout) == nil)
      #expect(result.stdoutText.contains(expected), "\(result.stdoutText.debugDescription)")
    }
    let json = try runOpsAdvisor(["--json"], input: Array((command + "\n").utf8))
    let answer = OutputCheck.jsonObjects(json.stdout).objects.first?["answer"] as? String
    #expect(answer?.hasPrefix(expected) == true, "\(answer.debugDescription)")
    #expect(OutputCheck.problems(in: json.stdout) == nil)
  }

  @Test("A 1 MB line: answered with the long-message note in every mode, within seconds", arguments: [[], ["--echo"], ["--json"]])
  func oneMegabyteLine(mode: [String]) throws {
    let unit = "what is llmops \u{1B}[2J \u{7}\u{8} "
    let line = String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1)
    let result = try runOpsAdvisor(
      mode + ["--width", "80"], input: Array((line + "\nwhat is aiops\n").utf8), timeout: .seconds(30))
    #expect(result.termination == .exited(0), "\(result.summary.prefix(2000))")
    #expect(result.stderr.isEmpty)
    #expect(OutputCheck.problems(in: result.stdout) == nil)
    if mode == ["--json"] {
      let (objects, failure) = OutputCheck.jsonObjects(result.stdout)
      #expect(failure == nil)
      #expect(objects.count == 2)
      #expect((objects.first?["input"] as? String)?.utf8.count == line.utf8.count)
      #expect((objects.first?["answer"] as? String)?.hasPrefix(Self.longNote) == true)
    } else {
      #expect(result.stdoutText.contains(Self.longNote))
      #expect(result.stdoutText.contains("wider AI operations layer"), "the next line is answered")
    }
  }

  @Test("Input over 2000 characters is cut with a note; 2000 characters are read whole")
  func overLongInputNote() throws {
    let question = "what is llmops "
    let exactly = question + String(repeating: "a", count: 2000 - question.count)
    let over = exactly + "b"
    let result = try runOpsAdvisor(["--json"], input: Array((exactly + "\n" + over + "\n").utf8))
    #expect(result.termination == .exited(0), "\(result.summary)")
    let answers = OutputCheck.jsonObjects(result.stdout).objects.compactMap { $0["answer"] as? String }
    #expect(answers.count == 2)
    #expect(answers.first?.contains("That was a long message") == false)
    #expect(answers.last?.hasPrefix(Self.longNote) == true, "\(answers.last ?? "")")

    let text = try runOpsAdvisor(["ask", over])
    #expect(text.termination == .exited(0))
    #expect(text.stdoutText.hasPrefix(Self.longNote), "\(text.stdoutText)")
  }

  @Test("100,000 piped lines finish in seconds; past 10,000 turns /save declines")
  func hundredThousandLines() throws {
    // Mostly cheap lines, hostile ones among them, and a real question every 2,000 lines.
    let cycle = [
      "/\u{1B}[2J", "", "# a comment \u{1B}]0;pwned\u{7}", "   ", "\t", "/x\u{0}y", "#", "", "  # indented", "\u{7}\u{8}",
    ]
    var lines: [String] = []
    for index in 0..<99_999 {
      lines.append(index % 2_000 == 0 ? "what is llmops" : cycle[index % cycle.count])
    }
    let directory = try TemporaryDirectory()
    lines.append("/save \(directory("too-long.transcript"))")
    let answered = lines.filter { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      return !trimmed.isEmpty && trimmed.first != "#"
    }.count
    #expect(lines.count == 100_000)

    let started = ContinuousClock.now
    let result = try runOpsAdvisor(
      ["--json"], input: Array((lines.joined(separator: "\n") + "\n").utf8), timeout: .seconds(60))
    let elapsed = ContinuousClock.now - started
    // The declined /save ends the script with status 73, said once on standard error.
    #expect(result.termination == .exited(73), "\(result.summary.prefix(2000))")
    #expect(result.stderrText == "opsadvisor: a /save command wrote nothing (the answer says why)\n")
    #expect(OutputCheck.problems(in: result.stdout) == nil)
    let (objects, failure) = OutputCheck.jsonObjects(result.stdout)
    #expect(failure == nil)
    #expect(objects.count == answered)
    #expect((objects.last?["answer"] as? String)?.contains("longer than 10000 turns") == true)
    #expect(!FileManager.default.fileExists(atPath: directory("too-long.transcript")))
    #expect(directory.contents().isEmpty)
    print("100,000 piped lines (\(answered) answered) took \(elapsed)")
  }

  @Test("Error messages repeat hostile file names and arguments neutralised")
  func hostileNamesInErrors() throws {
    let directory = try TemporaryDirectory()
    let badName = directory("\u{1B}]0;pwned\u{7}\u{1B}[2J.txt")
    let cases: [([String], Int32)] = [
      (["--script", badName], 66),
      (["--\u{1B}[2Jx"], 64),
      (["--width", "\u{1B}]0;pwned\u{7}"], 64),
      (["ask", "--intents", badName, "hi"], 65),
      (["replay", badName], 66),
      (["\u{1B}[2J"], 64),
    ]
    for (arguments, status) in cases {
      let result = try runOpsAdvisor(arguments, stdin: "hi\n")
      #expect(result.termination == .exited(status), "\(arguments.debugDescription): \(result.summary)")
      #expect(!result.stderr.isEmpty)
      #expect(OutputCheck.problems(in: result.stderr) == nil, "\(arguments.debugDescription)")
      #expect(result.stderrText.contains("\u{FFFD}"), "\(result.stderrText)")
      #expect(OutputCheck.problems(in: result.stdout) == nil)
    }
  }

  @Test("Typed on a terminal: escapes, quoted control characters, RTL, emoji, invalid bytes")
  func interactiveHostileTyping() throws {
    let directory = try TemporaryDirectory()
    let terminal = try InteractiveSessionTests.session(in: directory)
    let prompt = InteractiveSessionTests.prompt
    // Raw escape sequences are keys to readline; Ctrl-V (quoted-insert) puts the control
    // characters themselves into the line.
    let quoted = { (text: String) in
      text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{16}" + String($0) : String($0) }.joined()
    }
    // Each line and a piece of its answer (nil: any answer).
    let typed: [(keys: [UInt8], answer: String?)] = [
      (Array("/\u{1B}[2J what is aiops".utf8), nil),
      (Array(quoted("/\u{1B}[2J").utf8), "Unknown command /\u{FFFD}[2j."),
      (Array(quoted("what is \u{1B}]0;pwned\u{7} llmops\u{8}").utf8), "Source:"),
      (Array(quoted(Hostile.statement).utf8), nil),
      (Array("/profile".utf8), "Evidence:"),
      (Array("/why".utf8), "I read"),
      (Array(Hostile.rightToLeft.utf8), nil),
      (Array(Hostile.emoji.utf8), "machine learning systems"),
      (Array(Hostile.combining.utf8), nil),
      (Array(Hostile.c1.utf8), nil),
      (Array(Hostile.bidiOverride.utf8), nil),
      ([0xFF, 0xFE, 0x20] + Array("what is aiops".utf8), "wider AI operations layer"),
      (Array(Hostile.punctuation.utf8), "outside what I cover"),
    ]
    try terminal.expect(prompt)
    var answers: [String] = []
    for (keys, answer) in typed {
      let before = terminal.outputBytes.count
      try terminal.send(bytes: keys + [13])
      if let answer { try terminal.expect(answer) }
      try terminal.expect(prompt)
      answers.append(String(decoding: terminal.outputBytes.dropFirst(before), as: UTF8.self))
    }
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)

    // What the advisor printed after each line (readline's own echo and redraws excepted):
    // from the end of the typed line to the next prompt.
    for (index, chunk) in answers.enumerated() {
      guard let start = chunk.range(of: "\r\n\u{1B}[?2004l\r")?.upperBound ?? chunk.range(of: "\r\n")?.upperBound,
        let end = chunk.range(of: prompt, options: .backwards)?.lowerBound, start <= end
      else {
        Issue.record("no answer found after line \(index): \(chunk.debugDescription)")
        continue
      }
      let answer = String(chunk[start..<end]).replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\u{1B}[?2004h", with: "")
      #expect(OutputCheck.problems(in: Array(answer.utf8)) == nil, "line \(index): \(answer.debugDescription)")
    }
    #expect(!terminal.output.contains("\u{1B}]0;pwned"), "no OSC sequence reaches the terminal")
    #expect(!terminal.output.contains("\u{1B}[2J"), "no clear-screen sequence reaches the terminal")
    // History keeps only lines a terminal can show as they are: the three lines with quoted
    // control characters and the C1 and bidi-override lines stay out of the file.
    let saved = lines(of: directory("history")) ?? []
    #expect(saved.contains("/profile"))
    #expect(saved.count == typed.count - 5, "\(saved)")
    for line in saved {
      #expect(!line.unicodeScalars.contains { OutputCheck.isControl($0, allowing: []) }, "\(line.debugDescription)")
    }
  }

  @Test("A 1 MB line typed on a terminal is answered with the note, and kept out of the history file")
  func interactiveLongLine() throws {
    let directory = try TemporaryDirectory()
    let terminal = try InteractiveSessionTests.session(in: directory)
    try terminal.expect(InteractiveSessionTests.prompt)
    // Readline echoes and redraws as the line grows: this takes a few seconds.
    try terminal.send("what is llmops " + String(repeating: "x ", count: 500_000) + "\r", timeout: .seconds(40))
    try terminal.expect(Self.longNote, timeout: .seconds(40))
    try InteractiveSessionTests.ask("what is aiops", expecting: InteractiveSessionTests.aiopsDefinition, on: terminal)
    try terminal.expect(InteractiveSessionTests.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(lines(of: directory("history")) == ["what is aiops"], "lines over 4096 bytes are not written")
  }
}
