/// Finds the signals in what a person says, with negation, clause by clause.
///
/// The line's clauses (see `TextNormalizer`) are cut again at the word "but". In each
/// clause the longest signal phrase starting at each word is taken (so "predictive models" is
/// not also counted as "predictive"); a phrase listed for several tracks counts for each, as
/// the comparison splits it. A track named in a clause that states something about the
/// speaker ("I'm interviewing for an MLOps role") counts for that track, with the advisor's
/// own reason. Words are compared by their stems, so "retrains",
/// "retrained" and "retraining" all match the signal "retraining". Clauses are read as the
/// matcher reads them (typos corrected, track aliases resolved), so a track's own name, such
/// as "genai ops", is never taken for a signal such as "genai". A signal is negated when one of the negation words stands
/// at most four words before it in the same clause ("I don't work with LLMs") or it comes
/// right after "than" or "instead of" ("chatbots more than dashboards"), and
/// hedged when a hedge word stands anywhere before it in the same clause ("we might add a chatbot later")
/// or what it is part of is put later on ("next quarter", "soon"; see `spanPutLater`).
public struct SignalDetector: Sendable {
  /// A signal found in a line.
  public struct Detection: Sendable, Equatable {
    public let signal: Signal
    public let negated: Bool
    /// Whether it was said as a maybe ("we might add a chatbot later").
    public let hedged: Bool
    /// The clause it was found in, as typed.
    public let clause: String
    /// Whether that clause, or the whole line, is a question saying nothing of the asker
    /// (`asksWithoutTheAsker`): it helps read the line but tells nothing of their work.
    public var asked = false
  }

  let signals: SignalSet
  let parser: InputParser
  /// Signals by their phrase's first word, longest phrase first; a phrase listed for several
  /// tracks has one entry per track, in file order.
  let byFirstWord: StringMap<[(words: [String], signal: Signal)]>
  /// The negation words, stemmed as clause words are.
  let negations: StringTable
  /// The hedge words, stemmed as clause words are.
  let hedges: StringTable
  /// The correction phrases, looked for in a line.
  let corrections: CorrectionPhrases
  static let negationReach = 4

  public init(signals: SignalSet, parser: InputParser) {
    var index: [String: [(words: [String], signal: Signal)]] = [:]
    for signal in signals.signals {
      let words = signal.phrase.utf8.split(separator: UInt8(ascii: " ")).map { Stemmer.stem(String(Substring($0))) }
      guard let first = words.first else { continue }
      index[first, default: []].append((words, signal))
    }
    let byFirstWord = StringMap(index.mapValues { list in
      list.enumerated().sorted { a, b in
        a.element.words.count != b.element.words.count ? a.element.words.count > b.element.words.count : a.offset < b.offset
      }.map(\.element)
    })
    self.init(
      signals: signals, parser: parser, byFirstWord: byFirstWord,
      negations: StringTable(Set(signals.negations.map(Stemmer.stem)).sorted()),
      hedges: StringTable(Set(signals.hedges.map(Stemmer.stem)).sorted()))
  }

  /// A detector from its tables, as an image holds them.
  init(
    signals: SignalSet, parser: InputParser, byFirstWord: StringMap<[(words: [String], signal: Signal)]>,
    negations: StringTable, hedges: StringTable
  ) {
    self.signals = signals
    self.parser = parser
    self.byFirstWord = byFirstWord
    self.negations = negations
    self.hedges = hedges
    self.corrections = CorrectionPhrases(signals.corrections)
  }

  /// The detections with each signal once: a second detection of the same signal for the same
  /// track, said the same way (denied, as a maybe, or plainly), adds nothing.
  public static func distinct(_ detections: [Detection]) -> [Detection] {
    detections.indices.filter { place in
      !detections[..<place].contains { earlier in
        let now = detections[place]
        return earlier.signal.track == now.signal.track && earlier.negated == now.negated && earlier.hedged == now.hedged
          && earlier.signal.phrase == now.signal.phrase
      }
    }.map { detections[$0] }
  }

  /// The signals in a parsed line, in the order they appear.
  public func detect(in parsed: ParsedInput) -> [Detection] {
    var found: [Detection] = []
    // "AIOps is gartner term for AI for IT operations, anomaly detection on logs etc": all of it
    // is said of the track.
    // "the guardrails sit right in the LLM serving path, that's prompt ops territory, not
    // aiops": an argument about where something belongs, not their work.
    if let first = parsed.clauses.first, Self.claimsAboutATrack(parsed.words[first.range]) || Self.placesSomethingInATrack(parsed),
      !parsed.classes.contains(where: { $0.contains(.firstPerson) })
    {
      return []
    }
    let lineAsks = Self.asksWithoutTheAsker(parsed)
    var listPlayedDown = false  // whether the clause before played its list down: "fine with k8s, docker, grafana"
    for (number, clause) in parsed.clauses.enumerated() {
      let countBefore = found.count
      // Read only when a clause follows to inherit it: most lines have one clause.
      defer {
        listPlayedDown = number + 1 < parsed.clauses.count
          && Self.playsDownItsList(clause, in: parsed, before: listPlayedDown, found: found.count > countBefore)
      }
      guard !Self.framesTheNextQuestion(clause, next: parsed.clauses.dropFirst(number + 1).first, in: parsed),
        !Self.tellsWhatAVendorSells(parsed.words[clause.range])
      else { continue }
      let asked = lineAsks || Self.asksWithoutTheAsker(clause, in: parsed)
      for whole in Self.splitAtBut(parsed.words, in: clause.range) {
        guard !Self.asksOfATerm(clause, classes: parsed.classes[whole]), !Self.quotesTheAdvisor(parsed.words[whole]) else { continue }
        let told = whole.lowerBound..<Self.startOfTalk(parsed.words[whole])
        let part = Self.theirPart(parsed.words[told], parsed.classes[told])
        guard !part.isEmpty else { continue }
        let asking = DialogueAct.opensWithLeadingQuestion(parsed.words[part], parsed.classes[part])
        let aboutSelf = DialogueAct.statesAboutSelf(parsed.classes[part], parsed.words[part])
          && !parsed.words[part].contains(where: Self.perceptionWords.contains) && !Self.reportsSpeech(parsed.words[part])
          && !DialogueAct.opensAsYesNoQuestion(parsed.words[part])
          && !parsed.classes[part].contains(.setsSideBySide)
          // "any concrete project ideas for aiops i could do on the side?": a track named in a
          // clause asked is what they ask about.
          && !clause.asked
          // "i must learn mlops first or can go direct llmops?", "llmops or mlops for me, given
          // what i said": the tracks are the choices asked about.
          && !(parsed.words[part].contains("or") && (clause.asked || parsed.words[part].count { TrackID.named($0) != nil } > 1))
        var inClause = detect(inClause: clause.text, words: parsed.stems[part.dropFirst(asking ? 2 : 0)], aboutSelf: aboutSelf)
        // "the anomaly detection thing was me arguing about gartner, not my job".
        if !inClause.isEmpty, let next = parsed.clauses.dropFirst(number + 1).first,
          saysNotTheirWork(parsed.stems[next.range].prefix(4)) || Self.saysNotMine(parsed.words[next.range].prefix(3))
            // "retraining and drift monitoring, thats the ml teams job not mine".
            || parsed.classes[next.range].first?.contains(.pointsAtOne) == true && Self.saysNotMine(parsed.words[next.range])
        {
          inClause = inClause.map { Detection(signal: $0.signal, negated: true, hedged: $0.hedged, clause: $0.clause) }
        }
        // "prometheus and grafana are the ops teams thing, i just look at the dashboards".
        if !inClause.isEmpty, Self.givesItToAnotherTeam(parsed.stems[clause.range], parsed.classes[clause.range]) {
          inClause = inClause.map { Detection(signal: $0.signal, negated: true, hedged: $0.hedged, clause: $0.clause) }
        }
        if listPlayedDown, Self.namesOnly(clause, in: parsed) {
          inClause = inClause.map { Detection(signal: $0.signal, negated: $0.negated, hedged: true, clause: $0.clause) }
        }
        found += asked ? inClause.map { var detection = $0; detection.asked = true; return detection } : inClause
      }
    }
    return Self.withoutWhatIsDroppedLater(found)
  }

