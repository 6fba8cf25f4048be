@testable import OpsAdvisorCore
import Testing

/// Typo correction finds exactly the known words one edit away, as a scan of every word would,
/// and never rewrites a correctly spelt English word or turns a word into a track name unless
/// it is a plausible typo of it.
@Suite struct TypoCorrectionTests {
  static let lexicon = Fixtures.advisor().parser.lexicon
  static let knownWords = lexicon.words.table.strings
  /// The English words, each not known with a doubled letter typed once ("sory" for "sorry")
  /// where no known word doubles that letter ("tols" is "tools"), and the agent nouns of verbs
  /// in "-ize" and "-ise" ("summarizer").
  static let english = Set(Fixtures.dictionary.map(TextNormalizer.normalize).flatMap { word in
    [word] + (knownWords.contains(word) ? [] : Lexicon.singledForms(of: word).filter { form in
      !knownWords.contains { Lexicon.doublesALetter(of: form, in: $0) }
    }) + Lexicon.agentNouns(of: word)
  })

  /// The correction by definition: of all known words one edit away that open as the typo
  /// does (the same first letter, or the first two swapped), those that double one of its
  /// letters if any, the most frequent, then the alphabetically first.
  static func bruteForceCorrection(_ word: String) -> String? {
    let near = knownWords.filter {
      EditDistance.distance(word, $0, limit: 1) <= 1
        && ($0.first == word.first || word.count >= 2 && $0.count >= 2 && Array(word.prefix(2)) == Array($0.prefix(2)).reversed())
    }
    let doubling = near.filter { candidate in
      let letters = Array(candidate)
      return letters.indices.dropFirst().contains { place in
        letters[place] == letters[place - 1] && String(letters[..<place] + letters[(place + 1)...]) == word
      }
    }
    return (doubling.isEmpty ? near : doubling).min { a, b in
      let (fa, fb) = (lexicon.frequency(of: a)!, lexicon.frequency(of: b)!)
      return fa != fb ? fa > fb : a < b
    }
  }

  /// Known words of 4 to 30 letters with one typo each, the kinds taking turns, and some
  /// non-ASCII ones.
  static let typos: [String] = {
    let words = knownWords.filter { (4...30).contains($0.count) }.sorted()
    let variants = words.enumerated().map { offset, word in TypoPerturbation.perturb(word, variant: offset) }
    return variants + ["modèles", "déploiement", "évaluation", "observabilité", "ÿÿÿÿÿ", "llmopz", "mlopsss"]
  }()

  @Test func correctionsMatchAScanOfEveryKnownWord() {
    let lexicon = Self.lexicon
    let wrong = Self.typos.filter { typo in
      let expected = Lexicon.correctableLength.contains(typo.count) && !lexicon.knows(typo) && !Self.english.contains(typo)
        && typo.contains(where: \.isLetter) && !lexicon.knownStems.contains(Stemmer.stem(typo)) && !Lexicon.shortForms.contains(typo)
        ? Self.bruteForceCorrection(typo) : nil
      return lexicon.correction(for: typo) != expected
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }

  @Test(arguments: ["those", "these", "agentops", "devops", "finops", "trail", "cold", "models", "apps", "apis"])
  func neverRewritesAnEnglishWordOrAKnownTerm(word: String) {
    #expect(Self.lexicon.correction(for: word) == nil)
  }

  @Test(arguments: [
    ("mlpos", "mlops"), ("llmosp", "llmops"), ("aiosp", "aiops"), ("trak", "track"), ("skils", "skills"), ("realy", "really"),
  ])
  func correctsTypos(typed: String, read: String) {
    #expect(Self.lexicon.correction(for: typed) == read)
  }

  @Test(arguments: ["we want to run a llama model on prem", "weve been talking about it"])
  func informalWordsAreNotCorrected(line: String) {
    #expect(Fixtures.advisor().parser.parse(line).corrections.isEmpty)
  }

  @Test func aTrackNameNeedsItsFirstLetterRight() {
    #expect(Self.lexicon.correction(for: "xlops") == nil)
    #expect(Fixtures.advisor().parser.parse("what is agentops").corrections.isEmpty)
  }

  @Test(arguments: [
    ("abcde", "abcde", true), ("abcde", "abcdf", true), ("abcde", "bacde", true), ("abcde", "abced", true),
    ("abcde", "abde", true), ("abcde", "xabcde", true), ("abcde", "abcdex", true), ("abcde", "badce", false),
    ("abcde", "abc", false), ("abcde", "axcdx", false), ("abcde", "edcba", false), ("ab", "ba", true),
  ])
  func theByteCheckCountsAsEditDistanceDoes(a: String, b: String, near: Bool) {
    let result = Array(a.utf8).withUnsafeBufferPointer { a in
      Array(b.utf8).withUnsafeBufferPointer { b in WordsByLength.withinOneEdit(a, b) }
    }
    #expect(result == near)
    #expect((EditDistance.distance(a, b, limit: 1) <= 1) == near)
  }
}

/// The string table finds exactly the strings it holds, by their ids.
@Suite struct StringTableTests {
  static let strings = ["", "a", "ab", "mlops", "llmops", "aiops", "modèle", "retrain_model", "@track"]

  @Test func findsEveryStringAndNothingElse() throws {
    let table = StringTable(Self.strings)
    for (id, string) in Self.strings.enumerated() {
      #expect(table[string] == id)
      #expect(table.string(at: id) == string)
    }
    for missing in ["b", "mlop", "mlopss", "modele", "retrain", " "] { #expect(table[missing] == nil) }
    #expect(try StringTable(bytes: table.bytes, offsets: table.offsets, slots: table.slots) == table)
  }

  @Test func aTableWithoutAnEmptySlotIsRefused() {
    let table = StringTable(["x", "y"])
    #expect(throws: ImageError.self) {
      try StringTable(bytes: table.bytes, offsets: table.offsets, slots: Array(repeating: 1, count: table.slots.count))
    }
  }

  @Test func aCorrectionKeepsHowTheWordOpens() {
    #expect(!Lexicon.keepsTheOpening(of: "xray", in: "ray"))
    #expect(Lexicon.keepsTheOpening(of: "lmops", in: "mlops"))
    #expect(Lexicon.keepsTheOpening(of: "waht", in: "what"))
    let parsed = Fixtures.advisor().parser.parse("we do CT + xray classifiers")
    #expect(parsed.corrections.isEmpty)
  }

  @Test(arguments: [("been doin some rag", "doing"), ("workin on evals", "working")])
  func aDroppedGIsReadAsTheWordWithIt(line: String, word: String) {
    let parsed = Fixtures.advisor().parser.parse(line)
    #expect(parsed.words.contains(word))
  }

  @Test func whatsSpeltAsOnAPhoneIsRead() {
    #expect(Fixtures.advisor().parser.parse("wats vllm").words.starts(with: ["what", "is"]))
  }

  @Test(arguments: ["sory i mean the skills", "i teach comp sci at a uni", "but the summarizer and copilots are LLMs"])
  func aDoubledLetterTypedOnceAShortFormOrAnAgentNounIsNoTypo(line: String) {
    #expect(Fixtures.advisor().parser.parse(line).corrections.isEmpty)
  }

  @Test(arguments: ["pero I tell you I want large language models", "para mi is not clear"])
  func spanishWordsMixedInAreNoTypos(line: String) {
    #expect(Fixtures.advisor().parser.parse(line).corrections.isEmpty)
  }
}
