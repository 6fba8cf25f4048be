/// Phrasings kept out of the knowledge base to measure the matcher on questions it never saw.
///
/// The file format: one item per line, `LABELS<TAB>PHRASE`, optionally followed by
/// `<TAB>SOURCE` (where the phrase was found, for sets collected from public writing); `#`
/// lines and blank lines are skipped. LABELS is one label or several separated by `|`, any of
/// which counts as right: an intent id (`out-of-scope` for a line the advisor should decline),
/// or `lean:TRACK` for a self-description whose leaning should be TRACK. An item's labels are
/// either all intents or all leanings.
public struct HeldOutSet: Sendable {
  /// What an item is expected to produce.
  public enum Expectation: Sendable, Equatable {
    /// Any of these intents is a right answer.
    case intents([IntentID])
    /// A leaning to any of these tracks is right.
    case leanings([TrackID])

    /// One intent, the only right answer.
    public static func intent(_ id: IntentID) -> Expectation { .intents([id]) }

    /// Whether answering `intent` meets the expectation.
    public func accepts(intent: IntentID) -> Bool {
      if case .intents(let ids) = self { ids.contains(intent) } else { false }
    }

    /// Whether leaning to `track` meets the expectation.
    public func accepts(leaning track: TrackID?) -> Bool {
      if case .leanings(let tracks) = self, let track { tracks.contains(track) } else { false }
    }
  }

  public struct Item: Sendable, Equatable {
    public let expectation: Expectation
    public let phrase: String
    public let line: Int
    /// Where the phrase was found, if the set records it.
    public let source: String?

    public init(expectation: Expectation, phrase: String, line: Int, source: String? = nil) {
      self.expectation = expectation
      self.phrase = phrase
      self.line = line
      self.source = source
    }
  }

  public let items: [Item]

  /// A set of the given items.
  public init(items: [Item]) {
    self.items = items
  }

  /// Parses a held-out file; malformed lines are reported by number.
  public init(text: String) throws {
    var items: [Item] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard (2...3).contains(parts.count), !parts[1].isEmpty else {
        throw HeldOutError(line: offset + 1, message: "expected LABELS<TAB>PHRASE[<TAB>SOURCE]")
      }
      items.append(Item(
        expectation: try Self.expectation(parts[0], line: offset + 1), phrase: String(parts[1]), line: offset + 1,
        source: parts.count == 3 ? String(parts[2]) : nil))
    }
    self.items = items
  }

  static func expectation(_ field: Substring, line: Int) throws -> Expectation {
    let labels = field.split(separator: "|", omittingEmptySubsequences: false)
    guard !labels.contains(where: \.isEmpty) else { throw HeldOutError(line: line, message: "empty label in '\(field)'") }
    let leanings = labels.filter { $0.hasPrefix("lean:") }
    if leanings.isEmpty { return .intents(labels.map { IntentID(String($0)) }) }
    guard leanings.count == labels.count else {
      throw HeldOutError(line: line, message: "'\(field)' mixes intents and leanings")
    }
    return .leanings(try leanings.map { label in
      guard let track = TrackID(rawValue: String(label.dropFirst(5))) else {
        throw HeldOutError(line: line, message: "unknown track in '\(label)'")
      }
      return track
    })
  }

  /// The items expecting an intent other than out-of-scope.
  public var inScope: [Item] {
    items.filter { if case .intents(let ids) = $0.expectation { ids != [KnownIntent.outOfScope] } else { false } }
  }
  /// The items expecting out-of-scope.
  public var outOfScope: [Item] { items.filter { $0.expectation == .intent(KnownIntent.outOfScope) } }
  /// The self-descriptions.
  public var selfDescriptions: [Item] { items.filter { if case .leanings = $0.expectation { true } else { false } } }
}

/// A malformed line of the held-out file.
public struct HeldOutError: Error, Equatable, CustomStringConvertible {
  public let line: Int
  public let message: String
  public var description: String { "line \(line): \(message)" }

  /// A mistake at `line` of a held-out file.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }
}