  /// `found` without what a later clause of the same line denies again: "we finetune a small
  /// model … actually we're dropping the finetuning" keeps only the denial; a denial first and
  /// the thing after ("not rag anymore, but rag evals") keeps both.
  static func withoutWhatIsDroppedLater(_ found: [Detection]) -> [Detection] {
    guard found.contains(where: \.negated) else { return found }
    return found.indices.filter { place in
      found[place].negated || !found[(place + 1)...].contains { $0.negated && $0.signal.phrase == found[place].signal.phrase && $0.clause != found[place].clause }
    }.map { found[$0] }
  }

  /// Whether the list a clause is part of is played down, for the clause after it: the clause
  /// plays down what it names ("I'm fine with k8s"), or only names more of a list played down
  /// before it ("docker"). `found` is whether the clause had a signal; one without plays down
  /// nothing after it.
  static func playsDownItsList(_ clause: ParsedInput.Clause, in parsed: ParsedInput, before: Bool, found: Bool) -> Bool {
    before && namesOnly(clause, in: parsed) || found && playsDown(parsed.stems[clause.range])
  }

  /// Whether words imagine the speaker saying something to the advisor ("like if i say vllm
  /// you say llmops", "what if i type rag"): a word said, not their work.
  static func imaginesSayingIt(_ words: ArraySlice<String>) -> Bool {
    words.indices.dropLast(2).contains { place in
      (words[place] == "if" || words[place] == "when") && words[place + 1] == "i" && wordSayingVerbs.contains(words[place + 2])
    }
  }

  /// Verbs of saying a word to the advisor.
  static let wordSayingVerbs: WordSet = ["say", "type", "write", "mention", "enter", "input", "put"]

  /// Whether a clause repeats what was said in the conversation: the advisor's words ("you said
  /// build an 'LLM serving and evaluation platform' as a first project??", "your answer
  /// mentioned drift"), what the person asked ("no i said only governance and monitoring") or
  /// what the source says ("the table says…"), not the person's work.
  static func quotesTheAdvisor(_ words: ArraySlice<String>) -> Bool {
    let opened = words.drop(while: DialogueAct.leadingFillers.contains)
    // "the definitions section says aiops covers observability": the source's words.
    let saidBySource = opened.prefix(3).indices.contains { noun in
      sourceNouns.contains(opened[noun]) && noun + 1 < opened.endIndex && sourceSpeechVerbs.contains(opened[noun + 1])
    }
    if saidBySource || imaginesSayingIt(opened) { return true }
    guard let first = opened.first, first == "no" || first == "you" || first == "your", let next = opened.dropFirst().first
    else { return false }
    // "no i said only governance and monitoring": what they asked before, not their work.
    if first == "no" { return next == "i" && opened.dropFirst(2).first.map { $0 == "said" || $0 == "asked" } == true }
    return first == "you" && advisorSpeechVerbs.contains(next)
      || first == "your" && ["answer", "recommendation", "suggestion", "list"].contains(next)
  }

  /// Verbs of the advisor's saying, after "you".
  /// What the source or a part of it is called when someone reports what it says.
  static let sourceNouns: WordSet = [
    "source", "table", "doc", "document", "page", "comparison", "definitions", "definition", "section", "faq", "intro",
  ]

  /// Verbs of a text's saying, after what it is called: "the table says".
  static let sourceSpeechVerbs: WordSet = ["says", "said", "lists", "listed", "mentions", "mentioned", "calls", "puts", "claims"]

  static let advisorSpeechVerbs: WordSet = ["said", "say", "suggested", "suggest", "told", "recommended", "mentioned", "listed", "wrote", "named"]

  /// Whether a whole line asks something and says nothing of the asker ("ml platform eng vs
  /// mlops eng whats the diff", "ok if team pivots fully to llm serving, then what"): what it
  /// names is what they ask about, not their work. It asks by "vs", or by a clause that opens
  /// as a question, after any fillers ("architect responsible for how ai gets deployed" tells;
  /// so does "but also maybe governance?", an afterthought to their story).
  static func asksWithoutTheAsker(_ parsed: ParsedInput) -> Bool {
    // "could you tell me what the source says about controls": "me" asked for the answer; "so
    // llmops or aiops for me": the one it is for.
    guard !parsed.classes.indices.contains(where: { place in
      parsed.classes[place].contains(.firstPerson) && !(parsed.words[place] == "me" && place > 0
        && (answeringVerbs.contains(parsed.words[place - 1]) || parsed.words[place - 1] == "for"))
    }) else { return false }
    // "actually scratch the churn models, … it's really just the chatbot. does that change your
    // answer?": dropping something from their story speaks of it.
    guard !parsed.words.contains(where: droppingWords.contains) else { return false }
    // Tracks set as alternatives for them ask between them: "so llmops or aiops for me".
    let asks = DialogueAct.opensAsQuestion(parsed) || parsed.classes.contains { $0.contains(.versus) }
      || Advisor.asksWhichOfTheNamedForThem(parsed)
      || parsed.clauses.contains { clause in
        let opening = clause.range.first { !DialogueAct.leadingFillers.contains(parsed.words[$0]) }
        return (opening.map { parsed.classes[$0].contains(.questionWord) } ?? false) && !DialogueAct.followsANameAlone(clause, in: parsed)
      }
    // "Senior Platform Engineer, 7 years Kubernetes infra. Which track?" tells of them as on a
    // CV; "the RAG product is 80% of revenue. doesnt that change it?" tells what their main work is.
    return asks && !DialogueAct.endsAskingOnlyWhichTrack(parsed)
      && !parsed.clauses.contains(where: { !$0.asked && callsSomethingTheirMainWork(parsed.stems[$0.range]) })
  }

  /// Verbs whose object "me" is the one asking for an answer: "tell me", "show me".
  static let answeringVerbs: WordSet = ["tell", "show", "give", "explain", "remind", "teach"]

  /// Whether a clause of a line with several is a question, opening with a question word or
  /// an auxiliary and ending with a question mark, that says nothing of the asker ("my big
  /// worry is regulation. does governance belong to mlops or aiops?"): what it names is what
  /// they ask about, not their work.
  static func asksWithoutTheAsker(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    guard parsed.clauses.count > 1, !parsed.classes[clause.range].contains(where: { $0.contains(.firstPerson) }),
      let opening = clause.range.first(where: { !DialogueAct.leadingFillers.contains(parsed.words[$0]) })
    else { return false }
    // "whats the job title i'd have, and do those pay more than sre": a later clause opening
    // with "and" and a question asks without its question mark.
    guard clause.asked || opening > clause.range.lowerBound && clause.range.lowerBound > 0 else { return false }
    // "I only approve them. isn't that more governance?" asks of what they just told; "that
    // doesnt answer my question. does it mention access control or not?" asks of the source.
    // "and the third one, kofi, is an sre": the name's sentence goes on, it asks nothing.
    if ["is", "was"].contains(parsed.words[opening]), DialogueAct.followsANameAlone(clause, in: parsed) { return false }
    let near = (opening + 1)..<min(opening + 3, clause.range.upperBound)
    let pointsBack = near.contains { parsed.classes[$0].contains(.pointsAtOne) }
      && !parsed.words[clause.range].prefix(4).contains(where: { Advisor.sayingVerbs.contains($0) || Advisor.namingVerbs.contains($0) })
    return DialogueAct.questionOpeners.contains(parsed.words[opening]) && !pointsBack
  }

