@testable import OpsAdvisorCore
import OpsAdvisorKnowledgeBase
import Testing

/// The lexicon's tables by word id (`readsAs`, `phraseLengths`) answer what its string tables
/// do, for the lexicon built from YAML and the one read from the image: a word is looked up
/// once per line only because every synonym and first word of a phrase is a known word.
@Suite struct LexiconWordIDTests {
  static let lexicons = [
    Fixtures.advisor().parser.lexicon, EmbeddedKnowledgeBase.advisor.parser.lexicon,
  ]

  @Test(arguments: lexicons)
  func everySynonymAndPhraseStartIsAKnownWord(lexicon: Lexicon) {
    let synonyms = lexicon.synonyms.keys.strings + lexicon.synonyms.values
    #expect(synonyms.filter { !lexicon.knows($0) } == [])
    #expect(lexicon.phraseLengthByFirstWord.keys.strings.filter { !lexicon.knows($0) } == [])
  }

  @Test(arguments: lexicons)
  func aReadingIsTheSynonymOrTheWordItself(lexicon: Lexicon) {
    for word in lexicon.words.table.strings {
      let id = lexicon.id(of: word)!
      let reading = lexicon.reading(word, id: id)
      let expected = lexicon.synonyms[word] ?? word
      #expect(reading.word == expected && reading.id == lexicon.id(of: expected), "\(word)")
      #expect(Int(lexicon.phraseLengths[id]) == (lexicon.phraseLengthByFirstWord[word] ?? 0), "\(word)")
    }
  }
}
