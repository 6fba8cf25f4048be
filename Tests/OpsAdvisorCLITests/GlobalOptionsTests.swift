import Foundation
import Testing

/// The options every command takes (`--intents DIR`, `--width N`, `--no-color`) work before the
/// subcommand as well as after it, and are honoured in both places, not only accepted.
@Suite("Options before or after the subcommand")
struct GlobalOptionsTests {
  static let marker = "Hello from the test knowledge base."

  /// A copy of the shipped knowledge base whose greeting says `marker`, so that an answer shows
  /// which knowledge base was loaded.
  static func markedKnowledgeBase(in directory: TemporaryDirectory) throws -> String {
    let folder = directory("intents")
    try FileManager.default.copyItem(atPath: OpsAdvisor.intentsDirectory.path, toPath: folder)
    let greeting = folder + "/greeting.yaml"
    let text = try String(contentsOfFile: greeting, encoding: .utf8)
    let marked = text.replacingOccurrences(of: "Hi! I can help you", with: marker + " I can help you")
    try #require(marked != text, "the greeting's answer no longer starts with \"Hi! I can help you\"")
    try marked.write(toFile: greeting, atomically: true, encoding: .utf8)
    return folder
  }

  @Test("--intents DIR before or after each subcommand loads DIR")
  func intentsAnywhere() throws {
    let directory = try TemporaryDirectory()
    let folder = try Self.markedKnowledgeBase(in: directory)
    let invocations: [(before: [String], after: [String])] = [
      (["--intents", folder, "ask", "hi"], ["ask", "--intents", folder, "hi"]),
      (["--intents=\(folder)", "ask", "hi"], ["ask", "hi", "--intents=\(folder)"]),
      (["--intents", folder, "chat", "--json"], ["chat", "--json", "--intents", folder]),
      (["--intents", folder, "--json"], ["--json", "--intents", folder]),
    ]
    for (before, after) in invocations {
      let first = try runOpsAdvisor(before, stdin: "hi\n")
      let second = try runOpsAdvisor(after, stdin: "hi\n")
      #expect(first.termination == .exited(0), "\(before): \(first.summary)")
      #expect(first.stdoutText.contains(Self.marker), "\(before): \(first.summary)")
      #expect(first.stdout == second.stdout, "\(before) and \(after) differ:\n\(first.summary)\n\(second.summary)")
    }
    let listing = try runOpsAdvisor(["--intents", folder, "intents", "--json"])
    #expect(listing.termination == .exited(0), "\(listing.summary)")
    #expect(listing.stdout == (try runOpsAdvisor(["intents", "--json", "--intents", folder])).stdout)
  }

  @Test("--intents DIR before the subcommand reports DIR's errors as after it (65)")
  func intentsErrorAnywhere() throws {
    let directory = try TemporaryDirectory()
    let missing = directory("no-such-folder")
    for arguments in [["--intents", missing, "ask", "hi"], ["ask", "hi", "--intents", missing]] {
      let result = try runOpsAdvisor(arguments)
      #expect(result.termination == .exited(65), "\(arguments): \(result.summary)")
      #expect(result.stderrText.contains(missing), "\(arguments): \(result.summary)")
    }
  }

  @Test("A mistyped subcommand gets 'Did you mean', a question without ask gets the ask command (64)",
    arguments: [(["chekc"], "Did you mean 'check'?"), (["--width", "60", "replya"], "Did you mean 'replay'?"),
      (["hello"], "opsadvisor ask \"hello …\"")])
  func mistypedSubcommand(arguments: [String], hint: String) throws {
    let result = try runOpsAdvisor(arguments)
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stderrText.contains(hint), "\(result.summary)")
  }

  @Test("--intents with a folder that is not a knowledge base names that folder (65)")
  func intentsFolderWithoutVocabulary() throws {
    let directory = try TemporaryDirectory()
    let result = try runOpsAdvisor(["--intents", directory.path, "ask", "hi"])
    #expect(result.termination == .exited(65), "\(result.summary)")
    #expect(result.stderrText == "\(directory.path): not a knowledge-base folder: it has no vocabulary.yaml (--intents takes the folder of the intents' YAML files, such as intents)\n")
  }

  @Test("--width N before or after the subcommand wraps to N columns")
  func widthAnywhere() throws {
    let question = "is LLMOps just MLOps?"
    let narrow = try runOpsAdvisor(["--width", "30", "ask", question])
    #expect(narrow.termination == .exited(0), "\(narrow.summary)")
    let lines = narrow.stdoutText.split(separator: "\n")
    #expect(lines.count > 4 && lines.allSatisfy { $0.count <= 30 }, "\(narrow.stdoutText)")
    #expect(narrow.stdout == (try runOpsAdvisor(["ask", "--width", "30", question])).stdout)
    #expect(narrow.stdout == (try runOpsAdvisor(["ask", question, "--width=30"])).stdout)
    #expect(narrow.stdout != (try runOpsAdvisor(["ask", question])).stdout, "80 columns by default")

    let piped = try runOpsAdvisor(["--width", "30", "--echo"], stdin: question + "\n")
    #expect(piped.stdout == (try runOpsAdvisor(["chat", "--echo", "--width", "30"], stdin: question + "\n")).stdout)
    #expect(piped.stdoutText.split(separator: "\n").allSatisfy { $0.count <= 32 }, "\(piped.stdoutText)")
  }

  @Test("A bad --width before the subcommand is a usage error (64)")
  func badWidthBefore() throws {
    let result = try runOpsAdvisor(["--width", "0", "ask", "hi"])
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stderrText.contains("--width must be a positive number of columns."))
    #expect(result.stdout.isEmpty)
  }

  @Test("A negative --width is read as its value, and said not to be positive", arguments: [["ask", "--width", "-5", "hi"], ["ask", "--width=-5", "hi"]])
  func negativeWidth(arguments: [String]) throws {
    let result = try runOpsAdvisor(arguments)
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stderrText.contains("--width must be a positive number of columns."), "\(result.stderrText)")
  }

  @Test("--no-color before the subcommand turns colour off on a terminal")
  func noColorBefore() throws {
    let directory = try TemporaryDirectory()
    let variables = ["TERM": "xterm", "OPSADVISOR_HISTORY": ""]
    let coloured = try InteractiveSessionTests.session(
      in: directory, arguments: ["ask", "what is llmops"], environment: variables)
    #expect(try coloured.waitForExit() == 0)
    #expect(coloured.output.contains("\u{1B}["), "without --no-color a terminal gets colour")
    for arguments in [["--no-color", "ask", "what is llmops"], ["ask", "what is llmops", "--no-color"]] {
      let plain = try InteractiveSessionTests.session(in: directory, arguments: arguments, environment: variables)
      #expect(try plain.waitForExit() == 0)
      #expect(plain.output.contains(InteractiveSessionTests.llmopsDefinition), "\(arguments)")
      #expect(!plain.output.contains("\u{1B}"), "\(arguments): \(plain.output.debugDescription)")
    }
  }

  @Test("--help lists the options every command takes before the subcommand")
  func helpShowsGlobalOptions() throws {
    let result = try runOpsAdvisor(["--help"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.contains("USAGE: opsadvisor [--intents <DIR>] [--width <N>] [--no-color] <subcommand>"))
  }
}
