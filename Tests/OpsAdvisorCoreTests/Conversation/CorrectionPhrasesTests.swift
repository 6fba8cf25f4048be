@testable import OpsAdvisorCore
import Testing

/// Correction phrases are found exactly where a plain search of the padded text finds them.
@Suite struct CorrectionPhrasesTests {
  /// The plain search: the text with a space at each end holds the phrase with a space at each end.
  static func plainlyOccurs(_ phrases: [String], in text: String) -> Bool {
    let padded = Array(" \(text) ".utf8)
    return phrases.contains { phrase in
      let needle = Array(" \(phrase) ".utf8)
      return needle.count <= padded.count
        && (0...padded.count - needle.count).contains { padded[$0..<$0 + needle.count].elementsEqual(needle) }
    }
  }

  @Test func findsWhatAPlainSearchFinds() {
    var generator = FastPathTests.SplitMix(state: 11)
    let alphabet = Array("ab ")
    for _ in 0..<2000 {
      let phrases = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        String((0..<Int.random(in: 0...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      }
      let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(CorrectionPhrases(phrases).occur(in: text) == Self.plainlyOccurs(phrases, in: text), "\(phrases) in '\(text)'")
    }
  }

  @Test func theShippedCorrectionsAreFoundAsWholeWords() {
    let corrections = CorrectionPhrases(["actually", "i've moved to"])
    #expect(corrections.occur(in: "actually i do mlops"))
    #expect(corrections.occur(in: "so i've moved to llmops"))
    #expect(!corrections.occur(in: "factually speaking"))
    #expect(!corrections.occur(in: "i've moved"))
  }
}
