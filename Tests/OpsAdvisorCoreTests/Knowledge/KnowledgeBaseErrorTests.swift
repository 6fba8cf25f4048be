@testable import OpsAdvisorCore
import Testing

/// Every kind of knowledge-base mistake is reported as `file:line: message`, and nothing loads.
@Suite struct KnowledgeBaseErrorTests {
  /// The line number of the first line of `text` containing `needle`.
  static func line(of needle: String, in name: String) -> Int {
    let text = Fixtures.files.first { $0.name == "intents/\(name)" }!.text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.firstIndex { $0.contains(needle) }! + 1
  }

  static func error(loading files: [KnowledgeFile]) -> String? {
    do {
      _ = try KnowledgeBase(files: files)
      return nil
    } catch {
      return "\(error)"
    }
  }

  static func error(in name: String, editing edit: (String) -> String) -> String? {
    error(loading: Fixtures.files(replacing: name, with: edit))
  }

  @Test func shippedKnowledgeBaseLoads() {
    #expect(Self.error(loading: Fixtures.files) == nil)
  }

  @Test func syntaxError() {
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "label: the tools", with: "label: [the tools") }
    #expect(message?.hasPrefix("intents/tools.yaml:") == true)
    #expect(message?.contains("YAML syntax error") == true)
  }

  @Test func aSyntaxErrorAtTheEndOfAFileWithoutANewlineIsOnItsLastLine() {
    let message = Self.error(in: "tools.yaml") { _ in "id: tools\nlabel: [" }
    #expect(message?.hasPrefix("intents/tools.yaml:2: YAML syntax error") == true, "\(message ?? "")")
  }

  @Test func unknownKeySuggestsTheNearest() {
    let line = Self.line(of: "label:", in: "tools.yaml")
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "label:", with: "lable:") }
    #expect(message == "intents/tools.yaml:\(line): unknown key 'lable' (did you mean 'label'?)")
  }

  @Test func wrongType() {
    let message = Self.error(in: "tools.yaml") {
      $0.replacingOccurrences(of: "label: the tools each track uses", with: "label: [the, tools]")
    }
    #expect(message == "intents/tools.yaml:2: 'label' must be text")
  }

  @Test func duplicateIntentID() {
    var files = Fixtures.files
    let tools = files.first { $0.name == "intents/tools.yaml" }!
    files.append(KnowledgeFile(name: "other/tools.yaml", text: tools.text))
    #expect(Self.error(loading: files) == "other/tools.yaml:1: intent id 'tools' is already defined in intents/tools.yaml")
  }

  @Test func idMustMatchTheFileName() {
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "id: tools", with: "id: toolz") }
    #expect(message == "intents/tools.yaml:1: intent id 'toolz' does not match the file name (expected 'tools')")
  }

  @Test func missingSource() {
    let line = Self.line(of: "- track: mlops", in: "tools.yaml")
    let message = Self.error(in: "tools.yaml") { text in
      var removed = false
      return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
        if !removed, line.hasPrefix("    source: tools") { removed = true; return false }
        return true
      }.joined(separator: "\n")
    }
    #expect(message == "intents/tools.yaml:\(line): missing required key 'source'")
  }

  @Test func unknownSource() {
    let line = Self.line(of: "source: tools", in: "tools.yaml")
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "source: tools", with: "source: toolbox") }
    #expect(message == "intents/tools.yaml:\(line): unknown source 'toolbox': name a section listed in vocabulary.yaml")
  }

  @Test func unknownTrack() {
    let line = Self.line(of: "- track: mlops", in: "tools.yaml")
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "- track: mlops", with: "- track: devops") }
    #expect(message == "intents/tools.yaml:\(line): unknown track 'devops' (known: mlops, llmops, aiops)")
  }

  @Test func unknownFactor() {
    let line = Self.line(of: "factor: career", in: "comparison.yaml")
    let message = Self.error(in: "comparison.yaml") { $0.replacingOccurrences(of: "factor: career", with: "factor: salary") }
    #expect(message == "intents/comparison.yaml:\(line): unknown factor 'salary' (known: system-type, focus, best-for, tools, project-style, career)")
  }

  @Test func emptyExamples() {
    let message = Self.error(in: "thanks.yaml") { text in
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let kept = lines.filter { !$0.hasPrefix("  - ") || lines.firstIndex(of: "answers:")! < lines.firstIndex(of: $0)! }
      return kept.joined(separator: "\n").replacingOccurrences(of: "examples:\n", with: "examples: []\n")
    }
    #expect(message == "intents/thanks.yaml:\(Self.line(of: "examples:", in: "thanks.yaml")): 'examples' must not be empty")
  }

  @Test func duplicateKey() {
    let message = Self.error(in: "tools.yaml") { $0.replacingOccurrences(of: "label:", with: "id: again\nlabel:") }
    #expect(message?.contains("key 'id' appears more than once") == true)
  }

  @Test func missingVocabulary() {
    let files = Fixtures.files.filter { !$0.name.hasSuffix("vocabulary.yaml") }
    #expect(Self.error(loading: files) == "intents:1: the knowledge base has no vocabulary.yaml")
  }

  @Test func signalWeightOutOfRange() {
    let message = Self.error(in: "signals.yaml") { text in
      text.replacingOccurrences(of: "weight: 1\n", with: "weight: 9\n")
    }
    #expect(message?.contains("weight 9.0 is outside 1 to 3") == true)
  }
}

/// The vocabulary's `meanings:`, read from YAML and from the embedded image alike.
@Suite struct VocabularyMeaningsTests {
  @Test func meaningsMustBeAMappingOfTermsToTexts() {
    let message = KnowledgeBaseErrorTests.error(in: "vocabulary.yaml") { text in
      // `meanings:` is the file's last key: a list in its place.
      String(text[..<text.range(of: "\nmeanings:\n")!.lowerBound]) + "\nmeanings: [drift]\n"
    }
    #expect(message?.contains("'meanings' must be a mapping of terms to what they mean") == true)
  }

  @Test func theImageKeepsEveryMeaning() throws {
    let loaded = try KnowledgeBase(files: Fixtures.files).vocabulary.meanings
    #expect(loaded.count >= 30)
    #expect(Fixtures.freshAdvisor.knowledgeBase.vocabulary.meanings == loaded)
  }
}
