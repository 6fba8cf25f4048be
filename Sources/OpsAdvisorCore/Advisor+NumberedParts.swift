/// Lines that ask several numbered questions ("I'm a data analyst … 1) which track fits me?
/// 2) what is my biggest skill gap? 3) which tools first?"): each part is answered in turn,
/// under its number.
extension Advisor {
  /// The numbered parts of a line, each prepared as a line of its own, the words before the
  /// first number (what they tell of themselves) leading the first part; empty unless the line
  /// numbers two parts or more from 1 in order ("1)", "2.", "(3)").
  func numberedParts(_ line: String) -> [PreparedInput.Text] {
    // Most lines have no "1)", "1." or "1:" at all, and are not scanned further.
    guard Self.mayNumberParts(line) else { return [] }
    let parts = Self.numberedPieces(line)
    guard parts.count >= 2 else { return [] }
    return parts.map { part in
      let parsed = parser.parse(part)
      let detections = detector.detect(in: parsed)
      let (match, decision) = understand(parsed, detections: detections)
      return .init(parsed: parsed, cut: false, detections: detections, match: match, decision: decision)
    }
  }

  /// Whether a line has "1" just before ")", "." or ":", as a line of numbered parts has.
  static func mayNumberParts(_ line: String) -> Bool {
    var afterOne = false
    for byte in line.utf8 {
      if afterOne, byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") { return true }
      afterOne = byte == UInt8(ascii: "1")
    }
    return false
  }

  /// The text of each numbered part, the words before "1)" joined to the first; empty when the
  /// line numbers fewer than two parts from 1 in order.
  static func numberedPieces(_ line: String) -> [String] {
    let characters = Array(line)
    var starts: [(marker: Int, text: Int)] = []
    for place in characters.indices where characters[place].isNumber {
      guard let number = characters[place].wholeNumberValue, number == starts.count + 1,
        let after = markerEnd(characters, digitAt: place)
      else { continue }
      // "(2)": the marker opens at its bracket.
      starts.append((place > 0 && characters[place - 1] == "(" ? place - 1 : place, after))
    }
    guard starts.count >= 2 else { return [] }
    return starts.indices.map { index in
      let end = index + 1 < starts.count ? starts[index + 1].marker : characters.count
      let body = String(characters[starts[index].text..<end]).trimmingSpaces()
      let before = index == 0 ? String(characters[..<starts[0].marker]).trimmingSpaces() : ""
      return before.isEmpty ? body : before + " " + body
    }
  }

  /// Where the text after a part's number begins, when the digit at `place` is a part's
  /// number: alone after a space, "(" or the line's start, followed by ")", "." or ":" and a
  /// space; nil otherwise ("2.5 hours" and "gpt4" number nothing).
  static func markerEnd(_ characters: [Character], digitAt place: Int) -> Int? {
    let before = place > 0 ? characters[place - 1] : " "
    guard before == " " || before == "(", place + 2 < characters.count,
      [")", ".", ":"].contains(characters[place + 1]), characters[place + 2] == " "
    else { return nil }
    return place + 2
  }

  /// The reply to a line of numbered parts: each part under its number, answered as a line of
  /// its own; a part outside the source is said to be in a line, not declined at length.
  mutating func answerEachPart(_ prepared: PreparedInput) -> Reply {
    var reply: Reply?
    for (index, part) in prepared.questions.enumerated() {
      let heading = Block.paragraph(Phrases.partHeading(index + 1, of: prepared.questions.count))
      var answered = answerLine(PreparedInput(line: prepared.line, text: part.with(original: prepared.line)))
      if answered.intent == KnownIntent.outOfScope, part.parsed.uncoveredTopics.isEmpty, part.parsed.neighbours.isEmpty {
        answered.blocks = [.paragraph(Phrases.partNotCovered)]
      }
      answered = answered.inserting([heading], at: 0)
      reply = reply.map { $0.followed(by: answered, reporting: $0) } ?? answered
      if answered.endsSession { break }
    }
    return reply!
  }
}
