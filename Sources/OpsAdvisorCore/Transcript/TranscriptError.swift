/// A malformed transcript file, located by line.
public struct TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Problem: Equatable, Sendable {
    case textBeforeFirstTurn
    case badAnnotation(String)
    case badPattern(String)
  }

  public let line: Int
  public let problem: Problem

  public var description: String {
    switch problem {
    case .textBeforeFirstTurn:
      "line \(line): only '#' comments may come before the first '> ' line"
    case .badAnnotation(let detail): "line \(line): bad annotation: \(detail)"
    case .badPattern(let pattern): "line \(line): invalid regular expression: \(pattern)"
    }
  }
}
