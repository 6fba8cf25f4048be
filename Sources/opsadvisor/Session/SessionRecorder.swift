import OpsAdvisorCore

/// Remembers a session's inputs so that `/save` can write the conversation so far (since the
/// last `/reset`).
///
/// Only the inputs are kept: the advisor is deterministic, so replaying them through a fresh
/// advisor at save time gives back every answer exactly as it was shown, at a fraction of the
/// memory. A session longer than `limit` turns stops being recorded, so memory stays flat
/// however much is piped in.
///
/// Each input is kept as the transcript's "> " line shows it (`transcriptInput`): control
/// characters neutralised, and cut just past what the advisor reads. The answers are computed
/// from those same inputs, so a saved file always replays, and 10,000 one-megabyte lines do
/// not take 10 GB.
final class SessionRecorder {
  static let limit = 10_000

  let width: Int
  let freshAdvisor: Advisor
  /// The `--intents` folder the session read, which the replay command it suggests names too.
  let intentsDirectory: String?
  private(set) var inputs: [String] = []
  private(set) var overflowed = false
  /// How many `/save` commands wrote nothing, which a scripted session reports in its status.
  private(set) var failedSaves = 0

  init(width: Int, freshAdvisor: Advisor, intentsDirectory: String? = nil) {
    self.width = width
    self.freshAdvisor = freshAdvisor
    self.intentsDirectory = intentsDirectory
  }

  /// Notes a `/save` that named no file: it wrote nothing, like one that failed.
  func noteSaveWithoutAFile() {
    failedSaves += 1
  }

  /// Notes one answered input. `/reset` starts the record over: the advisor has forgotten
  /// what came before it, so a later `/save` writes only what follows.
  func record(_ input: String, command: SlashCommand? = nil) {
    if command == .reset {
      (inputs, overflowed) = ([], false)
      return
    }
    guard inputs.count < Self.limit else {
      overflowed = true
      return
    }
    inputs.append(Self.transcriptInput(input))
  }

  /// The input as a transcript keeps it. A longer line than the advisor reads keeps one
  /// character more than it reads, so that it still gets the "long message" note.
  static func transcriptInput(_ input: String) -> String {
    let head = input.utf8.count > Advisor.longestInput ? String(input.prefix(Advisor.longestInput + 1)) : input
    return SafeText.line(head)
  }

  /// The whole transcript: a header with the session's width, then each turn with its annotation.
  var text: String {
    var advisor = freshAdvisor
    let renderer = TerminalRenderer(width: width, color: false)
    var text = TranscriptWriter.header(title: "Saved from an OpsAdvisor session", width: width)
    for input in inputs {
      let reply = advisor.respond(to: input)
      text += TranscriptWriter.turn(input: input, answer: renderer.render(reply.blocks), annotation: Annotation(of: reply))
    }
    return text
  }

  /// Carries out `/save` and returns the reply to show instead of the core's.
  func save(to path: String, overwrite: Bool, variables: [String: String]) -> String {
    guard !overflowed else {
      failedSaves += 1
      return Phrases.sessionTooLongToSave(Self.limit)
    }
    guard !inputs.isEmpty else {
      failedSaves += 1
      return Phrases.nothingToSave
    }
    let target = TranscriptFile.expandingHome(path, variables: variables)
    do {
      try TranscriptFile.write(text, to: target, overwrite: overwrite)
      // "~/notes.txt" is named as written: a quoted "~" would not expand in the replay command.
      return Phrases.saved(inputs.count, to: target, intents: intentsDirectory)
    } catch TranscriptFile.WriteError.exists {
      failedSaves += 1
      return Phrases.saveWouldOverwrite(path)
    } catch {
      failedSaves += 1
      return Phrases.saveFailed(path, reason: "\(error)")
    }
  }
}
