import Foundation
@testable import OpsAdvisorCore
import Testing

/// The stdlib folding gives Foundation's case, diacritic and width folding, lower-cased.
@Suite struct TextFoldingTests {
  /// Every assigned scalar: no unassigned code point and no surrogate.
  static let assignedScalars = scalars(0...0x10FFFF)

  /// The marks put after the scalars, each set after every fifth one: acute, diaeresis, cedilla, an enclosing
  /// circle (above U+0510 and of class 0), and all four together, out of canonical order.
  static let markSuffixes: [[Unicode.Scalar]] = [
    ["\u{301}"], ["\u{308}"], ["\u{327}"], ["\u{20DD}"], ["\u{301}", "\u{308}", "\u{327}", "\u{20DD}"],
  ]

  /// The scalars mixed strings are drawn from, each pool as often as the others.
  static let mixedPools: [[Unicode.Scalar]] = [
    scalars(0x20...0x7E),  // ASCII
    scalars(0xA0...0x24F),  // Latin-1 and Latin Extended
    scalars(0x370...0x52F),  // Greek and Cyrillic
    scalars(0x300...0x36F) + scalars(0x1AB0...0x1AFF) + scalars(0x1DC0...0x1DFF) + scalars(0x20D0...0x20FF),  // marks
    scalars(0x1E00...0x1FFF) + scalars(0xFB00...0xFB06) + ["ß", "ẞ", "ς", "ſ", "İ", "ı", "ǅ", "Ω", "K", "Å"],  // case
    scalars(0xFF00...0xFFEF) + scalars(0x3041...0x30FF),  // widths and kana, with U+3099 and U+309A
    scalars(0x1100...0x11FF) + scalars(0x3131...0x318E) + ["가", "힣"],  // Hangul
    scalars(0x900...0x97F) + scalars(0xE00...0xE5B) + scalars(0x1780...0x17DD),  // Devanagari, Thai, Khmer
    // Cherokee, Cyrillic Extended-C and Deseret: case folding that changed after Unicode 8.
    scalars(0x13A0...0x13FD) + scalars(0xAB70...0xABBF) + scalars(0x1C80...0x1C88) + scalars(0x10400...0x1044F),
    // Skin tones, joiners, tags and marks whose Grapheme_Extend changed in Unicode 16.
    scalars(0x1F3FB...0x1F3FF) + ["👍", "👩", "\u{200D}", "\u{FE0F}", "\u{E0061}", "\u{1171E}", "\u{1D165}", "\u{1D16D}"],
    // Anything at all.
    assignedScalars,
  ]

  /// How many mismatches a failure lists.
  static let reportedMismatches = 5

  /// The assigned scalars in `range`.
  static func scalars(_ range: ClosedRange<UInt32>) -> [Unicode.Scalar] {
    // A while loop: iterating the range itself is several times slower in a debug build.
    var scalars: [Unicode.Scalar] = []
    var value = range.lowerBound
    while value <= range.upperBound {
      if let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned {
        scalars.append(scalar)
      }
      value += 1
    }
    return scalars
  }

  /// `text` folded as `TextNormalizer` folds it.
  static func stdlibFolded(_ text: String) -> String {
    TextFolding.fold(text).lowercased()
  }

  /// `text` folded by Foundation.
  static func foundationFolded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
  }

  /// The scalars of `text` as code points: "U+0065 U+0301".
  static func codePoints(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }.joined(separator: " ")
  }

  /// How many of `samples` the two foldings disagree on, and the first few of them.
  static func mismatches(in samples: [String]) -> (count: Int, report: String) {
    var count = 0
    var lines: [String] = []
    for sample in samples {
      let (stdlib, foundation) = (stdlibFolded(sample), foundationFolded(sample))
      guard stdlib != foundation else { continue }
      count += 1
      if lines.count < reportedMismatches {
        lines.append("[\(codePoints(sample))] → stdlib [\(codePoints(stdlib))], Foundation [\(codePoints(foundation))]")
      }
    }
    return (count, "\(count) of \(samples.count) differ, first:\n" + lines.joined(separator: "\n"))
  }

  /// Each assigned scalar alone folds as Foundation folds it.
  @Test func everyAssignedScalarFoldsAsFoundation() {
    #expect(Self.assignedScalars.count > 290_000)
    let (count, report) = Self.mismatches(in: Self.assignedScalars.map { String($0) })
    #expect(count == 0, "\(report)")
  }

  /// Each assigned scalar followed by combining marks folds as Foundation folds it (planes 15 and 16 sampled).
  @Test(arguments: zip(markSuffixes.indices, markSuffixes))
  func everyScalarWithMarksFoldsAsFoundation(offset: Int, marks: [Unicode.Scalar]) {
    let suffix = String(String.UnicodeScalarView(marks))
    // Planes 15 and 16 hold only private-use scalars, folded as U+E000–U+F8FF are: one in 256 keeps the
    // run time down. NUL is left out: Foundation keeps some marks after a NUL by no rule one can
    // state, and TextNormalizer never shows folding a control character anyway, since controls
    // and lone marks both separate words.
    let scalars = Self.assignedScalars.filter { ($0.value < 0xF0000 || $0.value % 256 == 0) && $0.value != 0 }
    let samples = stride(from: offset, to: scalars.count, by: Self.markSuffixes.count).map { index in
      var sample = String(scalars[index])
      sample += suffix
      return sample
    }
    let (count, report) = Self.mismatches(in: samples)
    #expect(count == 0, "\(report)")
  }

  /// A few thousand mixed strings from a fixed-seed generator fold as Foundation folds them.
  @Test func mixedStringsFoldAsFoundation() {
    var generator = LinearCongruentialGenerator(seed: 0x5EED_F01D)
    let samples = (0..<4_000).map { _ in
      var sample = String.UnicodeScalarView()
      for _ in 0...generator.next(below: 16) {
        let pool = Self.mixedPools[generator.next(below: Self.mixedPools.count)]
        sample.append(pool[generator.next(below: pool.count)])
      }
      return String(sample)
    }
    let (count, report) = Self.mismatches(in: samples)
    #expect(count == 0, "\(report)")
  }
}

/// Knuth's MMIX linear congruential generator: the same numbers on every run.
private struct LinearCongruentialGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// A number in `0..<bound`, from the high bits of the next state.
  mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
