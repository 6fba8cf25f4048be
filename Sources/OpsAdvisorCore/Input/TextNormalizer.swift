/// Turns raw user text into canonical lower-case words, clause by clause.
///
/// The rules, applied in this order:
/// 0. The text is cut into clauses at `.`, `,`, `;`, `:`, `!`, `?` and line breaks, and a
///    clause that speaks of a colleague before "and i", "and she" or "and my coworker".
/// 1. Control characters, including escape sequences' bytes, become spaces.
/// 2. Case, diacritics and character width are folded (`TextFolding`): "LLMOps", "ＬＬＭＯＰＳ" and
///    "llmöps" all become "llmops".
/// 3. Typographic apostrophes (U+2018, U+2019, U+02BC, U+0060) become "'"; English contractions
///    are expanded ("what's" → "what is", "don't" → "do not", "i've" → "i have"), also when
///    typed without the apostrophe ("dont", "im", "whats"); any other "'s" is a possessive and
///    is dropped ("llmops's" → "llmops").
/// 4. Every character that is neither a letter nor a digit separates words, so "ml-ops",
///    "ml_ops" and "ml/ops" all become "ml ops".
/// 5. Runs of separators collapse to one space; there is none at either end.
/// 6. A letter typed three or more times in a row counts once ("heyyy" → "hey", "soooo" → "so").
///
/// Normalising is idempotent: `normalize(normalize(s)) == normalize(s)`. Text made of ASCII
/// only takes a fast path over its bytes that gives the same words.
public enum TextNormalizer {
  /// One clause: its text as typed and its normalised words.
  public struct Clause: Sendable, Equatable {
    public let text: Substring
    public let words: [String]
  }

  /// Returns the canonical form of `text`: its words joined by single spaces.
  public static func normalize(_ text: String) -> String {
    clauses(of: text).flatMap(\.words).joined(separator: " ")
  }

  /// The clauses of `text` that hold at least one word. Clauses end at `.,;:!?`, at a line
  /// break, at a hyphen with a space on each side ("MLOps vs LLMOps - which skills matter?")
  /// and at an en or em dash; a hyphen inside a word ("on-call") ends none. A clause that
  /// speaks of a colleague also ends before "and" with another subject (`anotherSubject(in:)`).
  public static func clauses(of text: String) -> [Clause] {
    var clauses: [Clause] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    // The break characters are ASCII or a dash's three bytes, whose first never sits inside
    // another character.
    while index < utf8.endIndex {
      let breakLength = clauseBreakLength(utf8, at: index)
      if breakLength > 0 {
        append(text[start..<index], to: &clauses)
        index = utf8.index(index, offsetBy: breakLength)
        start = index
      } else {
        index = utf8.index(after: index)
      }
    }
    append(text[start..<utf8.endIndex], to: &clauses)
    return clauses
  }

  /// The length in bytes of the clause break at `index`, or 0 when none is there.
  @inline(__always)
  static func clauseBreakLength(_ utf8: String.UTF8View, at index: String.Index) -> Int {
    let byte = utf8[index]
    // Letters and spaces, most of a line, are no break.
    if byte >= UInt8(ascii: "a") && byte < 0xE2 { return 0 }
    if isClauseBreak(byte) { return 1 }
    if byte == UInt8(ascii: "-") { return isSpacedHyphen(utf8, at: index) ? 1 : 0 }
    guard byte == 0xE2 else { return 0 }
    let rest = utf8[index...].prefix(3)
    return rest.elementsEqual([0xE2, 0x80, 0x93]) || rest.elementsEqual([0xE2, 0x80, 0x94]) ? 3 : 0
  }

  /// Whether the hyphen at `index` has a space (or the text's end) on each side.
  static func isSpacedHyphen(_ utf8: String.UTF8View, at index: String.Index) -> Bool {
    let space = UInt8(ascii: " ")
    let before = index > utf8.startIndex ? utf8[utf8.index(before: index)] : space
    let afterIndex = utf8.index(after: index)
    let after = afterIndex < utf8.endIndex ? utf8[afterIndex] : space
    return before == space && after == space
  }

  static func append(_ piece: Substring, to clauses: inout [Clause]) {
    let words = words(of: piece)
    guard !words.isEmpty else { return }
    if let split = anotherSubject(in: words), let place = startOfWord("and", number: split.andsBefore, in: piece) {
      clauses.append(Clause(text: piece[..<place], words: Array(words[..<split.index])))
      clauses.append(Clause(text: piece[place...], words: Array(words[split.index...])))
      return
    }
    clauses.append(Clause(text: piece, words: words))
  }

