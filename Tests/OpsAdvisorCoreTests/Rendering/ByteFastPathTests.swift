@testable import OpsAdvisorCore
import Testing

/// The byte-level output paths (rendering, JSON strings and numbers, the unsafe-text scan) must
/// give exactly what the general, character-level paths give.
@Suite struct ByteFastPathTests {
  /// Every reply to every held-out phrase, asked in one running conversation and each fresh.
  static let replies: [Reply] = {
    var conversation = Fixtures.advisor()
    return HeldOutEvaluationTests.set.items.flatMap { item in
      [conversation.respond(to: item.phrase), Fixtures.ask(item.phrase)]
    }
  }()

  /// Blocks that take the general path or the fast path's odd corners.
  static let awkwardBlocks: [[Block]] = [
    [.paragraph("caf\u{E9} cr\u{E8}me \u{2014} na\u{EF}ve \u{2026}"), .heading("T\u{FC}r"), .sources(["S\u{E9}", "B"])],
    [.paragraph("e\u{301}t\u{E9} and a long wooooooooooooooooooooooooooooooooooooooooord here")],
    [.paragraph("  double  spaces   and trailing  "), .bullets([]), .preformatted([]), .paragraph("")],
    [.preformatted(["  keep   as is  ", ""]), .bullets(["", " x "]), .heading("")],
    [.choices((1...12).map { "choice number \($0) with some words to wrap around the width" })],
    [.table(header: ["A", "B", "C"], rows: [["x", "y"], ["1", "2", "3"]])],
    [.table(header: ["Factor", "MLOps", "LLMOps"], rows: [["F\u{FC}r", "\u{2192} x", "y"], ["a", "b", "c"]])],
    [.table(header: ["Only"], rows: [["one"], ["two cells of text that wrap a lot when narrow"]])],
    [.table(header: ["", "B", "C"], rows: [["", "text text text text", "t"]])],
    [.table(header: ["F", "A", "B", "C", "D"], rows: [["x", "aaa bbb", "c", "d", "e"]])],
    [.table(header: ["Factor", "A", "B"], rows: [])],
    [.sources([]), .heading("H"), .heading("I"), .paragraph("p")],
  ]

  static let widths = [20, 33, 47, 80, 131]

  @Test func renderingBytesMatchesRenderingLinesForEveryHeldOutReply() {
    for width in Self.widths {
      for color in [false, true] {
        let renderer = TerminalRenderer(width: width, color: color)
        for reply in Self.replies {
          #expect(renderer.render(reply.blocks) == renderer.renderByLines(reply.blocks), "\(reply.input) at \(width)")
        }
      }
    }
  }

  @Test func renderingBytesMatchesRenderingLinesForAwkwardBlocks() {
    for width in Self.widths + [1, 21, 24] {
      for color in [false, true] {
        let renderer = TerminalRenderer(width: width, color: color)
        for blocks in Self.awkwardBlocks {
          #expect(renderer.render(blocks) == renderer.renderByLines(blocks), "\(blocks) at \(width)")
        }
      }
    }
  }

  @Test func textOfOneScalarPerCharacterWrapsOnItsBytesAsByCharacters() {
    let pieces = ["caf\u{E9}", "\u{2014}", "\u{2026}", "\u{201C}quoted\u{201D}", "r\u{E9}sum\u{E9}", "x", "plain",
      "\u{2192}", "na\u{EF}ve\u{2019}s", String(repeating: "\u{E9}", count: 30), "ab\u{2026}cd" + String(repeating: "z", count: 25)]
    var state: UInt64 = 3
    for _ in 0..<300 {
      let words = (0..<12).map { _ -> String in
        state = state &* 6_364_136_223_846_793_005 &+ 1
        return pieces[Int(state >> 33) % pieces.count]
      }
      let blocks: [Block] = [.paragraph(words.joined(separator: " ")), .bullets([words.reversed().joined(separator: "  ")])]
      for width in Self.widths + [1, 21, 24] {
        let renderer = TerminalRenderer(width: width, color: width % 2 == 0)
        #expect(renderer.render(blocks) == renderer.renderByLines(blocks), "\(blocks) at \(width)")
      }
    }
  }

