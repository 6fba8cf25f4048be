/// Renders answer blocks as terminal text: wrapped to a width, optionally with colour.
///
/// Blocks are separated by one blank line, except that a heading sits directly on its content.
/// Tables narrower than the width are laid out in columns; when the columns would be too narrow
/// to read, each row becomes a heading with one bullet per column instead.
public struct TerminalRenderer: Sendable {
  public let width: Int
  public let color: Bool

  /// The narrowest width answers are wrapped to, whatever the terminal says.
  public static let minimumWidth = 20
  /// The narrowest table column worth laying out side by side.
  static let minimumColumn = 14

  public init(width: Int, color: Bool) {
    self.width = max(Self.minimumWidth, width)
    self.color = color
  }

  /// The text of `blocks`, without a final newline.
  public func render(_ blocks: [Block]) -> String {
    var bytes: [UInt8] = []
    render(blocks, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The general path: the text of `blocks` built line by line, as strings. The byte path
  /// (`render(_:into:)`) must give exactly this; the tests hold it to that.
  func renderByLines(_ blocks: [Block]) -> String {
    var lines: [String] = []
    var previous: Block?
    for block in blocks {
      if previous != nil, !Self.isHeading(previous) { lines.append("") }
      lines += render(block)
      previous = block
    }
    return lines.joined(separator: "\n")
  }

  static func isHeading(_ block: Block?) -> Bool {
    if case .heading = block { return true }
    return false
  }

  func render(_ block: Block) -> [String] {
    switch block {
    case .heading(let text): return [style(text, .bold)]
    case .paragraph(let text): return TextWrapper.wrap(text, width: width)
    case .bullets(let items):
      return items.flatMap { TextWrapper.wrap($0, width: width, firstPrefix: "  - ", restPrefix: "    ") }
    case .choices(let items):
      return items.enumerated().flatMap { index, item in
        TextWrapper.wrap(item, width: width, firstPrefix: "  \(index + 1). ", restPrefix: "     ")
      }
    case .table(let header, let rows): return table(header: header, rows: rows)
    case .preformatted(let lines): return lines
    case .sources(let names):
      return TextWrapper.wrap("Source: " + names.joined(separator: "; "), width: width)
        .map { style($0, .dim) }
    }
  }

  enum Style: String {
    case bold = "1"
    case dim = "2"
  }

  func style(_ text: String, _ style: Style) -> String {
    color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
