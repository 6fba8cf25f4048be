import Foundation
import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// `loader`: the input's bytes after the first, decoded as UTF-8 with repair, replace the text of
/// one shipped knowledge-base file (picked by the first byte); then the knowledge base is loaded.
///
/// Invariants:
/// - loading either succeeds or throws a `KnowledgeBaseError` (never another error, never a trap);
/// - the error's `description` is `FILE:LINE: message` with LINE ≥ 1 and at most the file's
///   number of lines as YAML counts them (`yamlLineCount`), and FILE is the replaced file — or, when `vocabulary.yaml` was replaced,
///   any shipped file, since the other files are checked against the vocabulary;
/// - a knowledge base that loads can be used: an advisor over it answers a fixed conversation
///   that visits every kind of reply without trapping.
enum LoaderTarget {
  static let shippedFiles = EmbeddedKnowledgeBase.files.sorted { $0.name < $1.name }

  /// A conversation through greetings, answers, follow-ups, the interview, commands and /why.
  static let script = [
    "hello", "what is mlops", "what about aiops?", "tell me more", "more", "compare llmops and aiops on tooling",
    "compare them", "/compare mlops aiops", "what skills does each track need", "which tools for llmops",
    "I build RAG chatbots with LLMs", "I don't work with LLMs, we retrain churn models", "/profile",
    "which track should I choose", "1", "skip", "not sure", "2", "3", "why?", "/why", "/tracks", "/help",
    "llmopz vs mlopz", "how do they differ", "4", "1", "/reset", "what's the weather", "/nope", "thanks", "bye",
  ]

  static func run(_ data: [UInt8]) {
    guard let first = data.first, !shippedFiles.isEmpty else { return }
    let index = Int(first) % shippedFiles.count
    let replaced = shippedFiles[index]
    let text = String(decoding: data.dropFirst(), as: UTF8.self)
    var files = shippedFiles
    files[index] = KnowledgeFile(name: replaced.name, text: text)

    let knowledgeBase: KnowledgeBase
    do {
      knowledgeBase = try KnowledgeBase(files: files)
    } catch let error as KnowledgeBaseError {
      check(error, replaced: replaced.name, files: files)
      return
    } catch {
      FuzzCheck.fail("loading \(replaced.name) threw something other than a KnowledgeBaseError: \(error)")
    }

    var advisor = Advisor(knowledgeBase: knowledgeBase)
    let renderer = TerminalRenderer(width: 40 + Int(first) % 80, color: true)
    for line in script {
      let reply = advisor.respond(to: line)
      let text = renderer.render(reply.blocks)
      _ = ReplyJSON.encode(reply, answer: text)
    }
  }

  static func check(_ error: KnowledgeBaseError, replaced: String, files: [KnowledgeFile]) {
    let description = error.description
    let replacedVocabulary = KnowledgeFile(name: replaced, text: "").baseName == "vocabulary"
    let allowed = replacedVocabulary ? Set(files.map(\.name)) : [replaced]
    FuzzCheck.require(
      allowed.contains(error.file),
      "replacing \(replaced) gave an error located in \(error.file.debugDescription): \(description.debugDescription)")
    FuzzCheck.require(error.line >= 1, "error line \(error.line) < 1: \(description.debugDescription)")
    FuzzCheck.require(
      description.hasPrefix("\(error.file):\(error.line): "),
      "description does not start with FILE:LINE: \(description.debugDescription)")
    if let file = files.first(where: { $0.name == error.file }) {
      let lineCount = yamlLineCount(file.text)
      FuzzCheck.require(
        error.line <= lineCount,
        "error line \(error.line) is past the end of \(error.file) (\(lineCount) lines): \(description.debugDescription)")
    }
  }

  /// The number of lines as libyaml counts them: line breaks are LF, CR, CRLF, NEL, LS and PS,
  /// and the end of a text without a final break is on the line after its last one
  /// (Regressions/loader/syntax-error-line-past-end-*).
  static func yamlLineCount(_ text: String) -> Int {
    var breaks = 0
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n" where previous == "\r": break
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": breaks += 1
      default: break
      }
      previous = scalar
    }
    let endsWithBreak = previous.map { ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) } ?? true
    return breaks + 1 + (endsWithBreak ? 0 : 1)
  }
}
