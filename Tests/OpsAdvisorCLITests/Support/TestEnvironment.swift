import Foundation
import Glibc

/// Where the `opsadvisor` executable and the package's files are.
enum OpsAdvisor {
  /// The package root, from this file's path: Tests/OpsAdvisorCLITests/Support/<file>.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // OpsAdvisorCLITests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The shipped knowledge base, intents/.
  static var intentsDirectory: URL { packageRoot.appendingPathComponent("intents") }

  /// The places the binary may be, best first: `$OPSADVISOR_BINARY`, next to the test bundle
  /// (the build configuration `swift test` used), then the package's .build/debug.
  static var candidates: [String] {
    var paths: [String] = []
    if let explicit = ProcessInfo.processInfo.environment["OPSADVISOR_BINARY"], !explicit.isEmpty {
      paths.append(explicit)
    }
    var folder = Bundle.main.bundleURL.standardizedFileURL
    for _ in 0..<3 {
      paths.append(folder.appendingPathComponent("opsadvisor").path)
      folder = folder.deletingLastPathComponent()
    }
    if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
      paths.append(executable.appendingPathComponent("opsadvisor").path)
    }
    paths.append(packageRoot.appendingPathComponent(".build/debug/opsadvisor").path)
    var seen = Set<String>()
    return paths.filter { seen.insert($0).inserted }
  }

  /// The path of the built `opsadvisor` executable.
  static func executable() throws -> String {
    if let found = candidates.first(where: isExecutableFile) { return found }
    throw HarnessError(
      "the opsadvisor executable was not found; run `swift build` first (or set OPSADVISOR_BINARY). "
        + "Looked at: " + candidates.joined(separator: ", "))
  }

  static func isExecutableFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
  }
}

/// A fresh directory under the system's temporary folder, removed with everything in it on deinit.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    var template = Array("\(base)/opsadvisor-cli-tests.XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw HarnessError("mkdtemp in \(base) failed: \(String(cString: strerror(errno)))")
    }
    path = String(cString: made)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// `path/relative`.
  func callAsFunction(_ relative: String) -> String {
    path + "/" + relative
  }

  /// Creates folder `relative` (and its parents) and returns its path.
  @discardableResult
  func makeFolder(_ relative: String) throws -> String {
    let folder = self(relative)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Writes `text` to `relative` and returns the file's path.
  @discardableResult
  func write(_ text: String, to relative: String) throws -> String {
    let file = self(relative)
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Every file and folder below the directory, as paths relative to it, sorted.
  func contents() -> [String] {
    (FileManager.default.subpaths(atPath: path) ?? []).sorted()
  }
}

/// A small, explicit environment for a child: nothing leaks in from the test run but the
/// sanitizers' settings, so a run under `--sanitize=address` checks the children the same way.
func childEnvironment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
  var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
  for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"] {
    environment[name] = ProcessInfo.processInfo.environment[name]
  }
  environment.merge(extra) { _, new in new }
  return environment
}

/// The permission bits of a file or folder, or nil if it does not exist.
func permissions(of path: String) -> mode_t? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return info.st_mode & 0o7777
}

/// The lines of a text file (without the final empty one), or nil if it cannot be read.
func lines(of path: String) -> [String]? {
  guard let data = FileManager.default.contents(atPath: path) else { return nil }
  var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
  if lines.last == "" { lines.removeLast() }
  return lines
}

/// Renders a mode like `0o600` as "600" for readable failure messages.
func octal(_ mode: mode_t?) -> String {
  mode.map { String($0, radix: 8) } ?? "missing"
}
