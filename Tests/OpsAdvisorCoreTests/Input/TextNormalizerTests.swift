@testable import OpsAdvisorCore
import Testing

@Suite struct TextNormalizerTests {
  @Test(arguments: [
    ("Is LLMOps just MLOps?", "is llmops just mlops"),
    ("What's the difference?", "what is the difference"),
    ("I don't work with LLMs", "i do not work with llms"),
    ("I’ve moved to LLM products", "i have moved to llm products"),
    ("can't won't let's", "can not will not let us"),
    ("weve been talking, theres more", "we have been talking there is more"),
    ("LLMOps's tools", "llmops tools"),
    ("ml-ops / ml_ops", "ml ops ml ops"),
    ("  lots   of\tspace  ", "lots of space"),
    ("ＬＬＭＯＰＳ", "llmops"),
    ("Café résumé", "cafe resume"),
    ("\u{1B}[31mred\u{1B}[0m", "31mred 0m"),
    ("???", ""),
    ("heyyy soooo goooood", "hey so god"),
    ("Hééé", "he"),
  ])
  func normalises(input: String, expected: String) {
    #expect(TextNormalizer.normalize(input) == expected)
  }

  /// A hyphen with spaces around it and an en or em dash end a clause; a hyphen in a word
  /// does not.
  @Test(arguments: [
    ("MLOps vs LLMOps - which skills matter?", [["mlops", "vs", "llmops"], ["which", "skills", "matter"]]),
    ("Hiring: MLOps vs LLMOps engineer — which skills matter?", [["hiring"], ["mlops", "vs", "llmops", "engineer"], ["which", "skills", "matter"]]),
    ("on-call – every week", [["on", "call"], ["every", "week"]]),
    ("a -b- c -", [["a", "b", "c"]]),
  ])
  func dashesBetweenSpacesEndClauses(input: String, clauses: [[String]]) {
    #expect(TextNormalizer.clauses(of: input).map(\.words) == clauses)
  }

  @Test func aSentenceOfAColleagueAndThenOfTheSpeakerIsTwoClauses() {
    let clauses = TextNormalizer.clauses(of: "My coworker Sam runs the bot AND I do churn and fraud")
    #expect(clauses.map(\.text) == ["My coworker Sam runs the bot ", "AND I do churn and fraud"])
    #expect(clauses.map(\.words) == [["my", "coworker", "sam", "runs", "the", "bot"], ["and", "i", "do", "churn", "and", "fraud"]])
    #expect(TextNormalizer.clauses(of: "the rag bot was a mess and i didnt enjoy it").count == 1)
  }

  @Test(arguments: ["Is LLMOps just MLOps?", "don't", "ml-ops's", "'quoted'", "a  b", "Ünïcödé ✓ 🚀", "x — y - z"])
  func isIdempotent(input: String) {
    let once = TextNormalizer.normalize(input)
    #expect(TextNormalizer.normalize(once) == once)
  }
}
