/// Table layout for `TerminalRenderer`.
extension TerminalRenderer {
  static let gap = "  "

  func table(header: [String], rows: [[String]]) -> [String] {
    guard let widths = columnWidths(header: header, rows: rows) else {
      return stackedTable(header: header, rows: rows)
    }
    var lines = layoutRow(header, widths: widths).map { style($0, .bold) }
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap))
    for (index, row) in rows.enumerated() {
      if index > 0 { lines.append("") }
      lines += layoutRow(row, widths: widths)
    }
    return lines
  }

  /// Column widths that fit the width: the first column as wide as its longest cell (up to a
  /// third of the width), the rest sharing what remains; nil when that leaves them too narrow.
  func columnWidths(header: [String], rows: [[String]]) -> [Int]? {
    let firstNeeded = ([header[0]] + rows.map { $0[0] }).map(TextWrapper.columns).max() ?? 0
    let first = min(firstNeeded, width / 3)
    let others = header.count - 1
    guard others > 0 else { return [first] }
    let available = width - first - Self.gap.count * others
    let longest = (header.dropFirst() + rows.flatMap { $0.dropFirst() }).map(TextWrapper.columns).max() ?? 0
    let each = min(available / others, max(longest, 1))
    guard each >= Self.minimumColumn else { return nil }
    return [first] + Array(repeating: each, count: others)
  }

  /// One table row: each cell wrapped to its column, padded, side by side.
  func layoutRow(_ cells: [String], widths: [Int]) -> [String] {
    let wrapped = zip(cells, widths).map { TextWrapper.wrap($0, width: $1) }
    let height = wrapped.map(\.count).max() ?? 0
    return (0..<height).map { line in
      let parts = wrapped.enumerated().map { column, cellLines in
        let text = line < cellLines.count ? cellLines[line] : ""
        return text.padding(to: widths[column])
      }
      return parts.joined(separator: Self.gap).trimmingTrailingSpaces()
    }
  }

  /// The table as one heading per row with a bullet per column, for narrow terminals.
  func stackedTable(header: [String], rows: [[String]]) -> [String] {
    var lines: [String] = []
    for (index, row) in rows.enumerated() {
      if index > 0 { lines.append("") }
      lines.append(style(row[0], .bold))
      for (name, cell) in zip(header.dropFirst(), row.dropFirst()) {
        lines += TextWrapper.wrap("\(name): \(cell)", width: width, firstPrefix: "  - ", restPrefix: "    ")
      }
    }
    return lines
  }
}

extension String {
  func padding(to width: Int) -> String {
    let columns = TextWrapper.columns(self)
    return columns >= width ? self : self + String(repeating: " ", count: width - columns)
  }

  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
