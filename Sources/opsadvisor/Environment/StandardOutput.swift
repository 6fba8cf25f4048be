#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser

/// Buffered writes to standard output that end the program quietly when the reader has gone.
///
/// - A closed pipe (`| head -1`) ends the program at once with status 0 and nothing on
///   standard error, in every command: SIGPIPE is ignored from the first write on, so the
///   failed write shows up as EPIPE.
/// - Any other write error (a full disk, `/dev/full`, a closed descriptor) prints one line on
///   standard error and ends the program with status 74 (EX_IOERR).
/// - Output still buffered when the program exits is flushed by an exit handler, with the same
///   two rules: a command that never flushes (such as `ask`) still reports a full disk.
enum StandardOutput {
  /// The exit status for an output error (EX_IOERR from sysexits.h).
  static let ioErrorStatus: Int32 = 74

  /// Set by `StandardStreams.prepare` when descriptor 1 was closed when the program started;
  /// it then points at /dev/null only so that no file opened later can take its number.
  nonisolated(unsafe) static var closedAtStart = false
  /// Whether an output error was already reported.
  nonisolated(unsafe) static var hasFailed = false

  /// Standard output as a buffered C stream of our own; nil when descriptor 1 was closed.
  nonisolated(unsafe) static let stream: UnsafeMutablePointer<FILE>? = {
    ignoreBrokenPipeSignal()
    on_exit({ status, _ in StandardOutput.flushAtExit(status: status) }, nil)
    return closedAtStart ? nil : fdopen(STDOUT_FILENO, "w")
  }()

  /// Lets a closed pipe show up as EPIPE instead of killing the process with SIGPIPE.
  static func ignoreBrokenPipeSignal() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text`; on a closed pipe exits 0 at once, on another error throws (status 74).
  static func write(_ text: String) throws {
    guard let stream else { try failed(errno: EBADF) }
    var text = text
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stream) }
    if written < text.utf8.count { try failed(errno: errno) }
  }

  /// Writes UTF-8 `bytes`, with the same error handling as `write(_:)`.
  static func write(_ bytes: [UInt8]) throws {
    guard let stream else { try failed(errno: EBADF) }
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stream) }
    if written < bytes.count { try failed(errno: errno) }
  }

  /// Sends buffered output on its way.
  static func flush() throws {
    guard let stream else { try failed(errno: EBADF) }
    if fflush(stream) != 0 { try failed(errno: errno) }
  }

  static func failed(errno code: Int32) throws -> Never {
    if code == EPIPE { exit(0) }
    report(code)
    throw ExitCode(ioErrorStatus)
  }

  /// Prints the one line that says the output failed.
  static func report(_ code: Int32) {
    guard !hasFailed else { return }
    hasFailed = true
    StandardError.write("opsadvisor: \(OutputError.writeFailed(errno: code))\n")
  }

  /// The exit handler: flushes what is left. A closed pipe keeps the exit status; another
  /// error on an otherwise successful exit is reported and turns the status into 74.
  static func flushAtExit(status: Int32) {
    guard !hasFailed, let stream, fflush(stream) != 0 else { return }
    let code = errno
    if code == EPIPE { return }
    report(code)
    if status == 0 { _exit(ioErrorStatus) }
  }
}

/// The three standard descriptors, made safe to use before anything else runs.
enum StandardStreams {
  /// Opens /dev/null on any of descriptors 0, 1 and 2 that is closed, so that no file the
  /// program opens later (the history file, say) takes its number and receives output meant
  /// for the terminal. Closed standard input reads as empty; closed standard error discards
  /// warnings; closed standard output makes every write fail with EBADF (status 74).
  static func prepare() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
      let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if null >= 0, null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
      if descriptor == STDOUT_FILENO { StandardOutput.closedAtStart = true }
    }
  }
}

/// Writes to standard error, for warnings and errors; never fails.
///
/// Messages often repeat a file name or an argument the user gave; control characters in them
/// are neutralised (line breaks are kept).
enum StandardError {
  static func write(_ text: String) {
    var text = SafeText.keepingLineBreaks(text)
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          break
        }
      }
    }
  }
}

/// An output error other than a closed pipe.
enum OutputError: Error, CustomStringConvertible {
  case writeFailed(errno: Int32)

  var description: String {
    switch self {
    case .writeFailed(let code): "cannot write the output: \(String(cString: strerror(code)))"
    }
  }
}
