#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import OpsAdvisorCore

/// The interactive session's history file: where it lives, what goes in, and how it is written.
///
/// Each accepted line is appended as it is entered, so a killed session loses nothing. Every
/// folder created on the way is 0700 and the file 0600, whatever the umask. The file keeps the
/// last `limit` lines; it is compacted when it grows past that by `slack` lines.
///
/// Sessions open at once share the file: each append and each compaction holds an exclusive
/// `flock` on it, a line is one `write` to a descriptor opened `O_APPEND`, and a session that
/// waited while another replaced the file (compaction renames a new one into place) opens it
/// again. So no line is lost to a compaction and lines never interleave. A write that fails
/// part-way (a full disk) is cut back, so the file never ends in half a line.
///
/// A broken file never stops a session: only a regular file is read or written (a FIFO, a
/// device or a folder at the path gives one warning and history in memory; `/dev/null` just
/// turns history off); at most the last `readLimit` bytes are read; lines that are not valid
/// UTF-8 or hold control characters (binary junk, NULs from a crash) are skipped, and the
/// file is then rewritten without them, with one warning. Lines with control characters or
/// longer than `longestEntry` bytes stay in this session's memory but are never written.
final class HistoryFile {
  static let limit = 1000
  static let slack = 100
  /// The longest line written to the file, in bytes.
  static let longestEntry = 4096
  /// How much of the end of a large file is read.
  static let readLimit = 4 << 20
  /// How long a write waits for another session's lock before going on without it, in ms.
  static let lockWait = 2000

  /// Where the history goes, from the environment.
  enum Location: Equatable {
    case file(String)
    /// `OPSADVISOR_HISTORY` is set and empty: history on purpose in memory only.
    case off
    /// No variable says where: no `OPSADVISOR_HISTORY`, no absolute `XDG_STATE_HOME`, no `HOME`.
    case unknown
  }

  /// The file, or nil when history is kept in memory only.
  private(set) var path: String?
  private(set) var lastEntry: String?
  private var lineCount = 0
  /// Something `load` worked around and the session should mention once.
  private(set) var notice: String?

  init(path: String?) {
    self.path = path
  }

  /// Stops writing the file; history goes on in memory.
  func disable() {
    path = nil
  }

  /// `$OPSADVISOR_HISTORY` (empty turns history off), else `$XDG_STATE_HOME/opsadvisor/history`
  /// (when absolute), else `$HOME/.local/state/opsadvisor/history`.
  static func location(in variables: [String: String]) -> Location {
    if let explicit = variables["OPSADVISOR_HISTORY"] { return explicit.isEmpty ? .off : .file(explicit) }
    if let state = variables["XDG_STATE_HOME"], state.hasPrefix("/") {
      return .file(state + "/opsadvisor/history")
    }
    guard let home = variables["HOME"], !home.isEmpty else { return .unknown }
    return .file(home + "/.local/state/opsadvisor/history")
  }

  /// Whether a line belongs in history: not blank, not starting with a space, not a repeat.
  func accepts(_ line: String) -> Bool {
    !line.isBlank && line.first != " " && line != lastEntry
  }

  /// Whether an accepted line may be written to the file: short, and nothing a later load
  /// would skip (nor anything that would act on a terminal when the file is shown).
  static func isStorable(_ line: String) -> Bool {
    line.utf8.count <= longestEntry && !line.unicodeScalars.contains(where: DisplayText.isUnsafe)
  }

