#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// The interactive session's history file: where it lives, what goes in, and how it is written.
///
/// Each accepted line is appended as it is entered, so a killed session loses nothing. The
/// folder is created 0700 and the file 0600 whatever the umask. The file keeps the last
/// `limit` lines; it is compacted when it grows past that by `slack` lines.
final class HistoryFile {
  static let limit = 1000
  static let slack = 100

  /// The file, or nil when history is kept in memory only.
  private(set) var path: String?
  private(set) var lastEntry: String?
  private var lineCount = 0

  init(path: String?) {
    self.path = path
  }

  /// Stops writing the file; history goes on in memory.
  func disable() {
    path = nil
  }

  /// The history file's path from the environment, or nil when history is off.
  ///
  /// `$OPSADVISOR_HISTORY` (empty turns history off), else `$XDG_STATE_HOME/opsadvisor/history`,
  /// else `$HOME/.local/state/opsadvisor/history`; nil without any of them.
  static func path(in variables: [String: String]) -> String? {
    if let explicit = variables["OPSADVISOR_HISTORY"] { return explicit.isEmpty ? nil : explicit }
    if let state = variables["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/opsadvisor/history"
    }
    guard let home = variables["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/opsadvisor/history"
  }

  /// Whether a line belongs in history: not blank, not starting with a space, not a repeat.
  func accepts(_ line: String) -> Bool {
    !line.trimmingCharacters(in: .whitespaces).isEmpty && line.first != " " && line != lastEntry
  }

  /// Creates the folder and file if needed and returns the last `limit` entries.
  func load() throws -> [String] {
    guard let path else { return [] }
    try createFolder(for: path)
    let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw HistoryError.cannotOpen(path: path, errno: errno) }
    defer { close(fd) }
    fchmod(fd, 0o600)
    let data = FileHandle(fileDescriptor: fd, closeOnDealloc: false).readDataToEndOfFile()
    let entries = Self.entries(in: data)
    lineCount = entries.count
    lastEntry = entries.last
    if entries.count > Self.limit { try rewrite(Array(entries.suffix(Self.limit)), to: path) }
    return Array(entries.suffix(Self.limit))
  }

  /// The usable lines of a history file: valid text without control characters.
  static func entries(in data: Data) -> [String] {
    data.split(separator: 10).compactMap { bytes in
      guard let line = String(data: Data(bytes), encoding: .utf8), !line.isEmpty,
        !line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { return nil }
      return line
    }
  }

  /// Appends one accepted line to the file at once.
  func append(_ line: String) throws {
    lastEntry = line
    guard let path else { return }
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
    defer { close(fd) }
    let bytes = Array((line + "\n").utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else {
      throw HistoryError.cannotWrite(path: path, errno: errno)
    }
    lineCount += 1
    if lineCount > Self.limit + Self.slack { try compact(path) }
  }

  func compact(_ path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    try rewrite(Array(Self.entries(in: data).suffix(Self.limit)), to: path)
  }

  /// Replaces the file atomically with `entries`, mode 0600.
  func rewrite(_ entries: [String], to path: String) throws {
    let temporary = path + ".tmp.\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw HistoryError.cannotWrite(path: path, errno: errno) }
    fchmod(fd, 0o600)
    let bytes = Array(entries.map { $0 + "\n" }.joined().utf8)
    let written = bytes.isEmpty ? 0 : write(fd, bytes, bytes.count)
    close(fd)
    guard written == bytes.count, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw HistoryError.cannotWrite(path: path, errno: errno)
    }
    lineCount = entries.count
  }

  /// Creates each missing folder on the way to the file, the last one 0700.
  func createFolder(for path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      chmod(folder, 0o700)
    } catch {
      throw HistoryError.cannotCreateFolder(path: folder)
    }
  }
}

/// Why history is unavailable; the session warns once and goes on without it.
enum HistoryError: Error, CustomStringConvertible {
  case cannotOpen(path: String, errno: Int32)
  case cannotWrite(path: String, errno: Int32)
  case cannotCreateFolder(path: String)

  var description: String {
    switch self {
    case .cannotOpen(let path, let code): "cannot read history file \(path): \(String(cString: strerror(code)))"
    case .cannotWrite(let path, let code): "cannot write history file \(path): \(String(cString: strerror(code)))"
    case .cannotCreateFolder(let path): "cannot create history folder \(path)"
    }
  }
}
