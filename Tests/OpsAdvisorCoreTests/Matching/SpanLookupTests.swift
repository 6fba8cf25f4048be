@testable import OpsAdvisorCore
import Testing

/// Look-ups by a span of words find what looking up the joined words finds.
@Suite struct SpanLookupTests {
  static let lexicon = Fixtures.advisor().parser.lexicon

  @Test func everyKnownPhraseIsFoundByItsWords() {
    for (id, key) in Self.lexicon.phrases.keys.strings.enumerated() {
      let words = key.split(separator: " ").map(String.init)
      #expect(Self.lexicon.phrases.keys.exactID(words[...]) == id, "\(key)")
    }
  }

  @Test func spansOfRealLinesAreFoundExactlyWhenTheirJoinedWordsAre() {
    let parser = Fixtures.advisor().parser
    for item in HeldOutEvaluationTests.set.items {
      let words = parser.parse(item.phrase).words
      for start in words.indices {
        for end in start + 1...min(words.count, start + 4) {
          let joined = words[start..<end].joined(separator: " ")
          #expect(Self.lexicon.phrases.keys.exactID(words[start..<end]) == Self.lexicon.phrases.keys[joined], "\(joined)")
        }
      }
    }
  }

  @Test func wordsThatOnlyJoinIntoAKnownPhraseDifferentlyAreNotFound() {
    let table = StringTable(["ml ops", "mlops"])
    #expect(table.exactID(["ml", "ops"][...]) == 0)
    #expect(table.exactID(["mlops"][...]) == 1)
    #expect(table.exactID(["mlo", "ps"][...]) == nil)
    #expect(table.exactID(["ml", "o", "ps"][...]) == nil)
    #expect(table.exactID([][...]) == nil)
  }

  @Test func theLongestPrefixIsTheLongestRunFoundExactly() {
    let keys = Self.lexicon.phrases.keys
    let parser = Fixtures.advisor().parser
    for item in HeldOutEvaluationTests.set.items {
      let words = parser.parse(item.phrase).words
      for start in words.indices {
        let run = words[start..<min(words.count, start + 5)]
        let expected = (1...run.count).reversed().first { keys.exactID(run.prefix($0)) != nil }
        #expect(keys.longestPrefix(ofWords: run)?.length == expected, "\(run)")
      }
    }
  }

  @Test func theNormalisedTextIsTheWordsJoinedBySpaces() {
    let parser = Fixtures.advisor().parser
    let lines = HeldOutEvaluationTests.set.items.map(\.phrase) + ["", "  ", "Hi. What's MLOps?", "caf\u{E9}, na\u{EF}ve"]
    for line in lines {
      #expect(parser.parse(line).normalized == TextNormalizer.clauses(of: line).flatMap(\.words).joined(separator: " "))
    }
  }
}

extension StringTable {
  /// The id of exactly `words` joined with single spaces.
  func exactID(_ words: ArraySlice<String>) -> Int? {
    longestPrefix(ofWords: words, shortest: words.count)?.id
  }
}
