@testable import OpsAdvisorCore
import OpsAdvisorKnowledgeBase
import Testing

/// Ranking intent by intent, best bound first, gives exactly the top of the exhaustive ranking.
@Suite struct RankingTests {
  /// Every example, held-out phrase and a typo'd variant of each, as the matcher reads them.
  static let inputs: [[String]] = {
    let advisor = Fixtures.advisor()
    let examples = advisor.knowledgeBase.intents.flatMap(\.examples)
    let heldOut = HeldOutEvaluationTests.set.items.map(\.phrase)
    let typos = (examples + heldOut).enumerated().map { TypoPerturbation.perturb($1, variant: $0) }
    return (examples + heldOut + typos + ["", "zzz qqq", "mlops", "the the the"]).map { advisor.parser.parse($0).words }
  }()

  static func expectSameTop(_ index: IntentIndex, _ words: [String], excluding excluded: Int? = nil) -> Bool {
    let fast = index.rank(words, excludingExample: excluded)
    let full = index.rankExhaustively(words, excludingExample: excluded)
    return fast.ranking == Array(full.ranking.prefix(IntentIndex.rankedCount))
  }

  @Test func givesTheTopOfTheExhaustiveRanking() {
    let index = Fixtures.advisor().index
    // Every centroid entry pairs with its intent's postings: each has a largest weight.
    #expect(index.bounds.centroidMaxima.count == index.centroidPostings.entries.count)
    #expect(index.bounds.centroidMaxima.allSatisfy { $0 > 0 })
    let differing = Self.inputs.filter { !Self.expectSameTop(index, $0) }
    #expect(differing.isEmpty, "\(differing.prefix(3))")
  }

  @Test func leavingAnExampleOutGivesTheSameTop() {
    let advisor = Fixtures.advisor()
    let examples = advisor.knowledgeBase.intents.flatMap(\.examples)
    let differing = examples.indices.filter { position in
      !Self.expectSameTop(advisor.index, advisor.parser.parse(examples[position]).words, excluding: position)
    }
    #expect(differing.isEmpty, "\(differing.prefix(3))")
  }

  @Test func scoresAnIntentRankedLowerAsTheExhaustiveRankingDoes() {
    let index = Fixtures.advisor().index
    for words in Self.inputs.prefix(400) {
      let full = index.rankExhaustively(words)
      for entry in full.ranking.dropFirst(IntentIndex.rankedCount).prefix(3) {
        #expect(index.score(of: entry.intent, for: words) == entry, "\(words)")
      }
    }
  }

  /// Many intents with equal scores (copies of one knowledge base) still rank exactly, ties by id.
  @Test func ranksCopiedIntentsWithTiesExactly() throws {
    let files = EmbeddedKnowledgeBase.files
    let copies = files.filter { !["vocabulary", "signals", "interview"].contains($0.baseName) }.flatMap { file in
      (2...4).map { copy in
        KnowledgeFile(
          name: "copies/\(file.baseName).copy\(copy).yaml",
          text: file.text.replacingOccurrences(of: "\nid: \(file.baseName)\n", with: "\nid: \(file.baseName).copy\(copy)\n")
            .replacingOccurrences(of: "id: \(file.baseName)\n", with: "id: \(file.baseName).copy\(copy)\n"))
      }
    }
    let advisor = Advisor(knowledgeBase: try KnowledgeBase(files: files + copies))
    #expect(advisor.knowledgeBase.intents.count > 100)
    let differing = Self.inputs.prefix(300).filter { !Self.expectSameTop(advisor.index, $0) }
    #expect(differing.isEmpty, "\(differing.prefix(3))")
  }
}
