/// The matcher's figures on a held-out set, each item asked in a fresh conversation.
public struct Evaluation: Sendable {
  /// In-scope items answered with their intent, as a share.
  public let inScopeAccuracy: Double
  /// Out-of-scope items answered as out-of-scope.
  public let outOfScopeRecall: Double
  /// In-scope items wrongly answered as out-of-scope.
  public let wronglyRejected: Double
  /// Self-descriptions whose leaning is their track.
  public let leaningAccuracy: Double
  /// The items that missed, as "label ← phrase → got".
  public let misses: [String]

  /// Asks every item of `set` of a fresh `advisor`.
  public init(_ set: HeldOutSet, advisor: Advisor) {
    var misses: [String] = []
    func intent(of item: HeldOutSet.Item) -> IntentID {
      var fresh = advisor
      fresh.reset()
      return fresh.respond(to: item.phrase).intent
    }
    let inScope = set.inScope.map { item -> (HeldOutSet.Item, IntentID) in (item, intent(of: item)) }
    for (item, got) in inScope where !item.expectation.accepts(intent: got) {
      misses.append("\(Self.label(item)) ← \(item.phrase) → \(got)")
    }
    let outOfScope = set.outOfScope.map { ($0, intent(of: $0)) }
    for (item, got) in outOfScope where got != KnownIntent.outOfScope {
      misses.append("out-of-scope ← \(item.phrase) → \(got)")
    }
    let leanings = set.selfDescriptions.map { item -> (HeldOutSet.Item, TrackID?) in
      var fresh = advisor
      fresh.reset()
      return (item, fresh.respond(to: item.phrase).leaning)
    }
    for (item, got) in leanings where !item.expectation.accepts(leaning: got) {
      misses.append("\(Self.label(item)) ← \(item.phrase) → leaning \(got?.rawValue ?? "none")")
    }
    self.inScopeAccuracy = Self.share(inScope.filter { $0.0.expectation.accepts(intent: $0.1) }.count, of: inScope.count)
    self.wronglyRejected = Self.share(inScope.filter { $0.1 == KnownIntent.outOfScope }.count, of: inScope.count)
    self.outOfScopeRecall = Self.share(outOfScope.filter { $0.1 == KnownIntent.outOfScope }.count, of: outOfScope.count)
    self.leaningAccuracy = Self.share(leanings.filter { $0.0.expectation.accepts(leaning: $0.1) }.count, of: leanings.count)
    self.misses = misses
  }

  static func share(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
  }

  static func label(_ item: HeldOutSet.Item) -> String {
    switch item.expectation {
    case .intents(let ids): ids.map(\.rawValue).joined(separator: "|")
    case .leanings(let tracks): tracks.map { "lean:\($0.rawValue)" }.joined(separator: "|")
    }
  }

  /// The figures as lines of text, percentages with one decimal.
  public var summary: [String] {
    [
      "in-scope top-1 intent: \(Self.percent(inScopeAccuracy))",
      "out-of-scope recall: \(Self.percent(outOfScopeRecall))",
      "in-scope wrongly rejected: \(Self.percent(wronglyRejected))",
      "self-description leaning correct: \(Self.percent(leaningAccuracy))",
    ]
  }

  public static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
