/// One knowledge-base file as the edge hands it to the core: a display name and its text.
public struct KnowledgeFile: Sendable, Hashable {
  /// The name used in messages, such as `intents/tools.yaml`.
  public let name: String
  /// The file's UTF-8 text.
  public let text: String

  /// Creates a file from its name and text.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// The name without folders and extension: `intents/tools.yaml` → `tools`.
  public var baseName: String {
    let last = name.split(separator: "/").last.map(String.init) ?? name
    return last.hasSuffix(".yaml") ? String(last.dropLast(5)) : last
  }
}
