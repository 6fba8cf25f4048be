/// The tracks a person's own words point to: a score per track and the evidence behind it.
public struct Profile: Sendable, Equatable {
  /// One piece of evidence: the person's words, the turn, and the seed's reason.
  public struct Evidence: Sendable, Equatable {
    public let track: TrackID
    /// The signal phrase found, as normalised.
    public let phrase: String
    /// The clause it was found in, as typed (made safe to show).
    public let words: String
    public let turn: Int
    public let weight: Double
    public let reason: String
    public let source: String
    /// Whether it counted in `aiSystemsWeight`: more than IT operations work or a track's name.
    var aboutAISystems = false

    /// The signal's phrase, without the "maybe " a hedge puts before it.
    var saidPhrase: String { phrase.hasPrefix("maybe ") ? String(phrase.dropFirst(6)) : phrase }

    /// The same evidence counting `factor` times as much.
    func scaled(by factor: Double) -> Evidence {
      Evidence(
        track: track, phrase: phrase, words: words, turn: turn, weight: weight * factor, reason: reason, source: source,
        aboutAISystems: aboutAISystems)
    }
  }

  /// The score of each track, in the seed's order of tracks.
  private var trackScores: [Double] = [0, 0, 0]

  /// The score of each track; all three are always present.
  public var scores: [TrackID: Double] {
    var scores = [TrackID: Double](minimumCapacity: TrackID.allCases.count)
    for track in TrackID.allCases { scores[track] = score(track) }
    return scores
  }
  /// The most recent evidence, oldest first, at most `keptEvidenceLimit` items.
  public private(set) var evidence: [Evidence] = []
  /// The weight of what was said for any track that is more than IT operations work or a
  /// track's name: evidence that the person works on AI systems at all.
  public private(set) var aiSystemsWeight = 0.0
  /// The last turn on which the person said they work with no AI system ("no AI at all").
  public private(set) var noAISystemSaidOn: Int?
  /// How many older items count in the scores but are no longer kept in `evidence`.
  public private(set) var unlistedEvidence = 0
  /// The tracks each correction turn cut to `correctedShare`, so that taking the correction back
  /// gives them their weight again.
  private var cutByCorrection: [Int: Set<TrackID>] = [:]
  /// How much evidence is kept, so state stays small however long the session, yet a posting
  /// pasted over several lines can still be taken out whole.
  public static let keptEvidenceLimit = 48
  /// How much evidence `/profile` lists, the most recent.
  public static let evidenceLimit = 12
  /// The weight of an interview answer given by number.
  public static let interviewWeight = 2.0
  /// The share of its score a track keeps when a correction points elsewhere.
  public static let correctedShare = 0.25
  /// The score a track needs before the words can be said to lean to it.
  public static let leaningMinimum = 1.0
  /// The score a track needs before the advisor recommends it without asking more.
  public static let clearLeadMinimum = 2.0

  public init() {}

  /// Adds one piece of evidence to its track's score and to the kept evidence; unless it is
  /// only IT operations work or a track's name, it also shows the person works on AI systems.
  public mutating func add(_ item: Evidence, aboutAISystems: Bool = true) {
    var item = item
    item.aboutAISystems = aboutAISystems && item.weight > 0
    trackScores[item.track.seedOrder] += item.weight
    if item.aboutAISystems { aiSystemsWeight += item.weight }
    evidence.append(item)
    if evidence.count > Self.keptEvidenceLimit {
      unlistedEvidence += evidence.count - Self.keptEvidenceLimit
      evidence.removeFirst(evidence.count - Self.keptEvidenceLimit)
    }
  }

  /// The track the words point to so far: the top score is at least `leaningMinimum` and
  /// leads the runner-up by a point, or a quarter of itself if that is more.
  public var leaning: TrackID? { leader(minimum: Self.leaningMinimum, margin: 1.0) }

  /// The track with a lead clear enough to recommend it without the interview: a score of at
  /// least `clearLeadMinimum`, ahead by 1.5 points or a quarter of itself.
  public var clearLeader: TrackID? { leader(minimum: Self.clearLeadMinimum, margin: 1.5) }

  /// The top track, if its score reaches `minimum` and leads the runner-up by `margin` or a
  /// quarter of itself, whichever is more.
  func leader(minimum: Double, margin: Double) -> TrackID? {
    let (top, first, second) = topTwo
    return first >= minimum && first - second >= max(margin, first * 0.25) ? top : nil
  }