  /// Whether a clause only sets the topic of the question after it ("and for the llm assistant,
  /// what would llmops monitor"): it names no one, and opens with "for", "about" or
  /// "regarding", or the question after it points back at it ("and vLLM and TGI, do I need those?").
  static func framesTheNextQuestion(_ clause: ParsedInput.Clause, next: ParsedInput.Clause?, in parsed: ParsedInput) -> Bool {
    guard let next, let opening = clause.range.first(where: { !DialogueAct.leadingFillers.contains(parsed.words[$0]) }),
      !parsed.classes[clause.range].contains(where: { $0.contains(.firstPerson) })
    else { return false }
    guard framingWords.contains(parsed.words[opening]) else {
      // "my day job is … calling OpenAI, … and watching token spend. does that change anything?":
      // after a clause of their own work, the last item of its list is theirs too.
      let theirsBefore = parsed.classes[..<clause.range.lowerBound].contains { $0.contains(.firstPerson) }
      return !theirsBefore && namesOnly(clause, in: parsed) && asksOfItNext(next, in: parsed)
    }
    return next.asked || parsed.classes[next.range].first?.contains(.questionWord) == true
      || DialogueAct.opensAsYesNoQuestion(parsed.words[next.range])
  }

  /// Whether a clause only names things: no word pointing back and no "is" or "are" ("and vLLM
  /// and TGI", not "it's really just the chatbot").
  static func namesOnly(_ clause: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    !parsed.classes[clause.range].contains { $0.contains(.pointsAtOne) || $0.contains(.pointsAtSeveral) }
      && !parsed.words[clause.range].contains(where: copulas.contains)
  }

  /// The forms of "be" that make a clause say something of what it names.
  static let copulas: WordSet = ["is", "are", "was", "were", "its", "theyre", "be"]

  /// Whether a clause asks, within its first words, of what the clause before it named ("and
  /// vLLM and TGI, do I need those if we're on OpenAI?", "governance - what does that cover").
  static func asksOfItNext(_ next: ParsedInput.Clause, in parsed: ParsedInput) -> Bool {
    // "governance - what does that actually cover." asks by its question word, mark or none.
    let asks = next.asked || parsed.classes[next.range].first?.contains(.questionWord) == true
    return asks && parsed.classes[next.range].prefix(4).contains { $0.contains(.pointsAtSeveral) || $0.contains(.pointsAtOne) }
  }

  /// The words that open a clause setting the topic of a question: "for the llm assistant, …".
  static let framingWords: WordSet = ["for", "about", "regarding"]

  /// Whether a clause is a few words asked of a term, never of the asker ("kserve?", "mlflow
  /// for llms?"): what it names is not their work.
  static func asksOfATerm(_ clause: ParsedInput.Clause, classes: ArraySlice<WordClass>) -> Bool {
    clause.asked && clause.range.count <= termQuestionLength
      && !classes.contains { $0.contains(.firstPerson) }
  }

  /// The most words a clause asked of a term has.
  static let termQuestionLength = 3

  /// The span of a clause that may tell of the speaker's work. What a question asks about is
  /// not their work: "which track covers governance?", "what security tools would i use in
  /// aiops", "do you know if mlflow can track llm prompts" tell nothing, and "do i still need
  /// vllm" only up to what is needed; but what follows "if", "since" or "because" when the
  /// speaker is in it ("which track should i choose if i run a rag chatbot", "…if the person
  /// will run our llm gateway"), and "what i do is…" or "how we build…" tell.
  static func theirPart(_ words: ArraySlice<String>, _ classes: ArraySlice<WordClass>) -> Range<Int> {
    let all = words.startIndex..<words.endIndex
    guard let first = words.indices.first(where: { !DialogueAct.leadingFillers.contains(words[$0]) }) else { return all }
    let second = first + 1 < words.endIndex ? classes[first + 1] : []
    let opensWithQuestionWord = classes[first].contains(.questionWord) && !second.contains(.firstPerson)
    let asksYesOrNo = DialogueAct.opensAsYesNoQuestion(words)
    let asksThem = asksYesOrNo && second.contains(.secondPerson)
    let needing = asksYesOrNo && second.contains(.firstPerson)
      ? words.indices.first { $0 > first + 1 && askedVerbs.contains(words[$0]) } : nil
    guard opensWithQuestionWord || asksThem || needing != nil else { return all }
    if let reason = words.indices.first(where: { place in
      reasonWords.contains(words[place]) && classes[(place + 1)...].contains { $0.contains(.firstPerson) }
    }) {
      return reason..<words.endIndex
    }
    return words.startIndex..<(needing ?? words.startIndex)
  }

  /// The verbs after "do i", "should i" that ask what the speaker needs, whose objects are not
  /// their work. This list and the next are read at every clause.
  static let askedVerbs: WordSet = ["need", "learn", "know", "study", "use", "pick", "choose", "master", "using", "learning", "doing"]

  /// Words that give the speaker's reason inside a question: "…if i run a rag chatbot".
  static let reasonWords: WordSet = ["if", "since", "because", "cause", "cuz", "bc", "as"]

  /// Words of seeing: a track named beside one is what the person saw, not their work ("I keep
  /// seeing MLOps jobs on LinkedIn"); the signals of such a clause still count ("I noticed
  /// latency spikes in vLLM").
  static let perceptionWords: WordSet = ["see", "seeing", "saw", "seen", "notice", "noticed", "noticing", "spotted"]

  /// Where a clause starts reporting what people talk about, back to the last "and" before it
  /// ("I maintain a ticket classifier and my lead keeps talking about copilots" → "my"), or its
  /// end when it does not: hearsay, whose signals do not count.
  static func startOfTalk(_ words: ArraySlice<String>) -> Int {
    // "are my skills obsolete now that everyone does llms": what everyone does is not theirs
    // ("everyone on my team uses mlflow" is).
    // "everyone on linkedin says llms are the future" is not theirs either.
    if let everyone = words.indices.first(where: { everyoneWords.contains(words[$0]) }),
      !(words[(everyone + 1)...].first.map { $0 == "on" || $0 == "in" } == true
        && words[(everyone + 1)...].dropFirst().prefix(2).contains(where: { $0 == "my" || $0 == "our" || $0 == "the" }))
    {
      return everyone
    }
    // "if someone serves an LLM assistant … which track": a hypothetical person's work ("i'm
    // someone who deploys models" is theirs).
    if let someone = words.indices.first(where: { place in
      hypotheticalPeople.contains(words[place]) && place > words.startIndex && hypotheticalOpeners.contains(words[place - 1])
    }) {
      return someone
    }
    // "ok so if what he actually wants is the alert-noise thing": what someone else might want.
    if words.contains("if"), let other = words.indices.first(where: { place in
      thirdPersons.contains(words[place]) && words[max(words.startIndex, place - 2)..<place].contains("if")
    }) {
      return other
    }
    // "my lead keeps saying guardrails": a term someone else says ("my manager says we run
    // kubernetes" tells of them).
    guard let verb = words.indices.dropLast().first(where: { place in
      words[place + 1] == "about" && talkVerbs.contains(words[place])
        || termSayingVerbs.contains(words[place]) && !words[(place + 1)...].prefix(3).contains(where: saysOfThem)
    })
    else { return words.endIndex }
    // "we've been talking about using llms": the speaker's own plans, a maybe (see `hedges`).
    let talker = words[..<verb].last { !talkAuxiliaries.contains($0) }
    if talker == "we" || talker == "i" { return words.endIndex }
    return words[..<verb].lastIndex(of: "and").map { $0 + 1 } ?? words.startIndex
  }

