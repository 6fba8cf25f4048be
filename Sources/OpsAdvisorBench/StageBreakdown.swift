import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// Where a turn's time goes, stage by stage (`opsadvisor-bench --stages`).
enum StageBreakdown {
  static func rows(phrases: [String], rounds: Int, advisor: Advisor = EmbeddedKnowledgeBase.advisor) -> [BenchRow] {
    let renderer = TerminalRenderer(width: 80, color: false)
    let parsed = phrases.map(advisor.parser.parse)
    let reply = phrases.map { phrase -> Reply in
      var fresh = advisor
      return fresh.respond(to: phrase)
    }
    let stages: [(String, () -> Void)] = [
      ("normalise", { for phrase in phrases { _ = TextNormalizer.normalize(phrase) } }),
      ("parse (normalise, typos, aliases)", { for phrase in phrases { _ = advisor.parser.parse(phrase) } }),
      ("signals", { for phrase in phrases { _ = advisor.detector.detect(in: phrase) } }),
      ("rank", { for input in parsed { _ = advisor.index.rank(MatcherWords(input)) } }),
      ("respond (all of the above and more)", {
        for phrase in phrases {
          var fresh = advisor
          _ = fresh.respond(to: phrase)
        }
      }),
      ("render", { for item in reply { _ = renderer.render(item.blocks) } }),
      ("JSON", { for item in reply { _ = ReplyJSON.encode(item, answer: "") } }),
    ]
    return stages.map { name, work in
      let seconds = (0..<rounds).map { _ in Timer.seconds(work) / Double(phrases.count) }
      return BenchRow("stage: \(name)", BenchRow.us(Statistics.median(seconds)), "mean per turn, median of \(rounds) rounds")
    }
  }

  /// Answers each phrase in a fresh conversation twice, the first time to build what is built
  /// at first use; returns how many blocks the second pass's replies hold.
  static func respondOnce(phrases: [String], advisor: Advisor = EmbeddedKnowledgeBase.advisor) -> Int {
    _ = warmUpPass(phrases: phrases, advisor: advisor)
    return countedPass(phrases: phrases, advisor: advisor)
  }

  /// The second pass of `respondOnce(phrases:advisor:)`, the function callgrind's
  /// `--toggle-collect` names: the steady cost of the turns.
  @inline(never)
  static func countedPass(phrases: [String], advisor: Advisor) -> Int {
    phrases.reduce(0) { count, phrase in
      var fresh = advisor
      return count + fresh.respond(to: phrase).blocks.count
    }
  }

  /// The first pass of `respondOnce(phrases:advisor:)`, which callgrind does not count: it
  /// sums other figures than `countedPass`, so that the two are not folded into one function.
  @inline(never)
  static func warmUpPass(phrases: [String], advisor: Advisor) -> Int {
    phrases.reduce(0) { count, phrase in
      var fresh = advisor
      return count + fresh.respond(to: phrase).sources.count
    }
  }
}