  /// Where a clause that speaks of someone the speaker works with goes on with "and" and
  /// another subject, which opens a clause of its own ("my coworker sam runs the rag bot | and
  /// i do the churn models", "i do churn | and my coworker sam runs the rag bot"): the index of
  /// that "and" and how many "and"s come before it; nil when none does, when fewer than three
  /// words come before it, or when the clause names no one the speaker works with ("the rag
  /// bot was a mess and i didnt enjoy it" stays whole).
  static func anotherSubject(in words: [String]) -> (index: Int, andsBefore: Int)? {
    guard words.count > 4, words.contains(where: colleagueWords.contains) else { return nil }
    var andsBefore = 0
    for index in words.indices.dropLast() where words[index] == "and" {
      defer { andsBefore += 1 }
      guard index >= 3 else { continue }
      let next = words[index + 1]
      if next == "i" || next == "she" || next == "he" { return (index, andsBefore) }
      if next == "my", index + 2 < words.count, colleagueWords.contains(words[index + 2]) { return (index, andsBefore) }
    }
    return nil
  }

  /// Words for someone the speaker works with (`anotherSubject(in:)`).
  static let colleagueWords: WordSet = [
    "coworker", "coworkers", "colleague", "colleagues", "teammate", "teammates", "manager", "boss", "lead", "friend", "partner",
  ]

  /// The start of the `number`th whole word `word` (counting from 0, lower case) in `text`,
  /// matched without regard to case.
  static func startOfWord(_ word: String, number: Int, in text: Substring) -> Substring.Index? {
    var seen = 0
    var start: Substring.Index?
    for index in text.indices {
      let isLetter = text[index].isLetter || text[index] == "'"
      if isLetter, start == nil { start = index }
      guard !isLetter || text.index(after: index) == text.endIndex, let wordStart = start else { continue }
      let end = isLetter ? text.endIndex : index
      if text[wordStart..<end].lowercased() == word {
        if seen == number { return wordStart }
        seen += 1
      }
      start = nil
    }
    return nil
  }

