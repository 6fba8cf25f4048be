@testable import OpsAdvisorCore
import Testing

/// Work with no AI system in it is noted, and AIOps is then named the nearest track, not a fit.
@Suite struct NoAISystemTests {
  static let story = "im a windows sysadmin, i handle alerts and security patches on servers"

  @Test(arguments: ["no AI at all, just windows server and active directory", "we dont use any ai here", "i not have AI systems"])
  func sayingThereIsNoAIIsNotedNotDeclined(line: String) {
    let reply = conversation([Self.story, line]).replies[1]
    #expect(reply.intent == KnownIntent.preference)
    #expect(Fixtures.text(of: reply).contains("your work involves no AI system so far"))
    #expect(reply.sources.last == "Outside the comparison (general knowledge or my own advice)")
  }

  @Test(arguments: ["i have no ai background", "its not ai ops, its it ops"])
  func noAIThatIsNoSayingOfTheirWorkIsNotTaken(line: String) {
    #expect(!Advisor.saysTheyHaveNoAI(Fixtures.advisor().parser.parse(line)))
  }

  @Test func noAIBesidesWhatTheyToldIsNoNews() {
    #expect(!Advisor.saysTheyHaveNoAI(Fixtures.advisor().parser.parse("we dont have any ai besides those two btw")))
    let replies = conversation(["we run a forecasting model and a copilot on claude", "no ai at all apart from that"]).replies
    #expect(!Fixtures.text(of: replies[1]).contains("no AI system so far"))
  }

  @Test func aQuestionWithNoAIInItIsAnswered() {
    #expect(!Fixtures.text(of: Fixtures.ask("is there no ai in aiops?")).contains("no AI system so far"))
  }

  @Test func aiopsAfterNoAIIsTheNearestTrackUntilAnAISystemIsTold() {
    let said = conversation([Self.story, "no AI at all", "which track should i pick"]).replies[2]
    #expect(said.recommendation == .aiops)
    #expect(Fixtures.text(of: said).contains("you said your work involves no AI system"))
    let told = conversation([Self.story, "no AI at all", "ok we do run a llama chatbot for the helpdesk now", "which track should i pick"])
    #expect(!Fixtures.text(of: told.replies[3]).contains("you said your work involves no AI system"))
  }
}
