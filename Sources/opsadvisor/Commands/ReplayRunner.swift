import OpsAdvisorCore

/// Replays, blesses and measures the coverage of transcript files, printing as it goes.
struct ReplayRunner {
  let replayer: TranscriptReplayer
  let knowledgeBase: KnowledgeBase
  /// The knowledge base the summary names: "built in", or the `--intents` folder.
  let knowledgeBaseName: String

  init(advisor: Advisor, intentsDirectory: String? = nil) {
    self.replayer = TranscriptReplayer(advisor: advisor)
    self.knowledgeBase = advisor.knowledgeBase
    self.knowledgeBaseName = intentsDirectory.map { DisplayText.sanitized($0) } ?? "built in"
  }

  /// What became of one file.
  enum Outcome { case passed, failed, blessed }

  /// Replays every file; returns whether all passed (after blessing, when asked).
  func replay(_ files: [String], bless: Bool) throws -> Bool {
    var counts: [Outcome: Int] = [:]
    for file in files { counts[try replayOne(file, bless: bless), default: 0] += 1 }
    let blessed = counts[.blessed].map { ", \($0) blessed" } ?? ""
    try StandardOutput.write(
      "\(counts[.passed] ?? 0) passed, \(counts[.failed] ?? 0) failed\(blessed) (knowledge base: \(knowledgeBaseName))\n")
    return counts[.failed] == nil
  }

  func replayOne(_ file: String, bless: Bool) throws -> Outcome {
    guard let transcript = try load(file) else { return .failed }
    let outcome = replayer.replay(transcript)
    guard let failure = outcome.failure else {
      try StandardOutput.write("ok    \(DisplayText.sanitized(file))\n")
      return .passed
    }
    try StandardOutput.write(report(failure, in: file))
    guard bless else { return .failed }
    let full = replayer.replay(transcript, stopAtFailure: false)
    let (blessed, changed) = TranscriptBlesser.bless(transcript, outcome: full)
    try TranscriptFile.write(TranscriptWriter.text(of: blessed), to: file, overwrite: true)
    let lines = changed.map(String.init).joined(separator: ", ")
    try StandardOutput.write("blessed \(DisplayText.sanitized(file)): rewrote the turns at line\(changed.count == 1 ? "" : "s") \(lines)\n")
    return .blessed
  }

  /// The transcript in `file`, or nil after reporting why it cannot be read.
  func load(_ file: String) throws -> Transcript? {
    guard let data = FileSystem.contents(of: file) else {
      try StandardOutput.write("FAIL  \(DisplayText.sanitized(file)): cannot be read\n")
      return nil
    }
    do {
      return try TranscriptParser.parse(String(decoding: data, as: UTF8.self))
    } catch let error as TranscriptError {
      try StandardOutput.write("FAIL  \(DisplayText.sanitized(file)):\(error.line): \(error)\n")
      return nil
    }
  }

  /// `file:line`, the input, unmet assertions and the diff.
  func report(_ failure: TranscriptReplayer.Failure, in file: String) -> String {
    var text = "FAIL  \(DisplayText.sanitized(file)):\(failure.line): > \(DisplayText.sanitized(failure.input))\n"
    for mismatch in failure.annotationMismatches { text += "      \(mismatch)\n" }
    if !failure.diff.isEmpty { text += failure.diff.split(separator: "\n").map { "      " + DisplayText.sanitized(String($0)) + "\n" }.joined() }
    return text
  }

  /// Prints the intents and seed sections no transcript reaches; true when every intent is reached.
  func coverage(_ files: [String]) throws -> Bool {
    var intents: Set<IntentID> = []
    var sections: Set<String> = []
    for file in files {
      guard let transcript = try load(file) else { continue }
      for (reply, _) in replayer.replay(transcript, stopAtFailure: false).actual {
        intents.insert(reply.intent)
        sections.formUnion(reply.sources)
      }
    }
    let missingIntents = knowledgeBase.intents.map(\.id).filter { !intents.contains($0) }
    let missingSections = knowledgeBase.vocabulary.sections.filter {
      $0.id != KnownSection.advisor && !sections.contains($0.name)
    }.map { "\($0.id) (\($0.name))" }
    try StandardOutput.write(CoverageReport.text(files: files.count, intents: missingIntents.map(\.rawValue), sections: missingSections))
    return missingIntents.isEmpty
  }
}

/// The words of `replay --coverage`.
enum CoverageReport {
  static func text(files: Int, intents: [String], sections: [String]) -> String {
    var text = "\(files) transcript\(files == 1 ? "" : "s") read.\n"
    text += intents.isEmpty ? "Every intent is reached.\n" : "Intents no transcript reaches: \(intents.joined(separator: ", "))\n"
    text += sections.isEmpty ? "Every seed section is reached.\n" : "Seed sections no transcript reaches: \(sections.joined(separator: ", "))\n"
    return text
  }
}