  /// The first track of `ranked` and the scores of the first two, found without sorting
  /// (every reply asks for the leaning).
  var topTwo: (track: TrackID, first: Double, second: Double) {
    var (top, first, second) = (TrackID.allCases[0], score(TrackID.allCases[0]), -Double.infinity)
    for track in TrackID.allCases.dropFirst() {
      let value = score(track)
      // Ties keep the earlier track first: the seed's order, as `ranked` gives it.
      if value > first {
        (top, first, second) = (track, value, first)
      } else if value > second {
        second = value
      }
    }
    return (top, first, second)
  }

  /// Adds one turn's signals: each becomes evidence for (or, negated, against) its track.
  ///
  /// On a correction turn ("actually I've moved to LLM products") what it says counts double,
  /// and every track but the one it points to most (by the weight of what it says for each;
  /// several on a tie) keeps a quarter of its score, so the correction outweighs what it
  /// corrects, and a word in passing for the old track ("an llm assistant that explains our
  /// forecasts") does not keep it whole. A turn whose signals are all maybes ("actually we might start
  /// a chatbot") corrects nothing: they count half, like any maybe. A signal counts once in a
  /// turn however often it is said, and not at all when its clause was said before word for
  /// word (a line pasted again). A turn `takingBack` what was said ("forget the chatbot") takes
  /// back the clauses that counted what it denies (`retract`) instead of counting against it.
  public mutating func absorb(_ detections: [SignalDetector.Detection], turn: Int, correcting: Bool, takingBack: Bool = false) {
    let firm = SignalDetector.distinct(detections).filter { !$0.negated && !$0.hedged }
    let isCorrection = correcting && !firm.isEmpty
    if isCorrection {
      let kept = Self.mostPointedTo(firm)
      let cut = Set(TrackID.allCases.filter { !kept.contains($0) && score($0) > 0 })
      for track in cut { trackScores[track.seedOrder] = score(track) * Self.correctedShare }
      evidence = evidence.map { kept.contains($0.track) ? $0 : $0.scaled(by: Self.correctedShare) }
      // Kept only while evidence of the turn is, so it stays as small as the evidence.
      cutByCorrection = cutByCorrection.filter { entry in evidence.contains { $0.turn == entry.key } }
      cutByCorrection[turn] = cut
    }
    var takenBack: Set<String> = []
    for detection in SignalDetector.distinct(detections) where !saidBefore(detection, turn: turn) {
      let signal = detection.signal
      if takingBack, detection.negated {
        let taken = retract(signal.phrase)
        takenBack.formUnion(taken)
        if !taken.isEmpty || takenBack.contains(signal.phrase) { continue }
      }
      if detection.hedged, !detection.negated, playDown(signal.phrase, before: turn) { continue }
      add(Self.evidence(of: detection, turn: turn, correcting: isCorrection),
        aboutAISystems: !signal.itOperations && TrackID.named(signal.phrase) == nil)
    }
  }

  /// Takes back what counted `phrase` ("gateway" takes back "llm gateway", "fraud" takes back
  /// "fraud detection"), with what was said for its track just before or after it in the same
  /// clause ("forget the chatbot" after "my team is moving to an llm chatbot" takes back "llm"
  /// too; "churn" beside the chatbot still counts for MLOps): that evidence stops counting, and
  /// a correction they made gives the tracks it cut their weight again. Returns the phrases
  /// taken back: none when no clause counted `phrase`, so that the denial counts against its
  /// track instead.
  mutating func retract(_ phrase: String) -> Set<String> {
    let said = evidence.filter { item in
      item.weight > 0 && (item.saidPhrase == phrase || item.saidPhrase.hasSuffix(" " + phrase) || item.saidPhrase.hasPrefix(phrase + " "))
    }
    guard !said.isEmpty else { return [] }
    let taken = remove { item in item.weight > 0 && said.contains { Self.saidTogether(item, $0) } }
    return Set(taken.map(\.saidPhrase))
  }

  /// Counts what earlier turns said firmly of `phrase` as a maybe: "the k8s bit was just me
  /// saying I know infra" plays down the "k8s" said before. Returns whether anything was.
  mutating func playDown(_ phrase: String, before turn: Int) -> Bool {
    let isFirm: (Evidence) -> Bool = { $0.turn < turn && $0.weight > 0 && $0.phrase == phrase }
    guard evidence.contains(where: isFirm) else { return false }
    evidence = evidence.map { item in
      guard isFirm(item) else { return item }
      trackScores[item.track.seedOrder] -= item.weight * (1 - Self.hedgedShare)
      return item.scaled(by: Self.hedgedShare)
    }
    return true
  }

