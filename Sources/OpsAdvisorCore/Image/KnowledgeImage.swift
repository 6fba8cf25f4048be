/// A knowledge base with its lexicon, index and signal table, built once and written out, so that a
/// program starts by reading numbers and strings instead of parsing YAML and indexing
/// examples.
///
/// `opsadvisor-embed` makes the image of `intents/` at build time and embeds it as a string
/// literal; `EmbeddedKnowledgeBase` reads it in place. Reading checks every bound and throws
/// `ImageError` for a damaged image. The format is `ImageWriter`'s, led by `formatName`.
public enum KnowledgeImage {
  /// The first field of every image; a change of format changes it.
  static let formatName = "opsadvisor-image/5"

  /// The image of `advisor`'s knowledge base, lexicon, index, signal table and tool names.
  public static func make(_ advisor: Advisor) -> [UInt8] {
    var image = ImageWriter()
    image.write(formatName)
    advisor.knowledgeBase.write(to: &image)
    advisor.parser.lexicon.write(to: &image)
    advisor.index.write(to: &image)
    advisor.detector.write(to: &image)
    advisor.writeToolNames(to: &image)
    return image.bytes
  }

  /// An advisor, in a new conversation, over the knowledge base an image holds.
  public static func advisor(from bytes: UnsafeBufferPointer<UInt8>) throws -> Advisor {
    var image = ImageReader(bytes: bytes)
    guard try image.readString() == formatName else {
      throw ImageError(offset: 0, problem: "not an image of format \(formatName)")
    }
    let knowledgeBase = try KnowledgeBase(image: &image)
    let lexicon = try Lexicon(image: &image)
    let index = try IntentIndex(image: &image, intents: knowledgeBase.intents)
    let detector = try SignalDetector(image: &image, signals: knowledgeBase.signals, parser: InputParser(lexicon: lexicon))
    let toolNames = try Advisor.readToolNames(from: &image)
    guard image.isAtEnd else { throw ImageError(offset: image.position, problem: "unexpected data after the tool names") }
    return Advisor(knowledgeBase: knowledgeBase, index: index, detector: detector, toolNames: toolNames)
  }

  /// An advisor over the image in a string literal, read in place.
  public static func advisor(from image: StaticString) throws -> Advisor {
    try image.withUTF8Buffer { bytes in Result { try advisor(from: bytes) } }.get()
  }

  /// An advisor over the image in `bytes`.
  public static func advisor(from bytes: [UInt8]) throws -> Advisor {
    try bytes.withUnsafeBufferPointer { try advisor(from: $0) }
  }
}