  /// The words between who talks and the verb: "we have also been talking".
  static let talkAuxiliaries: WordSet = [
    "have", "been", "are", "am", "were", "was", "keep", "keeps", "kept", "also", "all", "always", "just",
  ]

  /// Verbs of saying a term ("keeps saying guardrails"); not "claims" or "means", which are
  /// nouns as often ("insurance claims").
  static let termSayingVerbs: WordSet = ["say", "says", "said", "saying", "mentions", "mentioned", "mentioning"]

  /// Whether a word within three after a verb of saying makes what is said about the speaker:
  /// a first-person word or "that" ("says we run …", "say next year we make …", "said that our …").
  static func saysOfThem(_ word: String) -> Bool {
    word == "that" || WordClass.of(word).contains(.firstPerson)
  }

  /// Verbs of talking: "everyone is talking about chatgpt".
  static let talkVerbs: WordSet = ["talking", "talk", "talks", "talked"]

  /// Words for people at large, whose work is not the speaker's.
  static let everyoneWords: WordSet = ["everyone", "everybody", "nobody", "anyone", "anybody"]

  /// A person supposed, after "if", "say", "suppose" or "when": "if someone serves an llm assistant".
  static let hypotheticalPeople: WordSet = ["someone", "somebody"]
  static let hypotheticalOpeners: WordSet = ["if", "say", "suppose", "when"]
  /// Someone else, whose wishes after "if" are no work of the speaker's: "if what he wants is…".
  static let thirdPersons: WordSet = ["he", "she"]

  /// Whether a clause reports what someone else said or asks of the person ("my manager say
  /// we must learn llmops", "my VP wants us to do AIOps"): a track named in it is theirs, not
  /// the person's work; its signals still count.
  static func reportsSpeech(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { speechVerbs.contains($1) && $0 != "i" && $0 != "we" }
      || zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { subject, next in
        demandVerbs.contains(next.0) && (next.1 == "us" || next.1 == "me") && subject != "i" && subject != "we"
      }
  }

  /// Verbs of saying, after anyone but the speaker.
  static let speechVerbs: WordSet = [
    "say", "says", "said", "saying", "tells", "told", "telling", "claims", "claimed", "thinks", "believes", "reckons",
    "means", "meant",
  ]

  /// Whether a clause tells what someone else wants made ("our ceo now wants a claims bot"):
  /// a plan of theirs, not yet the person's work, so its signals count as a maybe.
  static func wantedByOthers(_ words: ArraySlice<String>) -> Bool {
    words.indices.dropFirst().dropLast().contains { place in
      demandVerbs.contains(words[place]) && words[place - 1] != "i" && words[place - 1] != "we"
        && ["a", "an", "the", "some"].contains(words[place + 1])
    }
  }

  /// Whether a clause tells what a vendor sells, not the person's work: "our vendor sells an
  /// 'AIOps' thing that does alert correlation" ("forget the vendor thing and the agents" still
  /// takes the agents back).
  static func tellsWhatAVendorSells(_ words: ArraySlice<String>) -> Bool {
    words.contains { $0 == "vendor" || $0 == "vendors" } && words.contains(where: sellingVerbs.contains)
  }

  static let sellingVerbs: WordSet = ["sells", "sell", "selling", "sold", "offers", "offering", "pitches", "pitching", "markets", "provides"]

  /// Whether words say the work goes to other people: "the fraud models go to another team",
  /// "moving to the other group" (stemmed as clause words are).
  static func goesToOthers(_ words: ArraySlice<String>) -> Bool {
    words.indices.dropLast(2).contains { place in
      movingStems.contains(words[place]) && words[place + 1] == "to"
        && words[(place + 2)...].prefix(3).contains { $0 == "another" || $0 == "other" }
        && words[(place + 2)...].prefix(4).contains(where: otherPeople.contains)
    }
  }

  /// Verbs of asking something of the person, before "us" or "me".
  static let demandVerbs: WordSet = ["wants", "want", "expects", "pushing", "pushes", "pushed"]

  /// The signals in `line`, parsed as the advisor parses it.
  public func detect(in line: String) -> [Detection] {
    detect(in: parser.parse(line))
  }

  /// A clause's span of words cut at "but": "not into governance but I deploy models".
  static func splitAtBut(_ words: [String], in range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for position in range where words[position] == "but" {
      if start < position { parts.append(start..<position) }
      start = position + 1
    }
    if start < range.upperBound { parts.append(start..<range.upperBound) }
    return parts
  }

  /// Whether a line says it corrects what came before ("actually", "I've moved to", ...),
  /// rather than adding to it ("actually our team also runs a recommendation model"); a
  /// question ("so does that make me llmops now??") corrects nothing, but what is told before
  /// its last clause may ("actually scratch that, the genai thing is my main job now. so
  /// should i go llmops instead?").
  public func isCorrection(_ parsed: ParsedInput) -> Bool {
    // "forget the prompt stuff too": "too" adds to what is dropped, not to their work.
    guard !parsed.words.contains(where: Self.addingWords.contains) || parsed.words.contains(where: Self.droppingWords.contains)
    else { return false }
    // "should i switch to aiops instead? my models are still classical ml": a word of
    // correcting in a clause asked is no correction of what they told.
    let told = parsed.clauses.filter { !$0.asked }
    guard told.count < parsed.clauses.count else { return corrections.occur(in: parsed.normalized) }
    return corrections.occur(in: told.map { parsed.words[$0.range].joined(separator: " ") }.joined(separator: " , "))
  }

  /// Words that drop what was said before, which an adding word then adds to.
  static let droppingWords: WordSet = [
    "forget", "scratch", "scrap", "scrapped", "ignore", "disregard", "nevermind", "killed", "cancelled", "canceled", "shelved",
  ]

  /// Whether a line takes back something said before, rather than only denying it: "forget
  /// the chatbot", "scratch the churn models", "ignore the llm part", "we're dropping the
  /// finetuning"; "i didnt enjoy the rag
  /// chatbot" and "if we dropped the agents" do not.
  public func takesBack(_ parsed: ParsedInput) -> Bool {
    // "the mlflow airflow thing was the job ad not me" takes back what the posting counted.
    parsed.words.contains(where: Self.droppingWords.contains)
      || parsed.stems.contains(where: Self.postingStems.contains) && parsed.words.contains(where: Self.copulas.contains)
      // "we're dropping the finetuning", "dana is moving off fraud", "… is my colleague's work, not mine".
      || Self.dropsWhatFollows(parsed.stems[...]) || Self.movesOff(parsed.stems[...]) || Self.saysNotMine(parsed.words[...])
  }

  /// Words that make a line add to what was said, not correct it.
  static let addingWords: WordSet = ["also", "too", "additionally", "besides", "already"]

