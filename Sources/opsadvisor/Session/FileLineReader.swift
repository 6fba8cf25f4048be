#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a C stream with `getline`: any bytes, any length.
///
/// Invalid UTF-8 is repaired with U+FFFD, a final line without a newline is still a line,
/// and a "\r\n" ending loses its "\r". A read error ends the input like its end does, and is
/// kept in `readError` for the caller to report.
final class FileLineReader {
  let stream: UnsafeMutablePointer<FILE>?
  let closesStream: Bool
  /// What the input is called in messages: "standard input" or the file's path.
  let name: String
  var buffer: UnsafeMutablePointer<CChar>?
  var capacity = 0
  /// The error that ended the input early, if one did.
  private(set) var readError: Int32?

  /// Standard input. (`StandardStreams.prepare` has made sure descriptor 0 is open.)
  static var standardInput: FileLineReader {
    let stream = fdopen(STDIN_FILENO, "r")
    let reader = FileLineReader(stream: stream, closesStream: false, name: "standard input")
    if stream == nil { reader.readError = errno }
    return reader
  }

  init(stream: UnsafeMutablePointer<FILE>?, closesStream: Bool, name: String) {
    self.stream = stream
    self.closesStream = closesStream
    self.name = name
  }

  /// Opens a file for reading, or returns nil with `errno` set (EISDIR for a folder, which
  /// `fopen` would open and then fail to read).
  convenience init?(path: String) {
    guard let stream = fopen(path, "re") else { return nil }
    var info = stat()
    if fstat(fileno(stream), &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      fclose(stream)
      errno = EISDIR
      return nil
    }
    self.init(stream: stream, closesStream: true, name: path)
  }

  deinit {
    free(buffer)
    if closesStream, let stream { fclose(stream) }
  }

  /// Whether the input is a terminal, where a person types as the session goes.
  var isTerminal: Bool {
    stream.map { isatty(fileno($0)) == 1 } ?? false
  }

  /// Whether the stream's buffer already holds a whole line, so that `next()` returns it without
  /// waiting for input. Read from the C library's `FILE` (as gnulib's `freadahead` does); where
  /// its layout is not known this is false, which only means lines are handed on one by one.
  var hasBufferedLine: Bool {
    guard let stream else { return false }
    #if canImport(Glibc)
      guard let start = stream.pointee._IO_read_ptr, let end = stream.pointee._IO_read_end, start < end else { return false }
      return memchr(start, 10, end - start) != nil
    #elseif canImport(Darwin)
      let count = Int(stream.pointee._r)
      guard count > 0, let start = stream.pointee._p else { return false }
      return memchr(start, 10, count) != nil
    #else
      return false
    #endif
  }

  /// The next line without its line ending, or nil at the end of input (or on an error).
  func next() -> String? {
    guard let stream, readError == nil else { return nil }
    errno = 0
    let length = getline(&buffer, &capacity, stream)
    guard length >= 0, let buffer else {
      if ferror(stream) != 0 { readError = errno == 0 ? EIO : errno }
      return nil
    }
    var count = length
    let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
    if count > 0, bytes[count - 1] == 10 { count -= 1 }
    if count > 0, bytes[count - 1] == 13 { count -= 1 }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
