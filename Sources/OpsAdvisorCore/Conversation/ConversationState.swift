/// What the advisor remembers between turns. A plain value: `Advisor` is its only writer.
public struct ConversationState: Sendable, Equatable {
  /// The number of turns answered so far.
  public var turn = 0
  /// The tracks the conversation is about, in the order named.
  public var focusTracks: [TrackID] = []
  /// The comparison factor in focus.
  public var focusFactor: FactorID?
  /// The intent of the last answered turn.
  public var lastIntent: String?
  /// The choices of a numbered "did you mean" question awaiting a bare number.
  public var pendingChoices: [String] = []
  /// The input that led to `pendingChoices`, whose slots the chosen intent keeps.
  public var pendingInput: ParsedInput?
  /// What the person has said about their work, per track.
  public var profile = Profile()
  /// The explanation of the last answer, for `/why`.
  public var lastExplanation: Explanation?

  /// A fresh conversation.
  public init() {}
}
