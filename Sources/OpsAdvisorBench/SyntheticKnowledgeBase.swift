import OpsAdvisorCore

/// Knowledge bases N times the shipped one, for the scaling figures.
///
/// Every intent file is copied N - 1 times under new ids (`tools.copy2`, ...), each copy's
/// examples made distinct by a word of its own, so there are N times the intents and examples.
/// The copies are written as YAML and loaded like any knowledge base.
enum SyntheticKnowledgeBase {
  static func files(scaledBy factor: Int, from files: [KnowledgeFile]) -> [KnowledgeFile] {
    var result = files
    let intentFiles = files.filter { !["vocabulary", "signals", "interview"].contains($0.baseName) }
    for copy in 2...max(2, factor) where factor > 1 {
      for file in intentFiles {
        result.append(KnowledgeFile(name: "synthetic/\(file.baseName).copy\(copy).yaml", text: copied(file, copy: copy)))
      }
    }
    return result
  }

  /// One intent file under a new id, with a copy-specific word added to every example.
  static func copied(_ file: KnowledgeFile, copy: Int) -> String {
    let marker = "variant\(spelled(copy))"
    return file.text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      if line.hasPrefix("id: ") { return line + ".copy\(copy)" }
      if line.hasPrefix("  - "), !line.hasPrefix("  - track:"), !line.hasPrefix("  - source:"),
        !line.hasPrefix("  - factor:")
      {
        return Self.appending(marker, to: line)
      }
      return String(line)
    }.joined(separator: "\n")
  }

  /// An example line with a word added at its end, inside the quotes if the example is quoted.
  static func appending(_ word: String, to line: Substring) -> String {
    guard let quote = line.last, quote == "\"" || quote == "'", line.dropFirst(4).first == quote else {
      return line + " " + word
    }
    return line.dropLast() + " " + word + String(quote)
  }

  /// A number as letters only, so it survives normalisation as one word.
  static func spelled(_ number: Int) -> String {
    String(number).map { Character(UnicodeScalar(UInt8(97 + Int(String($0))!))) }.map(String.init).joined()
  }
}
