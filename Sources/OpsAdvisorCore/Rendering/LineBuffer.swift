/// Somewhere wrapped lines can be written, one piece at a time.
protocol LineSink {
  /// Begins a new line.
  mutating func startLine()
  /// Appends bytes to the current line.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
  /// Appends one byte to the current line.
  mutating func append(_ byte: UInt8)
}

/// Lines written straight into one UTF-8 buffer, joined with "\n" as `[String].joined` would.
struct LineBuffer: LineSink {
  var bytes: [UInt8]
  /// Whether a line was started, so that the next one needs a "\n" before it.
  var hasLine = false

  /// Begins a new line, after a "\n" unless it is the first.
  mutating func startLine() {
    if hasLine { bytes.append(UInt8(ascii: "\n")) }
    hasLine = true
  }

  /// Appends bytes to the current line.
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: piece)
  }

  /// Appends one byte to the current line.
  mutating func append(_ byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends a string's UTF-8 bytes to the current line.
  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends `count` spaces (none when `count` is not positive).
  mutating func appendSpaces(_ count: Int) {
    if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
  }

  /// Drops spaces at the end of the buffer, but none before `start`.
  mutating func trimTrailingSpaces(downTo start: Int) {
    while bytes.count > start, bytes[bytes.count - 1] == UInt8(ascii: " ") { bytes.removeLast() }
  }

  /// Appends whole lines, each started in turn.
  mutating func appendLines(_ lines: [String]) {
    for line in lines {
      startLine()
      append(line)
    }
  }
}

/// The lines of one wrapped table cell, kept in one buffer with where each line starts.
struct CellLines: LineSink {
  var bytes: [UInt8] = []
  var starts: [Int] = []

  /// How many lines the cell has.
  var count: Int { starts.count }

  /// Begins a new line.
  mutating func startLine() {
    starts.append(bytes.count)
  }

  /// Appends bytes to the current line.
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: piece)
  }

  /// Appends one byte to the current line.
  mutating func append(_ byte: UInt8) {
    bytes.append(byte)
  }

  /// Forgets every line, keeping the memory.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
  }

  /// The byte range of line `index`.
  func range(ofLine index: Int) -> Range<Int> {
    starts[index]..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)
  }
}