  /// Takes out what the clauses of `turn` that `isOfSomeoneElse` counted: a description of
  /// someone else ("first client is a sysadmin, runs on-call") that the next line shows was not
  /// their own work. Returns it.
  public mutating func takeOut(turn: Int, where isOfSomeoneElse: (Evidence) -> Bool) -> [Evidence] {
    remove { $0.turn == turn && $0.weight > 0 && isOfSomeoneElse($0) }
  }

  /// Removes the evidence `isTaken` picks from the scores, and gives the tracks a correction
  /// in it had cut their weight again once nothing of its turn counts; returns it.
  private mutating func remove(where isTaken: (Evidence) -> Bool) -> [Evidence] {
    let taken = evidence.filter(isTaken)
    evidence.removeAll(where: isTaken)
    for item in taken {
      trackScores[item.track.seedOrder] -= item.weight
      if item.aboutAISystems { aiSystemsWeight -= item.weight }
    }
    for turn in Set(taken.map(\.turn)) where !evidence.contains(where: { $0.turn == turn && $0.weight > 0 }) {
      restoreWhatWasCut(at: turn)
    }
    return taken
  }

  /// Whether two items of evidence were said as one: the same item, or words for one track side
  /// by side in the same clause ("llm chatbot", "fraud detection models").
  static func saidTogether(_ item: Evidence, _ other: Evidence) -> Bool {
    item == other || item.turn == other.turn && item.words == other.words && item.track == other.track
      && (comesJustBefore(item.phrase, other.phrase, in: item.words) || comesJustBefore(other.phrase, item.phrase, in: item.words))
  }

  /// Whether `modifier` is said just before `head` in a clause ("llm" in "moving to an llm
  /// chatbot"), so that taking back the one takes back the other; "rag" in "rag assistants
  /// and now some agents" is not just before "agents".
  static func comesJustBefore(_ modifier: String, _ head: String, in clause: String) -> Bool {
    let words = clause.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    let (first, last) = (modifier.split(separator: " ").map(String.init), head.split(separator: " ").map(String.init))
    guard !first.isEmpty, !last.isEmpty, words.count >= first.count + last.count else { return false }
    return (0...(words.count - first.count - last.count)).contains { start in
      zip(words[start...], first + last).allSatisfy { $0.hasPrefix($1) }
    }
  }

  /// Gives the tracks the correction at `turn` cut, in the evidence from before it, their
  /// whole weight again.
  private mutating func restoreWhatWasCut(at turn: Int) {
    guard let cut = cutByCorrection.removeValue(forKey: turn) else { return }
    evidence = evidence.map { item in
      guard item.turn < turn, cut.contains(item.track) else { return item }
      trackScores[item.track.seedOrder] += item.weight * (1 / Self.correctedShare - 1)
      return item.scaled(by: 1 / Self.correctedShare)
    }
  }

  /// Whether the words lean to AIOps on IT operations work alone (alerts, incidents, Splunk),
  /// with nothing said of any AI system: the comparison's AIOps is about operating AI systems.
  public var aiopsRestsOnITOperations: Bool { score(.aiops) > 0 && aiSystemsWeight <= 0 }

  /// Whether AIOps has a score though the person said they work with no AI system, and told of
  /// none since.
  public var aiopsDespiteNoAISystem: Bool {
    guard score(.aiops) > 0, let said = noAISystemSaidOn else { return false }
    return !evidence.contains { $0.aboutAISystems && $0.turn > said }
  }

  /// Notes that the person said, on `turn`, that they work with no AI system.
  public mutating func noteNoAISystem(turn: Int) {
    noAISystemSaidOn = turn
  }

  /// What the signals among `detections` weigh together for each track, in the seed's order of tracks.
  static func weights(of detections: [SignalDetector.Detection]) -> [Double] {
    var weights: [Double] = [0, 0, 0]
    for detection in detections { weights[detection.signal.track.seedOrder] += detection.signal.weight }
    return weights
  }

  /// The tracks whose signals among `detections` weigh most together.
  static func mostPointedTo(_ detections: [SignalDetector.Detection]) -> Set<TrackID> {
    let weights = weights(of: detections)
    guard let top = weights.max(), top > 0 else { return [] }
    return Set(TrackID.allCases.filter { weights[$0.seedOrder] == top })
  }

  /// The track detections point to at least twice as much as to any other; nil when none does.
  static func farAhead(_ detections: [SignalDetector.Detection]) -> TrackID? {
    let weights = weights(of: detections)
    let ranked = TrackID.allCases.sorted { weights[$0.seedOrder] > weights[$1.seedOrder] }
    return weights[ranked[0].seedOrder] > 0 && weights[ranked[0].seedOrder] >= 2 * weights[ranked[1].seedOrder] ? ranked[0] : nil
  }

