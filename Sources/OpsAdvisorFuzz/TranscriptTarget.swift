import Foundation
import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// `transcript`: the input decoded as UTF-8 with repair and parsed as a transcript.
///
/// Invariants:
/// - a parse error names a line of the text (1 ≤ line ≤ number of lines);
/// - no header line, input or expected line of a parsed transcript holds a line break;
/// - writing a parsed transcript back (`TranscriptWriter.text(of:)`) and parsing that gives an
///   equal transcript (except for the turns' line numbers, which move when the writer drops the
///   blank lines before the first turn), and writing it again gives the same text;
/// - replaying it (at most `maxTurns` turns, stopping at the first failure) does not trap, and
///   reports a failure only at one of its turns' lines;
/// - blessing it (`TranscriptBlesser`, from a replay of every turn) gives a transcript that
///   replays without a failure, unless it has turns after one that ends the session (which
///   blessing does not remove).
enum TranscriptTarget {
  static let replayer = TranscriptReplayer(advisor: Advisor(knowledgeBase: EmbeddedKnowledgeBase.knowledgeBase))
  /// At most this many turns of a transcript are replayed.
  static let maxTurns = 20

  static func run(_ data: [UInt8]) {
    let text = String(decoding: data, as: UTF8.self)
    if KnownIssues.transcriptIsKnown(text) { return }
    let transcript: Transcript
    do {
      transcript = try TranscriptParser.parse(text)
    } catch let error as TranscriptError {
      let lineCount = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      FuzzCheck.require(
        (1...lineCount).contains(error.line),
        "parse error at line \(error.line) of a text of \(lineCount) lines: \(error)")
      return
    } catch {
      FuzzCheck.fail("TranscriptParser.parse threw something other than a TranscriptError: \(error)")
    }

    // Lines are split at "\n", so no piece of a parsed transcript holds one.
    let pieces = transcript.header + transcript.turns.flatMap { turn in
      [turn.input] + turn.expected.map { line -> String in
        switch line {
        case .literal(let text), .pattern(let text): text
        case .anyLines: "..."
        }
      }
    }
    if let piece = pieces.first(where: { $0.unicodeScalars.contains("\n") }) {
      FuzzCheck.fail("a parsed line holds a line break: \(piece.debugDescription.prefix(300))")
    }

    let written = TranscriptWriter.text(of: transcript)
    let reparsed: Transcript
    do {
      reparsed = try TranscriptParser.parse(written)
    } catch {
      FuzzCheck.fail("a written transcript does not parse (\(error)):\n\(written.debugDescription)")
    }
    if let difference = difference(transcript, reparsed) {
      FuzzCheck.fail(
        "round trip changed the transcript: \(difference)\ninput:   \(text.debugDescription.prefix(2000))\n"
          + "written: \(written.debugDescription.prefix(2000))")
    }
    let rewritten = TranscriptWriter.text(of: reparsed)
    FuzzCheck.require(
      rewritten == written,
      "writing is not stable:\nfirst:  \(written.debugDescription)\nsecond: \(rewritten.debugDescription)")

    var capped = transcript
    capped.turns = Array(transcript.turns.prefix(maxTurns))
    let outcome = replayer.replay(capped, stopAtFailure: true)
    FuzzCheck.require(outcome.actual.count <= capped.turns.count, "more replies than turns")
    if let failure = outcome.failure {
      FuzzCheck.require(
        capped.turns.contains { $0.line == failure.line && $0.input == failure.input },
        "failure at line \(failure.line), which is not a turn's line")
      let full = replayer.replay(capped, stopAtFailure: false)
      guard full.actual.count == capped.turns.count else { return }
      let blessed = TranscriptBlesser.bless(capped, outcome: full).transcript
      if let again = replayer.replay(blessed, stopAtFailure: true).failure {
        FuzzCheck.fail(
          "a blessed transcript does not replay: line \(again.line) (\(again.input.debugDescription)): "
            + "\(again.annotationMismatches) \(again.diff.prefix(2000))\nblessed: "
            + TranscriptWriter.text(of: blessed).debugDescription.prefix(2000))
      }
    }
  }

  /// How two transcripts differ, ignoring the turns' line numbers; nil when they do not.
  static func difference(_ a: Transcript, _ b: Transcript) -> String? {
    if a.header != b.header { return "header \(a.header) became \(b.header)" }
    if a.turns.count != b.turns.count { return "\(a.turns.count) turns became \(b.turns.count)" }
    for (index, (x, y)) in zip(a.turns, b.turns).enumerated() {
      var moved = y
      moved.line = x.line
      if x != moved { return "turn \(index + 1) (line \(x.line))\nbefore: \(x)\nafter:  \(y)" }
    }
    return nil
  }
}
