/// The advisor's own table in the image: the tools the source names (`Advisor.toolNames`).
extension Advisor {
  /// Writes the tool names sorted by word, each with its track's place in `TrackID.allCases`
  /// and the source's spelling.
  func writeToolNames(to image: inout ImageWriter) {
    image.write(toolNames.keys.sorted()) { image, word in
      let tool = toolNames[word]!
      image.write(word)
      image.write(TrackID.allCases.firstIndex(of: tool.track)!)
      image.write(tool.name)
    }
  }

  /// Reads what `writeToolNames(to:)` wrote.
  static func readToolNames(from image: inout ImageReader) throws -> [String: (track: TrackID, name: String)] {
    let entries = try image.readList { image in
      (word: try image.readString(), track: TrackID.allCases[try image.readCount(limit: TrackID.allCases.count - 1)],
        name: try image.readString())
    }
    let names = Dictionary(entries.map { ($0.word, (track: $0.track, name: $0.name)) }) { first, _ in first }
    guard names.count == entries.count else { throw ImageError(offset: image.position, problem: "a tool named twice") }
    return names
  }
}
