import Foundation
import OpsAdvisorCore
import OpsAdvisorKnowledgeBase

/// `opsadvisor-bench`: measures OpsAdvisor on every path and prints a table.
///
/// Usage: `swift run -c release opsadvisor-bench [--quick] [--runs N] [--no-build]`. `--quick`
/// uses tiny counts, to check that the benchmark works (the test suite runs it that way, with
/// `--no-build`); the figures it prints then mean nothing. `--stages` times each stage of a turn
/// and `--scale N` only the N-times knowledge base, for profiling. `--once` answers each held-out
/// phrase in a fresh conversation on one thread, twice: the program to count a turn's
/// instructions with (`SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind
/// --toggle-collect='*countedPass*' …`, which counts the second pass only: the first builds what
/// is built at first use), where the piped program's helper threads vary from run to run.
@main
struct Benchmark {
  let settings: BenchSettings
  let binaries: Binaries
  var rows: [BenchRow] = []

  /// The package's folder, found from this source file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func main() {
    do {
      let settings = BenchSettings(arguments: Array(CommandLine.arguments.dropFirst()))
      if let factor = settings.onlyScale, CommandLine.arguments.contains("--stages") {
        let files = SyntheticKnowledgeBase.files(scaledBy: factor, from: EmbeddedKnowledgeBase.files)
        let advisor = Advisor(knowledgeBase: try KnowledgeBase(files: files))
        print(BenchRow.table(StageBreakdown.rows(phrases: try HeldOutPhrases.load(from: packageRoot), rounds: 3, advisor: advisor)))
        return
      }
      if let factor = settings.onlyScale {
        var benchmark = Benchmark(settings: settings, binaries: Binaries(advisor: "", baseline: "", packageRoot: packageRoot))
        benchmark.measureTurns(try HeldOutPhrases.load(from: packageRoot))
        benchmark.measureScaling(try HeldOutPhrases.load(from: packageRoot), factors: [factor])
        print(BenchRow.table(benchmark.rows))
        return
      }
      if CommandLine.arguments.contains("--once") {
        print(StageBreakdown.respondOnce(phrases: try HeldOutPhrases.load(from: packageRoot)))
        return
      }
      if CommandLine.arguments.contains("--stages") {
        print(BenchRow.table(StageBreakdown.rows(phrases: try HeldOutPhrases.load(from: packageRoot), rounds: 20)))
        return
      }
      var benchmark = Benchmark(settings: settings, binaries: try Binaries.locate(build: settings.build))
      try benchmark.run()
      print(BenchRow.table(benchmark.rows))
    } catch {
      FileHandle.standardError.write(Data("opsadvisor-bench: \(error)\n".utf8))
      exit(1)
    }
  }

  mutating func run() throws {
    let phrases = try HeldOutPhrases.load(from: binaries.packageRoot)
    try measureOneShot()
    measureLoad()
    measureTurns(phrases)
    try measurePiped(phrases)
    measureScaling(phrases)
  }

  /// `opsadvisor ask` against the baseline, alternating, medians of `runs` each.
  mutating func measureOneShot() throws {
    let question = settings.workFile("question.txt", contents: "is LLMOps just MLOps?\n")
    let ask = ChildProcess(path: binaries.advisor, arguments: ["ask", "is LLMOps just MLOps?"])
    var baseline = ChildProcess(path: binaries.baseline, arguments: [])
    baseline.input = question
    var (askRuns, baselineRuns) = ([ChildProcess.Measurement](), [ChildProcess.Measurement]())
    for _ in 0..<settings.processRuns {
      askRuns.append(try ask.run())
      baselineRuns.append(try baseline.run())
    }
    let askTime = Statistics.median(askRuns.map(\.seconds)), baseTime = Statistics.median(baselineRuns.map(\.seconds))
    let askMemory = Statistics.median(askRuns.map { Double($0.peakKiB) })
    let baseMemory = Statistics.median(baselineRuns.map { Double($0.peakKiB) })
    rows.append(.init("one-shot `ask` wall time", BenchRow.ms(askTime), "baseline \(BenchRow.ms(baseTime)), ratio \(BenchRow.ratio(askTime / baseTime)) (target ≤ 1.5)"))
    rows.append(.init("one-shot `ask` peak memory", BenchRow.mib(askMemory), "baseline \(BenchRow.mib(baseMemory)), ratio \(BenchRow.ratio(askMemory / baseMemory)) (target ≤ 1.3)"))
  }

  /// Loading the shipped knowledge base, in process: reading the embedded image, as every run
  /// of `opsadvisor` does, and building it from the YAML files, as `--intents DIR` does.
  mutating func measureLoad() {
    let image = (0..<settings.loadRuns).map { _ in
      Timer.seconds { _ = try! KnowledgeImage.advisor(from: EmbeddedKnowledgeBase.image) }
    }
    let build = (0..<settings.loadRuns).map { _ in
      Timer.seconds { _ = Advisor(knowledgeBase: try! KnowledgeBase(files: EmbeddedKnowledgeBase.files)) }
    }
    rows.append(.init("knowledge-base load: embedded image", BenchRow.ms(Statistics.median(image)), "median of \(image.count)"))
    rows.append(.init("knowledge-base load: YAML + index (--intents)", BenchRow.ms(Statistics.median(build)), "median of \(build.count)"))
  }

  /// The respond path over the held-out phrases, each in a fresh conversation.
  mutating func measureTurns(_ phrases: [String]) {
    let advisor = EmbeddedKnowledgeBase.advisor
    let samples = TurnLatency.samples(advisor, phrases: phrases, rounds: settings.turnRounds)
    rows.append(.init("per-turn latency p50 / p99", "\(BenchRow.us(Statistics.median(samples))) / \(BenchRow.us(Statistics.percentile(samples, 0.99)))",
      "\(samples.count) turns over the held-out set (target ≤ 20 µs / ≤ 100 µs)"))
  }


  /// Scripted mode through the real binary, output to /dev/null.
  mutating func measurePiped(_ phrases: [String]) throws {
    let lines = phrases.filter { !$0.hasPrefix("/") }
    let large = settings.workFile("lines-large.txt", contents: PipedInput.text(lines, count: settings.largeLines))
    let small = settings.workFile("lines-small.txt", contents: PipedInput.text(lines, count: settings.smallLines))
    for json in [false, true] {
      var run = ChildProcess(path: binaries.advisor, arguments: json ? ["--json"] : [])
      run.input = large
      let seconds = Statistics.median(try (0..<settings.pipedRuns).map { _ in try run.run().seconds })
      let rate = Double(settings.largeLines) / seconds
      rows.append(.init("piped throughput\(json ? " --json" : "")", "\(Int(rate)) turns/s",
        "\(settings.largeLines) lines in \(BenchRow.ms(seconds)) (target ≥ \(json ? "20,000" : "50,000"))"))
    }
    var smallRun = ChildProcess(path: binaries.advisor, arguments: [])
    smallRun.input = small
    var largeRun = ChildProcess(path: binaries.advisor, arguments: [])
    largeRun.input = large
    let smallPeak = Double(try smallRun.run().peakKiB), largePeak = Double(try largeRun.run().peakKiB)
    rows.append(.init("piped peak memory, \(settings.smallLines) / \(settings.largeLines) lines",
      "\(BenchRow.mib(smallPeak)) / \(BenchRow.mib(largePeak))", "growth \(BenchRow.percent(largePeak / smallPeak - 1)) (target ≤ 10%)"))
  }

  /// Synthetic knowledge bases 10 and 100 times the shipped one. Rounds over the held-out
  /// phrases alternate between the scaled and the shipped knowledge base, and the ratio is of
  /// the p50s of those same rounds, so a slower spell of the machine weighs on both alike.
  mutating func measureScaling(_ phrases: [String], factors: [Int]? = nil) {
    for factor in factors ?? settings.scaleFactors {
      let files = SyntheticKnowledgeBase.files(scaledBy: factor, from: EmbeddedKnowledgeBase.files)
      var built: Advisor?
      let build = Timer.seconds { built = Advisor(knowledgeBase: try! KnowledgeBase(files: files)) }
      let image = KnowledgeImage.make(built!)
      var advisor = built!
      let load = Timer.seconds { advisor = try! KnowledgeImage.advisor(from: image) }
      var (samples, shipped) = ([Double](), [Double]())
      for _ in 0..<max(settings.scaleRounds, settings.turnRounds / factor) {
        samples += TurnLatency.samples(advisor, phrases: phrases, rounds: 1)
        shipped += TurnLatency.samples(EmbeddedKnowledgeBase.advisor, phrases: phrases, rounds: 1)
      }
      let p50 = Statistics.median(samples)
      rows.append(.init("\(factor)× knowledge base (\(advisor.knowledgeBase.intents.count) intents, \(advisor.index.exampleCount) examples)",
        "image load \(BenchRow.ms(load)) (YAML + index \(BenchRow.ms(build))), p50 \(BenchRow.us(p50)), p99 \(BenchRow.us(Statistics.percentile(samples, 0.99)))",
        "p50 is \(BenchRow.ratio(p50 / Statistics.median(shipped))) the shipped p50 in the same rounds (target at 100× ≤ 10)"))
    }
  }
}
