#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CReadline

/// GNU readline: line editing, history in memory, completion, and Ctrl-C that clears the line.
///
/// Readline's callbacks are C functions that cannot capture context, so the little state
/// they need lives in `LineEditorCallbacks`. There is one line editor per process.
struct LineEditor {
  /// Sets readline up: the application name, completion, history size and signal handling.
  init(completions: CompletionCandidates, history: [String]) {
    opsadvisor_rl_set_name(LineEditorCallbacks.name)
    opsadvisor_rl_keep_environment()
    LineEditorCallbacks.candidates = completions
    opsadvisor_rl_set_completer(LineEditorCallbacks.complete)
    opsadvisor_rl_set_signal_hook(LineEditorCallbacks.signalHook)
    opsadvisor_rl_set_getc(LineEditorCallbacks.readKey)
    using_history()
    stifle_history(Int32(HistoryFile.limit))
    for line in history { add_history(line) }
    LineEditorCallbacks.installInterruptHandler()
  }

  /// Reads one line with `prompt`; nil at end of input (Ctrl-D on an empty line).
  func readLine(prompt: String) -> String? {
    LineEditorCallbacks.interrupted = 0
    // A resume outside readline needs no redraw: readline draws the prompt now.
    LineEditorCallbacks.resumed = 0
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    return String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
  }

  /// Adds a line to the in-memory history that Up and Ctrl-R search.
  func remember(_ line: String) {
    add_history(line)
  }
}

/// The words Tab completes: slash commands at the start of a line, tracks and factors elsewhere.
struct CompletionCandidates: Sendable {
  let commands: [String]
  let words: [String]

  /// The candidates for the word `text` that starts at `start` in `line`.
  ///
  /// Returns nil where file names should be completed instead: the argument of `/save`.
  func matches(for text: String, start: Int, line: String) -> [String]? {
    let before = line.prefix(start).trimmingWhitespace()
    if before.isEmpty, text.hasPrefix("/") { return commands.filter { $0.hasPrefix(text) } }
    if before == "/save" || before == "/save!" { return nil }
    let lowered = text.lowercased()
    return words.filter { $0.hasPrefix(lowered) }
  }
}

/// The state readline's C callbacks share; touched only on the main thread and in the SIGINT handler.
enum LineEditorCallbacks {
  nonisolated(unsafe) static let name: UnsafePointer<CChar> = UnsafePointer(strdup("opsadvisor")!)
  nonisolated(unsafe) static var candidates = CompletionCandidates(commands: [], words: [])
  nonisolated(unsafe) static var matches: [String] = []
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  /// Set by SIGCONT: the session was stopped (Ctrl-Z) and has been resumed (`fg`).
  nonisolated(unsafe) static var resumed: sig_atomic_t = 0

  /// Ctrl-C sets `interrupted`; SIGCONT sets `resumed`. Both handlers only set a flag: the
  /// work is done by readline's hooks, outside the signal handler.
  ///
  /// SIGTERM, SIGHUP, SIGQUIT and SIGTSTP keep their default actions: while readline reads it
  /// catches them itself, restores the terminal, and re-raises them (so SIGTERM and SIGHUP end
  /// the program by the signal, status 128 + N, with the terminal as it was and every accepted
  /// line already in the history file; SIGTSTP stops it with the terminal in its normal mode,
  /// and readline sets its mode up again on SIGCONT). Outside readline the terminal is in its
  /// normal mode anyway.
  static func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in LineEditorCallbacks.interrupted = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)

    var resume = sigaction()
    resume.__sigaction_handler.sa_handler = { _ in LineEditorCallbacks.resumed = 1 }
    sigemptyset(&resume.sa_mask)
    resume.sa_flags = SA_RESTART
    sigaction(SIGCONT, &resume, nil)
  }

  /// Called by readline when a signal interrupts its read: after Ctrl-C, start a fresh line;
  /// after a resume, draw the prompt again.
  static let signalHook: @convention(c) () -> Int32 = {
    discardLineIfInterrupted()
    redrawIfResumed()
    return 0
  }

  /// Called by readline for every key. A Ctrl-C that arrived while readline was busy with the
  /// previous key interrupted no read, so the signal hook never saw it: drop the line here.
  static let readKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
    discardLineIfInterrupted()
    redrawIfResumed()
    return rl_getc(stream)
  }

  static func redrawIfResumed() {
    guard resumed != 0 else { return }
    resumed = 0
    opsadvisor_rl_redraw_on_new_line()
  }

  static func discardLineIfInterrupted() {
    guard interrupted != 0 else { return }
    interrupted = 0
    opsadvisor_rl_discard_line()
  }

  static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
      let word = text.map { String(cString: $0) } ?? ""
      let line = opsadvisor_rl_line_buffer().map { String(cString: $0) } ?? ""
      guard let found = candidates.matches(for: word, start: Int(start), line: line) else {
        opsadvisor_rl_set_completion_over(0)
        return nil
      }
      opsadvisor_rl_set_completion_over(1)
      matches = found
      return rl_completion_matches(text, generator)
    }

  static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
    _, state in
    let index = Int(state)
    return index < matches.count ? strdup(matches[index]) : nil
  }
}
