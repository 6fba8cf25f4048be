/// What ranking knows about the intents beyond their examples: which are closed (answered
/// only when their examples use every content word of a line), which one declines, and which
/// features some intent other than the declining one uses.
///
/// Derived from the intents and the centroid lists, the same way however the index was made.
struct IntentTraits: Sendable, Equatable {
  /// Per intent, whether it is closed.
  let closed: [Bool]
  /// The position of the out-of-scope intent, if there is one.
  let outOfScope: Int?
  /// Per feature, whether the examples of an intent other than out-of-scope have it.
  let inScopeFeature: [Bool]
  /// Per intent, the tracks it is about as a mask of `TrackID.bit`, or 0 for any.
  let about: [UInt8]

  init(intents: [Intent], centroidPostings: PostingLists) {
    closed = intents.map(\.closed)
    about = intents.map { TrackID.mask($0.about) }
    let declining = intents.firstIndex { $0.id == KnownIntent.outOfScope }
    outOfScope = declining
    var inScope = [Bool](repeating: false, count: max(0, centroidPostings.starts.count - 1))
    for feature in inScope.indices {
      let entries = centroidPostings.entries[Int(centroidPostings.starts[feature])..<Int(centroidPostings.starts[feature + 1])]
      inScope[feature] = entries.contains { Int($0.target) != declining }
    }
    inScopeFeature = inScope
  }
}
