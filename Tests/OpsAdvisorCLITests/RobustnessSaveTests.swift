import Foundation
import Glibc
import Testing

@testable import opsadvisor

/// `/save`: a temporary file renamed into place, never a partial file, never an unasked
/// overwrite, and a file that always replays.
@Suite("Robustness: saving transcripts")
struct RobustnessSaveTests {
  static let questions = "hi\nwhat is llmops\ncompare mlops and aiops\nI deploy churn models\n/profile\n"

  /// Temporary files `/save` may have left: `NAME.tmp-PID-N`.
  static func leftovers(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") }
  }

  /// The answer to the last line of a piped session (the `/save` reply), unwrapped.
  static func lastAnswer(_ result: ProcessResult) -> String {
    let answer = (OutputCheck.jsonObjects(result.stdout).objects.last?["answer"] as? String) ?? ""
    return answer.replacingOccurrences(of: "\n", with: " ")
  }

  static func replays(_ file: String) throws -> Bool {
    let result = try runOpsAdvisor(["replay", file])
    if result.termination != .exited(0) { Issue.record("replay \(file): \(result.summary)") }
    return result.termination == .exited(0)
  }

  @Test("/save with no file in a script: the usage, and status 73 as for any /save that wrote nothing")
  func noFile() throws {
    let result = try runOpsAdvisor(["--json"], stdin: Self.questions + "/save\n")
    #expect(result.termination == .exited(73), "\(result.summary)")
    #expect(result.stderrText == "opsadvisor: a /save command wrote nothing (the answer says why)\n")
    #expect(Self.lastAnswer(result).hasPrefix("Usage: /save FILE"))
  }

  @Test("/save into a folder that does not exist: an error, nothing written, a script ends with status 73")
  func missingFolder() throws {
    let directory = try TemporaryDirectory()
    let target = directory("no/such/folder/session.transcript")
    let result = try runOpsAdvisor(["--json"], stdin: Self.questions + "/save \(target)\n")
    #expect(result.termination == .exited(73), "\(result.summary)")
    #expect(result.stderrText == "opsadvisor: a /save command wrote nothing (the answer says why)\n")
    #expect(Self.lastAnswer(result).hasPrefix("Could not save to \(target): No such file or directory."))
    #expect(directory.contents().isEmpty, "\(directory.contents())")
  }

  @Test("/save after /reset writes only what followed it: the advisor has forgotten the rest")
  func afterReset() throws {
    let directory = try TemporaryDirectory()
    let target = directory("session.transcript")
    let result = try runOpsAdvisor(["--json"], stdin: Self.questions + "/reset\nwhat is aiops\n/save \(target)\n")
    #expect(Self.lastAnswer(result).hasPrefix("Saved 1 turn to \(target)."), "\(Self.lastAnswer(result))")
    let inputs = (lines(of: target) ?? []).filter { $0.hasPrefix("> ") }
    #expect(inputs == ["> what is aiops"])
    #expect(try Self.replays(target))
    // Right after /reset there is nothing to write: said so, no file, status 73 as for any /save that wrote nothing.
    let empty = try runOpsAdvisor(["--json"], stdin: Self.questions + "/reset\n/save \(directory("empty.transcript"))\n")
    #expect(Self.lastAnswer(empty).hasPrefix("There is nothing to save yet"))
    #expect(empty.termination == .exited(73), "\(empty.summary)")
    #expect(!FileManager.default.fileExists(atPath: directory("empty.transcript")))
  }

  @Test("/save never replaces a file; /save! does, keeping its permissions; the file replays")
  func overwrite() throws {
    let directory = try TemporaryDirectory()
    let target = try directory.write("precious\n", to: "session.transcript")
    #expect(chmod(target, 0o600) == 0)

    let refused = try runOpsAdvisor(["--json"], stdin: Self.questions + "/save \(target)\n")
    #expect(Self.lastAnswer(refused).contains("already exists. Use /save! \(target) to replace it."))
    #expect(lines(of: target) == ["precious"])

    let replaced = try runOpsAdvisor(["--json"], stdin: Self.questions + "/save! \(target)\n")
    #expect(Self.lastAnswer(replaced).hasPrefix("Saved 5 turns to \(target)."), "\(Self.lastAnswer(replaced))")
    #expect(lines(of: target)?.first == "# title: Saved from an OpsAdvisor session")
    #expect(octal(permissions(of: target)) == "600")
    #expect(Self.leftovers(in: directory.path).isEmpty)
    #expect(try Self.replays(target))

    // A folder is never a target, with or without "!".
    let folder = try directory.makeFolder("folder")
    for command in ["/save", "/save!"] {
      let result = try runOpsAdvisor(["--json"], stdin: "hi\n\(command) \(folder)\n")
      #expect(Self.lastAnswer(result).contains("Is a directory"), "\(Self.lastAnswer(result))")
    }
    #expect(directory.contents() == ["folder", "session.transcript"])
  }

