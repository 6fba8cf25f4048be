/// Writes conversations in the transcript format.
public enum TranscriptWriter {
  /// The header of a saved session: a title and the width it was recorded at.
  public static func header(title: String, width: Int) -> String {
    "# title: \(DisplayText.sanitized(title))\n# width: \(width)\n"
  }

  /// One turn as `--echo` prints it: `> input`, the answer's lines escaped, a blank line.
  ///
  /// With `annotation`, an annotation line follows the input line.
  public static func turn(input: String, answer: String, annotation: Annotation? = nil) -> String {
    var text = "> " + DisplayText.sanitized(input, limit: .max) + "\n"
    if let annotation { text += AnnotationFormat.line(annotation) + "\n" }
    for line in answer.split(separator: "\n", omittingEmptySubsequences: false) {
      text += TranscriptLine.escaped(String(line)) + "\n"
    }
    return text + "\n"
  }

  /// A parsed transcript written back as text, for blessing.
  public static func text(of transcript: Transcript) -> String {
    var text = transcript.header.map { $0 + "\n" }.joined()
    for turn in transcript.turns {
      var lines = turn.expected.map(TranscriptLine.text)
      if let annotation = turn.annotation {
        lines.insert(AnnotationFormat.line(annotation), at: min(turn.annotationIndex, lines.count))
      }
      text += "> " + turn.input + "\n" + lines.map { $0 + "\n" }.joined()
    }
    return text
  }
}
