import Foundation
@testable import OpsAdvisorCore
import Testing

/// The libyaml-based parser: the tree it builds, the lines it gives and the input it rejects.
@Suite struct YAMLParserTests {
  static func scalar(_ text: String, _ line: Int) -> YAMLNode { YAMLNode(content: .scalar(text), line: line) }

  static func sequence(_ items: [YAMLNode], _ line: Int) -> YAMLNode { YAMLNode(content: .sequence(items), line: line) }

  static func mapping(_ pairs: [(YAMLNode, YAMLNode)], _ line: Int) -> YAMLNode {
    YAMLNode(content: .mapping(pairs.map { YAMLNode.Pair(key: $0.0, value: $0.1) }), line: line)
  }

  /// The error parsing `text` throws, or nil when it parses.
  static func error(parsing text: String) -> YAMLParseError? {
    do {
      _ = try YAMLParser.parse(text)
      return nil
    } catch {
      return error as? YAMLParseError
    }
  }

  /// The value of `key` in the top mapping of `text`.
  static func value(_ key: String, in text: String) throws -> YAMLNode? {
    guard case .mapping(let pairs) = try YAMLParser.parse(text).content else { return nil }
    return pairs.first { $0.key.text == key }?.value
  }

  @Test func blockCollections() throws {
    let node = try YAMLParser.parse("id: tools\nexamples:\n  - which tools\n  - what stack\n")
    #expect(node == Self.mapping([
      (Self.scalar("id", 1), Self.scalar("tools", 1)),
      (Self.scalar("examples", 2), Self.sequence([Self.scalar("which tools", 3), Self.scalar("what stack", 4)], 3)),
    ], 1))
  }

  @Test func flowCollections() throws {
    let node = try YAMLParser.parse("a: [x, y]\nb: {c: d, e: []}\n")
    #expect(node == Self.mapping([
      (Self.scalar("a", 1), Self.sequence([Self.scalar("x", 1), Self.scalar("y", 1)], 1)),
      (Self.scalar("b", 2), Self.mapping([
        (Self.scalar("c", 2), Self.scalar("d", 2)), (Self.scalar("e", 2), Self.sequence([], 2)),
      ], 2)),
    ], 1))
  }

  @Test func mappingsKeepTheFileOrder() throws {
    guard case .mapping(let pairs) = try YAMLParser.parse("z: 1\na: 2\nm: 3\n").content else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.map(\.key.text) == ["z", "a", "m"])
  }

  @Test func quotedScalars() throws {
    let text = "single: 'it''s # not a comment'\ndouble: \"tab\\there \\\"q\\\" \\u00e9\"\nnul: \"a\\0b\"\n"
    #expect(try Self.value("single", in: text)?.text == "it's # not a comment")
    #expect(try Self.value("double", in: text)?.text == "tab\there \"q\" é")
    #expect(try Self.value("nul", in: text)?.text == "a\0b")
  }

  @Test func blockScalars() throws {
    let text = "literal: |\n  one\n  two\n\n  three\nfolded: >\n  one\n  two\n\n  three\nstrip: |-\n  last\n"
    #expect(try Self.value("literal", in: text)?.text == "one\ntwo\n\nthree\n")
    #expect(try Self.value("folded", in: text)?.text == "one two\nthree\n")
    #expect(try Self.value("strip", in: text)?.text == "last")
  }

  @Test func plainScalarsAreTextAsWrittenAndFoldAcrossLines() throws {
    let text = "weight: 1.50\nflag: yes\nempty:\nlong: first\n  second\ntagged: !!int &anchor 7\n"
    #expect(try Self.value("weight", in: text)?.text == "1.50")
    #expect(try Self.value("flag", in: text)?.text == "yes")
    #expect(try Self.value("empty", in: text)?.text == "")
    #expect(try Self.value("long", in: text)?.text == "first second")
    #expect(try Self.value("tagged", in: text)?.text == "7")
  }

  @Test func lineNumbersAreOneBasedAndCountCommentsAndBlankLines() throws {
    let text = "# comment\n\nanswers:\n  - track: mlops\n    text: |\n      body\n  - track: aiops\n"
    let answers = try Self.value("answers", in: text)
    #expect(answers?.line == 4)
    guard case .sequence(let items) = answers?.content else {
      Issue.record("answers is not a list")
      return
    }
    #expect(items.map(\.line) == [4, 7])
    #expect(try YAMLParser.parse(text).line == 3)
    #expect(try YAMLParser.parse("a: 1\r\nb: 2\r\n") == Self.mapping([
      (Self.scalar("a", 1), Self.scalar("1", 1)), (Self.scalar("b", 2), Self.scalar("2", 2)),
    ], 1))
  }

  @Test(arguments: ["", "# only a comment\n", "\n\n  # indented comment\n"])
  func emptyFileIsAnEmptyMapping(text: String) throws {
    #expect(try YAMLParser.parse(text) == .emptyMapping)
  }

  @Test func documentOfOneScalarIsThatScalar() throws {
    #expect(try YAMLParser.parse("just text\n") == Self.scalar("just text", 1))
  }

  @Test func syntaxErrorHasLibyamlsProblemAndLine() {
    let error = Self.error(parsing: "id: tools\nlabel: [the tools\nexamples: []\n")
    guard case .syntax(let problem) = error?.problem else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(problem == "did not find expected ',' or ']'")
    #expect(error?.line == 3)
  }

  @Test func duplicateKeyIsReportedAtItsSecondLine() {
    #expect(Self.error(parsing: "id: a\nlabel: b\nid: c\n") == YAMLParseError(line: 3, problem: .duplicateKey("id")))
    let nested = "answers:\n  - text: a\n    track: mlops\n    text: b\n"
    #expect(Self.error(parsing: nested) == YAMLParseError(line: 4, problem: .duplicateKey("text")))
    #expect(Self.error(parsing: "a: 1\n'a': 2\n") == YAMLParseError(line: 2, problem: .duplicateKey("a")))
  }

  @Test func sameKeyInDifferentMappingsIsAllowed() {
    #expect(Self.error(parsing: "- text: a\n- text: b\n") == nil)
  }

  @Test func aliasIsRejected() {
    let error = Self.error(parsing: "a: &shared x\nb: *shared\n")
    #expect(error == YAMLParseError(
      line: 2, problem: .syntax("aliases (*name) are not supported in knowledge-base files")))
  }

  @Test func anchorsAndTagsAreIgnored() throws {
    #expect(try YAMLParser.parse("a: &x !custom [1]\n") == Self.mapping([
      (Self.scalar("a", 1), Self.sequence([Self.scalar("1", 1)], 1)),
    ], 1))
  }

  @Test func secondDocumentIsRejected() {
    #expect(Self.error(parsing: "a: 1\n---\nb: 2\n") == YAMLParseError(
      line: 2, problem: .syntax("expected a single document, found another")))
    #expect(Self.error(parsing: "---\na: 1\n...\n") == nil)
  }

  @Test func invalidUTF8IsNotUTF8() throws {
    for bytes: [UInt8] in [[0x61, 0x3A, 0x20, 0xFF, 0x0A], [0x61, 0x3A, 0x20, 0xC3], [0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80]] {
      #expect(throws: YAMLParseError(line: 1, problem: .notUTF8)) {
        try bytes.withUnsafeBufferPointer { try YAMLParser.parse(utf8: $0) }
      }
    }
  }

  @Test func controlCharactersAreNotUTF8Text() {
    #expect(Self.error(parsing: "a: b\u{1}\n") == YAMLParseError(line: 1, problem: .notUTF8))
    #expect(Self.error(parsing: "a: b\0\n") == YAMLParseError(line: 1, problem: .notUTF8))
  }

  @Test func nestingUpToTheLimitParses() throws {
    let depth = YAMLParser.maximumDepth
    var node = try YAMLParser.parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
    var levels = 1
    while case .sequence(let items) = node.content, let inner = items.first {
      node = inner
      levels += 1
    }
    #expect(levels == depth)
  }

  @Test(arguments: [
    String(repeating: "[", count: 100_000),
    String(repeating: "{a: ", count: 50_000),
    (0..<2_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined(),
    String(repeating: "- ", count: 20_000) + "x\n",
  ])
  func deepNestingIsASyntaxErrorNotACrash(text: String) {
    let error = Self.error(parsing: text)
    #expect(error?.problem == .syntax("lists and mappings nest more than \(YAMLParser.maximumDepth) levels deep"))
  }
}

/// The stdlib replacements for Foundation's trimming and splitting give Foundation's results.
@Suite struct KnowledgeTextTests {
  static let samples = [
    "", " ", "plain", "  both ends \t", "\n\r\n lines \n", "\u{A0}nbsp\u{3000}", "in  side", "\u{2028}x\u{85}",
    "a\n\nb", "a\n\n\nb", "a\n\n\n\nb", "\n\na\n\n", "x\r\n\ny", "\r\n\r\n", " \u{301}x", "x \u{301}", "\n\u{301}x\n", "é\n\ń",
  ]

  @Test func trimmingWhitespaceIsFoundationsWhitespacesAndNewlines() {
    for sample in Self.samples {
      #expect(sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
    }
  }

  @Test func piecesAreFoundationsComponents() {
    for sample in Self.samples {
      #expect(sample.pieces(separatedBy: "\n\n").map(String.init) == sample.components(separatedBy: "\n\n"), "\(sample.debugDescription)")
    }
  }
}
