// The harness targets Linux (glibc): posix_spawn's session flag and closefrom are glibc's.
import Glibc

/// How a child process ended.
enum Termination: Equatable, CustomStringConvertible {
  case exited(Int32)
  case signaled(Int32)

  /// Decodes a `waitpid` status (the W* macros are not imported into Swift).
  init(waitStatus status: Int32) {
    if status & 0x7F == 0 {
      self = .exited((status >> 8) & 0xFF)
    } else {
      self = .signaled(status & 0x7F)
    }
  }

  /// The shell's convention: the exit code, or 128 + the signal number.
  var shellStatus: Int32 {
    switch self {
    case .exited(let code): code
    case .signaled(let signal): 128 + signal
    }
  }

  var description: String {
    switch self {
    case .exited(let code): "exited with status \(code)"
    case .signaled(let signal): "killed by signal \(signal)"
    }
  }
}

/// An error of the test harness itself (not of the program under test).
struct HarnessError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// C library functions that Swift's Glibc module does not import (glibc declares them only
/// under feature-test macros such as `_XOPEN_SOURCE` or `_GNU_SOURCE`), looked up at run time.
enum LibC {
  static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let symbol = dlsym(nil, name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  }

  static func required<Function>(_ name: String, as type: Function.Type) throws -> Function {
    guard let function = function(name, as: type) else { throw HarnessError("the C library has no \(name)") }
    return function
  }
}

/// `posix_spawn` with what every test child needs: its own session, default signal
/// dispositions, an empty signal mask, an explicit environment and no inherited descriptors.
enum Spawn {
  /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26). Glibc declares it only under `_GNU_SOURCE`, so
  /// Swift does not import it; the value is part of glibc's ABI.
  static let setSessionFlag: Int16 = 0x80

  /// `posix_spawn_file_actions_addclosefrom_np` (glibc ≥ 2.34), also hidden behind `_GNU_SOURCE`.
  /// Closing every descriptor above 2 keeps a child from holding another test's pipe open.
  static let addCloseFrom = LibC.function(
    "posix_spawn_file_actions_addclosefrom_np",
    as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)

  /// Makes writes to a pipe whose reader has gone fail with EPIPE in the test process instead
  /// of killing it. Children get the default disposition back (see `spawn`).
  static let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  /// Starts `path` with `arguments` (not including argv[0]) and exactly `environment`.
  ///
  /// `fileActions` sets up descriptors 0, 1 and 2; everything above 2 is closed afterwards.
  static func spawn(
    path: String, arguments: [String], environment: [String: String],
    fileActions configure: (inout posix_spawn_file_actions_t) -> Void
  ) throws -> pid_t {
    _ = ignoreBrokenPipes

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    configure(&actions)
    if let addCloseFrom { _ = addCloseFrom(&actions, 3) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(
      &attributes, setSessionFlag | Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }

    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw HarnessError("posix_spawn \(path) failed: \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// The termination of `pid` if it has ended, without waiting; nil while it runs.
  static func poll(_ pid: pid_t) -> Termination? {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { return Termination(waitStatus: status) }
      if result == -1, errno == EINTR { continue }
      return nil
    }
  }

  /// Kills `pid` (only that process) and reaps it.
  static func kill(_ pid: pid_t) -> Termination {
    _ = Glibc.kill(pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return Termination(waitStatus: status)
  }

  /// Milliseconds left until `deadline`, for `poll(2)`; never negative.
  static func milliseconds(until deadline: ContinuousClock.Instant, atMost cap: Int32 = 100) -> Int32 {
    let left = deadline - .now
    if left <= .zero { return 0 }
    let (seconds, attoseconds) = left.components
    let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
    return Int32(min(Int64(cap), milliseconds))
  }
}
