/// The stable id of an intent ("comparison", "faq.llmops-vs-mlops"): the name of its file in
/// `intents/`, and what `--json`, tests and transcripts show. The ids the code itself refers
/// to are the constants of `KnownIntent`.
public struct IntentID: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// The id spelt `rawValue`.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { rawValue = value }

  public var description: String { rawValue }

  /// Orders ids alphabetically, the order ties between intents are broken in.
  public static func < (lhs: IntentID, rhs: IntentID) -> Bool { lhs.rawValue < rhs.rawValue }
}
