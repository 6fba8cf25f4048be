@testable import OpsAdvisorCore
import OpsAdvisorKnowledgeBase
import Testing

/// The embedded image holds the same advisor that building from the `intents/` files gives.
@Suite struct KnowledgeImageTests {
  /// An advisor built the slow way, from the YAML files, parsing and indexing everything.
  static let builtFromFiles = try! Fixtures.advisorFromFiles()

  /// The image of `builtFromFiles`, made once.
  static let image = KnowledgeImage.make(builtFromFiles)

  /// Every example, held-out phrase and a typo'd variant of each: what the matcher sees.
  static let phrases: [String] = {
    let examples = builtFromFiles.knowledgeBase.intents.flatMap(\.examples)
    let heldOut = HeldOutEvaluationTests.set.items.map(\.phrase)
    let typos = (examples + heldOut).enumerated().map { TypoPerturbation.perturb($1, variant: $0) }
    return examples + heldOut + typos + ["", "???", "compare them", "/why", "mlops", "what about its tools?"]
  }()

  /// The reply as `--json` prints it: intent, confidence, text and sources.
  static func json(_ advisor: Advisor, _ phrase: String) -> String {
    var advisor = advisor
    let reply = advisor.respond(to: phrase)
    return ReplyJSON.encode(reply, answer: TerminalRenderer(width: 80, color: false).render(reply.blocks))
  }

  @Test func theEmbeddedAdvisorAnswersExactlyAsOneBuiltFromTheFiles() {
    let embedded = EmbeddedKnowledgeBase.advisor
    let differing = Self.phrases.filter { Self.json(embedded, $0) != Self.json(Self.builtFromFiles, $0) }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  @Test func theEmbeddedKnowledgeBaseEqualsTheFiles() {
    let embedded = EmbeddedKnowledgeBase.knowledgeBase
    let files = Self.builtFromFiles.knowledgeBase
    #expect(embedded.intents == files.intents)
    #expect(embedded.signals.signals == files.signals.signals)
    #expect(embedded.signals.negations == files.signals.negations)
    #expect(embedded.interview.questions == files.interview.questions)
    #expect(embedded.vocabulary.synonyms == files.vocabulary.synonyms)
    #expect(embedded.vocabulary.tracks == files.vocabulary.tracks)
  }

  @Test func theIndexAndLexiconRoundTrip() {
    let embedded = EmbeddedKnowledgeBase.advisor
    let files = Self.builtFromFiles
    #expect(embedded.index.featureIDs == files.index.featureIDs)
    #expect(embedded.index.postings == files.index.postings)
    #expect(embedded.index.centroidPostings == files.index.centroidPostings)
    #expect(embedded.index.pairIDs == files.index.pairIDs)
    #expect(embedded.parser.lexicon.words == files.parser.lexicon.words)
    #expect(embedded.parser.lexicon.frequencies == files.parser.lexicon.frequencies)
    #expect(embedded.parser.lexicon.knownStems == files.parser.lexicon.knownStems)
    #expect(embedded.parser.lexicon.englishWords == files.parser.lexicon.englishWords)
    #expect(embedded.parser.lexicon.phrases == files.parser.lexicon.phrases)
    #expect(embedded.parser.lexicon.synonyms == files.parser.lexicon.synonyms)
    #expect(embedded.parser.lexicon.phraseLengthByFirstWord == files.parser.lexicon.phraseLengthByFirstWord)
  }

  @Test func theSignalTableRoundTrips() {
    let (embedded, files) = (EmbeddedKnowledgeBase.advisor.detector, Self.builtFromFiles.detector)
    #expect(embedded.negations == files.negations)
    #expect(embedded.hedges == files.hedges)
    #expect(embedded.byFirstWord.keys == files.byFirstWord.keys)
    let signals = files.signals.signals.map(\.phrase) + ["I retrain models but not LLMs", "we might add a chatbot later"]
    let differing = (Self.phrases + signals).filter { embedded.detect(in: $0) != files.detect(in: $0) }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  @Test func writingAReadImageGivesTheSameBytes() throws {
    #expect(KnowledgeImage.make(try KnowledgeImage.advisor(from: Self.image)) == Self.image)
  }

  /// Cutting the image anywhere is reported, never a crash.
  @Test(arguments: [0, 1, 7, 19, 1_000, 50_000, 300_000])
  func aCutImageThrows(cut: Int) {
    #expect(throws: ImageError.self) { _ = try KnowledgeImage.advisor(from: Array(Self.image.prefix(cut))) }
  }

  /// A changed byte either reads as other text or is reported; an advisor it gives still
  /// answers without crashing.
  @Test(arguments: Array(stride(from: 0, to: 700_000, by: 24_989)))
  func aChangedByteNeverCrashes(offset: Int) {
    var image = Self.image
    image[min(offset, image.count - 1)] = UInt8(ascii: "7")
    if var advisor = try? KnowledgeImage.advisor(from: image) {
      for phrase in ["is llmops just mlops?", "I fine-tune LLMs", "compare them", "/why", "recommend a track"] {
        _ = advisor.respond(to: phrase)
      }
    }
  }

  /// Packed lists take as few digits as their largest value needs and read back exactly.
  @Test(arguments: [[], [0], [1, 63, 64], [4_095, 4_096], [UInt64.max, 0, 12_345_678_901]] as [[UInt64]])
  func packedListsRoundTrip(values: [UInt64]) throws {
    var image = ImageWriter()
    image.writePacked(values)
    image.writePacked(values.map { UInt32(truncatingIfNeeded: $0) })
    let read = try image.bytes.withUnsafeBufferPointer { bytes in
      var reader = ImageReader(bytes: bytes)
      return (try reader.readPacked(UInt64.self), try reader.readPacked(UInt32.self), reader.isAtEnd)
    }
    #expect(read.0 == values)
    #expect(read.1 == values.map { UInt32(truncatingIfNeeded: $0) })
    #expect(read.2)
  }

  @Test func anImageOfAnotherFormatIsRefused() {
    var image = ImageWriter()
    image.write("opsadvisor-image/0")
    #expect(throws: ImageError(offset: 0, problem: "not an image of format \(KnowledgeImage.formatName)")) {
      try KnowledgeImage.advisor(from: image.bytes)
    }
  }
}
