import ArgumentParser
import OpsAdvisorCore

/// `opsadvisor replay`: saved conversations as regression tests.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay saved transcripts and show what changed.",
    discussion: """
      Each transcript runs in a fresh session with a fixed environment: the width its \
      '# width:' comment gives (else 80), no colour, no history, no user configuration. A file \
      stops at its first mismatching turn, shown as file:line, the input, and a unified diff \
      of expected against actual. The run ends with 'N passed, M failed' and the knowledge \
      base used ('built in' unless --intents names a folder: pass --intents intents to test \
      edits to the YAML without rebuilding), and exits 1 if any failed, 66 when no transcript \
      is found.

      Examples:
        opsadvisor replay
        opsadvisor replay transcripts/choose-mlops.transcript
        opsadvisor replay --bless transcripts/
        opsadvisor replay --coverage
      """)

  @OptionGroup var options: CommonOptions

  @Flag(help: "Rewrite the expected answers of failing files to the current ones (refused when CI is set).")
  var bless = false

  @Flag(help: "List the intents and seed sections that no transcript reaches.")
  var coverage = false

  @Argument(help: "Transcript files or folders of *.transcript files (default: transcripts/).")
  var paths: [String] = []

  func run() throws {
    if bless, ProcessEnvironment.variables["CI"] != nil {
      StandardError.write("opsadvisor: refusing to bless with CI set: blessing rewrites transcripts and is for local use.\n")
      throw ExitCode(64)
    }
    let folders = paths.isEmpty ? ["transcripts"] : paths
    let files = try TranscriptFinder.files(in: folders)
    guard !files.isEmpty else {
      StandardError.write("opsadvisor: no transcripts (*\(TranscriptFinder.fileExtension) files) in \(folders.joined(separator: ", "))\n")
      throw ExitCode(66)
    }
    let runner = ReplayRunner(advisor: try options.loadAdvisor(), intentsDirectory: options.intentsDirectory)
    let passed = try coverage ? runner.coverage(files) : runner.replay(files, bless: bless)
    try StandardOutput.flush()
    if !passed { throw ExitCode(1) }
  }
}

/// Finds the transcript files named on the command line.
enum TranscriptFinder {
  static let fileExtension = ".transcript"

  /// The files themselves, and each folder's `*.transcript` files, sorted by name.
  static func files(in paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      guard FileSystem.exists(path) else {
        StandardError.write("opsadvisor: \(path): no such file or folder\n")
        throw ExitCode(66)
      }
      if !FileSystem.isFolder(path) {
        files.append(path)
        continue
      }
      let names = (try? FileSystem.entries(of: path)) ?? []
      files += names.filter { $0.hasSuffix(fileExtension) }.sorted().map { FileSystem.path($0, in: path) }
    }
    return files
  }
}
