import Foundation
import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// `respond`: the input's bytes (after the first) split into lines at `\n`, each decoded as
/// UTF-8 with repair (so NULs, escape sequences and other control bytes stay), fed turn by turn
/// to one advisor over the embedded knowledge base.
///
/// The first byte picks the width (20...200); when it is even the whole conversation is run a
/// second time, from a fresh conversation in a second, separately built advisor, which must say
/// exactly the same. (Building an advisor takes about 0.1 s, so both are built once.)
///
/// Invariants per reply:
/// - the rendered text has no control character but `\n` (no ESC, BEL, DEL, C1, bidi override);
/// - rendering with colour is the plain text with only the style sequences added;
/// - the JSON line has no raw control character (C0, so no newline, DEL, C1), bidi override or
///   isolate, U+2028 or U+2029,
///   parses as JSON, and its `input` and `answer` are the input line and the rendered text;
/// - the reply's confidence is in [0, 1].
enum RespondTarget {
  /// The advisor every input starts from; copied, so each input gets a fresh conversation.
  static let prototype = Advisor(knowledgeBase: EmbeddedKnowledgeBase.knowledgeBase)
  /// A second advisor built the same way, with its own dictionaries and sets: an answer that
  /// depends on their (per-instance seeded) iteration order differs between the two.
  static let twin = Advisor(knowledgeBase: try! KnowledgeBase(files: EmbeddedKnowledgeBase.files))
  /// At most this many lines of an input are answered.
  static let maxTurns = 64
  static let widths = 20...200

  static func run(_ data: [UInt8]) {
    guard let first = data.first else { return }
    let width = widths.lowerBound + Int(first) % widths.count
    let lines = Array(data.dropFirst()).lines(limit: maxTurns).map { String(decoding: $0, as: UTF8.self) }
    if lines.contains(where: KnownIssues.respondLineIsKnown) { return }
    let outputs = converse(lines, advisor: prototype, width: width, check: true)
    if first % 2 == 0 {
      let again = converse(lines, advisor: twin, width: width, check: false)
      for (index, (a, b)) in zip(outputs, again).enumerated() where a != b {
        FuzzCheck.fail(
          "turn \(index + 1) (\(lines[index].debugDescription)) answered differently the second time:\n"
            + "first:  \(a.debugDescription)\nsecond: \(b.debugDescription)")
      }
      FuzzCheck.require(outputs.count == again.count, "different number of replies the second time")
    }
  }

  /// Answers every line; returns each turn's rendered text and JSON line.
  static func converse(_ lines: [String], advisor start: Advisor, width: Int, check: Bool) -> [String] {
    var advisor = start
    let plain = TerminalRenderer(width: width, color: false)
    let colored = TerminalRenderer(width: width, color: true)
    var outputs: [String] = []
    outputs.reserveCapacity(lines.count)
    for line in lines {
      let reply = advisor.respond(to: line)
      let text = plain.render(reply.blocks)
      let json = ReplyJSON.encode(reply, answer: text)
      if check { checkReply(reply, line: line, text: text, json: json, colored: colored.render(reply.blocks)) }
      outputs.append(text + "\u{0}" + json)
    }
    return outputs
  }

  static let styleSequences = ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m"]

  static func checkReply(_ reply: Reply, line: String, text: String, json: String, colored: String) {
    let context = "input \(line.debugDescription) (intent \(reply.intent))"
    if let bad = FuzzCheck.firstUnsafeScalar(in: text, allowing: ["\n"]) {
      FuzzCheck.fail("rendered text has control character \(FuzzCheck.describe(bad)) for \(context):\n\(text.debugDescription)")
    }
    var stripped = colored
    for sequence in styleSequences { stripped = stripped.replacingOccurrences(of: sequence, with: "") }
    FuzzCheck.require(
      stripped == text,
      "colour rendering is not the plain rendering plus style sequences for \(context):\n"
        + "plain:   \(text.debugDescription)\ncolored: \(colored.debugDescription)")
    if let bad = FuzzCheck.firstUnescapedJSONScalar(in: json) {
      FuzzCheck.fail("JSON line has raw control character \(FuzzCheck.describe(bad)) for \(context):\n\(json.debugDescription)")
    }
    FuzzCheck.require(
      (0...1).contains(reply.confidence), "confidence \(reply.confidence) outside [0, 1] for \(context)")
    checkJSON(json, reply: reply, text: text, context: context)
  }

  static func checkJSON(_ json: String, reply: Reply, text: String, context: String) {
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    } catch {
      FuzzCheck.fail("JSON line does not parse (\(error)) for \(context):\n\(json.debugDescription)")
    }
    guard let object = parsed as? [String: Any] else {
      FuzzCheck.fail("JSON line is not an object for \(context): \(json.debugDescription)")
    }
    FuzzCheck.require(
      object["input"] as? String == reply.input,
      "JSON input \(String(describing: object["input"]).debugDescription) is not the reply's input for \(context)")
    FuzzCheck.require(
      object["answer"] as? String == text, "JSON answer is not the rendered text for \(context)")
    FuzzCheck.require(object["intent"] as? String == reply.intent.rawValue, "JSON intent differs for \(context)")
  }
}
