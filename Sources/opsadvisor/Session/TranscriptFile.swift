#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a transcript file atomically: a temporary file in the same folder, then a rename
/// (or, when it must not replace an existing file, a hard link that fails if one exists).
/// A failure never leaves a partial file behind.
enum TranscriptFile {
  enum WriteError: Error, CustomStringConvertible {
    case exists
    case system(Int32)

    var description: String {
      switch self {
      case .exists: "the file already exists"
      case .system(let code): String(cString: strerror(code))
      }
    }
  }

  /// `~/` at the start of a path means the home folder.
  static func expandingHome(_ path: String, variables: [String: String]) -> String {
    guard path.hasPrefix("~/"), let home = variables["HOME"], !home.isEmpty else { return path }
    return home + path.dropFirst()
  }

  static func write(_ text: String, to path: String, overwrite: Bool) throws {
    if !overwrite, access(path, F_OK) == 0 { throw WriteError.exists }
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw WriteError.system(errno) }
    do {
      try writeAll(text, to: fd)
      guard fsync(fd) == 0 else { throw WriteError.system(errno) }
      close(fd)
      try place(temporary, at: path, overwrite: overwrite)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
  }

  static func writeAll(_ text: String, to fd: Int32) throws {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      guard written > 0 else { throw WriteError.system(errno) }
      offset += written
    }
  }

  /// Moves the finished temporary file to its place.
  static func place(_ temporary: String, at path: String, overwrite: Bool) throws {
    if overwrite {
      guard rename(temporary, path) == 0 else { throw WriteError.system(errno) }
      return
    }
    guard link(temporary, path) == 0 else { throw errno == EEXIST ? WriteError.exists : WriteError.system(errno) }
    unlink(temporary)
  }
}
