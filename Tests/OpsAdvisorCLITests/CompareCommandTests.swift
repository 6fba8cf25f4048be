import Foundation
import Testing

/// `/compare` through the binary: a factor, topic or track alone is honoured, and words it does
/// not know are named, with the factors it takes.
@Suite("/compare's arguments")
struct CompareCommandTests {
  /// The JSON objects of a piped `--json` session.
  static func replies(to lines: [String]) throws -> [[String: Any]] {
    let result = try runOpsAdvisor(["--json"], stdin: lines.joined(separator: "\n") + "\n")
    #expect(result.termination == .exited(0), "\(result.summary)")
    let (objects, failure) = OutputCheck.jsonObjects(result.stdout)
    #expect(failure == nil, "\(failure ?? "")")
    try #require(objects.count == lines.count, "\(result.summary)")
    return objects
  }

  @Test("A factor, a topic or a track alone is what /compare shows")
  func aloneIsHonoured() throws {
    let replies = try Self.replies(to: ["/compare skills", "/compare tools", "/compare aiops", "/compare competencies"])
    #expect(replies[0]["intent"] as? String == "skills")
    #expect(replies[0]["source"] as? String == "Skills Comparison")
    let skills = try #require(replies[0]["answer"] as? String)
    #expect(skills.contains("Pipeline automation") && skills.contains("LLM observability"), "\(skills)")
    #expect(!skills.contains("Core system type"), "not the whole table: \(skills)")

    #expect(replies[1]["factor"] as? String == "tools")
    let tools = try #require(replies[1]["answer"] as? String)
    #expect(tools.contains("Tool emphasis") && !tools.contains("Career outcome"), "\(tools)")

    #expect(replies[2]["tracks"] as? [String] == ["aiops"])
    let aiops = try #require(replies[2]["answer"] as? String)
    #expect(aiops.contains("Career outcome") && !aiops.contains("MLOps"), "\(aiops)")

    #expect(replies[3]["intent"] as? String == "skills", "a synonym of skills")
  }

  @Test("Words /compare does not know are named, with the factors, instead of the whole table")
  func unknownWordsNamed() throws {
    let replies = try Self.replies(to: ["/compare banana", "/compare mlops kiwi aiops tools"])
    for reply in replies {
      let answer = (reply["answer"] as? String ?? "").replacingOccurrences(of: "\n", with: " ")
      #expect(answer.contains("as a track or a factor."), "\(answer)")
      #expect(answer.contains("one factor: system type, focus, best for, tools, project, career or skills."), "\(answer)")
      #expect(!answer.contains("Core system type") && !answer.contains("Tool emphasis"), "no table: \(answer)")
    }
    #expect((replies[0]["answer"] as? String)?.hasPrefix("I don't know \"banana\"") == true)
    #expect((replies[1]["answer"] as? String)?.hasPrefix("I don't know \"kiwi\"") == true)
  }

  @Test("A typo is read as the nearest name and said so; a second factor is said to be left out")
  func typosAndSecondFactor() throws {
    let replies = try Self.replies(to: ["/compare llmosp tols", "/compare mlops career tools"])
    let typo = try #require(replies[0]["answer"] as? String)
    #expect(typo.hasPrefix("(I read \"llmosp\" as \"llmops\", \"tols\" as \"tools\".)"), "\(typo)")
    #expect(replies[0]["tracks"] as? [String] == ["llmops"])
    #expect(replies[0]["factor"] as? String == "tools")
    let two = try #require(replies[1]["answer"] as? String)
    #expect(two.hasPrefix("(One factor at a time: this is \"career\", not \"tools\".)"), "\(two)")
    #expect(replies[1]["factor"] as? String == "career")
  }
}
