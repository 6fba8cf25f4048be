/// Ranking by visiting intents best bound first, so that the work grows with the intents that
/// could rank rather than with every example that shares a word with the input.
///
/// For the input's features (in the order `QueryVector` gives them): each intent's centroid
/// similarity is summed from the centroid lists, and a bound on its nearest-example similarity
/// from `IntentBounds`. Intents are then scored exactly, best bound first, each from its own
/// postings (`IntentPostings`). The visit stops when the ranking is full and the next bound
/// cannot beat its last entry. Only intents the scope admits are ranked: a closed intent only
/// when its examples use the input's content words (see `Scope`), and the out-of-scope intent
/// only when the scope admits it. The test target keeps an exhaustive ranking that scores every
/// example, and checks that this one gives exactly its top.
extension IntentIndex {
  /// How many intents a ranking holds: the policy compares the best with the next two, and an
  /// explanation names up to three intents besides the one answered.
  public static let rankedCount = 4

  /// Which intents a ranking may hold.
  public struct Scope: Sendable, Equatable {
    /// Whether the out-of-scope intent may rank: not when the line names something in scope.
    public var admitsOutOfScope: Bool
    /// Whether the line names a factor, which no closed intent then answers; otherwise a short
    /// line (at most `shortLine` content words) may have some content words a closed intent's
    /// examples lack ("cool thanks", "ok, ml ops then?").
    public var namesFactor: Bool
    /// The tracks the line names or whose ground it is about, as a `TrackID.mask`: an intent
    /// about other tracks only (see `Intent.about`) is not admitted.
    public var tracks: UInt8

    public init(admitsOutOfScope: Bool, namesFactor: Bool, tracks: [TrackID] = []) {
      self.admitsOutOfScope = admitsOutOfScope
      self.namesFactor = namesFactor
      self.tracks = TrackID.mask(tracks)
    }

    /// The scope of a parsed line: out-of-scope is not admitted when it names a track.
    public init(_ parsed: ParsedInput) {
      self.init(
        admitsOutOfScope: parsed.tracks.isEmpty, namesFactor: parsed.factor != nil,
        tracks: parsed.tracks.isEmpty ? [] : parsed.tracks + parsed.domains)
    }

    /// Every intent the words admit, out-of-scope included, for a line that names no slot.
    public static let open = Scope(admitsOutOfScope: true, namesFactor: false)

    /// How many content words a short line has at most.
    static let shortLine = 6

    /// How many of a line's content words a closed intent's examples may lack: for a short line
    /// half of them, or one; none for a longer one. A line that names a factor asks about it,
    /// never for a closed intent ("which tools would help" is not a request for help).
    func closedSlack(contentWords: Int) -> Int {
      namesFactor ? -1 : contentWords <= Self.shortLine ? max(1, contentWords / 2) : 0
    }
  }

  /// An input's known features with their TF-IDF weights, its vector length, and its content words.
  struct WeightedQuery {
    let features: [(id: Int, weight: Double)]
    let length: Double
    /// The known content features, by id (see `QueryVector.contentIDs`).
    let contentIDs: [Int]
    /// How many content words the index has never seen.
    let unknownContentCount: Int
  }

  /// The weighted features, length and content words of `words`.
  func weightedQuery(_ words: [String]) -> WeightedQuery {
    weightedQuery(MatcherWords(words))
  }

  /// The weighted features, length and content words of words whose stems and classes are known.
  func weightedQuery(_ input: MatcherWords) -> WeightedQuery {
    let vector = QueryVector.of(input, in: self)
    var length = vector.unknownParts.reduce(0) { $0 + ($1.weight * unknownInverseFrequency) * ($1.weight * unknownInverseFrequency) }
    var features: [(id: Int, weight: Double)] = []
    features.reserveCapacity(vector.known.count)
    for (id, weight) in vector.known {
      let queryWeight = weight * inverseFrequency[id]
      length += queryWeight * queryWeight
      features.append((id, queryWeight))
    }
    return WeightedQuery(
      features: features, length: length.squareRoot(), contentIDs: vector.contentIDs,
      unknownContentCount: vector.unknownContentCount)
  }

