/// A string table written to and read from an image as its three arrays.
extension StringTable {
  /// Writes the three arrays.
  func write(to image: inout ImageWriter) {
    image.write(bytes: bytes)
    image.writePacked(offsets)
    image.writePacked(slots)
  }

  /// Reads what `write(to:)` wrote.
  init(image: inout ImageReader) throws {
    try self.init(bytes: try image.readBytes(), offsets: try image.readPacked(UInt32.self), slots: try image.readPacked(UInt32.self))
  }
}
