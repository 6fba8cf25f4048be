import Foundation
@testable import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// Shared test inputs: the shipped knowledge base and advisors over it.
enum Fixtures {
  static var knowledgeBase: KnowledgeBase { EmbeddedKnowledgeBase.knowledgeBase }

  /// The shipped files, for tests that break one of them.
  static var files: [KnowledgeFile] { EmbeddedKnowledgeBase.files }

  /// An advisor in a fresh conversation over the embedded image, exactly as the program starts;
  /// every copy starts from the same state.
  static let freshAdvisor = EmbeddedKnowledgeBase.advisor

  /// The English word list the build gives the typo check (Debian's wamerican).
  static let dictionary: [String] = {
    let text = (try? String(contentsOfFile: "/usr/share/dict/words", encoding: .utf8)) ?? ""
    return text.split(whereSeparator: \.isNewline).map(String.init)
  }()

  /// An advisor built from the shipped files as `--intents` builds one, with the word list.
  static func advisorFromFiles(_ files: [KnowledgeFile] = Fixtures.files) throws -> Advisor {
    Advisor(knowledgeBase: try KnowledgeBase(files: files), dictionary: dictionary)
  }

  /// A fresh advisor over the shipped knowledge base.
  static func advisor() -> Advisor { freshAdvisor }

  /// The reply to one question asked in a fresh conversation.
  static func ask(_ question: String) -> Reply {
    var advisor = advisor()
    return advisor.respond(to: question)
  }

  /// The plain text of a reply, wrapped at a width wide enough to keep phrases on one line.
  static func text(of reply: Reply) -> String {
    TerminalRenderer(width: 1000, color: false).render(reply.blocks)
  }

  /// The shipped files with one file's text replaced.
  static func files(replacing name: String, with edit: (String) -> String) -> [KnowledgeFile] {
    files.map { $0.name == "intents/\(name)" ? KnowledgeFile(name: $0.name, text: edit($0.text)) : $0 }
  }
}