  /// An intent's score: its similarity to its nearest example and to its centroid, mixed by
  /// `nearestShare`, over the input's length, at most 1.
  func score(nearest: Double, centroid: Double, length: Double) -> Double {
    let share = extractor.parameters.nearestShare
    return min(1, (share * nearest + (1 - share) * centroid) / length)
  }

  /// The best `rankedCount` intents the scope admits for the given matcher words;
  /// `excluded` leaves one example out.
  public func rank(_ words: [String], excludingExample excluded: Int? = nil, scope: Scope = .open) -> MatchResult {
    rank(MatcherWords(words), excludingExample: excluded, scope: scope)
  }

  /// The best `rankedCount` intents the scope admits for words whose stems and classes are
  /// known (a parsed line's); `excluded` leaves one example out.
  public func rank(_ input: MatcherWords, excludingExample excluded: Int? = nil, scope: Scope = .open) -> MatchResult {
    let words = input.words
    let query = weightedQuery(input)
    let (foreign, contentWords) = (foreignWordCount(query), query.contentIDs.count + query.unknownContentCount)
    guard query.length > 0 else { return MatchResult(ranking: [], words: words, foreignWords: foreign, contentWords: contentWords) }
    let scratch = RankingScratch(
      intentCount: intentIDs.count, largestIntent: bounds.largestIntent, runStride: min(query.features.count, Self.notedRuns))
    defer { scratch.deallocate() }
    let ranking = rank(query, excludingExample: excluded, scope: scope, contentWords: contentWords, scratch: scratch)
    return MatchResult(ranking: ranking, words: words, foreignWords: foreign, contentWords: contentWords)
  }

  /// `rank(_:excludingExample:scope:)` for a weighted query of positive length, in `scratch`'s room.
  func rank(
    _ query: WeightedQuery, excludingExample excluded: Int?, scope: Scope, contentWords: Int, scratch: RankingScratch
  ) -> [IntentScore] {
    let (centroid, priority, present) = (scratch.centroid, scratch.priority, scratch.present)
    var content: UInt64 = 0
    for (position, (id, weight)) in query.features.enumerated() {
      if query.contentIDs.contains(id) { content |= Self.bit(position) }
      centroidPostings.accumulate(
        feature: id, weight: weight, into: centroid, parallel: bounds.centroidMaxima, into: priority, marking: present,
        bit: Self.bit(position), runs: bounds.centroidRuns, position: position, noting: scratch)
    }
    let slack = scope.closedSlack(contentWords: contentWords)
    for intent in priority.indices where priority[intent] > 0 {
      priority[intent] = score(nearest: priority[intent], centroid: centroid[intent], length: query.length)
    }
    var queue = IntentQueue(bounds: UnsafeBufferPointer(priority), idOrder: bounds.idOrder)
    var ranking: [IntentScore] = []
    ranking.reserveCapacity(Self.rankedCount + 1)
    while let intent = queue.pop() {
      if ranking.count == Self.rankedCount, let last = ranking.last, !Self.beats(priority[intent], intentIDs[intent], last) {
        break
      }
      let lacking = query.features.count > 64 ? Int.max : query.unknownContentCount + (content & ~present[intent]).nonzeroBitCount
      guard admits(intent, scope: scope, lacking: lacking, slack: slack),
        let nearest = nearestExample(
          of: intent, query: query, present: present[intent], runs: scratch.runs(of: intent), excluding: excluded,
          sums: scratch.sums)
      else { continue }
      let score = score(nearest: nearest.similarity, centroid: centroid[intent], length: query.length)
      if ranking.count == Self.rankedCount, let last = ranking.last, !Self.beats(score, intentIDs[intent], last) { continue }
      let entry = IntentScore(
        intent: intentIDs[intent], score: score, nearestExample: nearest.example, isClosed: traits.closed[intent])
      Self.insert(entry, into: &ranking)
    }
    return ranking
  }

