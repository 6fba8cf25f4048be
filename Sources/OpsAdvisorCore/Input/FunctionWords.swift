/// English function words: pronouns, determiners, prepositions, conjunctions, auxiliaries and
/// the commonest adverbs, and fillers such as 'hmm'. They carry no topic, so they never count as a line's content words
/// (see `QueryVector`): "what are those tools" is about tools alone, and "those" is not a word
/// about something else.
enum FunctionWords {
  static let words: [String] = [
    "a", "about", "above", "after", "also", "am", "an", "and", "any", "are", "around", "as",
    "at", "be", "because", "been", "before", "being", "below", "but", "by", "can", "could", "did",
    "do", "does", "doing", "down", "during", "either", "else", "even", "ever", "for", "from",
    "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "im", "ive", "in", "into",
    "is", "it", "its", "itself", "just", "may", "me", "might", "mine", "much", "must", "my", "myself",
    "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "or", "our", "ours",
    "out", "over", "perhaps", "quite", "rather", "really", "shall", "she", "should", "so", "some", "still",
    "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
    "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "well",
    "were", "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "ok", "okay", "yes", "yeah",
    // Fillers: "hmm, what about monitoring?" asks what "what about monitoring?" does.
    "hmm", "hm", "um", "umm", "uh", "er", "erm", "ah", "oh", "alright", "anyway", "anyways",
    // Hedges of chat: "this is kinda useless tbh" says what "this is useless" does.
    "kinda", "sorta", "tbh", "imo", "imho", "honestly", "lol",
    // "-wise" as in "cost wise?": regarding.
    "wise",
  ]

  /// Whether `word` is a function word (looked up in `WordClass`'s table).
  static func contains(_ word: String) -> Bool {
    WordClass.of(word).contains(.functionWord)
  }
}
