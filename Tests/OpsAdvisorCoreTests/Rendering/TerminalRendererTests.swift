@testable import OpsAdvisorCore
import Testing

@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesWithinTheWidth() {
    let lines = TextWrapper.wrap("one two three four five", width: 9)
    #expect(lines == ["one two", "three", "four five"])
  }

  @Test func splitsWordsLongerThanTheWidth() {
    #expect(TextWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test func hangingIndentForBullets() {
    let lines = TextWrapper.wrap("alpha beta gamma", width: 12, firstPrefix: "  - ", restPrefix: "    ")
    #expect(lines == ["  - alpha", "    beta", "    gamma"])
  }
}

@Suite struct TerminalRendererTests {
  let plain = TerminalRenderer(width: 40, color: false)

  @Test func separatesBlocksWithOneBlankLineButKeepsHeadingsOnTheirContent() {
    let text = plain.render([.heading("MLOps"), .paragraph("Text."), .bullets(["a", "b"]), .sources(["FAQ"])])
    #expect(text == "MLOps\nText.\n\n  - a\n  - b\n\nSource: FAQ")
  }

  @Test func numbersChoices() {
    #expect(plain.render([.choices(["First", "Second"])]) == "  1. First\n  2. Second")
  }

  @Test func laysOutTablesInColumnsThatFitTheWidth() {
    let text = plain.render([.table(header: ["Factor", "A", "B"], rows: [["Focus", "short", "a longer cell text"]])])
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines[0] == "Factor  A                B")
    #expect(lines[1].hasPrefix("------  ---------------"))
  }

  @Test func stacksTablesOnNarrowTerminals() {
    let narrow = TerminalRenderer(width: 30, color: false)
    let text = narrow.render([.table(header: ["Factor", "MLOps", "LLMOps", "AIOps"], rows: [["Focus", "x", "y", "z"]])])
    #expect(text == "Focus\n  - MLOps: x\n  - LLMOps: y\n  - AIOps: z")
  }

  @Test func colourOnlyWhenAsked() {
    let coloured = TerminalRenderer(width: 40, color: true).render([.heading("H")])
    #expect(coloured == "\u{1B}[1mH\u{1B}[0m")
    #expect(!plain.render([.heading("H"), .sources(["S"])]).contains("\u{1B}"))
  }

  @Test func neverNarrowerThanTheMinimum() {
    #expect(TerminalRenderer(width: 1, color: false).width == TerminalRenderer.minimumWidth)
  }
}

@Suite struct ReplyJSONTests {
  @Test func escapesControlCharactersAndQuotes() {
    #expect(ReplyJSON.string("a\"b\\c\n\u{1B}[2J\u{7}") == #""a\"b\\c\n\u001b[2J\u0007""#)
  }

  @Test func hasExactlyTheContractKeysInOrder() {
    let reply = Fixtures.ask("what tools does llmops use")
    let json = ReplyJSON.encode(reply, answer: "x")
    let keys = ["input", "intent", "confidence", "tracks", "factor", "answer", "source", "profile", "leaning", "recommendation"]
    var position = json.startIndex
    for key in keys {
      let range = json.range(of: "\"\(key)\":", range: position..<json.endIndex)
      #expect(range != nil, "missing \(key)")
      position = range?.upperBound ?? position
    }
    #expect(json.contains(#""intent":"tools""#))
    #expect(json.contains(#""tracks":["llmops"]"#))
    #expect(json.contains(#""profile":{"mlops":0,"llmops":0,"aiops":0}"#))
    #expect(json.contains(#""leaning":null,"recommendation":null}"#))
  }

  @Test(arguments: [(0.0, "0"), (1.0, "1"), (0.5, "0.5"), (0.12345, "0.123"), (Double.nan, "0")])
  func formatsNumbers(value: Double, text: String) {
    #expect(ReplyJSON.number(value) == text)
  }
}

