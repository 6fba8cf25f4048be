import ArgumentParser
import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// Options every command takes: the knowledge base, the width and colour.
struct CommonOptions: ParsableArguments {
  @Option(name: .customLong("intents"), help: ArgumentHelp(
    "Load the knowledge base from DIR instead of the embedded one.", valueName: "DIR"))
  var intentsDirectory: String?

  @Option(parsing: .unconditional, help: ArgumentHelp(
    "Wrap answers to N columns (default: $COLUMNS, else the terminal's width, else 80).",
    valueName: "N"))
  var width: Int?

  @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR and TERM=dumb also turn colour off).")
  var noColor = false

  func validate() throws {
    if let width, width < 1 { throw ValidationError("--width must be a positive number of columns.") }
  }

  /// An advisor in a new conversation over the knowledge base named by `--intents`, or over
  /// the embedded one, read in place from the image built with the program. A directory's
  /// typo correction keeps apart the same English words as the build's (`englishWordList`).
  func loadAdvisor() throws -> Advisor {
    guard let intentsDirectory else { return EmbeddedKnowledgeBase.advisor }
    let knowledgeBase = try KnowledgeBaseDirectory(path: intentsDirectory).load()
    return Advisor(knowledgeBase: knowledgeBase, dictionary: Self.englishWordList())
  }

  /// The English word list the build reads (Debian's wamerican), or none where it is missing,
  /// as at build time.
  static func englishWordList(path: String = "/usr/share/dict/words") -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return Lexicon.dictionaryWords(in: text)
  }

  /// The knowledge base named by `--intents`, or the embedded one.
  func loadKnowledgeBase() throws -> KnowledgeBase {
    guard let intentsDirectory else { return EmbeddedKnowledgeBase.knowledgeBase }
    return try KnowledgeBaseDirectory(path: intentsDirectory).load()
  }
}
