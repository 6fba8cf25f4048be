#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment variables, read from the C library's `environ`.
enum ProcessEnvironment {
  /// Every variable by name, as Foundation's `ProcessInfo.environment` gives them: each
  /// "NAME=value" entry split at its first "=", entries without one skipped, a later entry of
  /// the same name winning, invalid UTF-8 repaired.
  static var variables: [String: String] {
    var variables: [String: String] = [:]
    var entry = environ
    while let text = entry.pointee {
      if let variable = variable(in: text) { variables[variable.name] = variable.value }
      entry += 1
    }
    return variables
  }

  /// The name and value of one "NAME=value" entry; nil when it has no "=".
  static func variable(in entry: UnsafePointer<CChar>) -> (name: String, value: String)? {
    let bytes = UnsafeRawBufferPointer(start: entry, count: strlen(entry))
    guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
    let name = String(decoding: bytes[..<equals], as: UTF8.self)
    return (name, String(decoding: bytes[(equals + 1)...], as: UTF8.self))
  }
}
