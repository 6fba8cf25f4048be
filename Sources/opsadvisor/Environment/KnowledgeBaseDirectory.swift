import ArgumentParser
import Foundation
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
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      StandardError.write("\(path): cannot read the knowledge-base folder (\(reason(error)))\n")
      throw ExitCode(65)
    }
    return try names.filter { $0.hasSuffix(".yaml") }.sorted().map(file)
  }

  /// The largest knowledge-base file read; the shipped ones are a few kilobytes.
  static let largestFile = 16 << 20

  func file(_ name: String) throws -> KnowledgeFile {
    let display = (path as NSString).appendingPathComponent(name)
    // Only regular files of a sane size: a FIFO would block the read forever and a link to
    // /dev/zero would never end.
    var info = stat()
    if stat(display, &info) == 0, info.st_mode & S_IFMT != S_IFREG || Int(info.st_size) > Self.largestFile {
      let reason = info.st_mode & S_IFMT != S_IFREG ? "not a regular file" : "larger than 16 MB"
      StandardError.write("\(display): cannot read the knowledge-base file (\(reason))\n")
      throw ExitCode(65)
    }
    guard let data = FileManager.default.contents(atPath: display) else {
      throw KnowledgeBaseError(file: display, line: 1, problem: .missingFile(name))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw KnowledgeBaseError(file: display, line: 1, problem: .notUTF8)
    }
    return KnowledgeFile(name: display, text: text)
  }

  func reason(_ error: Error) -> String {
    (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
  }
}
