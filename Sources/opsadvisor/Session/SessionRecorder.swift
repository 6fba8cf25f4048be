import OpsAdvisorCore

/// Keeps the conversation so far in the transcript format, for `/save`.
final class SessionRecorder {
  let width: Int
  private(set) var turns = ""
  private(set) var turnCount = 0

  init(width: Int) {
    self.width = width
  }

  /// Adds one turn: the input, an annotation of what was understood, the plain answer.
  func record(_ reply: Reply) {
    let answer = TerminalRenderer(width: width, color: false).render(reply.blocks)
    turns += TranscriptWriter.turn(input: reply.input, answer: answer, annotation: Annotation(of: reply))
    turnCount += 1
  }

  /// The whole transcript: a header with the session's width, then the turns.
  var text: String {
    TranscriptWriter.header(title: "Saved from an OpsAdvisor session", width: width) + turns
  }

  /// Carries out `/save` and returns the reply to show instead of the core's.
  func save(to path: String, overwrite: Bool, variables: [String: String]) -> String {
    let target = TranscriptFile.expandingHome(path, variables: variables)
    do {
      try TranscriptFile.write(text, to: target, overwrite: overwrite)
      return Phrases.saved(turnCount, to: path)
    } catch TranscriptFile.WriteError.exists {
      return Phrases.saveWouldOverwrite(path)
    } catch {
      return Phrases.saveFailed(path, reason: "\(error)")
    }
  }
}
