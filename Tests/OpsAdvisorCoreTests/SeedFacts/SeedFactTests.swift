import Foundation
@testable import OpsAdvisorCore
import Testing

/// One fact of the seed document, as listed in `seed-facts.tsv`: the fact in our words, the
/// seed section it comes from, what an answer must contain to state it, and the natural
/// questions that must surface it.
struct SeedFact: CustomTestStringConvertible, Sendable {
  let section: String
  let fact: String
  let evidence: [String]
  let questions: [String]

  var testDescription: String { "\(section): \(fact)" }

  /// Reads one tab-separated line: section, fact, evidence (`;`-separated), questions (`|`-separated).
  init?(line: Substring) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 4, !line.hasPrefix("#") else { return nil }
    section = fields[0]
    fact = fields[1]
    evidence = fields[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    questions = fields[3].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
  }
}

/// The checklist of every fact in `../shared/seed/tracks-comparison.txt`: each question is asked
/// through the advisor, and its answer must state the fact and cite the fact's section.
@Suite struct SeedFactTests {
  static let facts: [SeedFact] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("seed-facts.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap(SeedFact.init(line:))
  }()

  @Test func theChecklistCoversEverySectionWithTwoQuestionsPerFact() throws {
    let knowledgeBase = try Fixtures.advisorFromFiles().knowledgeBase
    let seedSections = knowledgeBase.vocabulary.sections.map(\.id)
      .filter { $0 != KnownSection.advisor && $0 != KnownSection.outside }
    #expect(Self.facts.count >= 116)
    #expect(Set(Self.facts.map(\.section)) == Set(seedSections))
    #expect(Self.facts.allSatisfy { $0.questions.count >= 2 && !$0.evidence.isEmpty })
  }

  /// Each section's name, as replies cite it.
  static let sectionNames: [String: String] = {
    let sections = (try? Fixtures.advisorFromFiles().knowledgeBase.vocabulary.sections) ?? []
    return Dictionary(uniqueKeysWithValues: sections.map { ($0.id, $0.name) })
  }()

  @Test(arguments: facts)
  func everyQuestionSurfacesTheFact(_ fact: SeedFact) {
    let section = Self.sectionNames[fact.section] ?? fact.section
    for question in fact.questions {
      let reply = Fixtures.ask(question)
      let text = Fixtures.text(of: reply)
      for evidence in fact.evidence {
        #expect(text.contains(evidence), "\"\(question)\" does not say \"\(evidence)\":\n\(text)")
      }
      #expect(reply.sources.contains(section), "\"\(question)\" does not cite \(section): \(reply.sources)")
    }
  }
}
