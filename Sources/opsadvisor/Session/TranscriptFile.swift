#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a transcript file atomically: a temporary file in the same folder, then a rename
/// (or, when it must not replace an existing file, a hard link that fails if one exists).
/// A failure never leaves a partial file behind, neither the target nor the temporary file.
enum TranscriptFile {
  enum WriteError: Error, CustomStringConvertible, Equatable {
    case exists
    case system(Int32)
    case nulInName

    var description: String {
      switch self {
      case .exists: "the file already exists"
      case .system(let code): String(cString: strerror(code))
      case .nulInName: "a file name cannot contain a NUL character"
      }
    }
  }

  /// The longest file name, in bytes, that a temporary name is built on; longer names are cut
  /// so that the temporary name stays within NAME_MAX (255) when the target's name does.
  static let longestTemporaryStem = 200

  /// `~/` at the start of a path means the home folder.
  static func expandingHome(_ path: String, variables: [String: String]) -> String {
    guard path.hasPrefix("~/"), let home = variables["HOME"], !home.isEmpty else { return path }
    return home + path.dropFirst()
  }

  static func write(_ text: String, to path: String, overwrite: Bool) throws {
    // C sees a path only up to its first NUL: "a\0b" would quietly become "a".
    guard !path.utf8.contains(0) else { throw WriteError.nulInName }
    let (folder, name) = split(path)
    guard !name.isEmpty, name != ".", name != ".." else { throw WriteError.system(EISDIR) }
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists, existing.st_mode & S_IFMT == S_IFDIR { throw WriteError.system(EISDIR) }
    if !overwrite, exists { throw WriteError.exists }

    let (fd, temporary) = try createTemporary(folder: folder, name: name)
    var isOpen = true
    do {
      try writeAll(text, to: fd)
      // Replacing a file keeps its permissions (a private transcript stays private).
      var target = stat()
      if overwrite, stat(path, &target) == 0 { fchmod(fd, target.st_mode & 0o7777) }
      guard fsync(fd) == 0 else { throw WriteError.system(errno) }
      isOpen = false
      guard close(fd) == 0 else { throw WriteError.system(errno) }
      try place(temporary, at: path, overwrite: overwrite)
      syncFolder(folder)
    } catch {
      if isOpen { close(fd) }
      unlink(temporary)
      throw error
    }
  }

  /// The folder (or "." for a bare name) and the file name of `path`.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = path[..<slash]
    return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
  }

  /// Creates a new, empty temporary file next to the target: `NAME.tmp-PID-N`.
  static func createTemporary(folder: String, name: String) throws -> (Int32, String) {
    var stem = ""
    for scalar in name.unicodeScalars {
      guard stem.utf8.count + String(scalar).utf8.count <= longestTemporaryStem else { break }
      stem.unicodeScalars.append(scalar)
    }
    for attempt in 0..<100 {
      let temporary = (folder == "/" ? "" : folder) + "/" + stem + ".tmp-\(getpid())-\(attempt)"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0o644)
      if fd >= 0 { return (fd, temporary) }
      guard errno == EEXIST else { throw WriteError.system(errno) }
    }
    throw WriteError.system(EEXIST)
  }

  /// Writes all of `text` to `fd`; the seam for testing write errors (a descriptor on
  /// /dev/full fails with ENOSPC, as a full disk does).
  static func writeAll(_ text: String, to fd: Int32) throws {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
      } else if written < 0, errno == EINTR {
        continue
      } else {
        throw WriteError.system(written < 0 ? errno : EIO)
      }
    }
  }

  /// Moves the finished temporary file to its place.
  static func place(_ temporary: String, at path: String, overwrite: Bool) throws {
    if overwrite {
      guard rename(temporary, path) == 0 else { throw WriteError.system(errno) }
      return
    }
    if link(temporary, path) == 0 {
      unlink(temporary)
      return
    }
    let code = errno
    if code == EEXIST { throw WriteError.exists }
    // Some file systems (FAT, some FUSE ones) have no hard links: check, then rename.
    guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(code) else { throw WriteError.system(code) }
    var info = stat()
    if lstat(path, &info) == 0 { throw WriteError.exists }
    guard rename(temporary, path) == 0 else { throw WriteError.system(errno) }
  }

  /// Makes the new name durable; a failure here loses nothing already written.
  static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }
}
