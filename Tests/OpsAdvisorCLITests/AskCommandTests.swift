import Foundation
import Testing

/// `opsadvisor ask`, `opsadvisor intents`, `--intents`, `--help` and `--version`.
@Suite("One-shot commands")
struct AskCommandTests {
  static func jsonObject(_ result: ProcessResult) throws -> [String: Any] {
    let lines = result.stdoutText.split(separator: "\n")
    try #require(lines.count == 1, "one JSON line expected: \(result.summary)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any], "\(result.summary)")
  }

  @Test("ask answers one question: LLMOps is not just MLOps")
  func askAnswers() throws {
    let result = try runOpsAdvisor(["ask", "is LLMOps just MLOps?"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.hasPrefix("LLMOps is not just MLOps"), "\(result.stdoutText)")
    #expect(result.stderr.isEmpty)
  }

  @Test("ask: a reply that waits for a next turn says a one-shot question has none")
  func askSaysThereIsNoNextTurn() throws {
    let result = try runOpsAdvisor(["ask", "--width", "200", "which track should I choose?"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.contains("This was a single question, so there is no next turn"), "\(result.stdoutText)")
  }

  @Test("ask: a question that starts with a dash and holds a space is words, not options")
  func askTakesASpacedDashArgumentAsWords() throws {
    let result = try runOpsAdvisor(["ask", "--width", "80", "-is aiops the same as alert noise reduction"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(!result.stdoutText.contains("USAGE:"), "\(result.stdoutText)")
    #expect(result.stdoutText.contains("AIOps"), "\(result.stdoutText)")
    // A dashed word without a space is still an option, and an unknown one is a usage error.
    let unknown = try runOpsAdvisor(["ask", "-q", "what is mlops"])
    #expect(unknown.termination == .exited(64), "\(unknown.summary)")
  }

  @Test("ask joins several words into one question")
  func askJoinsWords() throws {
    let joined = try runOpsAdvisor(["ask", "--width", "80", "is", "LLMOps", "just", "MLOps?"])
    let quoted = try runOpsAdvisor(["ask", "--width", "80", "is LLMOps just MLOps?"])
    #expect(joined.termination == .exited(0))
    #expect(joined.stdoutText == quoted.stdoutText)
  }

  @Test("ask --json: the tools intent for LLMOps")
  func askJSONTools() throws {
    let object = try Self.jsonObject(try runOpsAdvisor(["ask", "--json", "what tools does llmops use"]))
    #expect(object["intent"] as? String == "tools")
    #expect(object["tracks"] as? [String] == ["llmops"])
    #expect(object["input"] as? String == "what tools does llmops use")
    #expect((object["answer"] as? String)?.contains("vLLM") == true)
  }

  @Test("ask: a comparison is a table with a header and a rule")
  func askComparisonTable() throws {
    let result = try runOpsAdvisor(["ask", "--width", "80", "compare mlops and aiops"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    let lines = result.stdoutText.components(separatedBy: "\n")
    let header = try #require(
      lines.firstIndex { $0.contains("MLOps") && $0.contains("AIOps") && $0.hasPrefix("Factor") },
      "no table header in:\n\(result.stdoutText)")
    let rule = try #require(lines.indices.contains(header + 1) ? lines[header + 1] : nil)
    #expect(rule.allSatisfy { $0 == "-" || $0 == " " } && rule.filter { $0 == "-" }.count >= 20, "\(rule)")
    #expect(rule.split(separator: " ").count == 3, "one run of dashes per column: \(rule)")
    #expect(lines.allSatisfy { $0.count <= 80 })
  }

  @Test("ask: a question outside the three tracks is out of scope")
  func askOutOfScope() throws {
    let object = try Self.jsonObject(try runOpsAdvisor(["ask", "--json", "what's the weather in Paris"]))
    #expect(object["intent"] as? String == "out-of-scope")
    #expect(object["tracks"] as? [String] == [])
  }

  @Test("ask without a question is a usage error", arguments: [["ask"], ["ask", "   "]])
  func askWithoutQuestion(arguments: [String]) throws {
    let result = try runOpsAdvisor(arguments)
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(!result.stderr.isEmpty)
  }

  @Test("ask /save is a usage error that writes nothing: one question makes no conversation")
  func askSaveWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let file = directory.path + "/x.transcript"
    let result = try runOpsAdvisor(["ask", "/save", file])
    #expect(result.termination == .exited(64), "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(String(decoding: result.stderr, as: UTF8.self).contains("/save has nothing to write"))
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  @Test("intents --json lists every intent with an id and at least 12 examples")
  func intentsJSON() throws {
    let result = try runOpsAdvisor(["intents", "--json"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [[String: Any]])
    #expect(array.count >= 12, "\(array.count) intents")
    for object in array {
      let id = object["id"] as? String
      #expect(id?.isEmpty == false, "\(object)")
      #expect((object["examples"] as? [String])?.count ?? 0 >= 12, "\(id ?? "?")")
    }
    let ids = array.compactMap { $0["id"] as? String }
    #expect(Set(ids).count == ids.count, "ids are unique")
    // Every intent file of the shipped knowledge base (a top-level `id:` line) is listed.
    #expect(ids.sorted() == (try Self.shippedIntentIDs()).sorted())
  }

  /// The ids of the shipped intent files: the value of each file's top-level `id:` line.
  static func shippedIntentIDs() throws -> [String] {
    let folder = OpsAdvisor.intentsDirectory.path
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
      .compactMap { name in
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8).components(separatedBy: "\n")
          .first { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
      }
  }

  /// A copy of the shipped knowledge base in a temporary folder.
  static func copyKnowledgeBase(into directory: TemporaryDirectory) throws -> String {
    let copy = try directory.makeFolder("intents")
    for name in try FileManager.default.contentsOfDirectory(atPath: OpsAdvisor.intentsDirectory.path)
    where name.hasSuffix(".yaml") {
      try FileManager.default.copyItem(
        atPath: OpsAdvisor.intentsDirectory.appendingPathComponent(name).path, toPath: copy + "/" + name)
    }
    return copy
  }

  @Test("--intents DIR: an intact copy of the knowledge base loads")
  func intactCopyLoads() throws {
    let directory = try TemporaryDirectory()
    let copy = try Self.copyKnowledgeBase(into: directory)
    let fromCopy = try runOpsAdvisor(["ask", "--intents", copy, "--json", "what tools does llmops use"])
    let embedded = try runOpsAdvisor(["ask", "--json", "what tools does llmops use"])
    #expect(fromCopy.termination == .exited(0), "\(fromCopy.summary)")
    #expect(fromCopy.stdoutText == embedded.stdoutText)
  }

  @Test("--intents DIR with an unknown key: status 65 and one file:line message", arguments: [
    ["ask", "--intents", "DIR", "hi"], ["intents", "--intents", "DIR"], ["chat", "--intents", "DIR"],
    ["--intents", "DIR"],
  ])
  func brokenKnowledgeBase(arguments: [String]) throws {
    let directory = try TemporaryDirectory()
    let copy = try Self.copyKnowledgeBase(into: directory)
    let file = copy + "/tools.yaml"
    var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
    let label = try #require(lines.firstIndex { $0.hasPrefix("label:") }, "tools.yaml has no label line")
    lines.insert("answer: the wrong key", at: label + 1)
    try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let badLine = label + 2  // 1-based number of the inserted line

    let result = try runOpsAdvisor(arguments.map { $0 == "DIR" ? copy : $0 }, stdin: "hi\n")
    #expect(result.termination == .exited(65), "\(result.summary)")
    #expect(result.stdout.isEmpty, "\(result.stdoutText)")
    #expect(result.stderrText == "\(copy)/tools.yaml:\(badLine): unknown key 'answer' (did you mean 'answers'?)\n")
  }

  @Test("--intents with a folder that does not exist: status 65 and a message")
  func missingKnowledgeBase() throws {
    let directory = try TemporaryDirectory()
    let missing = directory("nowhere")
    let result = try runOpsAdvisor(["ask", "--intents", missing, "hi"])
    #expect(result.termination == .exited(65), "\(result.summary)")
    #expect(result.stderrText.hasPrefix(missing + ":"), "\(result.stderrText)")
    #expect(result.stderrText.split(separator: "\n").count == 1)
  }

  @Test("check --held-out: an unknown label is an error with the nearest intent (65), a missing file says so (66)")
  func checkHeldOutMistakes() throws {
    let directory = try TemporaryDirectory()
    let set = directory("set.tsv")
    try "definitoin\twhat does mlops even mean\n".write(toFile: set, atomically: true, encoding: .utf8)
    let result = try runOpsAdvisor(["check", "--held-out", set])
    #expect(result.termination == .exited(65), "\(result.summary)")
    #expect(result.stderrText.hasPrefix("\(set):1: unknown intent 'definitoin' (did you mean 'definition'?)"))
    let missing = try runOpsAdvisor(["check", "--held-out", directory("nope.tsv")])
    #expect(missing.termination == .exited(66))
    #expect(missing.stderrText.hasSuffix("nope.tsv: no such file\n"))
  }

  @Test("--help shows examples", arguments: [[], ["ask"], ["chat"], ["intents"], ["replay"], ["check"]])
  func help(command: [String]) throws {
    let result = try runOpsAdvisor(command + ["--help"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.contains("Examples"))
    #expect(result.stdoutText.contains("USAGE: opsadvisor " + command.joined(separator: " ")))
  }

  @Test("--version prints the version")
  func version() throws {
    let result = try runOpsAdvisor(["--version"])
    #expect(result.termination == .exited(0), "\(result.summary)")
    #expect(result.stdoutText.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result.stdoutText.debugDescription)")
  }
}
