import OpsAdvisorCore

/// The session on a terminal: banner, prompt, readline editing, history and completion.
struct InteractiveSession {
  static let prompt = "ops> "

  let environment: TerminalEnvironment
  let version: String

  func run(_ turns: inout SessionTurns) throws {
    let (history, earlier) = openHistory()
    let editor = LineEditor(completions: Self.candidates(turns.advisor.knowledgeBase), history: earlier)
    try StandardOutput.write(Phrases.banner(version: version) + "\n")
    try StandardOutput.flush()
    while let line = editor.readLine(prompt: Self.prompt) {
      if line.isBlank { continue }
      record(Self.historyEntry(line), editor: editor, history: history)
      let reply = turns.answer(line)
      let printer = ReplyPrinter(environment: environment, json: false)
      try StandardOutput.write(printer.text(for: reply) + "\n")
      try StandardOutput.flush()
      if reply.endsSession { return }
    }
    try StandardOutput.write("\n")
    try StandardOutput.flush()
  }

  /// The history and its earlier entries; in memory only (after one warning) when the file
  /// fails or no variable says where it goes.
  func openHistory() -> (HistoryFile, [String]) {
    let path: String
    switch HistoryFile.location(in: environment.variables) {
    case .off: return (HistoryFile(path: nil), [])
    case .unknown:
      Self.warn("HOME is not set, so history is kept for this session only (set OPSADVISOR_HISTORY to keep it)")
      return (HistoryFile(path: nil), [])
    case .file(let file): path = file
    }
    let history = HistoryFile(path: path)
    do {
      let entries = try history.load()
      if let notice = history.notice { Self.warn(notice) }
      return (history, entries)
    } catch {
      Self.warn("\(error); continuing without saved history")
      return (HistoryFile(path: nil), [])
    }
  }

  static func warn(_ message: String) {
    StandardError.write("opsadvisor: warning: \(message)\n")
  }

  /// Adds an accepted line to readline's history and the file.
  func record(_ line: String, editor: LineEditor, history: HistoryFile) {
    guard history.accepts(line) else { return }
    editor.remember(line)
    do {
      try history.append(line)
    } catch {
      Self.warn("\(error); history is no longer saved")
      history.disable()
    }
  }

  /// The line as history keeps it: without trailing spaces (Tab completion leaves one).
  static func historyEntry(_ line: String) -> String {
    var entry = line
    while entry.last == " " || entry.last == "\t" { entry.removeLast() }
    return entry
  }

  /// Every slash command, and every word and phrase `/compare` understands: track names and
  /// aliases, factor words and their synonyms, and the topics (skills), sorted.
  static func candidates(_ knowledgeBase: KnowledgeBase) -> CompletionCandidates {
    CompletionCandidates(
      commands: SlashCommand.names.map { "/" + $0 }, words: knowledgeBase.comparePhrases.completionWords())
  }
}
