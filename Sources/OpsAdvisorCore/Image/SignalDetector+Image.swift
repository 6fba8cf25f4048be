/// The signal detector's tables, stemmed when the image is made, written to and read from it.
extension SignalDetector {
  /// Writes the signals by first stem (each entry its stems and the signal's place in the
  /// knowledge base's list), and the stemmed negation and hedge words.
  func write(to image: inout ImageWriter) {
    byFirstWord.keys.write(to: &image)
    image.write(byFirstWord.values) { image, entries in
      image.write(entries) { image, entry in
        image.write(entry.words)
        image.write(signals.signals.firstIndex(of: entry.signal) ?? 0)
      }
    }
    negations.write(to: &image)
    hedges.write(to: &image)
  }

  /// Reads what `write(to:)` wrote, for the knowledge base's signals.
  init(image: inout ImageReader, signals: SignalSet, parser: InputParser) throws {
    let keys = try StringTable(image: &image)
    let values = try image.readList { image in
      try image.readList { image in
        let words = try image.readStrings()
        let signal = try image.readCount(limit: signals.signals.count - 1)
        return (words: words, signal: signals.signals[signal])
      }
    }
    guard let byFirstWord = StringMap(keys: keys, values: values),
      values.allSatisfy({ $0.allSatisfy { !$0.words.isEmpty } })
    else { throw ImageError(offset: image.position, problem: "the signal table out of shape") }
    self.init(
      signals: signals, parser: parser, byFirstWord: byFirstWord, negations: try StringTable(image: &image),
      hedges: try StringTable(image: &image))
  }
}
