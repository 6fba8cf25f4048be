/// A fixed list of distinct strings, found by text through a hash table that is part of the
/// data: it is written into an image once and read back as three arrays, with no `Dictionary`
/// to rebuild and no `String` to create at start-up.
///
/// A string's id is its position in the list. Look-ups hash the UTF-8 bytes with 64-bit
/// FNV-1a (fixed, unlike Swift's per-process seeded hashing, so the table can be stored) and
/// probe linearly from there; the table is at least twice the size of the list, so a probe
/// ends at an empty slot within a few steps.
struct StringTable: Sendable, Equatable {
  /// The UTF-8 of every string, one after another.
  let bytes: [UInt8]
  /// Where each string's bytes begin in `bytes`, plus the end of the last.
  let offsets: [UInt32]
  /// The hash table, a power of two in size: each slot holds 1 + an id, or 0 when empty.
  let slots: [UInt32]

  /// A table of `strings`, which must be distinct; ids follow their order.
  init(_ strings: [String]) {
    let packed = PackedStrings(strings)
    let (bytes, offsets) = (packed.bytes, packed.offsets)
    var size = 2
    while size < strings.count * 2 { size *= 2 }
    var slots = [UInt32](repeating: 0, count: size)
    bytes.withUnsafeBufferPointer { all in
      for id in strings.indices {
        var slot = Int(truncatingIfNeeded: Self.hash(all, Int(offsets[id])..<Int(offsets[id + 1]))) & (size - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = UInt32(id + 1)
      }
    }
    self.init(unchecked: bytes, offsets: offsets, slots: slots)
  }

  /// A table from its arrays as an image holds them, after checking that every look-up stays
  /// in bounds and ends.
  init(bytes: [UInt8], offsets: [UInt32], slots: [UInt32]) throws {
    let ordered = offsets.first == 0 && offsets.last == UInt32(bytes.count)
      && zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
    let count = offsets.count - 1
    let sized = slots.count > count && slots.count & (slots.count - 1) == 0
    let filled = slots.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } == count && slots.allSatisfy { $0 <= count }
    guard ordered, sized, filled else { throw ImageError(offset: 0, problem: "string table out of shape") }
    self.init(unchecked: bytes, offsets: offsets, slots: slots)
  }

  private init(unchecked bytes: [UInt8], offsets: [UInt32], slots: [UInt32]) {
    self.bytes = bytes
    self.offsets = offsets
    self.slots = slots
  }

  /// The number of strings.
  var count: Int { offsets.count - 1 }

  /// The string with this id.
  func string(at id: Int) -> String {
    String(decoding: bytes[Int(offsets[id])..<Int(offsets[id + 1])], as: UTF8.self)
  }

  /// Every string, in id order.
  var strings: [String] { (0..<count).map(string(at:)) }

  /// The id of `key`, if the table holds it.
  subscript(key: String) -> Int? {
    var key = key
    return key.withUTF8 { id(of: $0) }
  }

  /// Whether the table holds `key`.
  func contains(_ key: String) -> Bool { self[key] != nil }

  /// The id of the string with these UTF-8 bytes, if the table holds it.
  func id(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { all in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: Self.hash(key, 0..<key.count)) & mask
      while slots[slot] != 0 {
        let id = Int(slots[slot] - 1)
        let (start, end) = (Int(offsets[id]), Int(offsets[id + 1]))
        if end - start == key.count, Self.same(all, from: start, key) { return id }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The longest run of `words` from their start, of at least `shortest` words, that the table
  /// holds joined with single spaces, with its id: hashed and compared word by word, without
  /// joining them. FNV-1a runs word by word, so one pass hashes every such run; they are then
  /// probed from the longest.
  func longestPrefix(ofWords words: ArraySlice<String>, shortest: Int = 1) -> (id: Int, length: Int)? {
    guard !words.isEmpty else { return nil }
    return withUnsafeTemporaryAllocation(of: (hash: UInt64, bytes: Int).self, capacity: words.count) { runs in
      var (hash, length) = (Self.fnvBasis, 0)
      for (offset, word) in words.enumerated() {
        if offset > 0 {
          hash = Self.fnvStep(hash, Self.space)
          length += 1
        }
        var word = word
        word.withUTF8 { bytes in
          for byte in bytes { hash = Self.fnvStep(hash, byte) }
          length += bytes.count
        }
        runs.initializeElement(at: offset, to: (hash, length))
      }
      for count in stride(from: words.count, through: max(shortest, 1), by: -1) {
        if let id = probe(runs[count - 1].hash, byteCount: runs[count - 1].bytes, words: words.prefix(count)) {
          return (id, count)
        }
      }
      return nil
    }
  }

  /// The id of the string with this hash and length that is `words` joined with single spaces.
  private func probe(_ hash: UInt64, byteCount: Int, words: ArraySlice<String>) -> Int? {
    bytes.withUnsafeBufferPointer { all in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let id = Int(slots[slot] - 1)
        let (start, end) = (Int(offsets[id]), Int(offsets[id + 1]))
        if end - start == byteCount, Self.same(all, from: start, words) { return id }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// Whether `all` holds `words` joined with single spaces from `start` (the length is checked by the caller).
  static func same(_ all: UnsafeBufferPointer<UInt8>, from start: Int, _ words: ArraySlice<String>) -> Bool {
    var position = start
    for (place, word) in zip(words.indices, words) {
      if place != words.startIndex {
        if all[position] != space { return false }
        position += 1
      }
      var word = word
      let same = word.withUTF8 { bytes in
        for byte in bytes {
          if all[position] != byte { return false }
          position += 1
        }
        return true
      }
      if !same { return false }
    }
    return true
  }

  static let space = UInt8(ascii: " ")

  /// Whether `all` holds `key`'s bytes from `start`.
  static func same(_ all: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in 0..<key.count where all[start + index] != key[index] { return false }
    return true
  }

  /// 64-bit FNV-1a of `bytes[range]`.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = fnvBasis
    for index in range { hash = fnvStep(hash, bytes[index]) }
    return hash
  }

  /// FNV-1a's starting value.
  static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// One byte of FNV-1a.
  @inline(__always)
  static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }
}
