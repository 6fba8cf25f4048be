#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
import OpsAdvisorCore

/// A knowledge base on disk: every `*.yaml` file of one folder.
struct KnowledgeBaseDirectory {
  let path: String

  /// Reads and loads the folder; on any mistake prints `file:line: message` and exits 65.
  func load() throws -> KnowledgeBase {
    do {
      return try KnowledgeBase(files: try files())
    } catch let error as KnowledgeBaseError {
      StandardError.write("\(error)\n")
      throw ExitCode(65)
    }
  }

  func files() throws -> [KnowledgeFile] {
    let names: [String]
    do {
      names = try FileSystem.entries(of: path)
    } catch {
      StandardError.write("\(path): cannot read the knowledge-base folder (\(error))\n")
      throw ExitCode(65)
    }
    guard names.contains(Self.vocabularyFile) else {
      StandardError.write(
        "\(path): not a knowledge-base folder: it has no \(Self.vocabularyFile) (--intents takes the folder of the intents' YAML files, such as intents)\n")
      throw ExitCode(65)
    }
    return try names.filter { $0.hasSuffix(".yaml") }.sorted().map(file)
  }

  /// The file every knowledge-base folder has.
  static let vocabularyFile = "vocabulary.yaml"

  /// The largest knowledge-base file read; the shipped ones are a few kilobytes.
  static let largestFile = 16 << 20

  func file(_ name: String) throws -> KnowledgeFile {
    let display = FileSystem.path(name, in: path)
    // Only regular files of a sane size: a FIFO would block the read forever and a link to
    // /dev/zero would never end.
    var info = stat()
    if stat(display, &info) == 0, info.st_mode & S_IFMT != S_IFREG || Int(info.st_size) > Self.largestFile {
      let reason = info.st_mode & S_IFMT != S_IFREG ? "not a regular file" : "larger than 16 MB"
      StandardError.write("\(display): cannot read the knowledge-base file (\(reason))\n")
      throw ExitCode(65)
    }
    guard let data = FileSystem.contents(of: display) else {
      throw KnowledgeBaseError(file: display, line: 1, problem: .missingFile(name))
    }
    guard let text = Self.text(of: data) else {
      throw KnowledgeBaseError(file: display, line: 1, problem: .notUTF8)
    }
    return KnowledgeFile(name: display, text: text)
  }

  /// The file's text; nil when it is not UTF-8. A byte order mark is dropped, as Foundation's
  /// `String(data:encoding: .utf8)` drops it.
  static func text(of bytes: [UInt8]) -> String? {
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
    return String(validating: body, as: UTF8.self)
  }
}
