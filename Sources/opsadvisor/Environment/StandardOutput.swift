#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writes to standard output that end the program quietly when the reader has gone.
enum StandardOutput {
  /// Standard output as a buffered C stream of our own.
  nonisolated(unsafe) static let stream: UnsafeMutablePointer<FILE> = fdopen(STDOUT_FILENO, "w")!

  /// Lets a closed pipe show up as EPIPE instead of killing the process with SIGPIPE.
  static func ignoreBrokenPipeSignal() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text`; on a closed pipe exits 0 at once, on another error throws.
  static func write(_ text: String) throws {
    var text = text
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stream) }
    if written < text.utf8.count { try failed() }
  }

  /// Sends buffered output on its way.
  static func flush() throws {
    if fflush(stream) != 0 { try failed() }
  }

  static func failed() throws -> Never {
    if errno == EPIPE { exit(0) }
    throw OutputError.writeFailed(errno: errno)
  }
}

/// Writes to standard error, for warnings and errors; never fails.
enum StandardError {
  static func write(_ text: String) {
    var text = text
    _ = text.withUTF8 { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
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
