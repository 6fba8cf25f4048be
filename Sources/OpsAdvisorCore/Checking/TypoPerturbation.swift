/// Deterministic typos for robustness tests: one letter dropped, doubled or swapped in the
/// longest word of four letters or more (the first among equals).
public enum TypoPerturbation {
  /// `phrase` with one typo; `variant` modulo 3 picks drop, double or swap, at the word's middle letter.
  public static func perturb(_ phrase: String, variant: Int) -> String {
    var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let target = words.indices.filter({ words[$0].count >= 4 && words[$0].allSatisfy(\.isLetter) })
      .max(by: { words[$0].count < words[$1].count || (words[$0].count == words[$1].count && $0 > $1) })
    else { return phrase }
    var letters = Array(words[target])
    let position = letters.count / 2
    switch variant % 3 {
    case 0: letters.remove(at: position)
    case 1: letters.insert(letters[position], at: position)
    default: letters.swapAt(position, position + 1)
    }
    words[target] = String(letters)
    return words.joined(separator: " ")
  }
}
