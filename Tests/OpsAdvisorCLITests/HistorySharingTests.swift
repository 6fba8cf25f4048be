import Foundation
import Glibc
import Testing

/// The history file under pressure: two sessions writing it at once, and a full disk.
@Suite("History shared between sessions, and on a full disk")
struct HistorySharingTests {
  static let prompt = InteractiveSessionTests.prompt

  /// The line session `name` types `number`th.
  static func question(_ number: Int, from name: String) -> String {
    "question \(number) from session \(name)"
  }

  /// Two real sessions on two terminals type 400 lines each, interleaved, into one history
  /// file that starts past its limit, so that each compacts the file (rewrites and renames it)
  /// several times while the other appends.
  @Test("Two sessions typing at once into one history file lose, repeat and interleave nothing")
  func twoSessionsAtOnce() throws {
    let directory = try TemporaryDirectory()
    let history = directory("history")
    let seeds = (1...1090).map { "seed question \($0)" }
    try directory.write(seeds.joined(separator: "\n") + "\n", to: "history")
    let names = ["a", "b"]
    let count = 400
    // Each session is typed into, and its output read, on its own thread, so both run at once.
    let home = try directory.makeFolder("home")
    let failures = Self.concurrently(names.count) { index in
      let terminal = try Self.session(home: home, history: history)
      try terminal.expect(Self.prompt)
      for number in 1...count { try terminal.send(Self.question(number, from: names[index]) + "\r") }
      // Not Ctrl-D: typed ahead, it could reach the terminal between two reads, as end of file.
      try terminal.send("/quit\r")
      let status = try terminal.waitForExit(timeout: .seconds(120))
      guard status == 0, !terminal.output.contains("warning") else {
        throw HarnessError("session \(names[index]) ended with \(status): \(terminal.output.suffix(2000))")
      }
    }
    #expect(failures.isEmpty, "\(failures)")

    let saved = try #require(lines(of: history)).filter { $0 != "/quit" }
    let typed = Set(names.flatMap { name in (1...count).map { Self.question($0, from: name) } })
    let strange = saved.filter { !$0.hasPrefix("seed question ") && !typed.contains($0) }
    #expect(strange.isEmpty, "lines neither seeded nor typed (interleaved or cut): \(strange.prefix(5))")
    for name in names {
      let mine = saved.filter { $0.hasSuffix(" from session \(name)") }
      let expected = (1...count).map { Self.question($0, from: name) }
      #expect(mine == expected, "session \(name): \(Set(expected).subtracting(mine).count) lost, \(mine.count) saved")
    }
    let keptSeeds = saved.filter { $0.hasPrefix("seed question ") }
    #expect(keptSeeds == Array(seeds.suffix(keptSeeds.count)), "the seeds kept are the latest, in order")
    #expect(saved.count >= 1000 && saved.count <= 1000 + 2 * 100, "\(saved.count) lines")
  }

  /// A real full disk: an 8 KiB tmpfs in a private mount namespace, one page taken by a filler
  /// and the other by a history file 10 bytes short of a page, so the next line is written in
  /// part and then fails with ENOSPC. The session runs on a terminal, saves a transcript to
  /// the same disk, and leaves; the shell around it then lists what is on the disk.
  @Test(
    "ENOSPC while writing history or a transcript: reported once, the session goes on, nothing partial left",
    .enabled(if: PrivateMount.isAvailable, "mounting a tmpfs in a private mount namespace is not permitted here"))
  func fullDisk() throws {
    let directory = try TemporaryDirectory()
    let mountPoint = try directory.makeFolder("tiny")
    var earlier = (1...185).map { String(format: "earlier question %04d", $0) }
    earlier.append("last one 123456")
    let seeded = earlier.joined(separator: "\n") + "\n"
    try #require(seeded.utf8.count == 4096 - 10)
    let seed = try directory.write(seeded, to: "seed")
    let shell = """
      mount -t tmpfs -o size=8k tmpfs "$1" || exit 99
      head -c 4096 /dev/zero > "$1/filler" && cp "$3" "$1/history" || exit 98
      OPSADVISOR_HISTORY="$1/history" "$2"
      status=$?
      cp "$1/history" "$4"
      ls -A "$1" > "$5"
      exit $status
      """
    let parameters = [mountPoint, try OpsAdvisor.executable(), seed, directory("history-after"), directory("listing")]
    let variables = [
      "TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1", "LANG": "C.UTF-8",
      "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": try directory.makeFolder("home"), "COLUMNS": "300",
    ]
    let terminal = try PseudoTerminal(
      executable: PrivateMount.unshare, arguments: PrivateMount.arguments(script: shell, parameters), environment: variables)
    let transcript = mountPoint + "/chat.transcript"
    try InteractiveSessionTests.ask("what is llmops", expecting: InteractiveSessionTests.llmopsDefinition, on: terminal)
    try InteractiveSessionTests.ask("what is aiops", expecting: InteractiveSessionTests.aiopsDefinition, on: terminal)
    try InteractiveSessionTests.ask(
      "/save \(transcript)", expecting: "Could not save to \(transcript): No space left on device.", on: terminal)
    try InteractiveSessionTests.ask(
      "/save! \(transcript)", expecting: "Could not save to \(transcript): No space left on device.", on: terminal)
    // History goes on in memory: Up four times recalls the first line of this session.
    try terminal.expect(Self.prompt)
    try terminal.send("\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[A\r")
    try terminal.expect(InteractiveSessionTests.llmopsDefinition)
    try terminal.expect(Self.prompt)
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == 0)

    let warnings = terminal.output.components(separatedBy: "\r\n").filter { $0.contains("opsadvisor: warning:") }
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.contains("No space left on device; history is no longer saved") == true, "\(warnings)")
    #expect(lines(of: directory("history-after")) == earlier, "the history file ends as it was, without half a line")
    #expect(lines(of: directory("listing")) == ["filler", "history"], "no transcript and no temporary file")
  }

  /// A session on a terminal of its own, with history in `history`.
  static func session(home: String, history: String) throws -> PseudoTerminal {
    let variables = [
      "TERM": "xterm", "INPUTRC": "/dev/null", "NO_COLOR": "1", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      "HOME": home, "OPSADVISOR_HISTORY": history,
    ]
    return try PseudoTerminal(executable: try OpsAdvisor.executable(), environment: variables)
  }

  /// Runs `body(0)`, `body(1)`… on as many threads at once; returns what they threw.
  static func concurrently(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) -> [String] {
    let failures = FailureList()
    DispatchQueue.concurrentPerform(iterations: count) { index in
      do {
        try body(index)
      } catch {
        failures.append("\(index): \(error)")
      }
    }
    return failures.items
  }
}

/// Messages gathered from several threads.
final class FailureList: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []

  func append(_ item: String) { lock.withLock { list.append(item) } }
  var items: [String] { lock.withLock { list } }
}