/// The fast paths must agree with the general ones.
@Suite struct FastPathTests {
  /// A deterministic pseudo-random generator for reproducible property tests.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476C_E484_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static func randomText(_ generator: inout SplitMix, alphabet: [Character]) -> String {
    String((0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
  }

  @Test func wrappingBytesMatchesWrappingCharacters() {
    var generator = SplitMix(state: 1)
    let alphabet = Array("abcdefghij   -'.,")
    for _ in 0..<500 {
      let text = Self.randomText(&generator, alphabet: alphabet)
      let width = Int.random(in: 1...40, using: &generator)
      #expect(TextWrapper.wrapBytes(Array(text.utf8), width: width, first: Array("  - ".utf8), rest: Array("    ".utf8))
        == TextWrapper.wrapCharacters(text, width: width, firstPrefix: "  - ", restPrefix: "    "))
    }
  }

  @Test func stemmingBytesMatchesStemmingCharacters() {
    var generator = SplitMix(state: 2)
    let alphabet = Array("aeisdgnyu")
    for _ in 0..<2000 {
      let word = Self.randomText(&generator, alphabet: alphabet)
      #expect(Stemmer.stem(word) == Stemmer.stemCharacters(word) || TrackID(rawValue: word) != nil, "\(word)")
    }
  }

  @Test func typographicPunctuationTakesTheASCIIPathWithTheSameWords() {
    var generator = SplitMix(state: 4)
    let alphabet = Array("aBcDi'`\u{2019}\u{2018}\u{02BC}\u{2014}\u{2013}\u{201C}\u{201D}\u{00A0}m sT-0ttt")
    for _ in 0..<2000 {
      let text = Self.randomText(&generator, alphabet: alphabet)
      let general = TextNormalizer.generalWords(TextFolding.fold(text).lowercased())
      #expect(TextNormalizer.words(of: Substring(text)) == general, "\(text)")
    }
  }

  @Test func findingBytesEightAtATimeMatchesAPlainSearch() {
    var generator = SplitMix(state: 5)
    for _ in 0..<2000 {
      let haystack = Array(Self.randomText(&generator, alphabet: Array("ab ")).utf8)
      let byte = UInt8(ascii: Bool.random(using: &generator) ? "a" : " ")
      let start = haystack.isEmpty ? 0 : Int.random(in: 0...haystack.count, using: &generator)
      let plain = haystack[start...].firstIndex(of: byte) ?? haystack.count
      #expect(haystack.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: byte, in: $0, from: start) } == plain, "\(haystack) \(start)")
    }
  }

  @Test func asciiNormalisingMatchesTheGeneralPath() {
    var generator = SplitMix(state: 3)
    let alphabet = Array("aBcDi'`m sT-,.0?\tttt'''")
    for _ in 0..<1000 {
      let text = Self.randomText(&generator, alphabet: alphabet)
      let general = TextNormalizer.generalWords(text.lowercased())
      #expect(TextNormalizer.asciiWords(of: Substring(text)) == general, "\(text)")
    }
  }
}

@Suite struct QueryVectorTests {
  @Test(arguments: [
    "what tools does llmops use", "compare mlops and aiops on tools", "the the the of of", "zzz qqq what is it",
    "I deploy churn models and retrain them", "", "mlops mlops llmops", "what about its tools and its tools",
  ])
  func matchesTheFeatureExtractor(line: String) {
    let advisor = Fixtures.advisor()
    let words = advisor.parser.parse(line).words
    let index = advisor.index
    let expected = index.extractor.features(of: words)
    let vector = QueryVector(words: words, index: index)
    let known = expected.compactMap { feature in index.featureIDs[feature.feature].map { ($0, feature.weight) } }
    #expect(vector.known.map(\.id) == known.map(\.0))
    #expect(vector.known.map(\.weight) == known.map(\.1))
    let unknown = vector.unknownParts.map { $0.second.isEmpty ? $0.first : $0.first + "_" + $0.second }
    #expect(unknown == expected.filter { index.featureIDs[$0.feature] == nil }.map(\.feature))
  }
}
