/// A unified diff of two lists of lines, by longest common subsequence.
public enum LineDiff {
  /// The diff of `expected` against `actual` in unified format, one hunk covering both, or
  /// an empty string when they are equal.
  public static func unified(expected: [String], actual: [String], context: Int = 3) -> String {
    let operations = diff(expected, actual)
    guard operations.contains(where: { $0.0 != " " }) else { return "" }
    let lines = trimmed(operations, context: context)
    let header = "--- expected\n+++ actual\n@@ -\(lines.expectedStart),\(lines.expectedCount) +\(lines.actualStart),\(lines.actualCount) @@\n"
    return header + lines.body.map { "\($0.0)\($0.1)\n" }.joined()
  }

  /// Edit operations: " " kept, "-" only in expected, "+" only in actual.
  static func diff(_ a: [String], _ b: [String]) -> [(Character, String)] {
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var (i, j) = (0, 0)
    var operations: [(Character, String)] = []
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        operations.append((" ", a[i])); i += 1; j += 1
      } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
        operations.append(("-", a[i])); i += 1
      } else {
        operations.append(("+", b[j])); j += 1
      }
    }
    return operations
  }

  /// The operations from `context` lines before the first change to `context` after the last.
  static func trimmed(_ operations: [(Character, String)], context: Int)
    -> (body: [(Character, String)], expectedStart: Int, expectedCount: Int, actualStart: Int, actualCount: Int)
  {
    let changed = operations.indices.filter { operations[$0].0 != " " }
    let first = max(0, changed.first! - context)
    let last = min(operations.count - 1, changed.last! + context)
    let before = operations[..<first]
    let body = Array(operations[first...last])
    let expectedStart = before.filter { $0.0 != "+" }.count + 1
    let actualStart = before.filter { $0.0 != "-" }.count + 1
    return (body, expectedStart, body.filter { $0.0 != "+" }.count, actualStart, body.filter { $0.0 != "-" }.count)
  }
}
