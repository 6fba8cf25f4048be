@testable import OpsAdvisorCore
import Testing

@Suite struct InputParserTests {
  let parser = Fixtures.advisor().parser

  @Test(arguments: [
    ("compare mlops and aiops", [TrackID.mlops, .aiops]),
    ("what about ML ops vs LLM ops", [.mlops, .llmops]),
    ("ml-ops, genai ops and AI ops", [.mlops, .llmops, .aiops]),
    ("is llmops just mlops", [.llmops, .mlops]),
    ("mlops mlops llmops", [.mlops, .llmops]),
    ("what is kubernetes", []),
  ])
  func findsTracksInOrderOfMention(input: String, tracks: [TrackID]) {
    #expect(parser.parse(input).tracks == tracks)
  }

  @Test(arguments: [
    ("what tools does llmops use", FactorID.tools),
    ("which career does aiops lead to", .career),
    ("what is the main focus of mlops", .focus),
    ("project style of llmops", .projectStyle),
  ])
  func findsTheFactor(input: String, factor: FactorID) {
    #expect(parser.parse(input).factor == factor)
  }

  @Test func noFactorWhenNoneIsNamed() {
    #expect(parser.parse("is llmops just mlops").factor == nil)
  }

  @Test(arguments: [
    ("llmosp tools", "llmosp", "llmops"),
    ("what about kubeflwo", "kubeflwo", "kubeflow"),
    ("goverance in aiops", "goverance", "governance"),
  ])
  func correctsOneTypo(input: String, typed: String, read: String) {
    let parsed = parser.parse(input)
    #expect(parsed.corrections == [ParsedInput.Correction(typed: typed, read: read)])
    #expect(parsed.words.contains(read))
  }

  @Test func correctedTrackNameFillsTheSlot() {
    #expect(parser.parse("llmosp tools").tracks == [TrackID.llmops])
  }

  @Test func anInflectionOfAKnownWordIsNoTypo() {
    #expect(parser.parse("the data drifts").corrections.isEmpty)
  }

  @Test func leavesShortAndKnownWordsAlone() {
    #expect(parser.parse("what is the focus of mlops").corrections.isEmpty)
    #expect(parser.parse("xyz abc").corrections.isEmpty)
  }

  @Test func aWordTypedInCapitalsIsAnAcronymAndNoTypo() {
    #expect(parser.parse("i mostly look at MAPE and backtests").corrections.isEmpty)
    #expect(parser.parse("WHTA IS MLOPS").corrections.map(\.read) == ["what"])
    #expect(InputParser.acronyms(in: "our SLA and MAPE, not Mape or A or LONGWORD") == ["sla", "mape"])
  }
}
