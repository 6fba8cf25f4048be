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
  /// The second collection (2026-12-04), split the same way before anything was tuned on it.
  static let secondDev = load("real-world-2-dev.tsv")
  static let secondTest = load("real-world-2-test.tsv")
  /// The third collection (2026-12-04), split the same way before anything was tuned on it.
  static let thirdDev = load("real-world-3-dev.tsv")
  static let thirdTest = load("real-world-3-test.tsv")

  static var devSplits: [HeldOutSet] { [dev, secondDev, thirdDev] }
  static var testSplits: [(file: String, set: HeldOutSet)] {
    [("real-world-test.tsv", test), ("real-world-2-test.tsv", secondTest), ("real-world-3-test.tsv", thirdTest)]
  }

  @Test func theSetIsLargeEnoughAndEveryLineHasItsSource() {
    #expect(Self.dev.inScope.count + Self.test.inScope.count >= 250)
    #expect(Self.dev.selfDescriptions.count + Self.test.selfDescriptions.count >= 80)
    #expect(Self.dev.outOfScope.count + Self.test.outOfScope.count >= 80)
    #expect(Self.secondDev.items.count + Self.secondTest.items.count >= 300)
    #expect(Self.thirdDev.items.count + Self.thirdTest.items.count >= 250)
    let items = Self.devSplits.flatMap(\.items) + Self.testSplits.flatMap(\.set.items)
    #expect(items.allSatisfy { $0.source?.hasPrefix("http") == true })
  }

  @Test func noDevLineIsInATestSplit() {
    let dev = Set(Self.devSplits.flatMap(\.items).map { TextNormalizer.normalize($0.phrase) })
    #expect(Self.testSplits.flatMap(\.set.items).allSatisfy { !dev.contains(TextNormalizer.normalize($0.phrase)) })
  }

  @Test(arguments: testSplits.map(\.file)) func noTestLineIsAnExampleOrANearCopyOfOne(file: String) {
    let set = Self.testSplits.first { $0.file == file }!.set
    let report = KnowledgeBaseChecker(advisor: Fixtures.advisor()).check(heldOut: [.init(file: file, set: set)])
    #expect(report.errors.filter { $0.file == file }.isEmpty, "\(report.errors.map(\.description))")
  }

  @Test func devFigures() {
    Self.report(Self.dev, name: "dev", showingMisses: true)
    Self.report(Self.secondDev, name: "second collection, dev", showingMisses: true)
    Self.report(Self.thirdDev, name: "third collection, dev", showingMisses: true)
  }

  @Test func testMeetsTheThresholds() {
    let evaluation = Self.report(Self.test, name: "test", showingMisses: false)
    #expect(evaluation.wronglyRejected <= 0.05)
    #expect(evaluation.outOfScopeRecall >= 0.90)
    #expect(evaluation.leaningAccuracy >= 0.85)
    // Not met yet (80.8% when this was written): the issue stays open until it is. The floor
    // keeps what has been reached; the known issue fails the test as soon as 85% is reached,
    // so that this wrapper is removed then.
    #expect(evaluation.inScopeAccuracy >= Self.inScopeFloor)
    withKnownIssue("in-scope top-1 on the frozen test split is below the 85% the understanding issue asks for") {
      #expect(evaluation.inScopeAccuracy >= 0.85)
    }
  }

  /// The in-scope top-1 accuracy on the test split reached so far, which must not fall.
  static let inScopeFloor = 0.807

  /// What has been reached on a later collection's test split, which must not get worse.
  struct Floor: Sendable {
    let file: String
    let inScope: Double
    let wronglyRejected: Double
    let outOfScope: Double
    let leaning: Double
  }

  /// The later collections' test splits, each first measured before anything was tuned on its
  /// dev split: the second at 62.0% in scope, 5.4% declined, 81.3% and 67.7% (66.3% in scope
  /// and 84.4% out of scope since); the third at 60.3%, 1.5%, 84.8% and 71.4% (67.6% in scope,
  /// 90.9% out of scope and 75.0% leaning since).
  static let laterTestFloors = [
    Floor(file: "real-world-2-test.tsv", inScope: 0.66, wronglyRejected: 0.055, outOfScope: 0.84, leaning: 0.67),
    Floor(file: "real-world-3-test.tsv", inScope: 0.69, wronglyRejected: 0.02, outOfScope: 0.90, leaning: 0.75),
  ]

  /// A later collection's test split keeps what was reached; the issue's thresholds, not met
  /// there yet, are known issues that fail once they are met.
  @Test(arguments: laterTestFloors.map(\.file)) func laterTestSplitKeepsWhatWasReached(file: String) {
    let floor = Self.laterTestFloors.first { $0.file == file }!
    let set = Self.testSplits.first { $0.file == file }!.set
    let evaluation = Self.report(set, name: file, showingMisses: false)
    #expect(evaluation.inScopeAccuracy >= floor.inScope)
    #expect(evaluation.wronglyRejected <= floor.wronglyRejected)
    #expect(evaluation.outOfScopeRecall >= floor.outOfScope)
    #expect(evaluation.leaningAccuracy >= floor.leaning)
    withKnownIssue("\(file) is below the understanding issue's thresholds") {
      #expect(evaluation.inScopeAccuracy >= 0.85)
      #expect(evaluation.wronglyRejected <= 0.05)
      #expect(evaluation.outOfScopeRecall >= 0.90)
      #expect(evaluation.leaningAccuracy >= 0.85)
    }
  }

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
