import Foundation
@testable import OpsAdvisorCore
import Testing

/// Properties that must hold for any input, checked on deterministic random strings.
@Suite struct PropertyTests {
  /// Characters of every kind people (and pipes) send: ASCII, punctuation, controls, escape
  /// sequences' bytes, accents, combining marks, right-to-left letters, emoji, wide forms.
  static let alphabet: [Character] = Array(
    "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789 .,;:!?'`\"-_/\\|@#$%^&*()[]{}<>~+=\t"
      + "\u{0}\u{7}\u{8}\u{1B}\u{7F}\u{85}\u{9B}éüßñ\u{301}\u{308}שלוםمرحبا🚀👍🏽ＬＬＭ\u{202E}\u{2066}’")
    + ["mlops", "llm ops", "tools", "churn", "not", "actually", "/help", "/save x", "\r\n"].flatMap(Array.init)

  static func randomLines(seed: UInt64, count: Int) -> [String] {
    var generator = FastPathTests.SplitMix(state: seed)
    return (0..<count).map { _ in
      String((0..<Int.random(in: 0...80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }
  }

  @Test func respondingNeverTrapsAndRendersNoControlCharacters() {
    var advisor = Fixtures.advisor()
    let renderer = TerminalRenderer(width: 60, color: false)
    for line in Self.randomLines(seed: 7, count: 400) {
      let reply = advisor.respond(to: line)
      let text = renderer.render(reply.blocks)
      #expect(!text.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" }, "\(line.debugDescription)")
      let json = ReplyJSON.encode(reply, answer: text)
      #expect(!json.unicodeScalars.contains { DisplayText.isUnsafe($0) }, "\(line.debugDescription)")
    }
  }

  @Test func normalisingIsIdempotent() {
    for line in Self.randomLines(seed: 8, count: 1000) {
      let once = TextNormalizer.normalize(line)
      #expect(TextNormalizer.normalize(once) == once, "\(line.debugDescription)")
    }
  }

  @Test func theSameInputInTheSameStateGivesTheSameBytes() {
    let lines = Self.randomLines(seed: 9, count: 200)
    var first = Fixtures.advisor()
    var second = Fixtures.advisor()
    let renderer = TerminalRenderer(width: 80, color: false)
    for line in lines {
      let (a, b) = (first.respond(to: line), second.respond(to: line))
      #expect(renderer.render(a.blocks) == renderer.render(b.blocks))
      #expect(ReplyJSON.encode(a, answer: "") == ReplyJSON.encode(b, answer: ""))
    }
  }

  @Test func jsonStringsParseBackToTheirText() throws {
    for line in Self.randomLines(seed: 11, count: 500) {
      let data = Data("[\(ReplyJSON.string(line))]".utf8)
      let parsed = try JSONSerialization.jsonObject(with: data) as? [String]
      #expect(parsed == [line], "\(line.debugDescription)")
    }
  }

  @Test func transcriptsRoundTrip() throws {
    for line in Self.randomLines(seed: 10, count: 300) {
      guard let transcript = try? TranscriptParser.parse("> \(line)\n\(line)\n...\n\n") else { continue }
      #expect(try TranscriptParser.parse(TranscriptWriter.text(of: transcript)) == transcript, "\(line.debugDescription)")
    }
  }
}