  /// The signals in one clause's stems; `aboutSelf` counts the tracks it names too.
  func detect(inClause clause: String, words: ArraySlice<String>, aboutSelf: Bool) -> [Detection] {
    var found: [Detection] = []
    var position = words.startIndex
    let later = Self.spanPutLater(words)
    // "i was asking about llmops", "if i moved to aiops": a track named so is not their work.
    // Read once a track is named: most clauses name none.
    var namesTheirWork: Bool?
    var playedDown: Bool?  // read once a signal is found: most clauses have none
    var lastEnd = words.startIndex  // where the last signal found ends
    while position < words.endIndex {
      let named = aboutSelf && !Self.isTaughtTopic(words, at: position) && !Self.isWhatItIsCalled(words, at: position)
        ? namedTrack(words[position]) : nil
      if named != nil, namesTheirWork == nil { namesTheirWork = !words.contains(where: Self.notDoingStems.contains) }
      let matches = named.flatMap { namesTheirWork == true ? [($0, 1)] : nil } ?? longestSignals(in: words, at: position)
      guard let length = matches.first?.length else {
        position += 1
        continue
      }
      guard !Self.trainsPeople(words, at: position, length: length) else {
        position += length
        continue
      }
      let down = playedDown ?? (Self.playsDown(words) || Self.wantedByOthers(words))
      playedDown = down
      // "non-llm models": only the word right after "non".
      let negated = isNegated(words, before: position) || isDisowned(words, after: position + length)
        || position > words.startIndex && words[position - 1] == "non"
        || found.last.map { $0.negated && Self.isListedAfter(words, from: lastEnd, to: position) } ?? false
        || isAnotherItemDenied(words, at: position)
      // "we dont really do retraining much": denied only in part.
      let hedged = isHedged(words, before: position) || later.contains(position) || down
        || words[(position + length)...].prefix(2).contains(where: Self.hedgesAfter.contains)
        || negated && words.contains(where: Self.partialDenials.contains)
      found += matches.map { Detection(signal: $0.signal, negated: negated, hedged: hedged, clause: clause) }
      position += length
      lastEnd = position
    }
    return found
  }

  /// Whether the word at `position` is what a course or talk is on: "designing a course on
  /// 'AI operations'", "giving a talk about llmops" names a subject, not their work.
  static func isTaughtTopic(_ words: ArraySlice<String>, at position: Int) -> Bool {
    guard position - 2 >= words.startIndex, topicPrepositions.contains(words[position - 1]) else { return false }
    return teachingStems.contains(words[position - 2])
  }

  /// Whether the word at `position` is what something is called ("my manager keeps calling it
  /// mlops", "they call this aiops"): a name someone uses, not what the speaker does.
  static func isWhatItIsCalled(_ words: ArraySlice<String>, at position: Int) -> Bool {
    let before = words[..<position].suffix(2)
    return before.last.map(callingStems.contains) == true
      || before.count == 2 && callingStems.contains(before.first!) && calledThings.contains(before.last!)
  }

  /// Verbs of calling something by a name (stemmed as clause words are).
  static let callingStems = WordSet(["call", "calls", "calling", "called", "labels", "labelled", "labeled", "brands", "branded"].map(Stemmer.stem))

  /// What is called by a name: "calling it mlops" (stemmed as clause words are).
  static let calledThings = WordSet(["it", "this", "that", "them", "everything", "stuff"].map(Stemmer.stem))

  /// Words between what is taught and its subject: "a course on", "a talk about".
  static let topicPrepositions: WordSet = ["on", "about", "in", "covering"]

  /// What is taught or presented (stemmed as clause words are).
  static let teachingStems = WordSet(
    ["course", "courses", "class", "module", "lecture", "lectures", "workshop", "talk", "syllabus", "curriculum", "unit", "seminar"]
      .map(Stemmer.stem))

  /// Words after something that say it was dropped (stemmed as clause words are).
  static let droppedStems = WordSet(["cancelled", "canceled", "scrapped", "axed"].map(Stemmer.stem))

  /// The nouns of a job posting (stemmed as clause words are).
  static let postingStems = WordSet(["ad", "ads", "posting", "postings", "jd", "listing", "advert"].map(Stemmer.stem))

  /// Whether "training" at `position` is of people, not of models: "training tracks for 2 ppl",
  /// "plan training for 3 ppl on my team" (stemmed as clause words are).
  static func trainsPeople(_ words: ArraySlice<String>, at position: Int, length: Int) -> Bool {
    guard length == 1, words[position] == trainingStem, position + 1 < words.endIndex else { return false }
    let next = words[position + 1]
    if coursewareStems.contains(next) { return true }
    return next == "for" && words[(position + 2)...].prefix(2).contains { peopleStems.contains($0) || $0.allSatisfy(\.isNumber) }
  }

  static let trainingStem = Stemmer.stem("training")

  /// What training of people comes as: "training tracks", "training courses" (stemmed).
  static let coursewareStems = WordSet(["tracks", "track", "courses", "course", "budget", "program", "programs"].map(Stemmer.stem))

  /// Who is trained: "training for 3 ppl", "training for my team" (stemmed).
  static let peopleStems = WordSet(["ppl", "people", "team", "staff", "employees", "engineers", "them", "us", "everyone"].map(Stemmer.stem))

  /// Words after something that say the speaker dislikes it (stemmed as clause words are).
  static let dislikingWords: WordSet = WordSet(["bores", "boring", "bored", "sucks", "tedious"].map(Stemmer.stem))

  /// Verbs of liking, which a negation before them turns against what came earlier in the
  /// clause (stemmed as clause words are).
  static let likingVerbs = WordSet(["enjoy", "enjoyed", "like", "liked", "love", "loved"].map(Stemmer.stem))

  /// Words that make a denial partial: "not really", "not much", "not often" (stemmed as
  /// clause words are).
  static let partialDenials: WordSet = WordSet(["really", "much", "often", "mostly", "anymore"].map(Stemmer.stem))

  /// The signal a track's own name gives when someone says it of their work.
  func namedTrack(_ word: String) -> Signal? {
    TrackID.named(word).map { track in
      Signal(phrase: track.rawValue, track: track, weight: Self.namedTrackWeight, source: KnownSection.advisor,
        reason: Phrases.namedTrackReason, bridge: false)
    }
  }

  /// Stems of words that make a track named in a clause something asked about or supposed,
  /// not the speaker's work: "i was asking about llmops", "if i moved to aiops", "mlops fit me?".
  static let notDoingStems = WordSet(
    ["ask", "asking", "asked", "meant", "if", "fit", "fits", "suit", "suits"].map(Stemmer.stem))

  /// How much a track named by someone speaking of their own work counts for it.
  static let namedTrackWeight = 2.0

  /// The signals whose phrase is the longest one starting at `position`: one per track it is
  /// listed for, the first in file order (phrases with the same stems, "retrain" and
  /// "retraining", count once).
  func longestSignals(in words: ArraySlice<String>, at position: Int) -> [(signal: Signal, length: Int)] {
    var found: [(signal: Signal, length: Int)] = []
    guard let candidates = byFirstWord[words[position]] else { return found }
    // Candidates are read in place, not copied out of the list one by one.
    for index in candidates.indices {
      let count = candidates[index].words.count
      if let length = found.first?.length, count < length { break }
      let end = position + count
      if end <= words.endIndex, words[position..<end].elementsEqual(candidates[index].words),
        !found.contains(where: { $0.signal.track == candidates[index].signal.track })
      {
        found.append((candidates[index].signal, count))
      }
    }
    return found
  }

  /// Whether a negation word stands at most `negationReach` words before `position`, or the
  /// signal is what something is set against: right after "than" or "instead of" ("chatbots
  /// more than dashboards"; "more than five years of forecasting" still counts forecasting).
  func isNegated(_ words: ArraySlice<String>, before position: Int) -> Bool {
    let start = max(words.startIndex, position - Self.negationReach)
    return words[start..<position].contains { negations.contains($0) } || Self.isSetAgainst(words, at: position)
      || Self.handsOff(words[start..<position]) || Self.movesOff(words[start..<position]) || Self.dropsWhatFollows(words[start..<position])
      || deniesNeeding(words[..<position])
  }

