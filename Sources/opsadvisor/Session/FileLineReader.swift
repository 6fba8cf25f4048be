#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a C stream with `getline`: any bytes, any length.
///
/// Invalid UTF-8 is repaired with U+FFFD, a final line without a newline is still a line,
/// and a "\r\n" ending loses its "\r".
final class FileLineReader {
  let stream: UnsafeMutablePointer<FILE>
  let closesStream: Bool
  var buffer: UnsafeMutablePointer<CChar>?
  var capacity = 0

  static var standardInput: FileLineReader {
    FileLineReader(stream: fdopen(STDIN_FILENO, "r")!, closesStream: false)
  }

  init(stream: UnsafeMutablePointer<FILE>, closesStream: Bool) {
    self.stream = stream
    self.closesStream = closesStream
  }

  /// Opens a file for reading, or returns nil with `errno` set.
  convenience init?(path: String) {
    guard let stream = fopen(path, "r") else { return nil }
    self.init(stream: stream, closesStream: true)
  }

  deinit {
    free(buffer)
    if closesStream { fclose(stream) }
  }

  /// The next line without its line ending, or nil at the end of input.
  func next() -> String? {
    let length = getline(&buffer, &capacity, stream)
    guard length >= 0, let buffer else { return nil }
    var count = length
    let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
    if count > 0, bytes[count - 1] == 10 { count -= 1 }
    if count > 0, bytes[count - 1] == 13 { count -= 1 }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