  /// Whether a ranking in `scope` may hold `intent`, whose examples lack `lacking` of the
  /// input's content words, when closed intents may lack `slack` of them: not out-of-scope
  /// unless the scope admits it, not an intent about other tracks than those named.
  func admits(_ intent: Int, scope: Scope, lacking: Int, slack: Int) -> Bool {
    if !scope.admitsOutOfScope, intent == traits.outOfScope { return false }
    let about = traits.about[intent]
    if about != 0, scope.tracks != 0, about & scope.tracks == 0 { return false }
    return !traits.closed[intent] || lacking <= slack
  }

  /// How many content words of the query no intent but out-of-scope uses (or none at all).
  func foreignWordCount(_ query: WeightedQuery) -> Int {
    query.unknownContentCount + query.contentIDs.filter { !traits.inScopeFeature[$0] }.count
  }

  /// Whether an intent with this score and id ranks before `entry`.
  static func beats(_ score: Double, _ intent: IntentID, _ entry: IntentScore) -> Bool {
    score != entry.score ? score > entry.score : intent < entry.intent
  }

  /// The score of one intent for the given words, as a full ranking would give it, or nil if
  /// none of its examples shares a feature with them.
  public func score(of intentID: IntentID, for words: [String]) -> IntentScore? {
    guard let intent = KnowledgeBase.position(of: intentID, in: intentIDs) else { return nil }
    let query = weightedQuery(words)
    guard query.length > 0 else { return nil }
    var centroid = 0.0
    for (id, weight) in query.features {
      for index in Int(centroidPostings.starts[id])..<Int(centroidPostings.starts[id + 1])
      where Int(centroidPostings.entries[index].target) == intent {
        centroid += weight * Double(centroidPostings.entries[index].weight)
      }
    }
    let scratch = RankingScratch(intentCount: intentIDs.count, largestIntent: bounds.largestIntent)
    defer { scratch.deallocate() }
    let none = UnsafeBufferPointer<Int32>(start: nil, count: 0)
    guard let nearest = nearestExample(of: intent, query: query, present: ~0, runs: none, excluding: nil, sums: scratch.sums)
    else { return nil }
    let score = score(nearest: nearest.similarity, centroid: centroid, length: query.length)
    return IntentScore(intent: intentID, score: score, nearestExample: nearest.example, isClosed: traits.closed[intent])
  }

  /// How many of a query's first features have their postings' runs noted per intent while
  /// the centroids are summed: those with a bit of their own in a `present` mask.
  static let notedRuns = 63

  /// The bit that marks the query feature at `position` in a `present` mask; features past
  /// the 64th share the last bit.
  static func bit(_ position: Int) -> UInt64 { 1 << UInt64(min(position, 63)) }

  /// One intent's nearest example (the earliest among equals) and its similarity, or nil if
  /// none shares a feature with the query (see `IntentPostings.nearestExample`). `sums` is
  /// room for the intent's sums (`RankingScratch.sums`), all zero, reused from intent to intent.
  func nearestExample(
    of intent: Int, query: WeightedQuery, present: UInt64, runs: UnsafeBufferPointer<Int32>, excluding excluded: Int?,
    sums: UnsafeMutableBufferPointer<Double>
  ) -> (example: Int, similarity: Double)? {
    bounds.intentPostings.nearestExample(
      of: intent, examples: bounds.examples(of: intent), features: query.features, present: present, runs: runs,
      excluding: excluded, sums: sums)
  }

  /// Puts `score` in its place in `ranking` (best first, then by id), keeping `rankedCount` entries.
  static func insert(_ score: IntentScore, into ranking: inout [IntentScore]) {
    let place = ranking.firstIndex { score.score != $0.score ? score.score > $0.score : score.intent < $0.intent } ?? ranking.count
    ranking.insert(score, at: place)
    if ranking.count > rankedCount { ranking.removeLast() }
  }
}
