@testable import OpsAdvisorCore
import Testing

/// The faster ways of reading an image give what the plain ones give.
@Suite struct PackedReadingTests {
  /// A deterministic stream of pseudo-random numbers (a 64-bit LCG), for repeatable cases.
  struct Numbers {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 16
    }
  }

  /// Eight bytes as `PackedWord` reads them, the first lowest.
  static func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
  }

  @Test func aPackedWordReadsWhatDigitByDigitReadingReads() {
    var numbers = Numbers(state: 1)
    for width in 4...8 {
      let reader = PackedWord(width: width)!
      for _ in 0..<2_000 {
        // Digits, sometimes with a byte that is not one, followed by any bytes.
        var bytes = (0..<8).map { _ in ImageReader.packedZero + UInt8(numbers.next() % 64) }
        if numbers.next() % 4 == 0 { bytes[Int(numbers.next() % 8)] = UInt8(numbers.next() % 256) }
        let (value, bad) = reader.value(Self.word(bytes))
        let expected = bytes.withUnsafeBufferPointer { ImageReader.packedValue($0.baseAddress!, width: width) }
        #expect((bad != 0) == (expected.bad != 0), "\(bytes) width \(width)")
        if expected.bad == 0 { #expect(value == expected.value, "\(bytes) width \(width)") }
      }
    }
  }

  @Test func shortValuesAreReadSeveralToAWordAsDigitByDigitReadingReadsThem() {
    var numbers = Numbers(state: 3)
    for width in 1...3 {
      let reader = PackedWord(width: width)!
      #expect(reader.perWord == 8 / width)
      for _ in 0..<2_000 {
        var bytes = (0..<8).map { _ in ImageReader.packedZero + UInt8(numbers.next() % 64) }
        if numbers.next() % 4 == 0 { bytes[Int(numbers.next() % UInt64(reader.stride))] = UInt8(numbers.next() % 256) }
        var values = [UInt32](repeating: 0, count: reader.perWord)
        let bad = bytes.withUnsafeBufferPointer { digits in
          values.withUnsafeMutableBufferPointer { reader.decode(digits.baseAddress!, into: $0.baseAddress!) }
        }
        let expected = (0..<reader.perWord).map { place in
          bytes.withUnsafeBufferPointer { ImageReader.packedValue($0.baseAddress! + place * width, width: width) }
        }
        #expect((bad != 0) == expected.contains { $0.bad != 0 }, "\(bytes) width \(width)")
        if bad == 0 { #expect(values == expected.map { UInt32($0.value) }, "\(bytes) width \(width)") }
      }
    }
  }

  @Test func longValuesAreReadByWordThenDigitByDigitAsDigitByDigitReadingReadsThem() {
    var numbers = Numbers(state: 5)
    for width in 9...11 {
      let reader = PackedWord(width: width)!
      for _ in 0..<2_000 {
        var bytes = (0..<width).map { _ in ImageReader.packedZero + UInt8(numbers.next() % 64) }
        if numbers.next() % 4 == 0 { bytes[Int(numbers.next() % UInt64(width))] = UInt8(numbers.next() % 256) }
        var value: UInt64 = 0
        let bad = bytes.withUnsafeBufferPointer { digits in reader.decode(digits.baseAddress!, into: &value) }
        let expected = bytes.withUnsafeBufferPointer { ImageReader.packedValue($0.baseAddress!, width: width) }
        #expect((bad != 0) == (expected.bad != 0), "\(bytes) width \(width)")
        if bad == 0 { #expect(value == expected.value, "\(bytes) width \(width)") }
      }
    }
  }

  @Test func everyWidthA64BitValueCanNeedIsReadByWord() {
    #expect(PackedWord(width: 0) == nil)
    #expect(PackedWord(width: 12) == nil)
    #expect((1...11).allSatisfy { PackedWord(width: $0) != nil })
  }

  @Test func aValueTooLargeForItsTypeIsReported() throws {
    var writer = ImageWriter()
    writer.writePacked((0..<40).map { UInt64($0) * 100 })
    #expect(throws: ImageError.self) {
      try writer.bytes.withUnsafeBufferPointer { buffer in
        var reader = ImageReader(bytes: buffer)
        _ = try reader.readPacked(UInt8.self)
      }
    }
  }

  @Test func packedListsOfEveryWidthReadBackWhateverFollowsThem() throws {
    var numbers = Numbers(state: 7)
    for bits in [1, 6, 12, 18, 24, 30, 32, 40, 48, 64] {
      for count in [0, 1, 2, 3, 7, 8, 9, 100] {
        let values = (0..<count).map { _ in bits == 64 ? numbers.next() &* 65_537 : numbers.next() & (1 << UInt64(bits) - 1) }
        for tail in [[UInt8](), Array("1,".utf8), Array("abcdefghij".utf8)] {
          var writer = ImageWriter()
          writer.writePacked(values)
          let bytes = writer.bytes + tail
          let read = try bytes.withUnsafeBufferPointer { buffer in
            var reader = ImageReader(bytes: buffer)
            return try reader.readPacked(UInt64.self)
          }
          #expect(read == values, "\(bits) bits, \(count) values")
        }
      }
    }
  }

  @Test func aBadDigitInAWideListIsReported() throws {
    var writer = ImageWriter()
    writer.writePacked((0..<20).map { UInt32($0) << 24 })
    var bytes = writer.bytes
    bytes[bytes.count - 30] = UInt8(ascii: "~")
    #expect(throws: ImageError.self) {
      try bytes.withUnsafeBufferPointer { buffer in
        var reader = ImageReader(bytes: buffer)
        _ = try reader.readPacked(UInt32.self)
      }
    }
  }

  @Test func packedStringsReadBackAsTheListWritten() throws {
    let strings = ["", "what is mlops", "caf\u{E9}", "a\nb", String(repeating: "x", count: 300)]
    var writer = ImageWriter()
    writer.write(strings)
    let packed = try writer.bytes.withUnsafeBufferPointer { buffer in
      var reader = ImageReader(bytes: buffer)
      return try reader.readPackedStrings()
    }
    #expect(packed.strings == strings)
    #expect(packed == PackedStrings(strings))
  }
}
