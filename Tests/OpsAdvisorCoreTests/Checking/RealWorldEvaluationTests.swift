import Foundation
@testable import OpsAdvisorCore
import Testing

/// The advisor measured on lines real people wrote in public, which nobody here wrote or tuned
/// on: the frozen `test` split holds the thresholds; the `dev` split is what matching is tuned on.
@Suite struct RealWorldEvaluationTests {
  static func load(_ name: String) -> HeldOutSet {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("RealWorld/\(name)")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return (try? HeldOutSet(text: text)) ?? HeldOutSet(items: [])
  }

  static let dev = load("real-world-dev.tsv")
  static let test = load("real-world-test.tsv")

  @Test func theSetIsLargeEnoughAndEveryLineHasItsSource() {
    let items = Self.dev.items + Self.test.items
    #expect(Self.dev.inScope.count + Self.test.inScope.count >= 250)
    #expect(Self.dev.selfDescriptions.count + Self.test.selfDescriptions.count >= 80)
    #expect(Self.dev.outOfScope.count + Self.test.outOfScope.count >= 80)
    #expect(items.allSatisfy { $0.source?.hasPrefix("http") == true })
  }

  @Test func theTwoSplitsShareNoLine() {
    let dev = Set(Self.dev.items.map { TextNormalizer.normalize($0.phrase) })
    #expect(Self.test.items.allSatisfy { !dev.contains(TextNormalizer.normalize($0.phrase)) })
  }

  @Test func noTestLineIsAnExampleOrANearCopyOfOne() {
    let report = KnowledgeBaseChecker(advisor: Fixtures.advisor())
      .check(heldOut: [.init(file: "real-world-test.tsv", set: Self.test)])
    #expect(report.errors.filter { $0.file == "real-world-test.tsv" }.isEmpty, "\(report.errors.map(\.description))")
  }

  @Test func devFigures() {
    Self.report(Self.dev, name: "dev", showingMisses: true)
  }

  @Test func testMeetsTheThresholds() {
    let evaluation = Self.report(Self.test, name: "test", showingMisses: false)
    #expect(evaluation.wronglyRejected <= 0.05)
    #expect(evaluation.outOfScopeRecall >= 0.90)
    #expect(evaluation.leaningAccuracy >= 0.85)
    // Not met yet (74.4% when this was written): the issue stays open until it is. The floor
    // keeps what has been reached; the known issue fails the test as soon as 85% is reached,
    // so that this wrapper is removed then.
    #expect(evaluation.inScopeAccuracy >= Self.inScopeFloor)
    withKnownIssue("in-scope top-1 on the frozen test split is below the 85% the understanding issue asks for") {
      #expect(evaluation.inScopeAccuracy >= 0.85)
    }
  }

  /// The in-scope top-1 accuracy on the test split reached so far, which must not fall.
  static let inScopeFloor = 0.74

  /// Measures one split and prints its figures, and its misses if asked: only the dev split's
  /// misses are shown, so that nobody tunes on the test split.
  @discardableResult
  static func report(_ set: HeldOutSet, name: String, showingMisses: Bool) -> Evaluation {
    let evaluation = Evaluation(set, advisor: Fixtures.advisor())
    print("Real-world \(name) (\(set.items.count) items):")
    for line in evaluation.summary { print("  " + line) }
    for miss in evaluation.misses where showingMisses { print("  miss: " + miss) }
    return evaluation
  }
}
