import Foundation
import Glibc

/// What a finished child wrote and how it ended.
struct ProcessResult {
  let termination: Termination
  let stdout: [UInt8]
  let stderr: [UInt8]

  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program with pipes on its standard input, output and error (so none is a terminal),
/// feeding input and reading both outputs in one `poll` loop: no deadlock on full pipes.
enum ProcessRunner {
  /// Runs `executable` with `arguments`.
  ///
  /// - Parameters:
  ///   - stdin: the bytes to write to standard input, which is then closed; nil for /dev/null.
  ///   - stdoutLimit: read at most this many bytes of standard output, then close the pipe
  ///     as a reader that has gone (like `| head -c N`).
  ///   - timeout: the program is killed, and an error thrown, if it runs longer.
  static func run(
    _ executable: String, _ arguments: [String], stdin: String? = nil,
    environment: [String: String], stdoutLimit: Int? = nil, timeout: Duration = .seconds(10)
  ) throws -> ProcessResult {
    try run(
      executable, arguments, input: stdin.map { Array($0.utf8) }, environment: environment,
      stdoutLimit: stdoutLimit, timeout: timeout)
  }

  /// `run` with standard input given as raw bytes (which need not be valid UTF-8).
  static func run(
    _ executable: String, _ arguments: [String], input stdin: [UInt8]?,
    environment: [String: String], stdoutLimit: Int? = nil, timeout: Duration = .seconds(10)
  ) throws -> ProcessResult {
    let input = try stdin.map { _ in try makePipe() }
    let output = try makePipe()
    let errors = try makePipe()

    let pid: pid_t
    do {
      pid = try Spawn.spawn(path: executable, arguments: arguments, environment: environment) { actions in
        if let input {
          posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        } else {
          posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
      }
    } catch {
      for fd in [input?.read, input?.write, output.read, output.write, errors.read, errors.write] {
        if let fd { close(fd) }
      }
      throw error
    }
    // The child's ends belong to the child now.
    if let input { close(input.read) }
    close(output.write)
    close(errors.write)

    var inputFD: Int32? = input?.write
    var outputFD: Int32? = output.read
    var errorFD: Int32? = errors.read
    defer { [inputFD, outputFD, errorFD].compactMap { $0 }.forEach { close($0) } }
    for fd in [inputFD, outputFD, errorFD].compactMap({ $0 }) {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    let pending = stdin ?? []
    var written = 0
    var stdoutBytes: [UInt8] = []
    var stderrBytes: [UInt8] = []
    var termination: Termination?
    let deadline = ContinuousClock.now + timeout
    var chunk = [UInt8](repeating: 0, count: 65536)

    func closeInput() {
      if let fd = inputFD { close(fd) }
      inputFD = nil
    }
    if pending.isEmpty { closeInput() }

    while outputFD != nil || errorFD != nil || termination == nil {
      if termination == nil { termination = Spawn.poll(pid) }
      if ContinuousClock.now >= deadline {
        let killed = termination ?? Spawn.kill(pid)
        throw HarnessError(
          "\(executable) \(arguments) did not finish within \(timeout) (\(killed)); stdout so far:\n"
            + String(decoding: stdoutBytes, as: UTF8.self) + "\nstderr so far:\n"
            + String(decoding: stderrBytes, as: UTF8.self))
      }
      var descriptors: [pollfd] = []
      if let fd = inputFD { descriptors.append(pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)) }
      if let fd = outputFD { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
      if let fd = errorFD { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
      if descriptors.isEmpty {
        // Both outputs are closed; only the exit is left to wait for.
        usleep(5000)
        continue
      }
      let ready = poll(&descriptors, nfds_t(descriptors.count), Spawn.milliseconds(until: deadline, atMost: 50))
      if ready < 0, errno != EINTR { throw HarnessError("poll failed: \(String(cString: strerror(errno)))") }
      guard ready > 0 else { continue }

      for descriptor in descriptors where descriptor.revents != 0 {
        if descriptor.fd == inputFD {
          let count = pending[written...].withUnsafeBytes { write(descriptor.fd, $0.baseAddress, $0.count) }
          if count > 0 { written += count }
          // EPIPE: the program stopped reading (it may have quit); the rest is not wanted.
          if written == pending.count || (count < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
          continue
        }
        let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EAGAIN || errno == EINTR { continue }
        if descriptor.fd == outputFD {
          if count > 0 { stdoutBytes += chunk[..<count] }
          if count <= 0 || (stdoutLimit.map { stdoutBytes.count >= $0 } ?? false) {
            if let limit = stdoutLimit, stdoutBytes.count > limit { stdoutBytes.removeLast(stdoutBytes.count - limit) }
            close(descriptor.fd)
            outputFD = nil
          }
        } else if descriptor.fd == errorFD {
          if count > 0 {
            stderrBytes += chunk[..<count]
          } else {
            close(descriptor.fd)
            errorFD = nil
          }
        }
      }
    }
    return ProcessResult(termination: termination!, stdout: stdoutBytes, stderr: stderrBytes)
  }

  /// A pipe whose both ends close on exec (the child gets copies made by dup2).
  static func makePipe() throws -> (read: Int32, write: Int32) {
    // pipe2 is a GNU extension that Swift's Glibc module does not import.
    let pipe2 = try LibC.required("pipe2", as: (@convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32).self)
    var fds: [Int32] = [0, 0]
    guard pipe2(&fds, O_CLOEXEC) == 0 else {
      throw HarnessError("pipe2 failed: \(String(cString: strerror(errno)))")
    }
    return (fds[0], fds[1])
  }
}

extension ProcessResult {
  /// A summary for failure messages.
  var summary: String {
    "\(termination); stdout:\n\(stdoutText)\nstderr:\n\(stderrText)"
  }
}

/// Runs `opsadvisor` with `arguments` in a throwaway home folder.
func runOpsAdvisor(
  _ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:],
  home: TemporaryDirectory? = nil, stdoutLimit: Int? = nil, timeout: Duration = .seconds(10)
) throws -> ProcessResult {
  try runOpsAdvisor(
    arguments, input: stdin.map { Array($0.utf8) }, environment: extra, home: home, stdoutLimit: stdoutLimit,
    timeout: timeout)
}