  /// Whether words drop the thing that follows them: "we're dropping the finetuning", "drop our
  /// chatbot"; a drop with no such word after it is no dropping ("latency drops in the evening").
  static func dropsWhatFollows(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { word, next in word == dropStem && thingOpeners.contains(next) }
  }

  static let dropStem = Stemmer.stem("dropping")

  /// Whether words say someone leaves the work that follows: "moving off fraud", "rolled off
  /// the churn project", "stepping away from the chatbot" (stemmed as clause words are).
  static func movesOff(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { word, next in movingStems.contains(word) && (next == "off" || next == "away") }
  }

  /// Verbs of someone or something leaving work, before "off", "away" or "to another team"
  /// (stemmed as clause words are).
  static let movingStems = WordSet(
    [
      "move", "moves", "moving", "moved", "roll", "rolling", "rolled", "rotate", "rotating", "rotated", "step", "stepping", "stepped",
      "come", "coming", "go", "goes", "going", "pass", "passes", "passing",
    ].map(Stemmer.stem))

  /// Whether a signal is one more item of what a negation or a word of dropping before it
  /// covers, however far: after "or" ("i dont deploy anything or touch vllm/tgi"), or, dropped,
  /// after "and" opening another thing ("forget the drift thing and the churn models"). Nothing
  /// between may start something new: "forget the agents and focus on llm serving", "forget the
  /// chatbot, i want …", "… but we do run the fraud model" keep what follows.
  func isAnotherItemDenied(_ words: ArraySlice<String>, at position: Int) -> Bool {
    guard let denial = words[..<position].lastIndex(where: { negations.contains($0) || Self.listDroppingStems.contains($0) }),
      !words[(denial + 1)..<position].contains(where: Self.newThingStems.contains)
    else { return false }
    return words[(denial + 1)..<position].indices.contains { place in
      let word = words[place]
      if word == "or" || word == "nor" { return position - place <= Self.negationReach }
      guard word == "and" || word == "plus", Self.listDroppingStems.contains(words[denial]) else { return false }
      return place + 1 == position || Self.thingOpeners.contains(words[place + 1])
    }
  }

  /// Verbs that drop a list of things told before ("forget the X and the Y"), stemmed.
  static let listDroppingStems = WordSet(["forget", "scratch", "scrap", "ignore", "disregard"].map(Stemmer.stem))

  /// Words that open a thing dropped or another thing in a list: "dropping the finetuning",
  /// "… and the churn models", "… and those agents" (stemmed).
  static let thingOpeners = WordSet(["the", "our", "my", "that", "this", "those", "these", "all", "any"].map(Stemmer.stem))

  /// Words that start something new after a list denied or dropped: a person, a contrast, a
  /// time or a reason (stemmed as clause words are).
  static let newThingStems = WordSet(
    ["i", "im", "we", "my", "our", "me", "us", "but", "now", "instead", "then", "so", "because", "since", "while", "just", "only"]
      .map(Stemmer.stem))

  /// Whether words deny needing or wanting what follows them, however far it is: "we do NOT
  /// need help with the fraud models", "i don't want to touch the k8s side of it".
  func deniesNeeding(_ words: ArraySlice<String>) -> Bool {
    words.indices.contains { place in
      guard negations.contains(words[place]) else { return false }
      // "i dont really want to be on call": a word of stress may stand between.
      let next = words.index(after: place)
      let verb = next < words.endIndex && Self.stressStems.contains(words[next]) ? words.index(after: next) : next
      return verb < words.endIndex && Self.needStems.contains(words[verb])
    }
  }

  /// Words that stress a verb after a negation: "dont really want" (stemmed).
  static let stressStems = WordSet(["really", "actually", "even", "particularly", "exactly"].map(Stemmer.stem))

  /// Verbs of needing or wanting, which a negation just before turns against the rest of the
  /// clause (stemmed as clause words are).
  static let needStems = WordSet(["need", "want", "care"].map(Stemmer.stem))

  /// Whether words hand work to someone else: "hand off", "handing over", "handed to",
  /// "phased out", "outsourced" ("the feature pipelines are getting handed off", "we're
  /// handing off the chatbot", "the fraud models will be handed to another team"); "hands-on"
  /// is no handing off (stemmed as clause words are).
  static func handsOff(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { word, next in
      (word == handStem || word == phaseStem) && (next == "off" || next == "over" || next == "out")
        || word == handStem && next == "to"
    } || words.contains(where: handedOffStems.contains)
  }

  static let handStem = Stemmer.stem("handing")
  static let phaseStem = Stemmer.stem("phased")
  /// Verbs that alone say work goes to someone else (stemmed as clause words are).
  static let handedOffStems = WordSet(["outsourced", "offloaded", "offloading", "transferred"].map(Stemmer.stem))

  /// Whether a signal follows the one before it as another item of the same list, so that a
  /// negation of the first reaches it too: "i don't really do governance or agent stuff".
  static func isListedAfter(_ words: ArraySlice<String>, from end: Int, to position: Int) -> Bool {
    position - end <= 2 && words[end..<position].contains { $0 == "or" || $0 == "nor" }
  }

  /// Whether the words just after a signal say it is not the speaker's or is over: "the fraud
  /// model isn't mine", "the chatbot is not really ours", "llms are not my thing", "the
  /// chatbot is the other team's", "the classifier is done", "the llm project got cancelled".
  func isDisowned(_ words: ArraySlice<String>, after end: Int) -> Bool {
    // "the drift/retraining thing was hypothetical": never theirs.
    if words[end...].contains(where: Self.unrealWords.contains) { return true }
    // "the anomaly detection thing was me arguing about gartner, not my job"; "the red teaming
    // stuff is actually my colleague priya's work, not mine".
    if saysNotTheirWork(words[end...]) || Self.saysNotMine(words[end...]) { return true }
    // "the claude pilot got cancelled": dropped, no longer their work ("shelved", "dropped" and
    // "killed" are left out: their stems are those of "shelves", "drops" and "killing").
    if words[end...].prefix(4).contains(where: Self.droppedStems.contains) { return true }
    // "the mlflow airflow thing was the job ad not me": from a posting, not their work.
    let said = words[end...].prefix(6)
    if said.contains(where: Self.copulas.contains), said.contains(where: Self.postingStems.contains) { return true }
    // "the rag chatbot was a mess and i didnt enjoy it": not what they want.
    if zip(words[end...], words[end...].dropFirst()).contains(where: { negations.contains($0) && Self.likingVerbs.contains($1) }) {
      return true
    }
    let next = words[end..<min(end + 5, words.endIndex)]
    // What it is said to be: "is done", "is the other team's", "belongs to another team"; a
    // word may finish its name first ("the chatbot pilot is the other team's").
    if let verb = next.prefix(2).firstIndex(where: Self.sayingVerbs.contains) {
      let said = next[(verb + 1)...]
      if said.first.map(Self.overWords.contains) == true { return true }
      // "the claims bot is owned by the digital team", unless by the speaker.
      if said.first.map(Self.owningWords.contains) == true, said.dropFirst().first == "by",
        !said.dropFirst(2).prefix(1).contains(where: Self.possessives.contains)
      {
        return true
      }
      if zip(said, said.dropFirst()).contains(where: { ($0 == "other" || $0 == "another") && Self.otherPeople.contains($1) }) {
        return true
      }
      // "the prompt stuff is my coworkers'": someone else's, though the speaker knows them;
      // "token costs are my boss's main worry" is a worry of the speaker's team.
      if said.first.map(Self.possessives.contains) == true, said.dropFirst().first.map(Self.colleagues.contains) == true,
        said.dropFirst(2).first.map(negations.contains) ?? true
      {
        return true
      }
    }
    if Self.handsOff(next) || Self.goesToOthers(next) { return true }
    // "serving/latency/k8s bores me": what the speaker dislikes.
    if next.contains(where: Self.dislikingWords.contains) { return true }
    guard let negation = next.firstIndex(where: negations.contains) else { return false }
    // "the rag thing isnt a maybe, its definitely happening": the doubt is denied, not the work.
    if next[(negation + 1)...].drop(while: { $0 == "a" || $0 == "just" }).first.map(Self.doubtWords.contains) == true {
      return false
    }
    // "Latency is killing us", "drift keeps stopping me": done to the speaker, not disowned
    // ("the prompt stuff is my coworkers, not me" is).
    if !Self.plainNegations.contains(next[negation]), next[(negation + 1)...].first.map(Self.speakerObjects.contains) == true {
      return false
    }
    // "the llm project got cancelled", "the chatbot was dropped".
    if negation > next.startIndex, Self.passiveVerbs.contains(next[negation - 1]) { return true }
    return next[(negation + 1)...].contains(where: Self.possessives.contains)
  }

