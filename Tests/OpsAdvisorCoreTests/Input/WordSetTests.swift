@testable import OpsAdvisorCore
import Testing

/// `WordSet`, checked against `Set<String>` as the oracle.
@Suite struct WordSetTests {
  /// Words of every length class, a shared first byte, non-ASCII and the empty word.
  static let members = [
    "a", "i", "is", "it", "its", "tools", "toolkit", "observability", "internationalization", "internationalisation",
    "", "café", "naïve", "日本", "kubernetes", "k8s", "mlops", "llmops", "aiops",
  ]

  /// Words that share a bucket with a member, or differ by one byte, or only by case.
  static let strangers = [
    "b", "in", "at", "tool", "toolz", "observabilitx", "internationalizatio", "cafe", "naive", "日", "Kubernetes",
    "kubernetez", "k9s", "mlop", "aiopss", " ", "Is",
  ]

  @Test(arguments: members + strangers)
  func containsWhatASetContains(word: String) {
    #expect(WordSet(Self.members).contains(word) == Set(Self.members).contains(word))
  }

  @Test func repeatsAreDroppedAndEveryWordIsIterated() {
    let set: WordSet = ["mlops", "tools", "mlops", "a", "tools"]
    #expect(set.count == 3)
    #expect(Set(set) == ["mlops", "tools", "a"])
  }

  @Test func aBucketKeepsTheOrderFirstGiven() {
    // "tool" and "tidy" share a length and a first byte.
    #expect(Array(WordSet(["tool", "tidy"])) == ["tool", "tidy"])
    #expect(Array(WordSet(["tidy", "tool"])) == ["tidy", "tool"])
  }

  @Test func unionAndSubtractingAgreeWithSet() {
    let (left, right): (WordSet, WordSet) = (["own", "owns", "handle"], ["handle", "deal"])
    #expect(Set(left.union(right)) == Set(["own", "owns", "handle"]).union(["handle", "deal"]))
    #expect(Set(left.subtracting(right)) == ["own", "owns"])
    #expect(!left.subtracting(right).contains("handle"))
  }

  @Test func theEmptySetHoldsNothing() {
    let empty: WordSet = []
    #expect(!empty.contains("") && !empty.contains("a") && empty.count == 0)
  }
}
