@testable import OpsAdvisorCore
import Testing

/// What terms mean, from the vocabulary's `meanings:`: general knowledge, said only marked as
/// the advisor's own and citing the outside section (`Advisor+Meanings.swift`).
@Suite struct MeaningTests {
  static let outside = "Outside the comparison (general knowledge or my own advice)"

  @Test(arguments: [
    ("what is drift", "Drift is the slow change"),
    ("explain what model drift means", "Drift is the slow change"),
    ("what does observability mean", "Observability is being able to tell"),
    ("whats an eval", "Evaluation is measuring"),
    ("what is mlflow", "MLflow is an open-source tool"),
    ("what's TGI", "TGI (Text Generation Inference)"),
  ])
  func aTermTheSourceUsesGetsWhereItBelongsThenItsMeaningMarked(line: String, meaning: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.contains("Outside the comparison: " + meaning))
    #expect(reply.sources.last == Self.outside)
    // Where the source places it comes first; the advisor's own words after it.
    let table = text.range(of: "MLOps") ?? text.range(of: "LLMOps")
    #expect(table.map { $0.lowerBound < text.range(of: meaning)!.lowerBound } == true)
  }

  @Test(arguments: [("whats rag", "rag", "prompting", "RAG (retrieval-augmented"), ("what are guardrails", "guardrails", "security", "Guardrails are checks")])
  func aTermOnlyNearTheSourcesWordsSaysSoThenItsMeaning(line: String, typed: String, nearest: String, meaning: String) {
    let text = Fixtures.text(of: Fixtures.ask(line))
    #expect(text.hasPrefix("My source doesn't use \"\(typed)\"; the nearest word it uses is \"\(nearest)\""))
    #expect(text.contains("Outside the comparison: " + meaning))
  }

  /// Two concepts set against each other get where the source mentions each, then both
  /// meanings in one paragraph; a story after the question does not hide it.
  @Test(arguments: ["is observability the same thing as monitoring? we have monitoring already", "observability vs monitoring?"])
  func twoConceptsSetApartGetBothMeanings(line: String) {
    let reply = Fixtures.ask(line)
    let text = Fixtures.text(of: reply)
    #expect(text.hasPrefix("My source doesn't set observability against monitoring itself."))
    #expect(text.contains("Outside the comparison: Observability is being able to tell") && text.contains("Monitoring is watching"))
    #expect(text.components(separatedBy: "Outside the comparison:").count == 2)
    #expect(reply.sources.last == Self.outside)
  }

  /// A term one track names as a concept is no tool of another ("serving": LLMOps's focus,
  /// AIOps's serving platforms); asked what it is, a term is not the track in focus's follow-up.
  @Test func servingIsAConceptAndWhatIsAskedAfterAnAnswerIsTheTerm() {
    let (replies, _) = conversation(["what does serving mean", "what is tracing"])
    let serving = Fixtures.text(of: replies[0])
    #expect(serving.hasPrefix("My source uses \"serving\" without saying what it means") && serving.contains("Serving LLMs"))
    let tracing = Fixtures.text(of: replies[1])
    #expect(tracing.contains("Outside the comparison: Tracing records") && !tracing.contains("projects like these"))
  }

  /// A field next door asked what it is gets its meaning after what the source says of it.
  @Test(arguments: [("whats agentops", "AgentOps is running AI agents"), ("what is devops", "DevOps is the practice")])
  func aNeighbourAskedWhatItIsGetsItsMeaning(line: String, meaning: String) {
    let reply = Fixtures.ask(line)
    #expect(Fixtures.text(of: reply).contains("Outside the comparison: " + meaning))
    #expect(reply.sources.last == Self.outside)
    #expect(!Fixtures.text(of: Fixtures.ask("is devops part of this")).contains("Outside the comparison: DevOps is"))
  }

  /// Asked for plain words about terms it names, a line gets what each means, marked, after
  /// the short version of the last answer when it asks for that too; with none named, the
  /// short version alone, as before.
  @Test func termsAskedInPlainWordsGetTheirMeanings() {
    let (replies, _) = conversation([
      "what is llmops", "can u say that in simpler words? i dont know what serving or throughput means",
      "explain token costs and evals without jargon", "can u say that in simpler words?",
    ])
    // The short version of the last answer, then what the terms named mean.
    let first = Fixtures.text(of: replies[1])
    #expect(first.hasPrefix("LLMOps covers") && first.contains("Outside the comparison: Serving is running") && first.contains("Throughput is how many"))
    let second = Fixtures.text(of: replies[2])
    #expect(second.contains("A token is the piece of text") && second.contains("Evaluation is measuring"))
    #expect(replies[3].intent == KnownIntent.overview)
  }

  /// Several terms asked at once get each meaning; terms set against each other, or asked of a
  /// track, keep their answers.
  @Test func severalTermsAskedAtOnceGetEachMeaning() {
    let both = Fixtures.text(of: Fixtures.ask("whats evals? and guardrails?"))
    #expect(both.contains("Evaluation is measuring") && both.contains("Guardrails are checks"))
    // "even" after "what" only stresses it; a term someone else keeps saying is not their work.
    let (stressed, advisor) = conversation(["ok what even are evals. and guardrails? my lead keeps saying guardrails"])
    let text = Fixtures.text(of: stressed[0])
    #expect(text.contains("Evaluation is measuring") && text.contains("Guardrails are checks") && !text.contains("mentions keeps"))
    #expect(advisor.state.profile.evidence.isEmpty)
    let those = Fixtures.text(of: conversation(["what is llmops", "ok and tracing? token costs? what do those mean"]).replies[1])
    #expect(those.contains("Tracing records") && those.contains("A token is"))
    #expect(Fixtures.text(of: Fixtures.ask("is observability the same as monitoring")).hasPrefix("My source doesn't set observability against monitoring"))
  }

  @Test func aTermTheSourceDoesNotNameGetsItsMeaningBeforeTheBridge() {
    let text = Fixtures.text(of: Fixtures.ask("what is terraform"))
    #expect(text.hasPrefix("My source doesn't name Terraform. Outside the comparison: Terraform is an open-source tool"))
    #expect(text.contains("Terraform builds infrastructure, platform work that AIOps covers."))
    #expect(text.components(separatedBy: "Outside the comparison:").count == 2)
  }

  /// Asked whether the source names something, the words of asking are not the thing.
  @Test func whetherSomethingAppearsAsksOfTheThingAlone() {
    let text = Fixtures.text(of: Fixtures.ask("does kafka appear anywhere"))
    #expect(text.hasPrefix("I found nothing on kafka in what my source says"))
  }

  @Test func aToolOutsideTheSourceAskedWhereIsNotDefined() {
    let text = Fixtures.text(of: Fixtures.ask("where does it mention prometheus"))
    #expect(!text.contains("collects metrics"))
  }

  @Test func aTermWithoutAMeaningKeepsTheOldAnswer() {
    let text = Fixtures.text(of: Fixtures.ask("what is reliability"))
    #expect(!text.contains("Outside the comparison:"))
  }
}
