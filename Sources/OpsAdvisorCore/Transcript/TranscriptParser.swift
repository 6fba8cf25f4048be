/// Reads a transcript's text into a `Transcript`.
public enum TranscriptParser {
  /// Parses `text`; regular expressions are checked here so replay never meets a bad one.
  ///
  /// - Throws: `TranscriptError` with the line of the first problem.
  public static func parse(_ text: String) throws -> Transcript {
    var transcript = Transcript(header: [], turns: [])
    let lines = lines(of: text)
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      if line.hasPrefix("> ") || line == ">" {
        transcript.turns.append(Transcript.Turn(
          input: String(line.dropFirst(2)), line: number, expected: [], annotation: nil, annotationIndex: 0))
      } else if transcript.turns.isEmpty {
        guard line.hasPrefix("#") || line.isEmpty else {
          throw TranscriptError(line: number, problem: .textBeforeFirstTurn)
        }
        if !line.isEmpty { transcript.header.append(line) }
      } else {
        try add(line, number: number, to: &transcript.turns[transcript.turns.count - 1])
      }
    }
    if let last = transcript.turns.indices.last, text.hasSuffix("\n") || text.hasSuffix("\r\n") {
      transcript.turns[last].expected.removeLast()
    }
    return transcript
  }

  /// The lines of `text`, split at "\n" and "\r\n", without carriage returns at their end.
  static func lines(of text: String) -> [String] {
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map { line in
      var line = Substring(line)
      while line.last == "\r" { line = line.dropLast() }
      return String(line)
    }
  }

  /// Adds one line after a `> ` line to its turn: an annotation or an expected line.
  static func add(_ line: String, number: Int, to turn: inout Transcript.Turn) throws {
    if line.hasPrefix(AnnotationFormat.prefix) {
      turn.annotation = try AnnotationFormat.parse(line.dropFirst(AnnotationFormat.prefix.count), line: number)
      turn.annotationIndex = turn.expected.count
      return
    }
    let expected = TranscriptLine.expected(line)
    if case .pattern(let pattern) = expected, (try? Regex(pattern)) == nil {
      throw TranscriptError(line: number, problem: .badPattern(pattern))
    }
    turn.expected.append(expected)
  }
}
