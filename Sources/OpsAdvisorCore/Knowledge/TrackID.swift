/// One of the three operations tracks the advisor knows.
public enum TrackID: String, CaseIterable, Sendable, Hashable, Comparable {
  case mlops, llmops, aiops

  /// Orders tracks as the seed does: MLOps, LLMOps, AIOps.
  public static func < (lhs: TrackID, rhs: TrackID) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
