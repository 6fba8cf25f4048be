import OpsAdvisorCore

/// The knowledge base shipped with OpsAdvisor, embedded in the binary at build time.
///
/// `files` and `image` are generated from the package's `intents/` folder by
/// `EmbedIntentsPlugin`: the files as text, and the image of the knowledge base with its
/// lexicon and index, which `advisor` reads in place at start-up.
public enum EmbeddedKnowledgeBase {
  /// A fresh advisor over the shipped knowledge base, read from its image once.
  ///
  /// A damaged image is a build defect that the test suite catches, so this traps.
  public static let advisor: Advisor = {
    do {
      return try KnowledgeImage.advisor(from: image)
    } catch {
      fatalError("the embedded knowledge base is invalid: \(error)")
    }
  }()

  /// The shipped knowledge base.
  public static var knowledgeBase: KnowledgeBase { advisor.knowledgeBase }
}