  @Test("/save ~/FILE names the file it wrote, so the replay command it prints works as typed")
  func homeFolder() throws {
    let home = try TemporaryDirectory()
    let result = try runOpsAdvisor(["--json"], stdin: "what is llmops\n/save ~/notes.txt\n", home: home)
    let target = home("notes.txt")
    #expect(Self.lastAnswer(result) == "Saved 1 turn to \(target). Replay it with: opsadvisor replay \(target)")
    #expect(try Self.replays(target))
  }

  @Test("A session of hostile input saves a transcript without control characters that replays")
  func hostileSessionReplays() throws {
    let directory = try TemporaryDirectory()
    let target = directory("hostile.transcript")
    let longLine = "what is llmops " + String(repeating: "\u{1B}[2J x ", count: 50_000)
    let input = Hostile.input + Array((longLine + "\n/save \(target)\n").utf8)
    let result = try runOpsAdvisor(["--width", "80"], input: input, timeout: .seconds(30))
    #expect(result.termination == .exited(0), "\(result.summary.prefix(2000))")
    #expect(result.stdoutText.contains("Saved \(Hostile.lines.count + 1) turns to \(target)."))
    let saved = try #require(FileManager.default.contents(atPath: target))
    #expect(OutputCheck.problems(in: [UInt8](saved)) == nil)
    #expect(saved.count < 200_000, "the long line is kept only as far as the advisor reads it")
    #expect(try Self.replays(target))
  }

  @Test("/save in an interactive session writes a file that replays")
  func interactiveSave() throws {
    let directory = try TemporaryDirectory()
    let terminal = try InteractiveSessionTests.session(in: directory)
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try InteractiveSessionTests.ask("/save \(directory("chat.transcript"))", expecting: "Saved 1 turn", on: terminal)
    try InteractiveSessionTests.ask("/save \(directory("chat.transcript"))", expecting: "already exists", on: terminal)
    try terminal.expect(InteractiveSessionTests.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(try Self.replays(directory("chat.transcript")))
    #expect(Self.leftovers(in: directory.path).isEmpty)
  }

  @Test("/save with a NUL in the file name is refused instead of writing to a shorter name")
  func nulInName() throws {
    let directory = try TemporaryDirectory()
    let result = try runOpsAdvisor(["--json"], input: Array("hi\n/save \(directory("a"))\u{0}b\n".utf8))
    #expect(Self.lastAnswer(result).contains("a file name cannot contain a NUL character"), "\(Self.lastAnswer(result))")
    #expect(directory.contents().isEmpty)
  }

  /// A full disk, for real: a 8 KiB tmpfs (in a private mount namespace, so it vanishes with
  /// the program) with one page already taken, and a transcript longer than the page left.
  @Test(
    "/save on a full disk: the error, no partial file, no temporary file",
    .enabled(if: PrivateMount.isAvailable, "mounting a tmpfs in a private mount namespace is not permitted here"))
  func fullDisk() throws {
    let directory = try TemporaryDirectory()
    let mountPoint = try directory.makeFolder("tiny")
    let target = mountPoint + "/session.transcript"
    let questions = String(repeating: "compare mlops and aiops\n", count: 3) + "/save \(target)\n/save! \(target)\n"
    let script = directory("questions")
    try Data(questions.utf8).write(to: URL(fileURLWithPath: script))
    let listing = directory("listing")
    let shell = """
      mount -t tmpfs -o size=8k tmpfs "$1" || exit 99
      head -c 4096 /dev/zero > "$1/filler"
      "$2" --json --script "$3"
      status=$?
      ls -A "$1" > "$4"
      exit $status
      """
    let result = try ProcessRunner.run(
      PrivateMount.unshare, PrivateMount.arguments(script: shell, [mountPoint, try OpsAdvisor.executable(), script, listing]),
      stdin: nil, environment: childEnvironment(home: directory.path, ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]),
      timeout: .seconds(20))
    #expect(result.termination == .exited(73), "\(result.summary)")
    let answers = OutputCheck.jsonObjects(result.stdout).objects.compactMap { $0["answer"] as? String }
      .map { $0.replacingOccurrences(of: "\n", with: " ") }
    #expect(answers.count == 5)
    for answer in answers.suffix(2) {
      #expect(answer == "Could not save to \(target): No space left on device. Nothing was written.")
    }
    #expect(lines(of: listing) == ["filler"], "only the filler is left on the full disk")
  }

  /// The same write error without a mount, at the seam the file is written through: a
  /// descriptor on /dev/full fails as a full disk does.
  @Test("TranscriptFile.writeAll reports ENOSPC from a descriptor on /dev/full")
  func writeSeam() throws {
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(throws: TranscriptFile.WriteError.system(ENOSPC)) {
      try TranscriptFile.writeAll(String(repeating: "x", count: 10_000), to: fd)
    }
  }
}