  /// The words of owning after a negation that disowns what comes before it (stemmed as
  /// clause words are). Short lists compared with `==`, read after every signal.
  static let possessives = ["mine", "ours", "my", "our", "me", "us"].map(Stemmer.stem)

  /// The negation words that are no verb, after which "me" or "us" disowns (stemmed as clause
  /// words are).
  static let plainNegations = WordSet(["not", "no", "never", "nor"].map(Stemmer.stem))

  /// The speaker as the object of a verb of calling off, which then says what hurts them
  /// ("is killing us") rather than what is over (stemmed as clause words are).
  static let speakerObjects = WordSet(["us", "me"].map(Stemmer.stem))

  /// The verbs after a signal that say what it is or whose (stemmed as clause words are).
  static let sayingVerbs = ["is", "are", "was", "belongs"].map(Stemmer.stem)

  /// The verbs before a word of calling off that say it happened to what comes before them
  /// (stemmed as clause words are).
  static let passiveVerbs = WordSet(["got", "was", "were", "is", "been", "get", "gets"].map(Stemmer.stem))

  /// The people after "other" or "another" whose work something is (stemmed as clause words are).
  static let otherPeople = WordSet(["team", "teams", "group", "department", "person", "people"].map(Stemmer.stem))

  /// The people a speaker calls theirs whose work is still not the speaker's (stemmed as clause
  /// words are).
  static let colleagues = ["coworker", "coworkers", "colleague", "colleagues", "teammate", "teammates", "manager", "boss"]
    .map(Stemmer.stem)

  /// The words after "is" and before "by" that say whose something is (stemmed as clause words are).
  static let owningWords = WordSet(["owned", "run", "handled", "managed", "maintained", "built"].map(Stemmer.stem))

  /// The words after "is" that say something is over (stemmed as clause words are).
  static let overWords = WordSet(["done", "finished", "over", "gone", "retired"].map(Stemmer.stem))

  /// Words that say what came before them in a clause was only imagined (stemmed as clause
  /// words are).
  static let unrealWords = WordSet(["hypothetical", "imaginary", "hypothetically"].map(Stemmer.stem))

  /// Words of doubt, which a negation before them denies instead of the work (stemmed as
  /// clause words are).
  static let doubtWords = WordSet(["maybe", "perhaps", "possibility", "rumor", "rumour", "guess"].map(Stemmer.stem))

  /// Whether the words just before `position` set what follows aside: "than", "instead of",
  /// "done with", "away from" ("I'm done with MLOps", "moving away from chatbots").
  static func isSetAgainst(_ words: ArraySlice<String>, at position: Int) -> Bool {
    let before = words[words.startIndex..<position].suffix(2)
    // "more than the llm stuff", "more than the llm evals": "than" may stand a few words before.
    return words[words.startIndex..<position].suffix(3).contains("than") || settingAside.contains { before.elementsEqual($0) }
  }

  /// The word pairs that set aside what follows them.
  static let settingAside: [[String]] = [["instead", "of"], ["done", "with"], ["away", "from"]]

  /// The positions a clause puts later on: those before "soon" or "next" and a span of time,
  /// back to the last "and" ("we have two recommendation models in prod and we're adding an
  /// LLM support agent next quarter" puts only the agent later); when the time opens the
  /// clause, those after it, up to the next "and" ("my manager say next year we make also
  /// chatbot for customer").
  static func spanPutLater(_ words: ArraySlice<String>) -> Range<Int> {
    let marker = words.indices.first { index in
      words[index] == "soon" || (words[index] == "next" && index + 1 < words.endIndex && timeSpans.contains(words[index + 1]))
    }
    // "The genai thing is going to be my main job from next quarter", "next quarter we switch to
    // prompting claude instead": settled, not a maybe.
    guard let marker, !callsItTheirMainWork(words[..<marker]), !words.contains(where: replacingStems.contains) else {
      return words.startIndex..<words.startIndex
    }
    if marker - words.startIndex <= laterOpeningWords, !callsItTheirMainWork(words[marker...]) {
      return marker..<(words[marker...].firstIndex(of: "and") ?? words.endIndex)
    }
    let start = words[..<marker].lastIndex(of: "and").map { $0 + 1 } ?? words.startIndex
    return start..<marker
  }

  /// Words of replacing one way of working by another: a change planned with them is settled.
  static let replacingStems = WordSet(["switch", "switching", "instead", "replace", "replacing"].map(Stemmer.stem))

  /// The most words before a time that opens a clause putting what follows later ("my manager
  /// say next year …").
  static let laterOpeningWords = 3

  /// Whether words call something the speaker's main work: "my main job", "our main focus",
  /// "my whole job", "most of my time", "70% of my job" (stemmed as clause words are).
  static func callsItTheirMainWork(_ words: ArraySlice<String>) -> Bool {
    words.indices.contains { place in
      guard possessives.contains(words[place]) else { return false }
      let after = words[(place + 1)...]
      if let first = after.first, first == mainStem || first == wholeStem {
        return after.dropFirst().first.map(workStems.contains) == true
      }
      return after.first.map(workStems.contains) == true && place - 2 >= words.startIndex && words[place - 1] == "of"
        && isMostOf(words[place - 2])
    }
  }

  /// Whether a clause opens by saying what a track is ("AIOps is gartner term for AI for IT
  /// operations"): in a line that names no one, what it names is the track's, not their work.
  static func claimsAboutATrack(_ words: ArraySlice<String>) -> Bool {
    let opened = words.drop(while: DialogueAct.leadingFillers.contains)
    return opened.count > 2 && TrackID.named(opened[opened.startIndex]) != nil && claimingVerbs.contains(opened[opened.startIndex + 1])
  }

  /// Whether a line names a track and says where something belongs: "that's prompt ops
  /// territory, not aiops", "guardrails belong to llmops".
  static func placesSomethingInATrack(_ parsed: ParsedInput) -> Bool {
    !parsed.tracks.isEmpty && parsed.words.contains(where: placingWords.contains)
  }

  /// Words that say where something belongs.
  static let placingWords: WordSet = ["territory", "belongs", "belong", "realm", "falls"]

  /// The verbs after a track's name that say what it is: "AIOps is …", "mlops means …".
  static let claimingVerbs: WordSet = ["is", "means", "was", "are", "stands", "refers"]

