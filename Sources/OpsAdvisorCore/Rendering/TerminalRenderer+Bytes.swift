/// The renderer's fast path: text written straight into one UTF-8 buffer, with no string or
/// array per line.
///
/// ASCII text, nearly all of it, is wrapped and laid out on its bytes. A string or table holding
/// anything else is laid out by the general, line-based path (`render(_:) -> [String]`) and
/// copied in, so the bytes are always those of `renderByLines(_:)`.
extension TerminalRenderer {
  static let bulletFirst = Array("  - ".utf8)
  static let bulletRest = Array("    ".utf8)
  static let choiceRest = Array("     ".utf8)
  static let gapBytes = Array(gap.utf8)

  /// Appends the text of `blocks`, exactly as `render(_:)` returns it, to `bytes`.
  public func render(_ blocks: [Block], into bytes: inout [UInt8]) {
    var lines = LineBuffer(bytes: [])
    swap(&lines.bytes, &bytes)
    var afterHeading = true
    for block in blocks {
      if !afterHeading { lines.startLine() }
      append(block, to: &lines)
      afterHeading = Self.isHeading(block)
    }
    swap(&lines.bytes, &bytes)
  }

  /// Writes the lines of one block.
  func append(_ block: Block, to lines: inout LineBuffer) {
    switch block {
    case .heading(let text): appendStyled(text, .bold, to: &lines)
    case .paragraph(let text): appendWrapped(text, first: [], rest: [], to: &lines)
    case .bullets(let items):
      for item in items { appendWrapped(item, first: Self.bulletFirst, rest: Self.bulletRest, to: &lines) }
    case .choices(let items):
      for (index, item) in items.enumerated() {
        appendWrapped(item, first: Array("  \(index + 1). ".utf8), rest: Self.choiceRest, to: &lines)
      }
    case .table(let header, let rows): appendTable(header: header, rows: rows, to: &lines)
    case .preformatted(let items): lines.appendLines(items)
    case .sources(let names):
      appendWrapped(Self.joined("Source: ", names, separator: "; "), first: [], rest: [], style: .dim, to: &lines)
    }
  }

  /// The escape sequences around a line in `style`, or none when colour is off.
  func lineStyle(_ style: Style?) -> LineStyle {
    guard color, let style else { return .plain }
    return LineStyle(open: Array("\u{1B}[\(style.rawValue)m".utf8), close: Array("\u{1B}[0m".utf8))
  }

  /// One line holding `text` in `style`.
  func appendStyled(_ text: String, _ style: Style, to lines: inout LineBuffer) {
    let enclosing = lineStyle(style)
    lines.startLine()
    TextWrapper.append(enclosing.open, to: &lines)
    lines.append(text)
    TextWrapper.append(enclosing.close, to: &lines)
  }

  /// `text` wrapped to the width: on its bytes when it is ASCII, or when each of its characters
  /// is one scalar (counting columns by scalars), else by the general path.
  func appendWrapped(_ text: String, first: [UInt8], rest: [UInt8], style: Style? = nil, to lines: inout LineBuffer) {
    let done = UTF8Bytes.with(text) { bytes in
      let ascii = UTF8Bytes.isASCII(bytes)
      guard ascii || UTF8Bytes.isOneScalarPerCharacter(bytes) else { return false }
      TextWrapper.wrap(
        bytes: bytes, width: width, first: first, rest: rest, style: lineStyle(style), byScalars: !ascii, into: &lines)
      return true
    }
    if done { return }
    let wrapped = TextWrapper.wrap(
      text, width: width, firstPrefix: String(decoding: first, as: UTF8.self),
      restPrefix: String(decoding: rest, as: UTF8.self))
    lines.appendLines(style.map { style in wrapped.map { self.style($0, style) } } ?? wrapped)
  }

