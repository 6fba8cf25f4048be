@testable import OpsAdvisorCore
import Testing

/// A line's typed words, split on bytes when it is ASCII, are those splitting by characters gives.
@Suite struct TypedWordsTests {
  @Test(arguments: [
    "", " ", "  a  b ", "this course is designed to", "cr\r\nlf words", "caf\u{E9} au lait",
    "a \u{301}b c", "emoji \u{1F469}\u{200D}\u{1F4BB} words", "tab\tand space",
  ])
  func splitsAsCharactersSplit(text: String) {
    #expect(MatchPolicy.typedWords(text) == text.split(separator: " ").map(String.init))
  }

  @Test func randomASCIIAndOtherTextSplitsAsCharactersSplit() {
    var generator = FastPathTests.SplitMix(state: 21)
    let alphabet = Array("ab \r\n\u{301}\u{E9}")
    for _ in 0..<2000 {
      let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(MatchPolicy.typedWords(text) == text.split(separator: " ").map(String.init), "\(text.unicodeScalars.map(\.value))")
    }
  }
}
