import Foundation
@testable import OpsAdvisorCore
import Testing

/// Every file in `transcripts/` replays as its own test case, through the core.
@Suite struct TranscriptCorpusTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("transcripts")

  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".transcript") }.sorted()
  }()

  static func transcript(_ name: String) throws -> Transcript {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return try TranscriptParser.parse(text)
  }

  @Test(arguments: files)
  func replays(_ name: String) throws {
    let outcome = TranscriptReplayer(advisor: Fixtures.advisor()).replay(try Self.transcript(name))
    if let failure = outcome.failure {
      let details = (failure.annotationMismatches + [failure.diff]).joined(separator: "\n")
      Issue.record("transcripts/\(name):\(failure.line): > \(failure.input)\n\(details)")
    }
  }

  @Test func thereAreAtLeastFortyTranscripts() {
    #expect(Self.files.count >= 40)
  }

  @Test func everyIntentIsReachedBySomeTranscript() throws {
    var reached: Set<IntentID> = []
    let replayer = TranscriptReplayer(advisor: Fixtures.advisor())
    for name in Self.files {
      for (reply, _) in replayer.replay(try Self.transcript(name), stopAtFailure: false).actual {
        reached.insert(reply.intent)
      }
    }
    let missing = Fixtures.knowledgeBase.intents.map(\.id).filter { !reached.contains($0) }
    #expect(missing.isEmpty, "no transcript reaches: \(missing.map(\.rawValue).joined(separator: ", "))")
  }
}