  @Test func onlyTextThatCannotJoinCharactersIsCountedByScalars() {
    func check(_ text: String) -> Bool { UTF8Bytes.with(text) { UTF8Bytes.isOneScalarPerCharacter($0) } }
    #expect(check("caf\u{E9} \u{2014} \u{2026} \u{2192}"))
    #expect(!check("e\u{301}"))
    #expect(!check("a\r\nb"))
    #expect(!check("\u{1F600}"))
    #expect(!check("a\u{200D}b"))
    #expect(!check("\u{203C}\u{FE0F}"))
  }

  @Test func renderingAppendsToWhatIsAlreadyThere() {
    let renderer = TerminalRenderer(width: 40, color: false)
    var bytes = Array("before\n".utf8)
    renderer.render([.paragraph("one"), .paragraph("two")], into: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "before\none\n\ntwo")
  }

  @Test func wrappingIntoASinkMatchesWrappingBytes() {
    var generator = FastPathTests.SplitMix(state: 7)
    let alphabet = Array("abcdefghij   -'.,")
    for _ in 0..<500 {
      let text = FastPathTests.randomText(&generator, alphabet: alphabet)
      let width = Int.random(in: 1...40, using: &generator)
      var lines = LineBuffer(bytes: [])
      UTF8Bytes.with(text) {
        TextWrapper.wrap(bytes: $0, width: width, first: Array("  - ".utf8), rest: Array("    ".utf8), into: &lines)
      }
      let expected = TextWrapper.wrapBytes(Array(text.utf8), width: width, first: Array("  - ".utf8), rest: Array("    ".utf8))
      #expect(String(decoding: lines.bytes, as: UTF8.self) == expected.joined(separator: "\n"), "\(text) at \(width)")
    }
  }

  /// The JSON string escaping the byte path replaced, scalar by scalar.
  static func referenceString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where DisplayText.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029:
        let digits = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Strings full of what must and must not be escaped.
  static var hostileStrings: [String] {
    var generator = FastPathTests.SplitMix(state: 11)
    let alphabet: [Character] = [
      "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
      "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}",
      "\u{206A}", "\u{2014}", "\u{E9}", "\u{1F600}", "~", "/",
    ]
    return (0..<400).map { _ in FastPathTests.randomText(&generator, alphabet: alphabet) }
  }

  @Test func escapingBytesMatchesEscapingScalars() {
    let texts = Self.hostileStrings + Self.replies.flatMap { [$0.input, Fixtures.text(of: $0)] }
    for text in texts {
      #expect(ReplyJSON.string(text) == Self.referenceString(text), "\(text.debugDescription)")
    }
  }

  @Test func scanningBytesForUnsafeTextMatchesScanningScalars() {
    for text in Self.hostileStrings + Self.replies.map(\.input) {
      let expected = text.unicodeScalars.contains(where: DisplayText.isUnsafe)
      #expect(DisplayText.containsUnsafe(text) == expected, "\(text.debugDescription)")
      let withoutBreaks = text.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" }
      #expect(DisplayText.containsUnsafe(text, allowingLineBreaks: true) == withoutBreaks, "\(text.debugDescription)")
    }
  }

  /// The number formatting the byte path replaced, built from strings.
  static func referenceNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    let magnitude = rounded.magnitude
    var whole = magnitude.rounded(.towardZero)
    var thousandths = ((magnitude - whole) * 1000).rounded(.toNearestOrEven)
    if thousandths == 1000 { (whole, thousandths) = (whole + 1, 0) }
    let digits = String(Int(thousandths))
    var text = (rounded.sign == .minus ? "-" : "") + String(Int(whole)) + "."
      + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }

  @Test func formattingNumbersMatchesTheStringPath() {
    var generator = FastPathTests.SplitMix(state: 13)
    var values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 0.0005, 0.0004999, 0.9995, 12.3456, -7.001, 1e15, .infinity, .nan]
    for _ in 0..<3000 {
      let scale = [1.0, 10, 1000, 1e9][Int.random(in: 0...3, using: &generator)]
      values.append(Double.random(in: -1...1, using: &generator) * scale)
    }
    values += Self.replies.flatMap { [$0.confidence] + $0.profile.values }
    for value in values {
      #expect(ReplyJSON.number(value) == Self.referenceNumber(value), "\(value)")
    }
  }
}
