import Foundation
@testable import OpsAdvisorCore
import Testing

/// The matcher measured on phrasings it was never shown, with the thresholds it must hold.
@Suite struct HeldOutEvaluationTests {
  static let set: HeldOutSet = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("HeldOut/held-out.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return (try? HeldOutSet(text: text)) ?? (try! HeldOutSet(text: ""))
  }()

  @Test func theSetIsLargeEnough() {
    #expect(Self.set.items.count >= 250)
    #expect(Self.set.outOfScope.count >= 60)
    #expect(Self.set.selfDescriptions.count >= 30)
  }

  @Test func meetsTheThresholds() {
    let evaluation = Evaluation(Self.set, advisor: Fixtures.advisor())
    print("Held-out evaluation (\(Self.set.items.count) items):")
    for line in evaluation.summary { print("  " + line) }
    for miss in evaluation.misses { print("  miss: " + miss) }
    #expect(evaluation.inScopeAccuracy >= 0.95)
    #expect(evaluation.outOfScopeRecall >= 0.90)
    #expect(evaluation.wronglyRejected <= 0.03)
    #expect(evaluation.leaningAccuracy >= 0.90)
  }

  @Test func typosKeepTopOneAccuracy() {
    let items = Self.set.inScope.enumerated().map { offset, item in
      HeldOutSet.Item(expectation: item.expectation, phrase: TypoPerturbation.perturb(item.phrase, variant: offset), line: item.line)
    }
    let perturbed = HeldOutSet(items: items)
    let evaluation = Evaluation(perturbed, advisor: Fixtures.advisor())
    print("Typo robustness: in-scope top-1 with one typo per item: \(Evaluation.percent(evaluation.inScopeAccuracy))")
    #expect(evaluation.inScopeAccuracy >= 0.90)
  }
}

@Suite struct TypoPerturbationTests {
  @Test(arguments: [
    ("what tools does llmops use", 0, "what tools does llmps use"),
    ("what tools does llmops use", 1, "what tools does llmoops use"),
    ("what tools does llmops use", 2, "what tools does llmpos use"),
    ("hi", 0, "hi"),
  ])
  func perturbsTheLongestContentWord(phrase: String, variant: Int, expected: String) {
    #expect(TypoPerturbation.perturb(phrase, variant: variant) == expected)
  }
}
