import ArgumentParser
import OpsAdvisorCore

/// `opsadvisor intents`: the knowledge base's intents and their example phrasings.
struct Intents: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intents",
    abstract: "List every intent with its example phrasings.",
    discussion: """
      Examples:
        opsadvisor intents
        opsadvisor intents --json
        opsadvisor intents --intents ./intents
      """)

  @OptionGroup var options: CommonOptions

  @Flag(help: "Print one JSON array of {id, label, examples} objects.")
  var json = false

  func run() throws {
    let knowledgeBase = try options.loadKnowledgeBase()
    let output = json ? IntentListing.json(knowledgeBase) : IntentListing.text(knowledgeBase)
    try StandardOutput.write(output + "\n")
  }
}

/// The text and JSON forms of the intent list.
enum IntentListing {
  static func text(_ knowledgeBase: KnowledgeBase) -> String {
    knowledgeBase.intents.map { intent in
      (["\(intent.id) — \(intent.label) (\(intent.examples.count) examples)"]
        + intent.examples.map { "  - \($0)" }).joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  static func json(_ knowledgeBase: KnowledgeBase) -> String {
    let objects = knowledgeBase.intents.map { intent in
      let examples = intent.examples.map(ReplyJSON.string).joined(separator: ",")
      return "{\"id\":\(ReplyJSON.string(intent.id.rawValue)),\"label\":\(ReplyJSON.string(intent.label)),"
        + "\"examples\":[\(examples)]}"
    }
    return "[" + objects.joined(separator: ",") + "]"
  }
}
