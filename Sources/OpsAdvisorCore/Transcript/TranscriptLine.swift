/// How answer lines are escaped in a transcript, and how expected lines are read.
public enum TranscriptLine {
  static let escape: Character = "\\"
  static let anyLines = "..."
  static let patternSuffix = " (re)"

  /// An answer line as written in a transcript: with a `\` in front when it could be misread.
  public static func escaped(_ line: String) -> String {
    let risky = line.hasPrefix(">") || line.hasPrefix("#") || line.first == escape
      || line == anyLines || line.hasSuffix(patternSuffix)
    return risky ? String(escape) + line : line
  }

  /// Reads one expected line of a turn.
  static func expected(_ line: String) -> Transcript.ExpectedLine {
    if line.first == escape { return .literal(String(line.dropFirst())) }
    if line == anyLines { return .anyLines }
    if line.hasSuffix(patternSuffix) { return .pattern(String(line.dropLast(patternSuffix.count))) }
    return .literal(line)
  }

  /// An expected line written back as text.
  static func text(_ line: Transcript.ExpectedLine) -> String {
    switch line {
    case .literal(let text): escaped(text)
    case .pattern(let pattern): pattern + patternSuffix
    case .anyLines: anyLines
    }
  }
}
