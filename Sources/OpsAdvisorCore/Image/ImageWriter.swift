/// Writes values into a knowledge-base image, the text `ImageReader` reads back.
///
/// The format is a flat run of fields with no names, read back in the order written:
/// - an integer is its decimal digits (with a leading `-` if negative) and a `,`;
/// - a floating-point number is the hexadecimal digits of its bit pattern and a `,`, so it
///   reads back bit for bit;
/// - a string is its UTF-8 length as an integer, then its bytes;
/// - a list is its count as an integer, then its elements;
/// - a packed list of unsigned integers is its count, the number of digits per value, then
///   each value in that many base-64 digits (six bits each, low digits first, written as the
///   characters `0` to `o`), so long numeric tables read back in one tight loop.
///
/// Everything is valid UTF-8, so an image can sit in a Swift string literal.
public struct ImageWriter {
  /// The image so far.
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// Appends an integer.
  public mutating func write(_ value: Int) {
    bytes += String(value).utf8
    bytes.append(ImageReader.terminator)
  }

  /// Appends a double, bit for bit.
  public mutating func write(_ value: Double) {
    bytes += String(value.bitPattern, radix: 16).utf8
    bytes.append(ImageReader.terminator)
  }

  /// Appends a string.
  public mutating func write(_ value: String) {
    write(value.utf8.count)
    bytes += value.utf8
  }

  /// Appends bytes that are valid UTF-8, as a string is written.
  public mutating func write(bytes value: [UInt8]) {
    write(value.count)
    bytes += value
  }

  /// Appends a Boolean as 0 or 1.
  public mutating func write(_ value: Bool) {
    write(value ? 1 : 0)
  }

  /// Appends a list: its count, then each element written by `element`.
  public mutating func write<Element>(_ list: [Element], _ element: (inout ImageWriter, Element) -> Void) {
    write(list.count)
    for item in list { element(&self, item) }
  }

  /// Appends a list of strings.
  public mutating func write(_ list: [String]) {
    write(list) { $0.write($1) }
  }

  /// Appends a packed list of unsigned integers: its count, the number of digits each value
  /// takes (as few as its largest value needs), then the values.
  public mutating func writePacked<Value: FixedWidthInteger & UnsignedInteger>(_ values: [Value]) {
    write(values.count)
    let largest = UInt64(values.max() ?? 0)
    let width = max(1, (64 - largest.leadingZeroBitCount + 5) / 6)
    write(width)
    bytes.reserveCapacity(bytes.count + values.count * width)
    for value in values {
      var rest = UInt64(value)
      for _ in 0..<width {
        bytes.append(ImageReader.packedZero + UInt8(rest & 63))
        rest >>= 6
      }
    }
  }

  /// Appends an optional value: a presence flag, then the value if present.
  public mutating func write<Value>(_ value: Value?, _ write: (inout ImageWriter, Value) -> Void) {
    self.write(value != nil)
    if let value { write(&self, value) }
  }
}
