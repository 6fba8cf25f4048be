/// A saved conversation that replays as a test: inputs, the expected answers, and assertions.
///
/// The text format (documented in `transcripts/README.md`):
/// - `#` lines before the first turn are comments; `# width: N` sets the width answers are
///   wrapped to (80 by default).
/// - A turn starts with a line `> ` + the input; the lines after it, up to the next `> ` line,
///   are the expected answer followed by one blank line, exactly as `opsadvisor --echo` prints.
/// - In a turn, a line starting with `#=` is an annotation asserting what the advisor
///   understood: `#= intent: tools; tracks: llmops; leaning: none; recommendation: none`.
/// - A line `...` matches any number of lines; a line ending in ` (re)` is a regular
///   expression for one whole line.
/// - An answer line that starts with `>`, `#` or `\`, or is `...`, or ends in ` (re)`, is
///   written with a `\` in front, which is dropped when reading.
public struct Transcript: Sendable, Equatable {
  /// One expected line of an answer.
  public enum ExpectedLine: Sendable, Equatable {
    case literal(String)
    case pattern(String)
    case anyLines
  }

  /// One input with its expected answer and assertions.
  public struct Turn: Sendable, Equatable {
    public var input: String
    /// The line number of the `> ` line.
    public var line: Int
    public var expected: [ExpectedLine]
    public var annotation: Annotation?
    /// Where the annotation sits among the expected lines, to keep it there when blessing.
    public var annotationIndex: Int
  }

  /// The comment lines before the first turn, as written.
  public var header: [String]
  public var turns: [Turn]

  /// The width answers are wrapped to: the `# width:` comment, or 80.
  public var width: Int {
    for line in header {
      let body = line.dropFirst().drop { $0 == " " }
      if body.hasPrefix("width:"), let value = Int(body.dropFirst(6).trimmingSpaces()), value > 0 {
        return value
      }
    }
    return Self.defaultWidth
  }

  public static let defaultWidth = 80
}

/// What a turn asserts the advisor understood; absent keys are not checked.
public struct Annotation: Sendable, Equatable {
  public var intent: String?
  public var tracks: [TrackID]?
  /// `.some(nil)` asserts there is no leaning.
  public var leaning: TrackID??
  public var recommendation: TrackID??

  public init(intent: String? = nil, tracks: [TrackID]? = nil, leaning: TrackID?? = nil,
    recommendation: TrackID?? = nil)
  {
    self.intent = intent
    self.tracks = tracks
    self.leaning = leaning
    self.recommendation = recommendation
  }

  /// The annotation that states everything about `reply`.
  public init(of reply: Reply) {
    self.init(intent: reply.intent.rawValue, tracks: reply.tracks, leaning: .some(reply.leaning),
      recommendation: .some(reply.recommendation))
  }
}
