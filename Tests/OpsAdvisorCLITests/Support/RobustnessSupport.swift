import Foundation
import Glibc

/// Inputs that try to break the program or the terminal it writes to.
enum Hostile {
  static let invalidUTF8: [UInt8] = [0xFF, 0xFE, 0x20] + Array("what is llmops ".utf8) + [0xC3, 0x28, 0xE2, 0x82, 0x20, 0xF0, 0x9F]
  static let nul = "what\u{0} is\u{0} aiops\u{0}"
  static let punctuation = "!!!???...,,,;;;:::---((()))[[]]{{}}***&&&%%%$$$###@@@"
  static let emoji = "😀🚀 what is mlops 👩‍👩‍👧‍👦🏳️‍🌈"
  static let rightToLeft = "מה זה LLMOps? ما هو MLOps؟"
  static let combining = "e\u{301}\u{301}\u{301} what is llmo\u{308}ps Z\u{35C}\u{360}\u{361}\u{489}algo"
  static let csi = "\u{1B}[2J\u{1B}[H what is aiops \u{1B}[31m"
  static let osc = "\u{1B}]0;pwned\u{7} compare mlops and aiops"
  static let bellBackspace = "what is\u{7}\u{7} llm\u{8}\u{8}\u{8}ops"
  static let c1 = "\u{9B}2J what is llmops \u{9D}0;pwned\u{9C}"
  static let bidiOverride = "\u{202E}spoomll si tahw\u{202C} \u{2066}x\u{2069}"
  /// Slash commands the core answers by repeating their name ("Unknown command /…").
  static let unknownCommands = ["/\u{1B}[2J", "/sav\u{1B}]0;pwned\u{7}", "/\u{9B}31m", "/\u{202E}tiuq", "/x\u{0}y\u{8}\u{7F}"]
  /// A statement whose words /profile and /why repeat as evidence.
  static let statement = "I deploy churn models \u{1B}]0;pwned\u{7} and \u{1B}[2Jretrain them weekly"

  /// Every hostile line as text (`invalidUTF8` is repaired here; use `lines` for raw bytes).
  static var texts: [String] {
    [
      String(decoding: invalidUTF8, as: UTF8.self), nul, punctuation, emoji, rightToLeft, combining, csi, osc,
      bellBackspace, c1, bidiOverride,
    ] + unknownCommands + [statement, "/profile", "/why"]
  }

  /// The lines to pipe in, as raw bytes (each without its newline).
  static var lines: [[UInt8]] {
    [invalidUTF8] + texts.dropFirst().map { Array($0.utf8) }
  }

  /// The piped input: every line, each ended by "\n".
  static var input: [UInt8] {
    lines.flatMap { $0 + [10] }
  }
}