  /// `head` followed by `items` joined with `separator`, as one string.
  static func joined(_ head: String, _ items: [String], separator: String) -> String {
    var bytes = Array(head.utf8)
    for (index, item) in items.enumerated() {
      if index > 0 { bytes.append(contentsOf: separator.utf8) }
      bytes.append(contentsOf: item.utf8)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Tables on the fast path.
extension TerminalRenderer {
  /// A table as `table(header:rows:)` lays it out.
  func appendTable(header: [String], rows: [[String]], to lines: inout LineBuffer) {
    guard Self.isRegularASCII(header: header, rows: rows) else {
      return lines.appendLines(table(header: header, rows: rows))
    }
    guard let widths = asciiColumnWidths(header: header, rows: rows) else {
      return appendStackedTable(header: header, rows: rows, to: &lines)
    }
    var cells = Array(repeating: CellLines(), count: header.count)
    appendRow(header, widths: widths, style: lineStyle(.bold), cells: &cells, to: &lines)
    lines.startLine()
    for (column, width) in widths.enumerated() {
      if column > 0 { TextWrapper.append(Self.gapBytes, to: &lines) }
      lines.bytes.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: width))
    }
    for (index, row) in rows.enumerated() {
      if index > 0 { lines.startLine() }
      appendRow(row, widths: widths, style: .plain, cells: &cells, to: &lines)
    }
  }

  /// Whether a table can take the fast path: ASCII cells, a header, every row as long as it.
  static func isRegularASCII(header: [String], rows: [[String]]) -> Bool {
    !header.isEmpty && header.allSatisfy(UTF8Bytes.isASCII)
      && rows.allSatisfy { $0.count == header.count && $0.allSatisfy(UTF8Bytes.isASCII) }
  }

  /// `columnWidths(header:rows:)` for ASCII cells, whose columns are their byte counts.
  func asciiColumnWidths(header: [String], rows: [[String]]) -> [Int]? {
    var firstNeeded = header[0].utf8.count
    var longest = 0
    for row in [header] + rows {
      firstNeeded = max(firstNeeded, row[0].utf8.count)
      for cell in row.dropFirst() { longest = max(longest, cell.utf8.count) }
    }
    let first = min(firstNeeded, width / 3)
    let others = header.count - 1
    guard others > 0 else { return [first] }
    let available = width - first - Self.gap.count * others
    let each = min(available / others, max(longest, 1))
    guard each >= Self.minimumColumn else { return nil }
    return [first] + Array(repeating: each, count: others)
  }

  /// One row as `layoutRow` lays it out: cells wrapped, padded, side by side, trailing
  /// spaces trimmed, each line in `style`. `cells` is scratch space, one per column.
  func appendRow(_ row: [String], widths: [Int], style: LineStyle, cells: inout [CellLines], to lines: inout LineBuffer) {
    var height = 0
    for column in row.indices {
      cells[column].removeAll()
      UTF8Bytes.with(row[column]) { TextWrapper.wrap(bytes: $0, width: widths[column], first: [], rest: [], into: &cells[column]) }
      height = max(height, cells[column].count)
    }
    for line in 0..<height {
      lines.startLine()
      TextWrapper.append(style.open, to: &lines)
      let start = lines.bytes.count
      for column in row.indices {
        if column > 0 { TextWrapper.append(Self.gapBytes, to: &lines) }
        lines.appendSpaces(widths[column] - Self.append(line: line, of: cells[column], to: &lines))
      }
      lines.trimTrailingSpaces(downTo: start)
      TextWrapper.append(style.close, to: &lines)
    }
  }

  /// Appends line `line` of a wrapped cell, if it has one, and returns its length.
  static func append(line: Int, of cell: CellLines, to lines: inout LineBuffer) -> Int {
    guard line < cell.count else { return 0 }
    let range = cell.range(ofLine: line)
    cell.bytes.withUnsafeBufferPointer { lines.append(UnsafeBufferPointer(rebasing: $0[range])) }
    return range.count
  }

  /// The table as `stackedTable(header:rows:)` lays it out, for ASCII cells.
  func appendStackedTable(header: [String], rows: [[String]], to lines: inout LineBuffer) {
    for (index, row) in rows.enumerated() {
      if index > 0 { lines.startLine() }
      appendStyled(row[0], .bold, to: &lines)
      for (name, cell) in zip(header.dropFirst(), row.dropFirst()) {
        appendWrapped("\(name): \(cell)", first: Self.bulletFirst, rest: Self.bulletRest, to: &lines)
      }
    }
  }
}
