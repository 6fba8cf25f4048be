@testable import OpsAdvisorCore
import Testing

@Suite struct TranscriptFormatTests {
  let sample = """
    # title: sample
    # width: 60
    > hi
    #= intent: greeting; tracks: none
    Hello
    \\> quoted
    \\#hash
    ...
    Saved \\d+ turns (re)

    > bye
    Bye


    """

  @Test func parsesHeaderTurnsAnnotationsAndWildcards() throws {
    let transcript = try TranscriptParser.parse(sample)
    #expect(transcript.header == ["# title: sample", "# width: 60"])
    #expect(transcript.width == 60)
    #expect(transcript.turns.map(\.input) == ["hi", "bye"])
    #expect(transcript.turns.map(\.line) == [3, 11])
    #expect(transcript.turns[0].annotation == Annotation(intent: "greeting", tracks: []))
    #expect(transcript.turns[0].expected == [
      .literal("Hello"), .literal("> quoted"), .literal("#hash"), .anyLines, .pattern("Saved \\d+ turns"), .literal(""),
    ])
    #expect(transcript.turns[1].expected == [.literal("Bye"), .literal("")])
  }

  @Test func writesBackWhatItRead() throws {
    let transcript = try TranscriptParser.parse(sample)
    #expect(TranscriptWriter.text(of: transcript) == sample)
  }

  @Test func widthDefaultsTo80() throws {
    #expect(try TranscriptParser.parse("> hi\nHello\n\n").width == 80)
  }

  @Test(arguments: ["> a", "#x", "\\y", "...", "ends (re)"])
  func escapesLinesThatCouldBeMisread(line: String) throws {
    let text = TranscriptWriter.turn(input: "q", answer: line)
    let turn = try TranscriptParser.parse(text).turns[0]
    #expect(turn.expected == [.literal(line), .literal("")])
  }

  @Test func readsWindowsLineEndings() throws {
    let transcript = try TranscriptParser.parse("# width: 70\r\n> hi\r\nHello\r\n\r\n")
    #expect(transcript.width == 70)
    #expect(transcript.turns.map(\.input) == ["hi"])
    #expect(transcript.turns[0].expected == [.literal("Hello"), .literal("")])
  }

  @Test func carriageReturnsBeforeALineEndRoundTrip() throws {
    for text in ["> hi\r\r\nx\r\r\n\n", "> hi\nx\r\r", "> hi\r\n\r\r\n"] {
      let transcript = try TranscriptParser.parse(text)
      #expect(try TranscriptParser.parse(TranscriptWriter.text(of: transcript)) == transcript, "\(text.debugDescription)")
    }
  }

  @Test func anEmptyAnnotationRoundTrips() throws {
    let transcript = try TranscriptParser.parse("> hi\n#=\nHello\n\n")
    #expect(try TranscriptParser.parse(TranscriptWriter.text(of: transcript)) == transcript)
  }

  @Test func textBeforeTheFirstTurnIsAnError() {
    #expect(throws: TranscriptError(line: 1, problem: .textBeforeFirstTurn)) { try TranscriptParser.parse("hello\n> hi\n") }
  }

  @Test func badPatternsAndAnnotationsAreErrors() {
    #expect(throws: TranscriptError(line: 2, problem: .badPattern("(unclosed"))) {
      try TranscriptParser.parse("> hi\n(unclosed (re)\n")
    }
    #expect(throws: TranscriptError.self) { try TranscriptParser.parse("> hi\n#= colour: blue\n") }
    #expect(throws: TranscriptError.self) { try TranscriptParser.parse("> hi\n#= tracks: devops\n") }
  }

  @Test func controlCharactersInInputsAreNeutralised() {
    let text = TranscriptWriter.turn(input: "a\u{1B}]0;title\u{7}b", answer: "x")
    #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
  }
}

@Suite struct TurnMatcherTests {
  @Test(arguments: [
    ([Transcript.ExpectedLine.literal("a"), .literal("b")], ["a", "b"], true),
    ([.literal("a")], ["a", "b"], false),
    ([.anyLines], [], true),
    ([.literal("a"), .anyLines, .literal("z")], ["a", "b", "c", "z"], true),
    ([.literal("a"), .anyLines, .literal("z")], ["a", "z"], true),
    ([.literal("a"), .anyLines, .literal("z")], ["a", "b"], false),
    ([.pattern("v\\d+")], ["v12"], true),
    ([.pattern("v\\d+")], ["v12x"], false),
  ])
  func matches(expected: [Transcript.ExpectedLine], actual: [String], result: Bool) {
    #expect(TurnMatcher.matches(expected, actual) == result)
  }
}

