/// A node of a parsed YAML document: text, a list or a mapping, with the line it starts on.
struct YAMLNode: Equatable, Sendable {
  /// What a node holds.
  enum Content: Equatable, Sendable {
    /// Text as written: anchors and tags are dropped, and nothing is converted to a number.
    case scalar(String)
    case sequence([YAMLNode])
    /// The key-value pairs in the order of the file.
    case mapping([Pair])
  }

  /// One entry of a mapping.
  struct Pair: Equatable, Sendable {
    let key: YAMLNode
    let value: YAMLNode
  }

  let content: Content
  /// The 1-based line the node starts on.
  let line: Int

  /// The text of a scalar; nil for a list or a mapping.
  var text: String? {
    if case .scalar(let text) = content { return text }
    return nil
  }

  /// The mapping of an empty file.
  static let emptyMapping = YAMLNode(content: .mapping([]), line: 1)
}
