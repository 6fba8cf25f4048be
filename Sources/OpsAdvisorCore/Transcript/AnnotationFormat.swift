/// Reads and writes annotation lines: `#= intent: tools; tracks: llmops; leaning: none`.
enum AnnotationFormat {
  static let prefix = "#="
  static let none = "none"

  /// The annotation line for `annotation`, keys in a fixed order.
  static func line(_ annotation: Annotation) -> String {
    var parts: [String] = []
    if let intent = annotation.intent { parts.append("intent: \(intent)") }
    if let tracks = annotation.tracks {
      parts.append("tracks: " + (tracks.isEmpty ? none : tracks.map(\.rawValue).joined(separator: ", ")))
    }
    if let leaning = annotation.leaning { parts.append("leaning: \(leaning?.rawValue ?? none)") }
    if let recommendation = annotation.recommendation {
      parts.append("recommendation: \(recommendation?.rawValue ?? none)")
    }
    return parts.isEmpty ? prefix : prefix + " " + parts.joined(separator: "; ")
  }

  /// Parses the text after `#=`.
  static func parse(_ body: Substring, line: Int) throws -> Annotation {
    var annotation = Annotation()
    for part in body.split(separator: ";") where !part.allSatisfy({ $0 == " " || $0 == "\t" }) {
      let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
      guard pair.count == 2 else { throw TranscriptError(line: line, problem: .badAnnotation(String(part))) }
      try set(pair[0], pair[1], on: &annotation, line: line)
    }
    return annotation
  }

  static func set(_ key: String, _ value: String, on annotation: inout Annotation, line: Int) throws {
    switch key {
    case "intent": annotation.intent = value
    case "tracks":
      annotation.tracks = value == none ? [] : try value.split(separator: ",").map { try track($0.trimmingSpaces(), line) }
    case "leaning": annotation.leaning = .some(value == none ? nil : try track(value, line))
    case "recommendation": annotation.recommendation = .some(value == none ? nil : try track(value, line))
    default: throw TranscriptError(line: line, problem: .badAnnotation("unknown key '\(key)'"))
    }
  }

  static func track(_ name: String, _ line: Int) throws -> TrackID {
    guard let track = TrackID(rawValue: name) else {
      throw TranscriptError(line: line, problem: .badAnnotation("unknown track '\(name)'"))
    }
    return track
  }

  /// The differences between what a turn asserts and what the reply says.
  static func mismatches(_ annotation: Annotation, _ reply: Reply) -> [String] {
    var found: [String] = []
    if let intent = annotation.intent, intent != reply.intent.rawValue {
      found.append("intent: expected \(intent), got \(reply.intent)")
    }
    if let tracks = annotation.tracks, tracks != reply.tracks {
      found.append("tracks: expected \(names(tracks)), got \(names(reply.tracks))")
    }
    if let leaning = annotation.leaning, leaning != reply.leaning {
      found.append("leaning: expected \(leaning?.rawValue ?? none), got \(reply.leaning?.rawValue ?? none)")
    }
    if let recommendation = annotation.recommendation, recommendation != reply.recommendation {
      found.append("recommendation: expected \(recommendation?.rawValue ?? none), got \(reply.recommendation?.rawValue ?? none)")
    }
    return found
  }

  static func names(_ tracks: [TrackID]) -> String {
    tracks.isEmpty ? none : tracks.map(\.rawValue).joined(separator: ", ")
  }
}