  /// Creates the folder and file if needed and returns the last `limit` entries.
  ///
  /// Throws when the file cannot be used at all; the session then warns and goes on without it.
  func load() throws -> [String] {
    guard let path else { return [] }
    try createFolder(for: path)
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0o600)
    guard fd >= 0 else { throw HistoryError.cannotOpen(path: path, errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw HistoryError.cannotOpen(path: path, errno: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      if Self.isNullDevice(info) {
        disable()
        return []
      }
      throw HistoryError.notAFile(path: path)
    }
    fchmod(fd, 0o600)
    let (entries, skipped) = Self.entries(in: Self.readTail(of: fd, size: Int(info.st_size)))
    lineCount = entries.count
    lastEntry = entries.last
    let kept = Array(entries.suffix(Self.limit))
    if skipped > 0 || entries.count > Self.limit {
      do {
        var compacted = false
        try withLockedFile(path) { fd, locked in
          if locked { try compact(fd, path: path) }
          compacted = locked
        }
        if skipped > 0, compacted {
          notice = "history file \(path) had \(skipped) unreadable line\(skipped == 1 ? "" : "s"), now removed"
        }
      } catch {
        // The entries read are still good for this session; the file is not.
        disable()
        notice = "\(error); history is not saved in this session"
      }
    }
    return kept
  }

  /// Whether `info` describes /dev/null, the usual way of saying "no history file".
  static func isNullDevice(_ info: stat) -> Bool {
    var null = stat()
    return info.st_mode & S_IFMT == S_IFCHR && stat("/dev/null", &null) == 0 && null.st_rdev == info.st_rdev
  }

  /// The file's last `readLimit` bytes at most, starting at a line boundary.
  static func readTail(of fd: Int32, size: Int) -> [UInt8] {
    var skipFirstLine = false
    if size > readLimit, lseek(fd, off_t(size - readLimit), SEEK_SET) >= 0 { skipFirstLine = true }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while bytes.count < readLimit {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, readLimit - bytes.count)) }
      if count > 0 {
        bytes += chunk[..<count]
      } else if count < 0, errno == EINTR {
        continue
      } else {
        break
      }
    }
    if skipFirstLine, let newline = bytes.firstIndex(of: 10) { bytes.removeFirst(newline + 1) }
    return bytes
  }

  /// The usable lines of a history file and how many non-empty lines were not usable: valid
  /// UTF-8 without control characters. A "\r" before the line break is dropped.
  static func entries(in bytes: [UInt8]) -> (entries: [String], skipped: Int) {
    var entries: [String] = []
    var skipped = 0
    for var line in bytes.split(separator: 10, omittingEmptySubsequences: true) {
      if line.last == 13 { line = line.dropLast() }
      guard !line.isEmpty else { continue }
      guard let text = String(validating: line, as: UTF8.self),
        !text.unicodeScalars.contains(where: DisplayText.isUnsafe)
      else {
        skipped += 1
        continue
      }
      entries.append(text)
    }
    return (entries, skipped)
  }

  /// Appends one accepted line to the file at once (a line `isStorable` rejects is only
  /// remembered as the last entry), and compacts the file when it has grown past the limit.
  func append(_ line: String) throws {
    lastEntry = line
    guard let path, Self.isStorable(line) else { return }
    try withLockedFile(path) { fd, locked in
      try Self.appendWhole(Array((line + "\n").utf8), to: fd, path: path, locked: locked)
      lineCount += 1
      if locked, lineCount > Self.limit + Self.slack { try compact(fd, path: path) }
    }
  }

  /// Runs `body` with the file open for reading and appending, and whether it holds the
  /// file's lock: it waits up to `lockWait` for another session to let go, then goes on
  /// without the lock (a single `O_APPEND` write still keeps a line whole). When the file was
  /// replaced while it waited, it opens the new one.
  func withLockedFile(_ path: String, _ body: (_ fd: Int32, _ locked: Bool) throws -> Void) throws {
    for _ in 0..<100 {
      let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0o600)
      guard fd >= 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
      // Closing the descriptor lets go of the lock.
      defer { close(fd) }
      let locked = Self.lock(fd)
      if !locked || Self.isStill(fd, at: path) { return try body(fd, locked) }
    }
    throw HistoryError.cannotWrite(path: path, errno: EAGAIN)
  }

  /// Takes the file's exclusive lock, waiting at most `lockWait`; whether it got it.
  static func lock(_ fd: Int32) -> Bool {
    for _ in 0..<lockWait {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
      guard errno == EWOULDBLOCK || errno == EINTR else { return false }
      usleep(1000)
    }
    return false
  }

  /// Whether `fd` is still the file at `path` (another session may have renamed a new one there).
  static func isStill(_ fd: Int32, at path: String) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(fd, &open) == 0 && stat(path, &named) == 0 && open.st_dev == named.st_dev
      && open.st_ino == named.st_ino
  }

  /// Writes `bytes` at the end of the file in one `write`. When it fails part-way (a full
  /// disk), the file is cut back to where it ended, if this session holds the lock, so that it
  /// does not end in half a line.
  static func appendWhole(_ bytes: [UInt8], to fd: Int32, path: String, locked: Bool) throws {
    var info = stat()
    let size = locked && fstat(fd, &info) == 0 ? info.st_size : nil
    do {
      try writeAll(bytes, to: fd, path: path)
    } catch {
      if let size { _ = ftruncate(fd, size) }
      throw error
    }
  }

  static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
      } else if written < 0, errno == EINTR {
        continue
      } else {
        throw HistoryError.cannotWrite(path: path, errno: written < 0 ? errno : EIO)
      }
    }
  }

  /// Rewrites the locked file `fd` with its last `limit` entries (and none it cannot read).
  func compact(_ fd: Int32, path: String) throws {
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, lseek(fd, 0, SEEK_SET) == 0 else { return }
    let entries = Self.entries(in: Self.readTail(of: fd, size: Int(info.st_size))).entries
    try rewrite(Array(entries.suffix(Self.limit)), to: path)
  }

  /// Replaces the file atomically with `entries`, mode 0600.
  func rewrite(_ entries: [String], to path: String) throws {
    let temporary = path + ".tmp.\(getpid())"
    unlink(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0o600)
    guard fd >= 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
    fchmod(fd, 0o600)
    var isOpen = true
    do {
      try Self.writeAll(Array(entries.map { $0 + "\n" }.joined().utf8), to: fd, path: path)
      guard fsync(fd) == 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
      isOpen = false
      guard close(fd) == 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
      guard rename(temporary, path) == 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
    } catch {
      if isOpen { close(fd) }
      unlink(temporary)
      throw error
    }
    lineCount = entries.count
  }

  /// Creates each missing folder on the way to the file, each 0700 whatever the umask (as the
  /// XDG base directory specification asks).
  func createFolder(for path: String) throws {
    var missing: [String] = []
    var folder = FileSystem.parentFolder(of: path)
    var info = stat()
    while !folder.isEmpty, folder != "/", stat(folder, &info) != 0, errno == ENOENT {
      missing.append(folder)
      folder = FileSystem.parentFolder(of: folder)
    }
    for folder in missing.reversed() {
      guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
        throw HistoryError.cannotCreateFolder(path: folder, errno: errno)
      }
      chmod(folder, 0o700)
    }
  }
}

/// Why history is unavailable; the session warns once and goes on without it.
enum HistoryError: Error, CustomStringConvertible {
  case cannotOpen(path: String, errno: Int32)
  case cannotWrite(path: String, errno: Int32)
  case cannotCreateFolder(path: String, errno: Int32)
  case notAFile(path: String)

  var description: String {
    switch self {
    case .cannotOpen(let path, let code): "cannot read history file \(path): \(String(cString: strerror(code)))"
    case .cannotWrite(let path, let code): "cannot write history file \(path): \(String(cString: strerror(code)))"
    case .cannotCreateFolder(let path, let code):
      "cannot create history folder \(path): \(String(cString: strerror(code)))"
    case .notAFile(let path): "history file \(path) is not a regular file"
    }
  }
}
