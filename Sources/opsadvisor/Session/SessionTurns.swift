import OpsAdvisorCore

/// Answers the lines of one session, in any mode: asks the advisor, carries out `/save`, and
/// records every other input for a later `/save`.
struct SessionTurns {
  var advisor: Advisor
  let recorder: SessionRecorder
  let variables: [String: String]

  init(advisor: Advisor, width: Int, variables: [String: String], intentsDirectory: String? = nil) {
    self.advisor = advisor
    self.recorder = SessionRecorder(width: width, freshAdvisor: advisor, intentsDirectory: intentsDirectory)
    self.variables = variables
  }

  /// The reply to one line.
  mutating func answer(_ line: String) -> Reply {
    answer(advisor.prepare(line))
  }

  /// The reply to one line prepared ahead (`Advisor.prepare`).
  mutating func answer(_ prepared: PreparedInput) -> Reply {
    let reply = advisor.respond(to: prepared)
    guard case .save(let path, let overwrite) = reply.action else {
      if case .save(let path, _) = prepared.command, path.isEmpty {
        recorder.noteSaveWithoutAFile()
      }
      recorder.record(prepared.line, command: prepared.command)
      return reply
    }
    return reply.replacingAnswer(with: recorder.save(to: path, overwrite: overwrite, variables: variables))
  }
}
