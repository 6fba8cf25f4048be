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

  func file(_ name: String) throws -> KnowledgeFile {
    let display = (path as NSString).appendingPathComponent(name)
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
