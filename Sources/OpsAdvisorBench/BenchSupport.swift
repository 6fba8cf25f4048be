import Foundation
import OpsAdvisorCore

/// How much work each measurement does.
struct BenchSettings {
  var processRuns = 15
  var loadRuns = 10
  var turnRounds = 50
  var pipedRuns = 3
  var smallLines = 1_000
  var largeLines = 100_000
  var scaleFactors = [10, 100]
  /// The least rounds over the held-out phrases for a scaled knowledge base's p50 and p99.
  var scaleRounds = 5
  /// Measure the binaries as they are instead of building them first (`--no-build`), as the
  /// test suite's smoke run must: it already holds the build folder.
  var build = true
  /// Measure only the knowledge base this many times the shipped one (`--scale N`).
  var onlyScale: Int?
  let workFolder = NSTemporaryDirectory() + "opsadvisor-bench-\(getpid())"

  init(arguments: [String]) {
    if arguments.contains("--quick") {
      (processRuns, loadRuns, turnRounds, pipedRuns, smallLines, largeLines, scaleFactors, scaleRounds) = (1, 1, 1, 1, 10, 20, [2], 1)
    }
    build = !arguments.contains("--no-build")
    if let index = arguments.firstIndex(of: "--scale"), index + 1 < arguments.count, let factor = Int(arguments[index + 1]) {
      onlyScale = max(2, factor)
    }
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let runs = Int(arguments[index + 1]) {
      processRuns = max(1, runs)
    }
    try? FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
  }

  /// Writes a work file and returns its path.
  func workFile(_ name: String, contents: String) -> String {
    let path = workFolder + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
    return path
  }
}

/// The programs measured: `opsadvisor` and the baseline, next to the benchmark itself.
struct Binaries {
  let advisor: String
  let baseline: String
  let packageRoot: String

  /// Finds (building them first if `build`) both programs in the benchmark's own build folder.
  static func locate(build: Bool) throws -> Binaries {
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let configuration = folder.lastPathComponent == "debug" ? "debug" : "release"
    for product in ["opsadvisor", "opsadvisor-baseline", "opsadvisor-measure"] {
      if build { try self.build(product, configuration: configuration, root: root) }
      guard FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(product).path) else {
        throw BenchError.cannotBuild(product)
      }
    }
    return Binaries(advisor: folder.appendingPathComponent("opsadvisor").path,
      baseline: folder.appendingPathComponent("opsadvisor-baseline").path, packageRoot: root)
  }

  /// `swift build` of one product, so the measured binaries match the sources.
  static func build(_ product: String, configuration: String, root: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "build", "-c", configuration, "--product", product, "--package-path", root]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchError.cannotBuild(product) }
  }
}

/// The held-out phrases, the benchmark's sample of real questions.
enum HeldOutPhrases {
  static func load(from root: String) throws -> [String] {
    let path = root + "/Tests/OpsAdvisorCoreTests/HeldOut/held-out.tsv"
    guard let data = FileManager.default.contents(atPath: path) else { throw BenchError.missingFile(path) }
    return try HeldOutSet(text: String(decoding: data, as: UTF8.self)).items
      .filter { $0.expectation != .intent(KnownIntent.goodbye) }.map(\.phrase)
  }
}

/// Input for the piped measurements: the phrases repeated to `count` lines.
enum PipedInput {
  static func text(_ phrases: [String], count: Int) -> String {
    (0..<count).map { phrases[$0 % phrases.count] + "\n" }.joined()
  }
}

/// The in-process respond path, timed turn by turn.
enum TurnLatency {
  /// One sample per phrase per round, each asked of a fresh conversation.
  static func samples(_ advisor: Advisor, phrases: [String], rounds: Int) -> [Double] {
    var fresh = advisor
    fresh.reset()
    var samples: [Double] = []
    samples.reserveCapacity(phrases.count * rounds)
    for _ in 0..<rounds {
      for phrase in phrases {
        var conversation = fresh
        let start = Clock.now()
        let reply = conversation.respond(to: phrase)
        samples.append(Clock.now() - start)
        blackHole(reply)
      }
    }
    return samples
  }

  @inline(never) static func blackHole(_ value: Reply) {}
}

enum Timer {
  static func seconds(_ work: () -> Void) -> Double {
    let start = Clock.now()
    work()
    return Clock.now() - start
  }
}

/// One line of the result table.
struct BenchRow {
  let measure: String
  let value: String
  let note: String

  init(_ measure: String, _ value: String, _ note: String) {
    (self.measure, self.value, self.note) = (measure, value, note)
  }

  static func table(_ rows: [BenchRow]) -> String {
    (["| measure | value | notes |", "| --- | --- | --- |"] + rows.map { "| \($0.measure) | \($0.value) | \($0.note) |" })
      .joined(separator: "\n")
  }

  static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
  static func us(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }
  static func mib(_ kib: Double) -> String { String(format: "%.1f MiB", kib / 1024) }
  static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
  static func percent(_ value: Double) -> String { String(format: "%+.1f%%", value * 100) }
}
