/// Finds the signals in what a person says, with negation, clause by clause.
///
/// The line is cut into clauses at `.`, `,`, `;`, `:`, `!`, `?` and the word "but". In each
/// clause the longest signal phrase starting at each word is taken (so "predictive models" is
/// not also counted as "predictive"). Words are compared by their stems, so "retrains",
/// "retrained" and "retraining" all match the signal "retraining". Clauses are read as the
/// matcher reads them (typos corrected, track aliases resolved), so a track's own name, such
/// as "genai ops", is never taken for a signal such as "genai". A signal is negated when one of the negation words stands
/// at most four words before it in the same clause ("I don't work with LLMs").
public struct SignalDetector: Sendable {
  /// A signal found in a line.
  public struct Detection: Sendable, Equatable {
    public let signal: Signal
    public let negated: Bool
    /// The clause it was found in, as typed.
    public let clause: String
  }

  let signals: SignalSet
  let parser: InputParser
  /// Signals by their phrase's first word, longest phrase first.
  let byFirstWord: [String: [(words: [String], signal: Signal)]]
  /// The negation words, stemmed as clause words are.
  let negations: Set<String>
  static let negationReach = 4

  public init(signals: SignalSet, parser: InputParser) {
    self.signals = signals
    self.parser = parser
    var index: [String: [(words: [String], signal: Signal)]] = [:]
    for signal in signals.signals {
      let words = signal.phrase.split(separator: " ").map { Stemmer.stem(String($0)) }
      guard let first = words.first else { continue }
      index[first, default: []].append((words, signal))
    }
    self.byFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    self.negations = Set(signals.negations.map(Stemmer.stem))
  }

  /// The signals in `line`, in the order they appear.
  public func detect(in line: String) -> [Detection] {
    Self.clauses(of: line).flatMap { clause in
      detect(inClause: clause, words: parser.parse(clause).words.map(Stemmer.stem))
    }
  }

  /// Words by which people speak of themselves and their work.
  static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]

  /// Whether a line speaks of the person or their team ("I deploy…", "our platform…").
  public func speaksOfThemselves(_ parsed: ParsedInput) -> Bool {
    parsed.words.contains { Self.firstPerson.contains($0) }
  }

  /// Whether `line` says it corrects what came before ("actually", "I've moved to", ...).
  public func isCorrection(_ line: String) -> Bool {
    let padded = " " + TextNormalizer.normalize(line) + " "
    return signals.corrections.contains { padded.contains(" \($0) ") }
  }

  func detect(inClause clause: String, words: [String]) -> [Detection] {
    var found: [Detection] = []
    var position = 0
    while position < words.count {
      guard let match = longestSignal(in: words, at: position) else {
        position += 1
        continue
      }
      let negated = isNegated(words, before: position)
      found.append(Detection(signal: match.signal, negated: negated, clause: clause))
      position += match.length
    }
    return found
  }

  func longestSignal(in words: [String], at position: Int) -> (signal: Signal, length: Int)? {
    for candidate in byFirstWord[words[position]] ?? [] {
      let end = position + candidate.words.count
      if end <= words.count, Array(words[position..<end]) == candidate.words {
        return (candidate.signal, candidate.words.count)
      }
    }
    return nil
  }

  func isNegated(_ words: [String], before position: Int) -> Bool {
    let start = max(0, position - Self.negationReach)
    return words[start..<position].contains { negations.contains($0) }
  }

  /// The clauses of a line, trimmed, without empty ones.
  static func clauses(of line: String) -> [String] {
    let breaks: Set<Character> = [".", ",", ";", ":", "!", "?", "\n"]
    var clauses: [String] = []
    for piece in line.split(whereSeparator: { breaks.contains($0) }) {
      clauses += piece.components(separatedBy: " but ")
    }
    return clauses.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }
}

extension String {
  func trimmingSpaces() -> String { Substring(self).trimmingSpaces() }
}
