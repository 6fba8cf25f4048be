import Glibc

/// A program running on a real pseudo-terminal, driven like a user at a keyboard.
///
/// The child gets the pty's slave side as standard input, output and error and as its
/// controlling terminal (it starts a new session and opens the slave, which on Linux makes it
/// the controlling terminal), so the line discipline turns Ctrl-C into SIGINT, readline finds a
/// terminal, and `isatty` is true. The harness reads the master side.
///
/// `expect` works like pexpect's: it searches the output that arrived after the previous
/// match, so a test can wait for the same text (the prompt, say) more than once.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  /// The harness's own slave descriptor: while it is open, reading the master never fails
  /// with EIO, so the last output of an exited child can still be read.
  private let slave: Int32
  private var bytes: [UInt8] = []
  /// Where the next `expect` starts searching.
  private var cursor = 0
  private var termination: Termination?
  /// The terminal's settings before the program started (the line discipline's defaults).
  let initialAttributes: termios

  /// Everything the program has written so far (as far as it has been read).
  var output: String { String(decoding: bytes, as: UTF8.self) }

  /// Everything the program has written so far, as raw bytes.
  var outputBytes: [UInt8] { bytes }

  /// The output after the last `expect` match.
  var pendingOutput: String { String(decoding: bytes[cursor...], as: UTF8.self) }

  /// Starts `executable` with `arguments` and exactly `environment` on a `columns`×`rows` pty.
  init(
    executable: String, arguments: [String] = [], environment: [String: String],
    columns: UInt16 = 80, rows: UInt16 = 24
  ) throws {
    let openpt = try LibC.required("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    let grantpt = try LibC.required("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    let unlockpt = try LibC.required("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    let ptsname = try LibC.required(
      "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)

    let master = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw HarnessError("posix_openpt failed: \(String(cString: strerror(errno)))") }
    var name = [CChar](repeating: 0, count: 256)
    guard grantpt(master) == 0, unlockpt(master) == 0, ptsname(master, &name, name.count) == 0 else {
      let reason = String(cString: strerror(errno))
      close(master)
      throw HarnessError("grantpt/unlockpt/ptsname_r failed: \(reason)")
    }
    let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard slave >= 0, ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      let reason = String(cString: strerror(errno))
      close(master)
      if slave >= 0 { close(slave) }
      throw HarnessError("cannot open \(slavePath) or set its size: \(reason)")
    }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    var attributes = termios()
    guard tcgetattr(slave, &attributes) == 0 else {
      let reason = String(cString: strerror(errno))
      close(master)
      close(slave)
      throw HarnessError("tcgetattr on \(slavePath) failed: \(reason)")
    }
    initialAttributes = attributes

    do {
      // After setsid() in the child, opening the slave without O_NOCTTY makes it the
      // controlling terminal; fds 1 and 2 are copies of it.
      pid = try Spawn.spawn(path: executable, arguments: arguments, environment: environment) { actions in
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
      }
    } catch {
      close(master)
      close(slave)
      throw error
    }
    self.master = master
    self.slave = slave
  }

  deinit {
    if termination == nil { _ = Spawn.kill(pid) }
    close(master)
    close(slave)
  }

  /// The terminal's settings now (after the program ended: as it left them).
  func currentAttributes() throws -> termios {
    var attributes = termios()
    guard tcgetattr(slave, &attributes) == 0 else {
      throw HarnessError("tcgetattr failed: \(String(cString: strerror(errno)))")
    }
    return attributes
  }

  /// Sends `signal` to the program (only to its process).
  func send(signal: Int32) {
    if isRunning { _ = Glibc.kill(pid, signal) }
  }

  /// Whether the program is still running.
  var isRunning: Bool {
    if termination == nil { termination = Spawn.poll(pid) }
    return termination == nil
  }

  /// Types `text` (UTF-8; "\r" is Return, "\u{3}" Ctrl-C, "\u{4}" Ctrl-D, "\u{1B}[A" Up).
  func send(_ text: String, timeout: Duration = .seconds(10)) throws {
    try send(bytes: Array(text.utf8), timeout: timeout)
  }

  /// Types raw bytes (which need not be valid UTF-8).
  func send(bytes data: [UInt8], timeout: Duration = .seconds(10)) throws {
    let deadline = ContinuousClock.now + timeout
    let text = String(decoding: data.prefix(200), as: UTF8.self)
    var offset = 0
    while offset < data.count {
      let written = data[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
        continue
      }
      guard written < 0, errno == EAGAIN || errno == EINTR else {
        throw HarnessError("cannot write to the terminal: \(String(cString: strerror(errno)))")
      }
      guard ContinuousClock.now < deadline else {
        throw HarnessError("timed out typing \(text.debugDescription); output so far:\n\(output)")
      }
      // The input queue is full: let the program read, and keep reading its output.
      readAvailable(waiting: 20)
    }
  }

  /// Waits until `substring` appears in the output after the previous match.
  ///
  /// Throws, with all the output so far, if it does not appear within `timeout` or the
  /// program ends without writing it.
  func expect(_ substring: String, timeout: Duration = .seconds(10)) throws {
    let needle = Array(substring.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let range = find(needle) {
        cursor = range.upperBound
        return
      }
      if ContinuousClock.now >= deadline {
        throw HarnessError(
          "timed out after \(timeout) waiting for \(substring.debugDescription); output so far:\n"
            + output.debugDescription)
      }
      if !readAvailable(waiting: Spawn.milliseconds(until: deadline)), !isRunning {
        drain()
        if let range = find(needle) {
          cursor = range.upperBound
          return
        }
        throw HarnessError(
          "the program \(termination!) before writing \(substring.debugDescription); output:\n"
            + output.debugDescription)
      }
    }
  }

  /// Keeps reading for `duration`, for checks that something does *not* appear.
  func collect(for duration: Duration) {
    let deadline = ContinuousClock.now + duration
    while ContinuousClock.now < deadline {
      readAvailable(waiting: Spawn.milliseconds(until: deadline))
    }
  }

  /// Waits for the program to end and returns its exit status (128 + N if killed by signal N).
  ///
  /// On timeout the program is killed and an error thrown.
  func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while isRunning {
      if ContinuousClock.now >= deadline {
        termination = Spawn.kill(pid)
        throw HarnessError(
          "the program did not exit within \(timeout) and was killed; output:\n" + output.debugDescription)
      }
      // Keep reading: a program blocked on a full terminal buffer never exits.
      readAvailable(waiting: Spawn.milliseconds(until: deadline, atMost: 20))
    }
    drain()
    return termination!.shellStatus
  }

  /// Reads whatever arrives within `milliseconds`; returns whether anything was read.
  @discardableResult
  private func readAvailable(waiting milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = Glibc.poll(&descriptor, 1, milliseconds)
    guard ready > 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: 4096)
    var any = false
    while true {
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[..<count]
        any = true
      } else if count < 0, errno == EINTR {
        continue
      } else {
        return any
      }
    }
  }

  /// Reads the output that is still on its way after the program ended.
  private func drain() {
    while readAvailable(waiting: 100) {}
  }

  private func find(_ needle: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty else { return cursor..<cursor }
    guard bytes.count - cursor >= needle.count else { return nil }
    for start in cursor...(bytes.count - needle.count)
    where bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle) {
      return start..<start + needle.count
    }
    return nil
  }
}
