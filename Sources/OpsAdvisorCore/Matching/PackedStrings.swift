/// A fixed list of strings kept as one run of UTF-8 bytes with their offsets: read from an
/// image by copying bytes, with no `String` made until one is asked for.
struct PackedStrings: Sendable, Equatable {
  /// The UTF-8 of every string, one after another.
  let bytes: [UInt8]
  /// Where each string's bytes begin in `bytes`, plus the end of the last.
  let offsets: [UInt32]

  /// The list of `strings`.
  init(_ strings: [String]) {
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    for string in strings {
      bytes += string.utf8
      offsets.append(UInt32(bytes.count))
    }
    self.init(bytes: bytes, offsets: offsets)
  }

  /// A list from its bytes and offsets, which must start at 0, not decrease and end at `bytes.count`.
  init(bytes: [UInt8], offsets: [UInt32]) {
    precondition(offsets.first == 0 && offsets.last == UInt32(bytes.count), "string offsets out of shape")
    self.bytes = bytes
    self.offsets = offsets
  }

  /// The number of strings.
  var count: Int { offsets.count - 1 }

  /// The string at `index`.
  subscript(index: Int) -> String {
    String(decoding: bytes[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
  }

  /// Every string, in order.
  var strings: [String] { (0..<count).map { self[$0] } }
}
