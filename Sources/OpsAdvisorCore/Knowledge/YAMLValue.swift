/// A YAML node with the file it came from, read with located errors.
///
/// Every accessor throws a `KnowledgeBaseError` naming the file and the node's line.
struct YAMLValue {
  let node: YAMLNode
  let file: String

  var line: Int { node.line }

  /// Parses a whole file; an empty file is an empty mapping.
  static func parse(_ file: KnowledgeFile) throws -> YAMLValue {
    do {
      return YAMLValue(node: try YAMLParser.parse(file.text), file: file.name)
    } catch let error as YAMLParseError {
      throw KnowledgeBaseError(file: file.name, line: error.line, problem: error.problem)
        .clamped(toLinesOf: file.text)
    }
  }

  func error(_ problem: KnowledgeBaseError.Problem, at line: Int? = nil) -> KnowledgeBaseError {
    KnowledgeBaseError(file: file, line: line ?? self.line, problem: problem)
  }

  /// The mapping's entries, after checking that every key is allowed and every required key is present.
  func mapping(
    named key: String, allowing allowed: [String], requiring required: [String]
  ) throws -> YAMLMapping {
    guard case .mapping(let pairs) = node.content else {
      throw error(.wrongType(key: key, expected: "a mapping of keys to values"))
    }
    var entries: [String: YAMLValue] = [:]
    for pair in pairs {
      let name = pair.key.text ?? ""
      guard allowed.contains(name) else {
        let suggestion = EditDistance.nearest(to: name, among: allowed, maximum: 3)
        throw error(.unknownKey(name, suggestion: suggestion), at: pair.key.line)
      }
      entries[name] = YAMLValue(node: pair.value, file: file)
    }
    for name in required where entries[name] == nil {
      throw error(.missingKey(name))
    }
    return YAMLMapping(entries: entries, owner: self)
  }

  /// The node as a non-empty string.
  func string(named key: String) throws -> String {
    guard case .scalar(let scalar) = node.content else {
      throw error(.wrongType(key: key, expected: "text"))
    }
    let text = scalar.trimmingWhitespace()
    guard !text.isEmpty else { throw error(.emptyValue(key: key)) }
    return text
  }

  /// The node as a list of values; `allowEmpty` false rejects an empty list.
  func list(named key: String, allowEmpty: Bool = false) throws -> [YAMLValue] {
    guard case .sequence(let sequence) = node.content else {
      throw error(.wrongType(key: key, expected: "a list"))
    }
    guard allowEmpty || !sequence.isEmpty else { throw error(.emptyValue(key: key)) }
    return sequence.map { YAMLValue(node: $0, file: file) }
  }

  /// The node as a string or a list of strings.
  func strings(named key: String) throws -> [String] {
    if case .scalar = node.content { return [try string(named: key)] }
    return try list(named: key).map { try $0.string(named: key) }
  }

  /// The node as `true` or `false`.
  func bool(named key: String) throws -> Bool {
    guard case .scalar(let scalar) = node.content, ["true", "false"].contains(scalar) else {
      throw error(.wrongType(key: key, expected: "true or false"))
    }
    return scalar == "true"
  }

  /// The node as a number.
  func number(named key: String) throws -> Double {
    guard case .scalar(let scalar) = node.content, let value = Double(scalar) else {
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
