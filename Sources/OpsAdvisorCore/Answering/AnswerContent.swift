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
    for id in other.sourceIDs where !sourceIDs.contains(id) { sourceIDs.append(id) }
  }
}