  /// Whether words say "not my job", "not our work" or the like, anywhere.
  func saysNotTheirWork(_ words: ArraySlice<String>) -> Bool {
    words.indices.dropLast(2).contains { place in
      negations.contains(words[place]) && Self.possessives.contains(words[place + 1]) && Self.workStems.contains(words[place + 2])
    }
  }

  /// Whether a clause says what it names is another team's or someone else's ("prometheus and
  /// grafana are the ops teams thing", "that's the data team's job", "the models are someone
  /// elses job"): a team's or someone else's job or thing, with no "I", "my" or "our" in the
  /// clause (stemmed as clause words are).
  static func givesItToAnotherTeam(_ stems: ArraySlice<String>, _ classes: ArraySlice<WordClass>) -> Bool {
    guard !classes.contains(where: { $0.contains(.firstPerson) }) else { return false }
    return zip(stems, stems.dropFirst()).contains { othersStems.contains($0) && othersWorkStems.contains($1) }
  }

  /// Who else a job can be of: "the ops teams thing", "someone elses job" (stemmed).
  static let othersStems = WordSet(["teams", "else", "elses"].map(Stemmer.stem))

  /// What a team has that is theirs: "the ops teams thing", "the data teams job" (stemmed;
  /// "job" is read as its synonym "career").
  static let othersWorkStems = WordSet(
    ["thing", "job", "career", "stuff", "domain", "problem", "area", "responsibility", "turf"].map(Stemmer.stem))

  /// Whether words say "not mine" or "not me" of what came before them.
  static func saysNotMine(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { $0 == "not" && ($1 == "mine" || $1 == "me") }
  }

  /// Whether a clause calls something the speaker's main work, as `callsItTheirMainWork` does,
  /// or with "main" or "most" before work without a possessive ("fraud model is main work",
  /// "the llm stuff is most of the work", "the RAG product is 80% of revenue").
  static func callsSomethingTheirMainWork(_ words: ArraySlice<String>) -> Bool {
    guard words.contains(where: { $0 == mainStem || $0 == "of" }) else { return false }
    return callsItTheirMainWork(words)
      || zip(words, words.dropFirst()).contains { ($0 == mainStem || $0 == mostStem) && workStems.contains($1) }
      || words.indices.dropFirst(2).contains { place in
        words[place - 1] == "of" && (words[place - 2] == mostStem && ["the", "it"].contains(words[place])
          || isMostOf(words[place - 2]) && workStems.contains(words[place]))
      }
  }

  static let mostStem = Stemmer.stem("most")

  /// Whether a word before "of my job" says it is most of it: "most", "majority", "bulk", or a
  /// share of 50 or more ("70% of my job" is read "70 of my job").
  static func isMostOf(_ word: String) -> Bool {
    ["most", "majority", "bulk"].contains(word) || Int(word).map { (50...100).contains($0) } == true
  }

  /// Whether a clause gives something a small share of their time or job: "10% of my time"
  /// (read "10 of my time"), "maybe 20 percent of the job".
  static func isSmallShare(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { word, next in
      Int(word).map { (1..<smallShare).contains($0) } == true && (next == "of" || next == percentStem)
    }
  }

  /// The share of their time, in percent, under which work is played down: a third or less
  /// ("the rag thing is like 30% of my time").
  static let smallShare = 34
  static let percentStem = Stemmer.stem("percent")

  static let mainStem = Stemmer.stem("main")
  static let wholeStem = Stemmer.stem("whole")
  /// What "main" or "whole" may call their work; "job" and "role" are read as "career" first.
  static let workStems = WordSet(
    ["career", "job", "work", "focus", "role", "thing", "time", "day", "week", "revenue", "hours", "income"].map(Stemmer.stem))

  /// Spans of time after "next" that put a plan later on (stemmed as clause words are).
  static let timeSpans: WordSet = WordSet(["week", "month", "quarter", "year", "sprint", "spring", "summer"].map(Stemmer.stem))

  /// Whether a clause plays down what it names ("the gpt thing is a side task", "the LLM part
  /// is minor", "governance is a later problem"): its signals count as a maybe does, wherever
  /// the words stand.
  static func playsDown(_ words: ArraySlice<String>) -> Bool {
    words.contains(where: minorStems.contains) || isSmallShare(words)
      // "(I'm fine with k8s, docker, grafana etc)", "that was just me saying I already know infra".
      || zip(words, words.dropFirst()).contains { first, second in onlyKnowingPairs.contains { $0.0 == first && $0.1 == second } }
      // "governance is a later problem", "cost is low priority for now".
      || zip(words, words.dropFirst()).contains { deferringStems.contains($0) && concernStems.contains($1) }
      || words.indices.dropLast().contains { place in
        // "the chatbot is the SMALL part", "the llm thing is small".
        let next = words[place + 1] == "the" || words[place + 1] == "a" ? place + 2 : place + 1
        return next < words.endIndex && copulaStems.contains { $0 == words[place] } && smallStems.contains(words[next])
      }
      || zip(words.indices, words.dropFirst()).contains { place, next in
        words[place] == sideStem && (sideNouns.contains { $0 == next } || next == projectStem && saysItWas(words, before: place))
      }
  }

  /// Whether "a" and a form of "be" come just before `place` ("the llm thing was a side
  /// project"): said of something, a side project plays it down; "my chatbot side project" does not.
  static func saysItWas(_ words: ArraySlice<String>, before place: Int) -> Bool {
    place - 2 >= words.startIndex && words[place - 1] == "a" && copulaStems.contains { $0 == words[place - 2] }
  }

  /// Stems of the words that say they only know something, or only mentioned it: what they
  /// know is background, not their work.
  static let onlyKnowingPairs = [
    ("already", "know"), ("fine", "with"), ("comfortable", "with"), ("familiar", "with"), ("me", "saying"),
  ].map { (Stemmer.stem($0.0), Stemmer.stem($0.1)) }

  static let projectStem = Stemmer.stem("project")
  static let copulaStems = ["is", "was", "s", "just", "only"].map(Stemmer.stem)

  /// Stems of the words that call something minor after "is" ("the llm thing is small"; a small
  /// team is no small work).
  static let smallStems = WordSet(["small", "tiny", "little"].map(Stemmer.stem))

  /// Stems of the words that put a concern off ("a later problem", "low priority").
  static let deferringStems = WordSet(["later", "low", "lower", "future"].map(Stemmer.stem))
  static let concernStems = WordSet(["problem", "issue", "concern", "worry", "priority"].map(Stemmer.stem))

  /// Stems of the words that call something minor.
  static let minorStems = WordSet(["minor", "secondary", "marginal", "afterthought", "unimportant"].map(Stemmer.stem))

  /// The stem of "side", and of what a side thing is ("a side task", "a side thing"; "a side
  /// project" only as `saysItWas`).
  static let sideStem = Stemmer.stem("side")
  static let sideNouns = WordSet(["task", "thing", "quest"].map(Stemmer.stem))

  /// Hedges that make what comes just before them a maybe: "drift maybe later", "agents
  /// eventually" (stemmed as clause words are).
  static let hedgesAfter = WordSet(["maybe", "perhaps", "possibly", "eventually", "someday"].map(Stemmer.stem))

  /// Whether a hedge word, or "in case", stands anywhere before `position` in the clause ("in
  /// case i end up at a place doing classic ml").
  func isHedged(_ words: ArraySlice<String>, before position: Int) -> Bool {
    let before = words[words.startIndex..<position]
    return before.contains { hedges.contains($0) } || zip(before, before.dropFirst()).contains { $0 == "in" && $1 == "case" }
  }
}

