@testable import OpsAdvisorCore
import Testing

@Suite struct SlashCommandTests {
  @Test(arguments: [
    ("/help", SlashCommand.help),
    ("  /TRACKS ", .tracks),
    ("/compare mlops aiops tools", .compare(arguments: "mlops aiops tools")),
    ("/profile", .profile),
    ("/why", .why),
    ("/reset", .reset),
    ("/save out.txt", .save(path: "out.txt", overwrite: false)),
    ("/save! out.txt", .save(path: "out.txt", overwrite: true)),
    ("/quit", .quit),
    ("/exit", .quit),
    ("/hlep", .unknown(name: "hlep", suggestion: "help")),
    ("/zzzzzzzz", .unknown(name: "zzzzzzzz", suggestion: nil)),
  ])
  func parses(line: String, command: SlashCommand) {
    #expect(SlashCommand.parse(line) == command)
  }

  @Test func plainTextIsNotACommand() {
    #expect(SlashCommand.parse("what is mlops/llmops") == nil)
  }

  @Test func anUnknownCommandIsRepeatedWithoutControlCharacters() {
    let text = Fixtures.text(of: Fixtures.ask("/\u{1B}[31mred"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func unknownCommandSuggestsTheNearest() {
    var advisor = Fixtures.advisor()
    let text = Fixtures.text(of: advisor.respond(to: "/compre"))
    #expect(text.contains("Unknown command /compre. Did you mean /compare?"))
  }
}
