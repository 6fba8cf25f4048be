#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// Runs a program to completion and measures it: wall time and peak resident memory.
///
/// The program is started through `opsadvisor-measure` (a small C program next to the
/// benchmark), which forks and waits for it: Linux counts a child's peak memory from the
/// process that started it, so a program spawned by the benchmark itself would report at least
/// the benchmark's own tens of megabytes.
struct ChildProcess {
  /// What one run cost.
  struct Measurement {
    let seconds: Double
    /// Peak resident set size, in kibibytes.
    let peakKiB: Int
    let status: Int32
  }

  let path: String
  let arguments: [String]
  /// A file given to the program as standard input (default: /dev/null).
  var input = "/dev/null"
  /// `opsadvisor-measure`, next to the program.
  var measurer: String { (path as NSString).deletingLastPathComponent + "/opsadvisor-measure" }

  /// Runs the program with standard output and error sent to /dev/null.
  func run() throws -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let report = NSTemporaryDirectory() + "opsadvisor-measure-\(getpid()).txt"
    let argv: [UnsafeMutablePointer<CChar>?] = ([measurer, report, path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let variables = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "NO_COLOR=1"]
    let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
    defer { environment.forEach { free($0) } }
    guard posix_spawn(&pid, measurer, &actions, nil, argv, environment) == 0 else {
      throw BenchError.cannotRun(measurer)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return try Self.measurement(fromReport: report)
  }

  /// Reads `opsadvisor-measure`'s report: seconds, peak KiB, wait status.
  static func measurement(fromReport path: String) throws -> Measurement {
    let fields = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: " ")
    guard fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[1]),
      let status = Int32(fields[2].trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw BenchError.missingFile(path) }
    return Measurement(seconds: seconds, peakKiB: peak, status: status)
  }
}

/// A monotonic clock in seconds.
enum Clock {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

enum BenchError: Error, CustomStringConvertible {
  case cannotRun(String)
  case cannotBuild(String)
  case missingFile(String)

  var description: String {
    switch self {
    case .cannotRun(let path): "cannot run \(path)"
    case .cannotBuild(let product): "cannot build \(product); run `swift build -c release` first"
    case .missingFile(let path): "missing \(path)"
    }
  }
}
