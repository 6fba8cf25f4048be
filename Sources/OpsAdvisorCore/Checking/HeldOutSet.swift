/// Phrasings kept out of the knowledge base to measure the matcher on questions it never saw.
///
/// The file format: one item per line, `LABEL<TAB>PHRASE`; `#` lines and blank lines are
/// skipped. LABEL is the intent the phrase should reach, or `lean:TRACK` for a self-description
/// whose leaning should be TRACK.
public struct HeldOutSet: Sendable {
  /// What an item is expected to produce.
  public enum Expectation: Sendable, Equatable {
    case intent(String)
    case leaning(TrackID)
  }

  public struct Item: Sendable, Equatable {
    public let expectation: Expectation
    public let phrase: String
    public let line: Int
  }

  public let items: [Item]

  /// A set of the given items.
  public init(items: [Item]) {
    self.items = items
  }

  /// Parses the held-out file; malformed lines are reported by number.
  public init(text: String) throws {
    var items: [Item] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let parts = line.split(separator: "\t", maxSplits: 1)
      guard parts.count == 2 else { throw HeldOutError(line: offset + 1, message: "expected LABEL<TAB>PHRASE") }
      items.append(Item(expectation: try Self.expectation(parts[0], line: offset + 1), phrase: String(parts[1]), line: offset + 1))
    }
    self.items = items
  }

  static func expectation(_ label: Substring, line: Int) throws -> Expectation {
    guard label.hasPrefix("lean:") else { return .intent(String(label)) }
    guard let track = TrackID(rawValue: String(label.dropFirst(5))) else {
      throw HeldOutError(line: line, message: "unknown track in '\(label)'")
    }
    return .leaning(track)
  }

  /// The items expecting an intent other than out-of-scope.
  public var inScope: [Item] { items.filter { if case .intent(let id) = $0.expectation { id != KnownIntent.outOfScope } else { false } } }
  /// The items expecting out-of-scope.
  public var outOfScope: [Item] { items.filter { $0.expectation == .intent(KnownIntent.outOfScope) } }
  /// The self-descriptions.
  public var selfDescriptions: [Item] { items.filter { if case .leaning = $0.expectation { true } else { false } } }
}

/// A malformed line of the held-out file.
public struct HeldOutError: Error, Equatable, CustomStringConvertible {
  public let line: Int
  public let message: String
  public var description: String { "line \(line): \(message)" }
}
