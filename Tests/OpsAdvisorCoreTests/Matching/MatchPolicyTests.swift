@testable import OpsAdvisorCore
import Testing

@Suite struct MatchPolicyTests {
  static func result(_ scores: [(String, Double)]) -> MatchResult {
    MatchResult(ranking: scores.map { IntentScore(intent: $0.0, score: $0.1, nearestExample: 0) }, words: [])
  }

  let policy = MatchPolicy()

  @Test func answersAClearBest() {
    #expect(policy.decide(Self.result([("tools", 0.7), ("skills", 0.4)])) == .answer("tools"))
  }

  @Test func declinesBelowTheMinimumConfidence() {
    #expect(policy.decide(Self.result([("tools", 0.2)])) == .outOfScope)
    #expect(policy.decide(Self.result([])) == .outOfScope)
  }

  @Test func declinesWhenOutOfScopeWins() {
    #expect(policy.decide(Self.result([("out-of-scope", 0.9), ("tools", 0.5)])) == .outOfScope)
  }

  @Test func offersCloseIntents() {
    #expect(policy.decide(Self.result([("tools", 0.5), ("skills", 0.497)])) == .clarify(["tools", "skills"]))
  }

  @Test func neverOffersOutOfScopeAsAChoice() {
    #expect(policy.decide(Self.result([("tools", 0.5), ("out-of-scope", 0.497)])) == .answer("tools"))
  }

  @Test func answersAVeryConfidentBestEvenWhenAnotherIsClose() {
    #expect(policy.decide(Self.result([("tools", 0.9), ("skills", 0.89)])) == .answer("tools"))
  }
}
