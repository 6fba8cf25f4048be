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
  /// The seed sections an answer rests on.
  case sources([String])
}
