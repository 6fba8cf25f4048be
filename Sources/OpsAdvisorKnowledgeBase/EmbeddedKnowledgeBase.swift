import OpsAdvisorCore

/// The knowledge base shipped with OpsAdvisor, embedded in the binary at build time.
///
/// `files` is generated from the package's `intents/` folder by `EmbedIntentsPlugin`.
public enum EmbeddedKnowledgeBase {
  /// The shipped knowledge base, loaded once.
  ///
  /// A broken shipped file is a build defect that the test suite catches, so this traps.
  public static let knowledgeBase: KnowledgeBase = {
    do {
      return try KnowledgeBase(files: files)
    } catch {
      fatalError("the embedded knowledge base is invalid: \(error)")
    }
  }()
}