/// Checks on what the program wrote.
enum OutputCheck {
  /// Whether `scalar` would act on a terminal: C0 (other than the line break), DEL, C1, and
  /// the bidirectional embeddings, overrides and isolates.
  static func isControl(_ scalar: Unicode.Scalar, allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> Bool {
    if allowed.contains(scalar) { return false }
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// A description of the first control characters in `bytes`, or nil when there are none and
  /// the bytes are valid UTF-8.
  static func problems(in bytes: [UInt8], allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> String? {
    guard let text = String(validating: bytes, as: UTF8.self) else { return "the output is not valid UTF-8" }
    let found = text.unicodeScalars.filter { isControl($0, allowing: allowed) }
    guard !found.isEmpty else { return nil }
    let names = found.prefix(10).map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    return "\(found.count) control characters (\(names)) in:\n\(text.debugDescription.prefix(3000))"
  }

  /// The JSON objects of `--json` output, one per line; nil (and a reason) when a line is not one.
  static func jsonObjects(_ bytes: [UInt8]) -> (objects: [[String: Any]], failure: String?) {
    var objects: [[String: Any]] = []
    let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    guard lines.last?.isEmpty == true else { return ([], "the output does not end with a newline") }
    for line in lines.dropLast() {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
        return (objects, "not a JSON object: \(String(decoding: line, as: UTF8.self).debugDescription)")
      }
      objects.append(object)
    }
    return (objects, nil)
  }
}

/// Runs `opsadvisor` with raw bytes on standard input (nil: /dev/null), in a throwaway home folder.
func runOpsAdvisor(
  _ arguments: [String], input: [UInt8]?, environment extra: [String: String] = [:],
  home: TemporaryDirectory? = nil, stdoutLimit: Int? = nil, timeout: Duration = .seconds(10)
) throws -> ProcessResult {
  let directory = try home ?? TemporaryDirectory()
  return try withExtendedLifetime(directory) {
    try ProcessRunner.run(
      try OpsAdvisor.executable(), arguments, input: input,
      environment: childEnvironment(home: directory.path, extra), stdoutLimit: stdoutLimit, timeout: timeout)
  }
}

/// Runs a program whose standard output is a pipe with no reader from the start, so its
/// first write meets a closed pipe (`| head -0`, deterministically). Standard input is read
/// from `input` (through a file); standard error is captured.
func runWithClosedStdout(
  _ executable: String, _ arguments: [String], input: [UInt8], environment: [String: String],
  timeout: Duration = .seconds(10)
) throws -> ProcessResult {
  let directory = try TemporaryDirectory()
  let inputFile = directory("input")
  try Data(input).write(to: URL(fileURLWithPath: inputFile))
  let output = try ProcessRunner.makePipe()
  close(output.read)  // the reader is gone before the program writes anything
  let errors = try ProcessRunner.makePipe()
  let pid: pid_t
  do {
    pid = try Spawn.spawn(path: executable, arguments: arguments, environment: environment) { actions in
      posix_spawn_file_actions_addopen(&actions, 0, inputFile, O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, output.write, 1)
      posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
    }
  } catch {
    close(output.write)
    close(errors.read)
    close(errors.write)
    throw error
  }
  close(output.write)
  close(errors.write)
  defer { close(errors.read) }
  _ = fcntl(errors.read, F_SETFL, fcntl(errors.read, F_GETFL) | O_NONBLOCK)
  var stderrBytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  var termination: Termination?
  var open = true
  let deadline = ContinuousClock.now + timeout
  while open || termination == nil {
    if termination == nil { termination = Spawn.poll(pid) }
    if ContinuousClock.now >= deadline {
      let killed = termination ?? Spawn.kill(pid)
      throw HarnessError("\(executable) \(arguments) did not finish within \(timeout) (\(killed))")
    }
    guard open else {
      usleep(5000)
      continue
    }
    var descriptor = pollfd(fd: errors.read, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Spawn.milliseconds(until: deadline, atMost: 50)) > 0 else { continue }
    let count = chunk.withUnsafeMutableBytes { read(errors.read, $0.baseAddress, $0.count) }
    if count > 0 {
      stderrBytes += chunk[..<count]
    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
      open = false
    }
  }
  return ProcessResult(termination: termination!, stdout: [], stderr: stderrBytes)
}

/// Mounting a tmpfs in a private mount namespace (`unshare -m`, as root) gives file systems
/// that fail as real ones do, even for root: full (ENOSPC) and read-only (EROFS). The mount
/// disappears with the namespace when the program ends, so nothing is left mounted.
enum PrivateMount {
  static let unshare = "/usr/bin/unshare"

  /// Whether this machine allows it (root, and mount namespaces permitted).
  static let isAvailable: Bool = {
    guard OpsAdvisor.isExecutableFile(unshare), let directory = try? TemporaryDirectory() else { return false }
    let result = try? ProcessRunner.run(
      unshare, ["-m", "/bin/sh", "-c", "mount -t tmpfs -o size=8k tmpfs \"$1\" && touch \"$1/probe\"", "sh", directory.path],
      stdin: nil, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"], timeout: .seconds(10))
    return result?.termination == .exited(0)
  }()

  /// `unshare` arguments that run `script` with `sh` in a new mount namespace, with `$1`, `$2`…
  /// set to `parameters`.
  static func arguments(script: String, _ parameters: [String]) -> [String] {
    ["-m", "/bin/sh", "-c", script, "sh"] + parameters
  }
}

/// The bits of the terminal settings a program must give back: ECHO, ICANON, ISIG and the rest.
func describe(_ attributes: termios) -> String {
  "iflag \(String(attributes.c_iflag, radix: 8)) oflag \(String(attributes.c_oflag, radix: 8)) "
    + "cflag \(String(attributes.c_cflag, radix: 8)) lflag \(String(attributes.c_lflag, radix: 8))"
}

/// Whether two terminal settings are the same: flags and control characters.
func sameSettings(_ a: termios, _ b: termios) -> Bool {
  var (a, b) = (a, b)
  let sameCharacters = withUnsafeBytes(of: &a.c_cc) { x in withUnsafeBytes(of: &b.c_cc) { y in x.elementsEqual(y) } }
  return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
    && sameCharacters
}