  /// Whether a detection's signal was taken from the same clause, word for word, on an
  /// earlier turn.
  func saidBefore(_ detection: SignalDetector.Detection, turn: Int) -> Bool {
    let phrase = Self.phrase(of: detection)
    let earlier = evidence.filter { $0.turn != turn && $0.track == detection.signal.track && $0.phrase == phrase }
    guard !earlier.isEmpty else { return false }
    let words = Self.quoted(detection.clause)
    return earlier.contains { $0.words == words }
  }

  /// A detection's phrase as evidence shows it: "not …" when denied, "maybe …" when hedged.
  static func phrase(of detection: SignalDetector.Detection) -> String {
    (detection.negated ? "not " : detection.hedged ? "maybe " : "") + detection.signal.phrase
  }

  /// How much of a clause evidence quotes.
  static let quotedLength = 80

  /// A clause as evidence quotes it: without the quotation marks of a pasted text at either
  /// end (`"you will design…` → `you will design…`) or the question after it, with a bracket
  /// the clause opened and the next one closes closed ("(langchain + openai" → "(langchain +
  /// openai)"), at most `quotedLength` long.
  static func quoted(_ clause: String) -> String {
    // Most clauses have no such mark: their bytes tell, without walking their characters.
    let bytes = clause.utf8
    let atAnEdge = isEdgeByte(bytes.first) || isEdgeByte(bytes.last)
    guard atAnEdge || bytes.contains(where: isInnerByte) else { return DisplayText.sanitized(clause, limit: quotedLength) }
    var trimmed = clause.drop(while: quoteMarks.contains)
    // `…our vLLM deployment" which track is this job?`: the pasted text, not the question after it.
    if let mark = trimmed.lastIndex(where: { closingMarks.contains($0) }),
      let next = trimmed[trimmed.index(after: mark)...].split(separator: " ").first,
      DialogueAct.questionOpeners.contains(next.lowercased())
    {
      trimmed = trimmed[..<mark]
    }
    while let last = trimmed.last, quoteMarks.contains(last) { trimmed = trimmed.dropLast() }
    var text = String(trimmed)
    let opened = text.utf8.filter { $0 == UInt8(ascii: "(") }.count - text.utf8.filter { $0 == UInt8(ascii: ")") }.count
    if opened > 0 { text += String(repeating: ")", count: opened) }
    if opened < 0, text.last == ")" { text.removeLast() }
    return DisplayText.sanitized(text, limit: quotedLength)
  }

  /// Whether a byte at either end of a clause may need trimming: a quotation mark, an
  /// apostrophe or a space.
  static func isEdgeByte(_ byte: UInt8?) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: " ")
  }

  /// Whether a byte anywhere in a clause may need work: a quotation mark, a bracket, or the
  /// first byte of a typographic quotation mark.
  static func isInnerByte(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == 0xE2
  }

  /// The marks that close a pasted text.
  static let closingMarks: Set<Character> = ["\"", "\u{201D}"]

  /// The marks trimmed from either end of a quoted clause.
  static let quoteMarks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", " "]

  /// The evidence one detection gives: its signal's weight, against its track when negated,
  /// doubled on a correction turn, halved when said as a maybe.
  static func evidence(of detection: SignalDetector.Detection, turn: Int, correcting: Bool) -> Evidence {
    let signal = detection.signal
    let weight = (detection.negated ? -signal.weight : signal.weight) * (correcting && !detection.negated ? 2 : 1)
      * (detection.hedged ? hedgedShare : 1)
    return Evidence(
      track: signal.track, phrase: phrase(of: detection),
      words: quoted(detection.clause), turn: turn, weight: weight,
      reason: (signal.bridge ? Phrases.outsideTheComparison : "") + signal.reason, source: signal.source)
  }

  /// How much a signal said as a maybe counts, as a share of its weight.
  static let hedgedShare = 0.5

  /// The tracks ordered by score, highest first; ties in the seed's order.
  public var ranked: [TrackID] {
    TrackID.allCases.sorted { score($0) != score($1) ? score($0) > score($1) : $0.seedOrder < $1.seedOrder }
  }

  /// The score of one track.
  public func score(_ track: TrackID) -> Double { trackScores[track.seedOrder] }

  /// The evidence that counts for `track` (positive weights, and not denied since), in the
  /// order heard.
  public func evidence(for track: TrackID) -> [Evidence] {
    // "i never said we use vllm": what was denied later is no reason, whatever it still weighs.
    let denied = evidence.filter { $0.track == track && $0.weight < 0 }
    return evidence.filter { item in
      item.track == track && item.weight > 0 && !denied.contains { $0.turn > item.turn && $0.phrase == "not " + item.saidPhrase }
    }
  }
}
