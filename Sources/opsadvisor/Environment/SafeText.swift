import OpsAdvisorCore

/// The last guard before text reaches a terminal: control characters that came from the user
/// (or from anything else outside the program) are neutralised.
///
/// The characters are those of the core's `DisplayText`: C0 controls (escape, bell, backspace,
/// NUL, tab, carriage return…), DEL, C1 controls and the bidirectional embeddings, overrides and
/// isolates. Each becomes U+FFFD, so a repeated escape sequence shows as harmless text instead
/// of clearing the screen, retitling the window or reordering the line. Text that holds none,
/// nearly all of it, is returned as it is after one pass over its bytes.
enum SafeText {
  /// One line of text with every unsafe character replaced; line breaks are replaced too.
  static func line(_ text: String) -> String {
    needsWork(text, keepingLineBreaks: false) ? DisplayText.sanitized(text, limit: .max) : text
  }

  /// Text of several lines: "\n" is kept, everything else unsafe is replaced.
  static func keepingLineBreaks(_ text: String) -> String {
    guard needsWork(text, keepingLineBreaks: true) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { DisplayText.sanitized(String($0), limit: .max) }
      .joined(separator: "\n")
  }

  /// An answer's blocks with every string made safe. The core's own words never need this;
  /// user text it repeats (an unknown command's name, say) sometimes does.
  static func blocks(_ blocks: [Block]) -> [Block] {
    guard blocks.contains(where: needsWork) else { return blocks }
    return blocks.map { block in
      switch block {
      case .heading(let text): .heading(line(text))
      case .paragraph(let text): .paragraph(line(text))
      case .bullets(let items): .bullets(items.map(line))
      case .choices(let items): .choices(items.map(line))
      case .table(let header, let rows): .table(header: header.map(line), rows: rows.map { $0.map(line) })
      case .preformatted(let lines): .preformatted(lines.map(line))
      case .sources(let names): .sources(names.map(line))
      }
    }
  }

  static func needsWork(_ block: Block) -> Bool {
    let unsafe: (String) -> Bool = { needsWork($0, keepingLineBreaks: false) }
    switch block {
    case .heading(let text), .paragraph(let text): return unsafe(text)
    case .bullets(let items), .choices(let items), .preformatted(let items), .sources(let items):
      return items.contains(where: unsafe)
    case .table(let header, let rows): return header.contains(where: unsafe) || rows.contains { $0.contains(where: unsafe) }
    }
  }

  static func needsWork(_ text: String, keepingLineBreaks: Bool) -> Bool {
    DisplayText.containsUnsafe(text, allowingLineBreaks: keepingLineBreaks)
  }
}
