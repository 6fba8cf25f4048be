import Foundation
import Testing

/// What `--help` and the README promise, checked against the binary and its sources.
@Suite("Help and README")
struct DocumentationTests {
  static var readme: String {
    (try? String(contentsOf: OpsAdvisor.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
  }

  /// The README's section headed `## title`, up to the next `## ` heading.
  static func readmeSection(_ title: String) -> String {
    let parts = readme.components(separatedBy: "\n## ")
    return parts.first { $0.hasPrefix(title + "\n") } ?? ""
  }

  /// The subcommands `opsadvisor --help` lists, without `help`.
  static func subcommands() throws -> [String] {
    let help = try runOpsAdvisor(["--help"]).stdoutText
    let section = try #require(help.components(separatedBy: "SUBCOMMANDS:\n").last)
    let list = section.components(separatedBy: "\n\n").first ?? ""
    return list.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      return line.split(separator: " ").first.map(String.init)
    }.filter { $0 != "help" }
  }

  /// Every exit status the sources can produce: each `ExitCode(N)`, the I/O error status, 0,
  /// ArgumentParser's usage error (64), and 128+N for a signal.
  static func exitStatuses() throws -> Set<String> {
    let sources = OpsAdvisor.packageRoot.appendingPathComponent("Sources/opsadvisor")
    let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
    var statuses: Set<String> = ["0", "64", "128+N"]
    let patterns = [#"ExitCode\((\d+)\)"#, #"ioErrorStatus: Int32 = (\d+)"#]
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for pattern in patterns {
        let expression = try NSRegularExpression(pattern: pattern)
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
          statuses.insert(String(text[Range(match.range(at: 1), in: text)!]))
        }
      }
    }
    return statuses
  }

  @Test("The README's Usage shows every subcommand --help lists")
  func usageShowsEverySubcommand() throws {
    let names = try Self.subcommands()
    #expect(Set(names) == ["chat", "ask", "intents", "replay", "check"], "\(names)")
    let usage = Self.readmeSection("Usage")
    #expect(!usage.isEmpty, "no ## Usage section in README.md")
    for name in names {
      #expect(usage.contains("opsadvisor \(name)"), "README's Usage has no `opsadvisor \(name)` line")
    }
  }

  @Test("--help and the README list every exit status the program uses")
  func everyExitStatusListed() throws {
    let statuses = try Self.exitStatuses()
    #expect(statuses.isSuperset(of: ["0", "1", "64", "65", "66", "74", "128+N"]), "\(statuses)")
    let help = try runOpsAdvisor(["--help"]).stdoutText
    let listed = help.components(separatedBy: "Exit status:\n").last ?? ""
    let table = Self.readmeSection("Usage").components(separatedBy: "### Exit status").last ?? ""
    for status in statuses {
      #expect(listed.contains("\n  \(status) ") || listed.hasPrefix("  \(status) "), "--help does not list exit status \(status)")
      #expect(table.contains("| \(status) |"), "README's Exit status table has no row for \(status)")
    }
  }
}
