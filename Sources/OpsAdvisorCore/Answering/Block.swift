/// One piece of an answer, as data; `TerminalRenderer` decides how it looks.
public enum Block: Sendable, Equatable {
  /// A short heading line, such as a track's name over its part of the answer.
  case heading(String)
  /// A paragraph, wrapped to the width.
  case paragraph(String)
  /// A bulleted list.
  case bullets([String])
  /// A numbered list of choices the person can answer with a number.
  case choices([String])
  /// A table: a header row and body rows of cells.
  case table(header: [String], rows: [[String]])
  /// Lines shown exactly as they are, such as a bar chart.
  case preformatted([String])
  /// The seed sections an answer rests on.
  case sources([String])

  /// Whether this is a numbered list of choices to reply to.
  public var isChoices: Bool {
    if case .choices = self { return true }
    return false
  }

  /// Whether this is the list of sources that closes an answer.
  public var isSources: Bool {
    if case .sources = self { return true }
    return false
  }
}
