import Foundation

/// The three fuzz targets. Each takes one input's bytes and traps (through `FuzzCheck`) when an
/// invariant does not hold; a crash or hang inside the core is a finding too.
enum FuzzTarget: String, CaseIterable {
  /// Lines fed turn by turn to one advisor; replies rendered and encoded as JSON.
  case respond
  /// A transcript file: parse, write back, parse again, replay.
  case transcript
  /// One shipped knowledge-base file replaced by the input; the whole knowledge base loaded.
  case loader

  /// The environment variable that selects the target.
  static let environmentVariable = "OPSADVISOR_FUZZ_TARGET"

  /// The target named by `OPSADVISOR_FUZZ_TARGET`, read once; nil when unset or unknown.
  static let selected: FuzzTarget? = {
    guard let name = ProcessInfo.processInfo.environment[environmentVariable] else { return nil }
    return FuzzTarget(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased())
  }()

  /// Why no target is selected, for the error message.
  static var selectionProblem: String {
    let names = allCases.map(\.rawValue).joined(separator: "|")
    if let value = ProcessInfo.processInfo.environment[environmentVariable] {
      return "\(environmentVariable)=\(value.debugDescription) is not one of \(names)"
    }
    return "set \(environmentVariable) to one of \(names)"
  }

  /// Builds whatever the target reuses across inputs (the embedded knowledge base, the
  /// prototype advisor), so the first input is not slower than the others.
  func warmUp() {
    switch self {
    case .respond: _ = (RespondTarget.prototype, RespondTarget.twin)
    case .transcript: _ = TranscriptTarget.replayer
    case .loader: _ = LoaderTarget.shippedFiles
    }
  }

  /// Runs the target on one input.
  func run(_ data: [UInt8]) {
    switch self {
    case .respond: RespondTarget.run(data)
    case .transcript: TranscriptTarget.run(data)
    case .loader: LoaderTarget.run(data)
    }
  }
}

/// Invariant checks: a failed check prints what went wrong and traps, which libFuzzer reports
/// as a crash (with the input saved as an artifact) and the replayer as a non-zero exit.
enum FuzzCheck {
  static func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
  ) {
    guard condition() else {
      fail(message(), file: file, line: line)
    }
  }

  static func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    FileHandle.standardError.write(Data("opsadvisor-fuzz: invariant violated: \(message)\n".utf8))
    fatalError("invariant violated: \(message)", file: file, line: line)
  }

  /// The first Unicode scalar in `text` that is a C0 control (other than those `allowed`), DEL, a
  /// C1 control, or a bidirectional override/isolate: what `DisplayText` keeps from a terminal.
  static func firstUnsafeScalar(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      if allowed.contains(scalar) { return false }
      switch scalar.value {
      case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
      default: return false
      }
    }
  }

  /// The first scalar in `text` that `ReplyJSON` promises to escape: what `DisplayText` keeps from
  /// a terminal (C0, DEL, C1, bidi overrides and isolates) and U+2028, U+2029.
  static func firstUnescapedJSONScalar(in text: String) -> Unicode.Scalar? {
    firstUnsafeScalar(in: text) ?? text.unicodeScalars.first { $0 == "\u{2028}" || $0 == "\u{2029}" }
  }

  /// A scalar as `U+XXXX` for messages.
  static func describe(_ scalar: Unicode.Scalar) -> String {
    "U+" + String(format: "%04X", scalar.value)
  }
}

extension Array where Element == UInt8 {
  /// The bytes split at every `\n` (0x0A), keeping empty pieces.
  func lines(limit: Int) -> [ArraySlice<UInt8>] {
    [ArraySlice<UInt8>](split(separator: 0x0A, omittingEmptySubsequences: false).prefix(limit))
  }
}
