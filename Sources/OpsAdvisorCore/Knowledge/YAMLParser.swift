import CYAML

/// A mistake found while parsing YAML text, at a 1-based line; `YAMLValue.parse` adds the file.
struct YAMLParseError: Error, Equatable {
  let line: Int
  let problem: KnowledgeBaseError.Problem
}

/// Parses YAML text into a `YAMLNode` tree with libyaml's event API.
///
/// A file holds one document. Aliases (`*name`) are rejected; anchors and tags are ignored, so
/// scalars keep the text libyaml gives.
enum YAMLParser {
  /// How deep lists and mappings may nest (knowledge-base files use five levels). Deeper input
  /// is rejected, so that comparing or freeing a tree never recurses far.
  static let maximumDepth = 256

  /// Parses `text`; an empty file, or one of only comments, is an empty mapping.
  static func parse(_ text: String) throws -> YAMLNode {
    var text = text
    return try text.withUTF8 { try parse(utf8: $0) }
  }

  /// Parses UTF-8 bytes; bytes that are not UTF-8, or control characters, throw `.notUTF8`.
  static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws -> YAMLNode {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return .emptyMapping }
    // libyaml keeps a pointer to its parser, so the parser needs a fixed address.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      throw YAMLParseError(line: 1, problem: .syntax("out of memory"))
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, start, bytes.count)
    return try document(from: parser)
  }

  /// Reads events until the stream ends and builds the document's tree from them.
  private static func document(from parser: UnsafeMutablePointer<yaml_parser_t>) throws -> YAMLNode {
    var builder = YAMLTreeBuilder()
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(parser, &event) == 1 else { throw error(of: parser) }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { return builder.root ?? .emptyMapping }
      try builder.add(event)
    }
  }

  /// The error libyaml reports: invalid text (bad UTF-8, control characters) or a syntax error
  /// at the line of its problem mark.
  private static func error(of parser: UnsafeMutablePointer<yaml_parser_t>) -> YAMLParseError {
    switch parser.pointee.error {
    case YAML_READER_ERROR:
      return YAMLParseError(line: 1, problem: .notUTF8)
    case YAML_MEMORY_ERROR:
      return YAMLParseError(line: 1, problem: .syntax("out of memory"))
    default:
      let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown error"
      return YAMLParseError(line: Int(parser.pointee.problem_mark.line) + 1, problem: .syntax(problem))
    }
  }
}

/// Builds a document's tree from libyaml's events, keeping the open lists and mappings on a
/// stack instead of recursing.
private struct YAMLTreeBuilder {
  /// A list or mapping whose end event has not come yet.
  struct OpenCollection {
    let isMapping: Bool
    let line: Int
    /// The children so far; a mapping's alternate key, value, key, value.
    var children: [YAMLNode] = []
    var keys: Set<String> = []

    /// Appends a child, checking that a mapping's key is new.
    mutating func append(_ child: YAMLNode) throws {
      if isMapping, children.count.isMultiple(of: 2), let key = child.text {
        guard keys.insert(key).inserted else {
          throw YAMLParseError(line: child.line, problem: .duplicateKey(key))
        }
      }
      children.append(child)
    }

    /// The finished node.
    var node: YAMLNode {
      guard isMapping else { return YAMLNode(content: .sequence(children), line: line) }
      let pairs = stride(from: 0, to: children.count - 1, by: 2).map {
        YAMLNode.Pair(key: children[$0], value: children[$0 + 1])
      }
      return YAMLNode(content: .mapping(pairs), line: line)
    }
  }

  private var open: [OpenCollection] = []
  private var documentCount = 0
  /// The document's top node, once it is complete.
  private(set) var root: YAMLNode?

  /// Takes one event other than the stream's end.
  mutating func add(_ event: yaml_event_t) throws {
    let line = Int(event.start_mark.line) + 1
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documentCount += 1
      guard documentCount == 1 else {
        throw YAMLParseError(line: line, problem: .syntax("expected a single document, found another"))
      }
    case YAML_ALIAS_EVENT:
      throw YAMLParseError(
        line: line, problem: .syntax("aliases (*name) are not supported in knowledge-base files"))
    case YAML_SCALAR_EVENT:
      try attach(YAMLNode(content: .scalar(Self.text(of: event)), line: line))
    case YAML_SEQUENCE_START_EVENT:
      try openCollection(isMapping: false, at: line)
    case YAML_MAPPING_START_EVENT:
      try openCollection(isMapping: true, at: line)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      try attach(open.removeLast().node)
    default:
      break  // stream start, document end
    }
  }

  /// Starts a list or mapping, unless that nests deeper than `YAMLParser.maximumDepth`.
  private mutating func openCollection(isMapping: Bool, at line: Int) throws {
    guard open.count < YAMLParser.maximumDepth else {
      throw YAMLParseError(
        line: line,
        problem: .syntax("lists and mappings nest more than \(YAMLParser.maximumDepth) levels deep"))
    }
    open.append(OpenCollection(isMapping: isMapping, line: line))
  }

  /// Puts a finished node into the innermost open list or mapping, or makes it the root.
  private mutating func attach(_ node: YAMLNode) throws {
    guard !open.isEmpty else {
      root = node
      return
    }
    try open[open.count - 1].append(node)
  }

  /// A scalar event's value, which may hold NULs, as libyaml gives it (always UTF-8).
  private static func text(of event: yaml_event_t) -> String {
    let scalar = event.data.scalar
    return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
  }
}