  static func isClauseBreak(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      true
    default: false
    }
  }

  /// The normalised words of one clause.
  static func words(of clause: Substring) -> [String] {
    if clause.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: clause) }
    if let plain = asciiPunctuated(clause) { return asciiWords(of: plain[...]) }
    return generalWords(TextFolding.fold(String(clause)).lowercased())
  }

  /// The clause with its typographic punctuation made ASCII, when that is all it has outside
  /// ASCII, so that it takes the fast path with the same words: dashes, curly double quotes and
  /// no-break spaces separate words as a space does, and a typographic apostrophe is "'". Nil
  /// otherwise, and for a clause with two apostrophes in a row, whose runs the two paths
  /// collapse differently.
  static func asciiPunctuated(_ clause: Substring) -> String? {
    let scalars = Array(clause.unicodeScalars)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      if isApostrophe(scalar), index + 1 < scalars.count, isApostrophe(scalars[index + 1]) { return nil }
      if scalar.isASCII {
        bytes.append(UInt8(scalar.value))
        continue
      }
      switch scalar.value {
      case 0x00A0, 0x2013, 0x2014, 0x201C, 0x201D: bytes.append(UInt8(ascii: " "))
      case 0x02BC, 0x2018, 0x2019: bytes.append(UInt8(ascii: "'"))
      default: return nil
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a scalar is one of `apostrophes`.
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    apostrophes.contains(Character(scalar))
  }

  /// The words of folded text, by characters: the general path.
  static func generalWords(_ folded: String) -> [String] {
    splitOnSeparators(folded).map { Substring(collapsingRepeats(String($0))) }.flatMap(expandContraction)
  }

  /// A word with every run of three or more equal characters cut to one.
  static func collapsingRepeats(_ word: String) -> String {
    var result = ""
    var run: (character: Character, count: Int)?
    for character in word {
      if let current = run, current.character == character {
        run = (character, current.count + 1)
      } else {
        flush(run, into: &result)
        run = (character, 1)
      }
    }
    flush(run, into: &result)
    return result
  }

  static func flush(_ run: (character: Character, count: Int)?, into result: inout String) {
    guard let run else { return }
    result += String(repeating: run.character, count: run.count >= 3 ? 1 : run.count)
  }

  /// The byte version of `collapsingRepeats`, for the ASCII path.
  static func collapseRepeats(_ bytes: inout [UInt8]) {
    guard bytes.count >= 3 else { return }
    var kept = 0
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
      for offset in start..<(end - start >= 3 ? start + 1 : end) {
        bytes[kept] = bytes[offset]
        kept += 1
      }
      start = end
    }
    bytes.removeLast(bytes.count - kept)
  }

  /// The fast path for ASCII text: the same rules, applied to bytes.
  static func asciiWords(of clause: Substring) -> [String] {
    var clause = clause
    return clause.withUTF8 { bytes in
      var words: [String] = []
      words.reserveCapacity(bytes.count / 4 + 4)
      UTF8Bytes.forEachRun(in: bytes, where: isASCIIWordByte) { appendASCIIWord($0, to: &words) }
      return words
    }
  }

  /// Whether an ASCII byte belongs to a word: a letter, a digit or an apostrophe.
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "'"), UInt8(ascii: "`"):
      true
    default: false
    }
  }

  /// Appends the words one run of word bytes stands for. A run of lower-case letters and digits
  /// with no letter three times in a row, the usual case, becomes a word as it is.
  static func appendASCIIWord(_ run: UnsafeBufferPointer<UInt8>, to words: inout [String]) {
    let isPlain = run.allSatisfy { $0 >= UInt8(ascii: "a") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
      && !hasTripleRepeat(run)
    var bytes = isPlain ? [] : run.map { byte -> UInt8 in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
      case UInt8(ascii: "`"): UInt8(ascii: "'")
      default: byte
      }
    }
    if !isPlain { collapseRepeats(&bytes) }
    let word = isPlain ? String(decoding: run, as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
    guard isPlain || !bytes.contains(UInt8(ascii: "'")) else {
      if let trimmed = trimApostrophes(Substring(word)), !trimmed.isEmpty {
        words.append(contentsOf: expandContraction(trimmed))
      }
      return
    }
    if mayBeBareContraction(word), let expanded = bareContractions[word] { words += expanded } else { words.append(word) }
  }

  /// Whether some byte occurs three or more times in a row.
  static func hasTripleRepeat(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
    guard run.count >= 3 else { return false }
    return (2..<run.count).contains { run[$0] == run[$0 - 1] && run[$0] == run[$0 - 2] }
  }

  /// Splits into words of letters, digits and inner apostrophes.
  static func splitOnSeparators(_ text: String) -> [Substring] {
    var words: [Substring] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if isWordCharacter(character) {
        if start == nil { start = index }
      } else if let begin = start {
        words.append(text[begin..<index])
        start = nil
      }
      index = text.index(after: index)
    }
    if let begin = start { words.append(text[begin..<text.endIndex]) }
    return words.compactMap(trimApostrophes).filter { !$0.isEmpty }
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || apostrophes.contains(character)
  }

  static let apostrophes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{02BC}", "`"]

  static func trimApostrophes(_ word: Substring) -> Substring? {
    let trimmed = word.drop { apostrophes.contains($0) }
    var end = trimmed.endIndex
    while end > trimmed.startIndex, apostrophes.contains(trimmed[trimmed.index(before: end)]) {
      end = trimmed.index(before: end)
    }
    return trimmed[trimmed.startIndex..<end]
  }

  /// Expands one word that may hold an apostrophe into plain words.
  static func expandContraction(_ word: Substring) -> [String] {
    guard word.contains(where: { apostrophes.contains($0) }) else {
      return bareContractions[String(word)] ?? [String(word)]
    }
    let plain = String(word.map { apostrophes.contains($0) ? "'" : $0 })
    if let whole = wholeContractions[plain] { return whole }
    for (suffix, replacement) in suffixContractions where plain.hasSuffix(suffix) {
      let stem = String(plain.dropLast(suffix.count))
      if suffix == "'s", !isSubjects.contains(stem) { return pieces(of: stem) }
      return pieces(of: stem) + [replacement]
    }
    return pieces(of: plain)
  }

  /// Splits what is left of a word at its remaining apostrophes.
  static func pieces(of word: String) -> [String] {
    word.split(separator: "'").map(String.init)
  }

  /// Whether `word` could be one of `bareContractions`: two to eight letters ending in t, m, e,
  /// s or ll.
  static func mayBeBareContraction(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard (2...8).contains(utf8.count), let last = utf8.last else { return false }
    return last == UInt8(ascii: "t") || last == UInt8(ascii: "m") || last == UInt8(ascii: "e") || last == UInt8(ascii: "s")
      || last == UInt8(ascii: "l") && utf8.dropLast().last == UInt8(ascii: "l")
  }

  static let wholeContractions: [String: [String]] = [
    "can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
    "let's": ["let", "us"], "ain't": ["is", "not"], "i'm": ["i", "am"],
  ]

  /// Contractions typed without their apostrophe that are not words of their own.
  static let bareContractions = StringMap<[String]>([
    "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "isnt": ["is", "not"],
    "arent": ["are", "not"], "wasnt": ["was", "not"], "werent": ["were", "not"], "cant": ["can", "not"],
    "couldnt": ["could", "not"], "shouldnt": ["should", "not"], "wouldnt": ["would", "not"],
    "havent": ["have", "not"], "hasnt": ["has", "not"], "im": ["i", "am"], "ive": ["i", "have"],
    "whats": ["what", "is"], "wats": ["what", "is"], "thats": ["that", "is"], "youre": ["you", "are"], "theyre": ["they", "are"],
    "weve": ["we", "have"], "youve": ["you", "have"], "theyve": ["they", "have"], "wouldve": ["would", "have"],
    "couldve": ["could", "have"], "shouldve": ["should", "have"], "theres": ["there", "is"],
    "hows": ["how", "is"], "wheres": ["where", "is"], "whos": ["who", "is"],
    "itll": ["it", "will"], "thatll": ["that", "will"], "theyll": ["they", "will"], "youll": ["you", "will"],
  ])

  static let suffixContractions: [(String, String)] = [
    ("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
    ("'m", "am"), ("'s", "is"),
  ]

  /// Words after which "'s" means "is" rather than a possessive.
  static let isSubjects: WordSet = [
    "it", "what", "that", "there", "here", "who", "where", "how", "he", "she", "which", "when",
    "why", "this",
  ]
}
