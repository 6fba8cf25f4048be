import Foundation
import Testing

/// The session without a terminal: questions on a pipe (or from --script), answers on a pipe.
@Suite("Piped session")
struct PipedSessionTests {
  static let greetingAnswer = """
    Hi! I can help you make sense of the MLOps, LLMOps and AIOps operations tracks
    and pick between them. Ask me something like "what is LLMOps?" or "which track
    should I choose?", or type /help.

    """

  static let justMLOpsAnswer = """
    LLMOps is not just MLOps under a new name. It borrows some operational ideas
    from MLOps, then adds concerns that only LLMs bring: prompt ops, token-aware
    cost and latency control, and GenAI evaluation patterns.

    Source: FAQ

    """

  static let jsonKeys: Set<String> = [
    "input", "intent", "confidence", "tracks", "factor", "answer", "source", "profile", "leaning",
    "recommendation",
  ]

  /// The JSON objects of `--json` output, one per line; records an issue for a line that is not one.
  static func jsonLines(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      if object == nil { Issue.record("not a JSON object: \(line)", sourceLocation: sourceLocation) }
      return object
    }
  }

  @Test("Two piped questions give exactly two answers, each followed by one blank line")
  func twoAnswers() throws {
    let result = try runOpsAdvisor(["--width", "80"], stdin: "hi\nis llmops just mlops?\n")
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText == Self.greetingAnswer + "\n" + Self.justMLOpsAnswer + "\n")
    #expect(!result.stdout.contains(0x1B))
    #expect(!result.stdoutText.contains("ops> "))
    #expect(result.stderr.isEmpty, "\(result.stderrText)")
  }

  @Test("Without --width the width is $COLUMNS, and else 80 on a pipe")
  func widthFromColumns() throws {
    let plain = try runOpsAdvisor([], stdin: "hi\nis llmops just mlops?\n")
    #expect(plain.stdoutText == Self.greetingAnswer + "\n" + Self.justMLOpsAnswer + "\n")
    let narrow = try runOpsAdvisor([], stdin: "is llmops just mlops?\n", environment: ["COLUMNS": "40"])
    let widest = narrow.stdoutText.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 40 && widest > 20, "\(narrow.stdoutText)")
  }

  @Test("Blank lines and # comments are skipped", arguments: [[], ["--echo"], ["--json"]])
  func skippedLines(mode: [String]) throws {
    let clean = try runOpsAdvisor(mode + ["--width", "80"], stdin: "hi\nis llmops just mlops?\n")
    let noisy = try runOpsAdvisor(
      mode + ["--width", "80"],
      stdin: "\n# what is aiops\nhi\n   \n\t\n   # what tools does aiops use\n\nis llmops just mlops?\n\n# the end")
    #expect(noisy.termination == .exited(0), "\(noisy.summary)")
    #expect(!clean.stdout.isEmpty)
    #expect(noisy.stdoutText == clean.stdoutText)
  }

  @Test("--echo prints \"> \" and the input line before each answer")
  func echo() throws {
    let result = try runOpsAdvisor(["--echo", "--width", "80"], stdin: "hi\nis llmops just mlops?\n")
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(
      result.stdoutText
        == "> hi\n" + Self.greetingAnswer + "\n" + "> is llmops just mlops?\n" + Self.justMLOpsAnswer + "\n")
  }

  @Test("--json prints one JSON object per question with exactly the documented keys")
  func json() throws {
    let questions = ["hi", "what tools does llmops use", "compare mlops and aiops", "what's the weather in Paris"]
    let result = try runOpsAdvisor(["--json"], stdin: questions.joined(separator: "\n") + "\n")
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.hasSuffix("\n"))
    let objects = Self.jsonLines(result.stdoutText)
    #expect(objects.count == questions.count, "\(result.stdoutText)")
    for object in objects {
      #expect(Set(object.keys) == Self.jsonKeys)
    }
    #expect(objects.map { $0["input"] as? String } == questions)
    #expect(objects.map { $0["intent"] as? String } == ["greeting", "tools", "comparison", "out-of-scope"])
    #expect(objects.dropFirst().first?["tracks"] as? [String] == ["llmops"])
    #expect(!result.stdout.contains(0x1B))
  }

  @Test("--script FILE reads the questions from FILE instead of standard input", arguments: [[], ["--echo"], ["--json"]])
  func script(mode: [String]) throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write("hi\n# skipped\nis llmops just mlops?\n", to: "questions.txt")
    let piped = try runOpsAdvisor(mode + ["--width", "80"], stdin: "hi\nis llmops just mlops?\n")
    let scripted = try runOpsAdvisor(
      mode + ["--width", "80", "--script", file], stdin: "what is aiops\n", home: directory)
    #expect(scripted.termination == .exited(0), "\(scripted.summary)")
    #expect(!piped.stdout.isEmpty)
    #expect(scripted.stdoutText == piped.stdoutText)
  }

  @Test("A missing --script file is an error on standard error")
  func missingScript() throws {
    let directory = try TemporaryDirectory()
    let missing = directory("no-such-questions.txt")
    let result = try runOpsAdvisor(["--script", missing], stdin: "hi\n")
    #expect(result.termination != .exited(0), "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderrText.contains(missing))
  }

  @Test("--json and --echo together are a usage error")
  func jsonWithEcho() throws {
    let result = try runOpsAdvisor(["--json", "--echo"], stdin: "hi\n")
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderrText.contains("--json and --echo cannot be combined"))
  }

  @Test(
    "goodbye and /quit end a piped session; the lines after it are counted on standard error, not answered",
    arguments: ["goodbye", "/quit"])
  func quitEndsScript(command: String) throws {
    let input = "hi\n\(command)\nwhat is llmops\n\n# a comment\nwhat is aiops\n"
    let result = try runOpsAdvisor(["--json"], stdin: input)
    #expect(result.termination == .exited(0), "\(result.summary)")
    let objects = Self.jsonLines(result.stdoutText)
    #expect(objects.map { $0["input"] as? String } == ["hi", command])
    #expect(objects.last?["intent"] as? String == "goodbye")
    #expect(
      result.stderrText == "opsadvisor: line 2 (\"\(command)\") ended the session; the 2 lines after it were not answered.\n")

    let text = try runOpsAdvisor([], stdin: "\(command)\nwhat is llmops\n")
    #expect(text.termination == .exited(0), "\(text.summary)")
    #expect(text.stdoutText.contains("Goodbye"))
    #expect(!text.stdoutText.contains("large language model"))
    #expect(text.stderrText == "opsadvisor: line 1 (\"\(command)\") ended the session; the line after it was not answered.\n")
  }

  @Test("A goodbye on the last line (blank and # lines after it aside) ends the script with no note")
  func goodbyeLastIsQuiet() throws {
    let result = try runOpsAdvisor(["--echo"], stdin: "what is llmops\nbye\n\n# the end\n")
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.contains("> bye\nGoodbye"))
    #expect(result.stderr.isEmpty, "\(result.stderrText)")
  }

  @Test("--script FILE: a goodbye in the middle stops it with the count of lines left, answers already out")
  func goodbyeInScriptFile() throws {
    let directory = try TemporaryDirectory()
    let lines = ["what is llmops", "ok bye"] + (1...500).map { "question \($0) about aiops" }
    let script = try directory.write(lines.joined(separator: "\n") + "\n", to: "questions.txt")
    let result = try runOpsAdvisor(["--script", script, "--echo"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.hasPrefix("> what is llmops\n"))
    #expect(result.stdoutText.hasSuffix("> ok bye\nGoodbye, and good luck with whichever track you pick!\n\n"))
    #expect(result.stderrText == "opsadvisor: line 2 (\"ok bye\") ended the session; the 500 lines after it were not answered.\n")
  }

  @Test("A reader that goes away ends the program quietly with status 0")
  func closedPipe() throws {
    let input = String(repeating: "what is llmops\n", count: 2000)
    let result = try runOpsAdvisor([], stdin: input, stdoutLimit: 16)
    #expect(result.stdoutText == "LLMOps is the op")
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stderr.isEmpty, "\(result.stderrText)")
  }

  @Test(
    "No escape codes when standard output is not a terminal, whatever TERM and NO_COLOR say",
    arguments: [
      ["TERM": "xterm"], ["TERM": "xterm-256color", "COLORTERM": "truecolor"], ["TERM": "xterm", "NO_COLOR": "1"],
    ])
  func noEscapeCodes(environment: [String: String]) throws {
    let questions = "hi\ncompare mlops and aiops\nwhat is llmops\n"
    for arguments in [[], ["--echo"], ["--json"], ["ask", "compare mlops and aiops"]] {
      let result = try runOpsAdvisor(arguments, stdin: questions, environment: environment)
      #expect(result.termination == .exited(0), "\(arguments): \(result.summary)")
      #expect(!result.stdout.isEmpty, "\(arguments)")
      #expect(!result.stdout.contains(0x1B), "\(arguments): \(result.stdoutText.debugDescription)")
    }
  }

  @Test("A piped session writes no history file")
  func noHistory() throws {
    let directory = try TemporaryDirectory()
    try directory.makeFolder("home")
    let result = try ProcessRunner.run(
      try OpsAdvisor.executable(), [], stdin: "what is llmops\nwhat is aiops\n",
      environment: childEnvironment(home: directory("home"), ["XDG_STATE_HOME": directory("state")]))
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(directory.contents() == ["home"])
  }
}
