/// What an answer says, before it becomes a `Reply`: its blocks and the section ids it rests on.
public struct AnswerContent: Sendable, Equatable {
  public var blocks: [Block]
  public var sourceIDs: [String]

  public init(blocks: [Block], sourceIDs: [String]) {
    self.blocks = blocks
    self.sourceIDs = sourceIDs
  }

  /// Appends another answer's content, keeping each source once.
  public mutating func append(_ other: AnswerContent) {
    blocks += other.blocks
    cite(other.sourceIDs)
  }

  /// Adds the sources not cited yet, in order.
  public mutating func cite(_ ids: [String]) {
    for id in ids where !sourceIDs.contains(id) { sourceIDs.append(id) }
  }
}
