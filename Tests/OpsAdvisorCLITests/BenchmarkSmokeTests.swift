import Foundation
import Testing

/// The benchmark runs, with tiny counts, and prints every figure of its table.
///
/// Only that it works is checked here: the figures of a debug build with one run each mean
/// nothing, and no timing is asserted (README "Performance" has the real measurements).
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
  static let rows = [
    "one-shot `ask` wall time", "one-shot `ask` peak memory", "knowledge-base load: embedded image",
    "knowledge-base load: YAML + index", "per-turn latency p50 / p99", "piped throughput |",
    "piped throughput --json", "piped peak memory", "2× knowledge base",
  ]

  @Test func quickRunPrintsEveryFigure() throws {
    let folder = URL(fileURLWithPath: try OpsAdvisor.executable()).deletingLastPathComponent()
    let bench = folder.appendingPathComponent("opsadvisor-bench").path
    try #require(OpsAdvisor.isExecutableFile(bench), "opsadvisor-bench was not built next to opsadvisor")
    let home = try TemporaryDirectory()
    let result = try ProcessRunner.run(
      bench, ["--quick", "--no-build"], environment: childEnvironment(home: home.path), timeout: .seconds(600))
    #expect(result.termination == .exited(0), "\(result.stderrText)")
    for row in Self.rows {
      #expect(result.stdoutText.contains(row), "missing \(row) in:\n\(result.stdoutText)")
    }
  }
}
