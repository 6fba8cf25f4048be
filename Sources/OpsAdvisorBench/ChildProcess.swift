#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// Runs a program to completion and measures it: wall time and peak resident memory.
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

  /// Runs the program with standard output and error sent to /dev/null.
  func run() throws -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = Clock.now()
    var pid: pid_t = 0
    let variables = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "NO_COLOR=1"]
    let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
    defer { environment.forEach { free($0) } }
    guard posix_spawn(&pid, path, &actions, nil, argv, environment) == 0 else {
      throw BenchError.cannotRun(path)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return Measurement(seconds: Clock.now() - start, peakKiB: usage.ru_maxrss, status: status)
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