@Suite struct WildcardCostTests {
  @Test func manyWildcardsAreMatchedWithoutBacktracking() {
    let expected = Array(repeating: [Transcript.ExpectedLine.anyLines, .literal("x")], count: 60).flatMap { $0 }
    let actual = Array(repeating: "y", count: 200) + ["x"]
    #expect(!TurnMatcher.matches(expected, actual))
    #expect(TurnMatcher.matches(Array(expected.suffix(2)), actual))
  }
}

@Suite struct LineDiffTests {
  @Test func showsRemovalsThenAdditionsWithContext() {
    let diff = LineDiff.unified(expected: ["a", "b", "c"], actual: ["a", "x", "c"])
    #expect(diff == "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n")
  }

  @Test func isEmptyWhenEqual() {
    #expect(LineDiff.unified(expected: ["a"], actual: ["a"]) == "")
  }

  @Test func numbersHunksFromTheFirstShownLine() {
    let expected = (1...10).map(String.init)
    var actual = expected
    actual[7] = "changed"
    #expect(LineDiff.unified(expected: expected, actual: actual).contains("@@ -5,6 +5,6 @@"))
  }
}

@Suite struct ReplayAndBlessTests {
  let replayer = TranscriptReplayer(advisor: Fixtures.advisor())

  func recorded(_ inputs: [String]) -> String {
    var advisor = Fixtures.advisor()
    let renderer = TerminalRenderer(width: 80, color: false)
    return "# title: t\n# width: 80\n" + inputs.map { input in
      let reply = advisor.respond(to: input)
      return TranscriptWriter.turn(input: input, answer: renderer.render(reply.blocks), annotation: Annotation(of: reply))
    }.joined()
  }

  @Test func aRecordedConversationReplays() throws {
    let text = recorded(["hi", "what tools does llmops use", "I deploy churn models"])
    #expect(replayer.replay(try TranscriptParser.parse(text)).passed)
  }

  @Test func aChangedAnswerFailsAtItsTurnWithADiff() throws {
    let text = recorded(["hi", "what tools does llmops use"]).replacingOccurrences(of: "  - TGI", with: "  - TGX")
    let failure = try #require(replayer.replay(try TranscriptParser.parse(text)).failure)
    #expect(failure.input == "what tools does llmops use")
    #expect(failure.line == 9)
    #expect(failure.diff.contains("-  - TGX\n+  - TGI"))
  }

  @Test func aTurnAfterTheSessionEndedFails() throws {
    let text = recorded(["bye"]) + "> what is mlops\nanything\n\n"
    let failure = try #require(replayer.replay(try TranscriptParser.parse(text)).failure)
    #expect(failure.input == "what is mlops")
    #expect(failure.annotationMismatches == ["the session ended at the turn before; this turn is never answered"])
  }

  @Test func aWrongAnnotationFails() throws {
    let text = recorded(["what tools does llmops use"]).replacingOccurrences(of: "intent: tools", with: "intent: skills")
    let failure = try #require(replayer.replay(try TranscriptParser.parse(text)).failure)
    #expect(failure.annotationMismatches == ["intent: expected skills, got tools"])
    #expect(failure.diff.isEmpty)
  }

  @Test func blessingRestoresAPassAndKeepsWildcardsThatStillMatch() throws {
    var text = recorded(["what tools does llmops use", "hi"])
    text = text.replacingOccurrences(of: "  - TGI\n", with: "  - TGX\n")
    text = text.replacingOccurrences(of: "  - prompt ops tooling\n  - evaluation stacks\n", with: "...\n")
    text = text.replacingOccurrences(of: "Source: Tools Comparison", with: "Source: .* (re)")
    let transcript = try TranscriptParser.parse(text)
    let outcome = replayer.replay(transcript, stopAtFailure: false)
    let (blessed, changed) = TranscriptBlesser.bless(transcript, outcome: outcome)
    #expect(changed == [3])
    #expect(replayer.replay(blessed).passed)
    let written = TranscriptWriter.text(of: blessed)
    #expect(written.contains("  - TGI\n...\n"))
    #expect(written.contains("Source: .* (re)"))
    #expect(written.contains("#= intent: tools"))
  }
}
