import Foundation
import Yams

/// A YAML node with the file it came from, read with located errors.
///
/// Every accessor throws a `KnowledgeBaseError` naming the file and the node's line.
struct YAMLValue {
  let node: Node
  let file: String

  var line: Int { node.mark?.line ?? 1 }

  /// Parses a whole file; an empty file is an empty mapping.
  static func parse(_ file: KnowledgeFile) throws -> YAMLValue {
    do {
      let node = try Yams.compose(yaml: file.text) ?? Node.mapping(Node.Mapping([]))
      return YAMLValue(node: node, file: file.name)
    } catch let error as YamlError {
      throw Self.located(error, in: file.name).clamped(toLinesOf: file.text)
    }
  }

  static func located(_ error: YamlError, in file: String) -> KnowledgeBaseError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return KnowledgeBaseError(file: file, line: mark.line, problem: .syntax(problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      return KnowledgeBaseError(file: file, line: context.mark.line, problem: .duplicateKey(key))
    case .reader, .dataCouldNotBeDecoded:
      return KnowledgeBaseError(file: file, line: 1, problem: .notUTF8)
    default:
      return KnowledgeBaseError(file: file, line: 1, problem: .syntax("\(error)"))
    }
  }

  func error(_ problem: KnowledgeBaseError.Problem, at line: Int? = nil) -> KnowledgeBaseError {
    KnowledgeBaseError(file: file, line: line ?? self.line, problem: problem)
  }

  /// The mapping's entries, after checking that every key is allowed and every required key is present.
  func mapping(
    named key: String, allowing allowed: [String], requiring required: [String]
  ) throws -> YAMLMapping {
    guard case .mapping(let mapping) = node else {
      throw error(.wrongType(key: key, expected: "a mapping of keys to values"))
    }
    var entries: [String: YAMLValue] = [:]
    for (keyNode, valueNode) in mapping {
      let name = keyNode.string ?? ""
      guard allowed.contains(name) else {
        let suggestion = EditDistance.nearest(to: name, among: allowed, maximum: 3)
        throw error(.unknownKey(name, suggestion: suggestion), at: keyNode.mark?.line)
      }
      entries[name] = YAMLValue(node: valueNode, file: file)
    }
    for name in required where entries[name] == nil {
      throw error(.missingKey(name))
    }
    return YAMLMapping(entries: entries, owner: self)
  }

  /// The node as a non-empty string.
  func string(named key: String) throws -> String {
    guard case .scalar(let scalar) = node else {
      throw error(.wrongType(key: key, expected: "text"))
    }
    let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw error(.emptyValue(key: key)) }
    return text
  }

  /// The node as a list of values; `allowEmpty` false rejects an empty list.
  func list(named key: String, allowEmpty: Bool = false) throws -> [YAMLValue] {
    guard case .sequence(let sequence) = node else {
      throw error(.wrongType(key: key, expected: "a list"))
    }
    guard allowEmpty || !sequence.isEmpty else { throw error(.emptyValue(key: key)) }
    return sequence.map { YAMLValue(node: $0, file: file) }
  }

  /// The node as a string or a list of strings.
  func strings(named key: String) throws -> [String] {
    if case .scalar = node { return [try string(named: key)] }
    return try list(named: key).map { try $0.string(named: key) }
  }

  /// The node as a number.
  func number(named key: String) throws -> Double {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string) else {
      throw error(.wrongType(key: key, expected: "a number"))
    }
    return value
  }
}

/// The checked entries of a YAML mapping.
struct YAMLMapping {
  let entries: [String: YAMLValue]
  let owner: YAMLValue

  subscript(key: String) -> YAMLValue? { entries[key] }

  /// A required entry; `mapping(named:allowing:requiring:)` already checked it is present.
  func required(_ key: String) -> YAMLValue { entries[key]! }
}
