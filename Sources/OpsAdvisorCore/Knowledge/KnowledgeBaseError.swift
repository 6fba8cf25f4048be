/// A mistake in a knowledge-base file, located by file and line.
///
/// Its `description` is the one message users see: `intents/tools.yaml:12: unknown key 'answer'`.
public struct KnowledgeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Equatable, Sendable {
    case syntax(String)
    case notUTF8
    case unknownKey(String, suggestion: String?)
    case missingKey(String)
    case duplicateKey(String)
    case wrongType(key: String, expected: String)
    case emptyValue(key: String)
    case duplicateID(String, firstFile: String)
    case idDoesNotMatchFile(id: String, expected: String)
    case unknownTrack(String)
    case unknownFactor(String)
    case unknownSource(String)
    case missingFile(String)
    case missingTrack(String)
    case missingFactor(String)
    case weightOutOfRange(Double)
    case unknownIntent(String)
  }

  public let file: String
  public let line: Int
  public let problem: Problem

  public init(file: String, line: Int, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  public var description: String { "\(file):\(line): \(message)" }

  /// The same error with its line no later than the text's last line: libyaml reports an
  /// error at the end of a file without a final newline one line past it.
  func clamped(toLinesOf text: String) -> KnowledgeBaseError {
    let lastLine = max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0))
    return KnowledgeBaseError(file: file, line: min(line, lastLine), problem: problem)
  }

  /// The problem in words, without the location.
  public var message: String {
    switch problem {
    case .syntax(let detail): "YAML syntax error: \(detail)"
    case .notUTF8: "the file is not valid UTF-8 text"
    case .unknownKey(let key, let suggestion):
      "unknown key '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .missingKey(let key): "missing required key '\(key)'"
    case .duplicateKey(let key): "key '\(key)' appears more than once"
    case .wrongType(let key, let expected): "'\(key)' must be \(expected)"
    case .emptyValue(let key): "'\(key)' must not be empty"
    case .duplicateID(let id, let firstFile): "intent id '\(id)' is already defined in \(firstFile)"
    case .idDoesNotMatchFile(let id, let expected):
      "intent id '\(id)' does not match the file name (expected '\(expected)')"
    case .unknownTrack(let name):
      "unknown track '\(name)' (known: \(TrackID.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .unknownFactor(let name):
      "unknown factor '\(name)' (known: \(FactorID.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .unknownSource(let id): "unknown source '\(id)': name a section listed in vocabulary.yaml"
    case .missingFile(let name): "the knowledge base has no \(name)"
    case .missingTrack(let id): "track '\(id)' is not defined"
    case .missingFactor(let id): "factor '\(id)' is not defined"
    case .weightOutOfRange(let weight): "weight \(weight) is outside 1 to 3"
    case .unknownIntent(let id): "vocabulary.yaml names '\(id)' as an intent ('more' or 'topics'), but there is no such intent"
    }
  }
}
