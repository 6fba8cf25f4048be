/// The lexicon's counted words written to and read from an image; its phrase tables come
/// back from the vocabulary, which is cheap.
extension Lexicon {
  /// Writes the known words (in grouping order) with their counts, and the known stems.
  func write(to image: inout ImageWriter) {
    words.table.write(to: &image)
    image.writePacked(frequencies.map(UInt32.init))
    knownStems.write(to: &image)
    englishWords.write(to: &image)
  }

  /// Reads what `write(to:)` wrote.
  init(image: inout ImageReader, vocabulary: Vocabulary) throws {
    let words = WordsByLength(sorted: try StringTable(image: &image))
    let frequencies = try image.readPacked(UInt32.self).map(Int.init)
    guard frequencies.count == words.table.count else {
      throw ImageError(offset: image.position, problem: "word counts missing")
    }
    self.init(
      vocabulary: vocabulary, words: words, frequencies: frequencies, knownStems: try StringTable(image: &image),
      englishWords: try StringTable(image: &image))
  }
}
