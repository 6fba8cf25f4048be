/// The advisor's own wording around answers: headings, prompts and notices.
///
/// Answers themselves live in `intents/`; this is the one place for the words that frame them.
public enum Phrases {
  static let factorColumn = "Factor"
  static let didYouMean = "I'm not sure which of these you mean. Reply with a number, or rephrase:"
  static let oneShotChoices = """
    This was a single question, so there is no next turn to reply in: ask again with the one you \
    meant in your own words, or run opsadvisor with no arguments to talk it through.
    """
  static let oneShotStory = """
    This was a single question, so nothing is kept for the next one: put your work and your \
    question in one line, for example: opsadvisor ask "I run a RAG chatbot, which track should I choose?"
    """
  static let orDidYouMean = "If you meant something else, reply with a number:"

  /// Before the comparison of two tracks asked whether they are the same.
  static let notTheSame = "Not as my source tells it: it sets the two apart on every row of its comparison."

  /// After the reasons of a recommendation some of whose evidence was taken back since.
  static let someReasonsTakenBack =
    "Some of what I went by then you have taken back since, so it is left out above; ask \"which track should I choose?\" for a fresh recommendation."

  /// Before where a track has a concept asked as a reason to pick it.
  static let pickedByTheSystemType =
    "My source picks a track by the kind of system you mostly work on rather than by any one concern. Here is where it places the one you asked about:"

  /// After a best guess, the one other reading offered.
  static func orDidYouMeanOne(_ label: String) -> String {
    "If you meant \(label) instead, reply 1."
  }
  static let readAs = "(I read"
  static let resetDone = "Starting over: I've forgotten the conversation so far."
  static let saveNeedsFile = "Usage: /save FILE (or /save! FILE to replace an existing file)."
  static let noSuchChoice = "There is no choice with that number."
  /// For a number typed when no numbered list waits for an answer.
  /// Before a point of the last answer said again ("the second one").
  static func pointAgain(_ ordinal: String) -> String {
    "The \(ordinal) point of my last answer was:"
  }

  /// After a point said again.
  static let pointIsAllItSays =
    "That is all my source says on it there; ask about any word of it, or \"where does it say that?\" for the sections it comes from."

  static let noChoicesPending =
    "There's no numbered list to pick from right now. Ask in your own words, for example \"what tools does LLMOps use?\", or type /help."

  /// The interactive session's one-line greeting.
  public static func banner(version: String) -> String {
    "OpsAdvisor \(version): ask about MLOps, LLMOps and AIOps. /help for help, Ctrl-D to leave."
  }

  static let gotIt = "Got it."
  /// For "yeah" or "both" as the answer to an interview question of `count` options.
  static func whichOption(_ count: Int) -> String {
    "Which of them? Answer with a number from 1 to \(count), several joined by \"and\" (\"1 and 2\"), or \"not sure\"."
  }
  static let interviewLeft = "All right, no more questions. Ask me anything about the three tracks, or ask \"which track should I choose?\" when you want a recommendation."

  /// After an interview answer that points to several tracks.
  static func gotSeveral(_ tracks: [String]) -> String {
    "Got it: a mix of \(tracks.joined(separator: " and "))."
  }
  static let interviewOffer = "If you'd rather not weigh the cards yourself, ask \"which track should I choose?\" and I'll ask you three quick questions about your work."
  /// The reason a track named by someone speaking of their own work counts for it.
  static let namedTrackReason = "you named this track yourself, speaking of your own work"
  /// How a reason resting on general knowledge rather than the comparison is marked.
  static let outsideTheComparison = "Outside the comparison: "
  static let backToQuestion = "Back to my question:"
  /// After three turns in a row that passed the pending interview question.
  static let interviewSetAside = "I'll leave my questions there. Ask \"which track should I choose?\" when you want them back, or tell me about your work in your own words."
  static let interviewHint = "Answer with a number or in your own words; \"skip\" or \"not sure\" is fine too."
  static let noClearPicture = "I still don't have a clear picture of your work, so here is the general advice."
  static let why = "Why:"
  static let emptyProfile = "I haven't picked up anything about your work yet. Tell me what you build or operate, and I'll keep track of what it points to."
  static let profileHeading = "What your words point to so far:"
  static let evidenceHeading = "Evidence:"

  /// After the evidence listed, when older items count in the scores but are not kept.
  static func unlistedEvidence(_ count: Int) -> String {
    "Only the \(Profile.evidenceLimit) most recent items are listed; \(count) earlier \(count == 1 ? "one counts" : "ones count") in the scores too."
  }

  static func interviewIntro(_ count: Int) -> String {
    "Let's work it out together: \(count) quick questions."
  }

  static func questionNumber(_ number: Int, of count: Int) -> String {
    "Question \(number) of \(count): "
  }

  static func interviewReason(_ prompt: String) -> String {
    "your answer to \"\(prompt)\""
  }

  /// Before the projects, when an example of the work was asked for.
  static let examplesAreItsProjects = "My source gives no worked examples of the work itself; the nearest it comes are the projects it lists:"

  static func coveredEverything(_ track: String) -> String {
    "That covers what I know about \(track). Here is its column of the comparison table:"
  }

  /// Before the reasons a described job or system points to a track.
  /// Asked again about someone placed earlier in the conversation.
  /// When asked to place several people at once.
  static let describeEachPerson =
    "Happy to place each of them. Tell me about one person at a time, with their name and what they work on (for example \"first is priya, she maintains our churn models\"), then ask \"which track for priya?\" or \"which track should each of them take?\"."

  /// Before a topic asked for someone placed before.
  static func topicForSomeonePlaced(_ name: String, track: String) -> String {
    "For \(DisplayText.sanitized(name, limit: 40).capitalizedFirst), whose work you told me points to \(track):"
  }

  static func placedBefore(_ name: String, track: String) -> String {
    "What you told me of \(DisplayText.sanitized(name, limit: 40).capitalizedFirst) points to \(track)."
  }

  /// Before the reasons of the track what a line describes points to (a job posting, someone else's work).
  static func itDescribesPointsTo(_ track: String) -> String {
    "What that describes points to \(track)."
  }

  /// Before the reasons of the track what was just told points to ("which track is that under").
  static func thatPointsTo(_ track: String) -> String {
    "What you just told me points to \(track)."
  }

  /// Before the recommendation given again when asked whether it changed, and it did not.
  static func recommendationStays(_ track: String) -> String {
    "My recommendation stays \(track), with what you've told me since taken in."
  }

  /// How sure a recommendation is, from the scores of the tracks: the advisor's own reading.
  static func howSure(_ track: String, recommended: Bool, clear: Bool, scores: String, items: Int) -> String {
    let lead = clear ? "a clear lead" : "a narrow lead, so a little more about your work could change it"
    let what = recommended ? "my recommendation of \(track)" : "my leaning to \(track) (I haven't recommended a track yet)"
    return "\(outsideTheComparison)\(what) rests on \(items) thing\(items == 1 ? "" : "s") you said, "
      + "and it has \(lead). What your words point to: \(scores). Ask /why for what each counted for."
  }

  /// Before the thin parts of what a recommendation or leaning rests on.
  static let whatIsThin = "What it rests on that is thin:"

  /// A part of the lead said as a maybe.
  static func saidAsAMaybe(_ words: String) -> String {
    "You said \"\(words)\" as a maybe, so it counts half."
  }

  /// A part of the lead that only the advisor's own mapping ties to the track.
  static func myOwnMapping(_ quoted: [String]) -> String {
    "\(list(quoted, joinedBy: "and")) count\(quoted.count == 1 ? "s" : "") through my own mapping (general knowledge), not through the comparison itself."
  }

  /// What no longer counts, taken back as a whole ("forget that").
  static func takenBack(_ quoted: [String]) -> String {
    "Taken back: I no longer count what you said in " + list(quoted.map { "\"\($0)\"" }, joinedBy: "and") + "."
  }

  /// Where the person's words point once something was taken back.
  static func leaningNow(_ track: String) -> String {
    "What you've told me now points most to \(track)."
  }

  static let noLeaningNow = "Nothing you've told me points to one track now."

  /// Asked how sure it is before anything was told.
  static let nothingToBeSureOf =
    "I can't be sure or unsure about you yet: you haven't told me about your work. Tell me what you do day to day, or ask \"which track should I choose?\" and I'll ask a few questions."

  /// Before the cards of the tracks not recommended ("what would change your mind?").
  static func wouldChangeIf(_ track: String) -> String {
    "It would change if more of your work looked like another track's than like \(track)'s. This is when my source leans to each of the others:"
  }

  /// Before the recommendation a what-if would get ("and if i moved to the chatbot team?").
  static let ifThatWereSo = "If that were so, this is how I'd read your work, taking it in as you put it:"

  /// Before a what-if's recommendation that is the one given before.
  static func ifThatWereSoItStays(_ track: String) -> String {
    "If that were so, my recommendation would stay \(track), taking it in as you put it:"
  }

  /// Before a what-if's recommendation that differs from the one given before.
  static func ifThatWereSoItChanges(from before: String, to after: String) -> String {
    "If that were so, my recommendation would change from \(before) to \(after), taking it in as you put it:"
  }

  /// After the recommendation a what-if would get.
  static let whatIfLeavesTheProfile = "That was only a what-if: what you've told me stays as it was. Tell me if it becomes your work."

  /// The opening of what changed a recommendation ("what changed?").
  static func recommendationWentFrom(_ before: String, to now: String) -> String {
    "My recommendation went from \(before) to \(now)."
  }

  /// Before the words a recommendation that was replaced rested on.
  static func itRestedOn(_ track: String) -> String { "\(track) rested on what you had said then:" }

  /// Before the words that point to the track recommended now.
  static func nowPointsTo(_ track: String) -> String { "What you said since points to \(track):" }

  /// When a recommendation that was replaced rested on nothing they said, only on the interview or the cards.
  static func restedOnNoWords(_ track: String) -> String { "\(track) rested on no words of yours, only on the cards of how to choose." }

  /// Before a recommendation of another track than the one recommended before in the conversation.
  static func recommendationChanged(from before: String, to now: String) -> String {
    "That changes my recommendation from \(before) to \(now), from what you've told me since."
  }

  static func recommend(_ track: String) -> String {
    "Based on what you've told me, I'd recommend \(track)."
  }

  static func mixedProfile(_ first: String, second: String) -> String {
    "What you've told me points more than one way: both \(first) and \(second) fit parts of your work."
  }

  /// After the reasons for AIOps when all of them are IT operations work, with no AI system.
  /// After AIOps's tools, for someone whose AIOps evidence is IT operations work only.
  static let toolsAreForAISystems = outsideTheComparison
    + "what you've told me is IT operations work (alerts, incidents, on-call). These tools are for running AI systems; my source does not cover AI tooling for IT operations, such as cutting down alert noise, so it can't point you to any."

  static let onlyITOperations = outsideTheComparison
    + "everything that points you to AIOps is IT operations work (alerts, incidents, on-call, infrastructure tooling), and nothing you've told me involves an AI system yet. My source's AIOps is about running AI systems: LLMs, agents and AI platforms, their observability, governance and reliability. It does not cover AI applied to IT operations, so take AIOps as the nearest track rather than a fit, and tell me about any models, LLMs or AI platforms you work with."

  /// After the reasons for AIOps when the person said they work with no AI system.
  static let noAISystemSaid = outsideTheComparison
    + "you said your work involves no AI system. My source's three tracks are all about running AI systems (ML models, LLMs, AI platforms), and its AIOps does not cover AI applied to IT operations, so take AIOps as the nearest track rather than a fit: it is the one about platform observability and reliability, which sits closest to operations work."

  /// After a tools answer, asked which of them the person knows: those they told of.
  static func namedTheseTools(_ tools: [String]) -> String {
    "Of these, you've told me you work with \(list(tools, joinedBy: "and"))."
  }

  /// After a tools answer, asked which of them the person knows, when they told of none.
  static let namedNoneOfTheTools = "You haven't told me you work with any of these yet."

  /// Before the other places of the source a concept comes up in.
  static let alsoComesUp = "It also comes up here:"

  /// One place of the source a concept comes up in: the track, the part, and what it says there.
  static func placeItem(_ track: String, part: String, fragment: String) -> String {
    "\(track), \(part): \(fragment)"
  }

  /// How the advisor works, asked of itself ("are you just matching keywords?").
  static let howTheAdvisorWorks = "I'm a small program, not a language model. I match your question against example questions written for each of my answers, by its words and by what it names (a track, a factor of the comparison), and I read what you tell me about your own work for words that point to a track. Every answer restates my one source, the tracks comparison, and says which sections it comes from; /why shows how I read your last line, and /profile what I've counted from your work and why."

  /// After a line that tells they work with no AI system.
  static let noAISystemNoted = outsideTheComparison
    + "noted that your work involves no AI system so far. My source's three tracks are all about running AI systems (ML models, LLMs, AI platforms), so none of them fits work without one; if you ask which track to choose, I'll name the nearest and say so. Tell me about any models, LLMs or AI platforms you do work with."

  /// After a statement naming AIOps for IT operations work.
  static let aiopsForITOperations = outsideTheComparison
    + "IT operations work such as alerts, incidents and on-call is what the other meaning of \"AIOps\" is about: AI applied to IT operations. My source's AIOps is about running AI systems, with their observability, governance and reliability, and does not cover that meaning."

  static func mixedAdvice(_ first: String, second: String) -> String {
    outsideTheComparison + "my own advice is to start with \(first) and take \(second) next; my source does not say which to learn first."
  }

  static func whyNot(_ track: String, score: Double, against other: String, otherScore: Double) -> String {
    guard score > 0 else { return "Nothing you've said so far points to \(track)." }
    return "\(track) scored \(ReplyJSON.number(score)) against \(ReplyJSON.number(otherScore)) for \(other), from:"
  }

  /// Before what the person said that points to a track ("is that LLMOps?").
  static func whatPointsTo(_ track: String) -> String {
    "What you've told me that points to \(track):"
  }

  /// When nothing the person said points to a track they ask about.
  static func nothingPointsTo(_ track: String) -> String {
    "Nothing you've told me so far points to \(track)."
  }

  /// Before who another track fits is set against where the person's words lean.
  static func wordsPointMostTo(_ track: String) -> String {
    "From what you've told me, your words point most to \(track)."
  }

  /// Before "why not" answered from the profile, before any recommendation.
  static func leaningSoFar(_ track: String) -> String {
    "I haven't recommended a track yet; so far your words point most to \(track)."
  }

  /// The first reason of a recommendation that follows where the person wants to go.
  static func wantsToMove(_ words: String) -> String {
    "You said \"\(DisplayText.sanitized(words, limit: 80))\": my source's career mapping looks at where you come from "
      + "and at the AI work you hope to grow into, so I go by where you want to go."
  }

  /// After a recommendation that follows an aspiration, when their work today points elsewhere.
  static func todayPointsElsewhere(_ track: String) -> String {
    "What you do today points most to \(track). If you'd rather stay with it, say so and I'll go by that."
  }

  /// After why another track was not recommended.
  static func recommendationStands(_ track: String, aspired: Bool) -> String {
    let because = aspired ? ", where you said you want to go" : ""
    return "So my recommendation is still \(track)\(because); ask \"why?\" for my reasons."
  }

  static func recommendedBecause(_ track: String, mixed: Bool = false) -> String {
    // After "points more than one way", the track was where to start, not a verdict.
    mixed ? "Your work pointed more than one way; I suggested starting with \(track) for these reasons."
      : "I recommended \(track) for these reasons."
  }

  /// What they said and why it counts: the source's reasons first, then, in a sentence of their
  /// own marked once, the advisor's ("You said "…". Outside the comparison: a chatbot is an
  /// LLM product…; OpenAI-based…").
  static func youSaid(_ words: String, reasons: [String]) -> String {
    withReasons("You said \"\(words)\"", reasons)
  }

  /// Before the topics the source says nothing about.
  static let leftOutTopics = "My source stays with the three tracks. It says nothing about these, so neither can I:"

  /// The fields next door the source does not name.
  static func leftOutFields(_ names: [String]) -> String {
    "Nor does it describe the fields next door: " + list(names, joinedBy: "or") + "."
  }

  /// Before the list of topics a recap of the conversation gives.
  static let coveredSoFar = "Here is what we have gone over so far:"

  /// A recap asked before anything was answered.
  static let nothingCoveredYet = "We haven't gone over anything yet."

  /// Between a recap's list and the short version of the whole comparison.
  static let inShort = "And the comparison as a whole, in short:"

  /// Before a topic's answer for the one track the work a question describes points to.
  static func workPointsTo(_ track: String, reasons: [String]) -> String {
    withReasons("That is \(track) work", reasons)
  }

  /// `statement`, then the comparison's own reasons after a colon, then those from outside it,
  /// marked as such.
  static func withReasons(_ statement: String, _ reasons: [String]) -> String {
    // "sklearn" and "xgboost" give one reason, said once; one that another reason ends with
    // ("incident work is reliability engineering, …" after "PagerDuty is an incident tool, and
    // incident work is …") is said within it.
    let bare = { (reason: String) in reason.hasPrefix(outsideTheComparison) ? String(reason.dropFirst(outsideTheComparison.count)) : reason }
    let reasons = reasons.enumerated().filter { item in
      !reasons[..<item.offset].contains(item.element)
        && !reasons.contains { other in other != item.element && bare(other).hasSuffix(bare(item.element)) }
    }.map(\.element)
    let outside = reasons.filter { $0.hasPrefix(outsideTheComparison) }.map { $0.dropFirst(outsideTheComparison.count) }
    let own = reasons.filter { !$0.hasPrefix(outsideTheComparison) }.joined(separator: "; ")
    let said = statement + (own.isEmpty ? "." : ": " + own + ".")
    return outside.isEmpty ? said : said + " " + outsideTheComparison + outside.joined(separator: "; ") + "."
  }

  /// The advisor's own suggestion of a next step, marked as its own, naming the skills and a
  /// project the source lists for `track`.
  static func nextStep(_ track: String, skills: [String], project: String) -> String {
    let list = skills.map { $0.lowercasedFirst }.joined(separator: "; ")
    return "Next step. \(outsideTheComparison)my own suggestion is to practise the skills my source lists for \(track) (\(list)) and to build a first project from its list, such as \"\(project)\"."
  }

  /// The advisor's own suggestion, marked as its own, of what to look for in a hire for
  /// `track`: the roles and the skills the source names for it.
  static func whatToLookForInAHire(_ track: String, titles: String, skills: [String]) -> String {
    let list = skills.map { $0.lowercasedFirst }.joined(separator: "; ")
    let roles = titles.hasSuffix(".") ? String(titles.dropLast()) : titles
    return "For the hire. \(outsideTheComparison)my source compares the tracks for people choosing what to learn, not for hiring; my own suggestion is to look for the roles it names for \(track) (\(roles)) and for someone who has practised its skills (\(list))."
  }

  static func leaning(_ track: String?) -> String {
    track.map { "Leaning: \($0)." } ?? "Leaning: none yet, no track has a clear lead."
  }

  /// An item of evidence in the conversation: what they said and why it counts.
  /// What they denied ("not platform") says it counts against the track.
  static func plainEvidenceLine(phrase: String, reason: String, against: Bool = false) -> String {
    let quoted = quoted(evidence: phrase) + (against ? " (counted against it)" : "")
    return reason.hasPrefix(outsideTheComparison) ? "\(quoted). \(reason)" : "\(quoted): \(reason)"
  }

  /// Before what was heard for a track not recommended, in the conversation.
  static func plainWhyNot(_ track: String, score: Double, against other: String, otherScore: Double) -> String {
    guard score > 0 else { return "Nothing you've said so far points to \(track)." }
    if score < otherScore { return "Less of what you've said points to \(track) than to \(other):" }
    if score > otherScore { return "More of what you've said points to \(track) than to \(other):" }
    return "As much of what you've said points to \(track) as to \(other):"
  }

  static func evidenceLine(track: String, weight: Double, turn: Int, phrase: String, reason: String, section: String) -> String {
    let signed = (weight > 0 ? "+" : "") + ReplyJSON.number(weight)
    return "\(track) \(signed) for \(quoted(evidence: phrase)) (turn \(turn)): \(reason) [\(section)]"
  }

  /// A phrase of evidence in quotation marks, with the "not" or "maybe" it was heard with
  /// outside them (`maybe "chatbot"`): those words are how it was read, not what was said.
  static func quoted(evidence phrase: String) -> String {
    for marker in ["not ", "maybe "] where phrase.hasPrefix(marker) {
      return marker + "\"\(phrase.dropFirst(marker.count))\""
    }
    return "\"\(phrase)\""
  }

  /// After "Noted: …" for a story about one's work that is otherwise outside the comparison
  /// ("ios dev here, I just shipped a feature that calls the openai api").
  static let notedBesideTheRest = """
    The rest of that is outside what I cover, but what you said about your work counts: ask "which \
    track should I choose?" whenever you're ready.
    """

  /// What a turn's signals were taken to mean, or nil when there were none.
  static func noted(_ detections: [SignalDetector.Detection], names: Vocabulary) -> String? {
    guard !detections.isEmpty else { return nil }
    // A phrase said several times is named once, as it counts once (`Profile.absorb`).
    let distinct = SignalDetector.distinct(detections)
    let parts = TrackID.allCases.compactMap { track -> String? in
      let found = distinct.filter { $0.signal.track == track }
      guard !found.isEmpty else { return nil }
      // What was said comes before what was denied, set apart, so that one "not" is not read
      // as denying the phrases after it ("k8s", "clusters"; not "gateway").
      let said = found.filter { !$0.negated }.map { ($0.hedged ? "maybe " : "") + "\"\($0.signal.phrase)\"" }
      let denied = found.filter(\.negated).map { "not \"\($0.signal.phrase)\"" }
      let groups = [said, denied].filter { !$0.isEmpty }.map { $0.joined(separator: ", ") }
      return "\(names.track(track).name) (\(groups.joined(separator: "; ")))"
    }
    return "Noted: " + parts.joined(separator: "; ") + "."
  }

  /// "Why?" after a plain answer: how the line was read, without the matcher's ids and scores.
  static func readAs(_ input: String, label: String, words: [String]) -> String {
    let going = words.isEmpty ? "" : ", going by the words " + list(words.map { "\"\($0)\"" }, joinedBy: "and")
    return "I took \"\(input)\" as asking about \(label)\(going). If you meant something else, ask it in other words, "
      + "or type /why for the details of how it was matched."
  }

  static func understoodAs(_ input: String, label: String, id: String, confidence: Double) -> String {
    "I read \"\(input)\" as \(label) (intent \(id)), confidence \(ReplyJSON.number(confidence))."
  }

  static func runnersUp(_ readings: [String]) -> String {
    "Other readings I weighed: " + readings.joined(separator: "; ") + "."
  }

  static func decidingWords(_ words: [String]) -> String {
    "The words that decided it: " + words.joined(separator: ", ") + "."
  }

  /// What `/save` says where no file is written (the core alone, as in replay).
  static func saving(_ path: String) -> String {
    "Saving the conversation so far to \(DisplayText.sanitized(path)) (files are written by the terminal front end, not during replay)."
  }

  /// After `/save` wrote the file; the replay command names the `--intents` folder the session read.
  public static func saved(_ turns: Int, to path: String, intents: String? = nil) -> String {
    let folder = intents.map { "--intents \(shellQuoted(DisplayText.sanitized($0))) " } ?? ""
    return "Saved \(turns) turn\(turns == 1 ? "" : "s") to \(DisplayText.sanitized(path)). Replay it with: opsadvisor \(folder)replay \(shellQuoted(DisplayText.sanitized(path)))"
  }

  /// A path as a shell command takes it: as it is when it has only letters, digits and
  /// `._/+-@%=:,`, else in single quotes ("rag notes.transcript" → 'rag notes.transcript').
  static func shellQuoted(_ path: String) -> String {
    let plain = !path.isEmpty && path.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || "._/+-@%=:,".unicodeScalars.contains(scalar)
    }
    return plain ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }

  /// When a line was too long to read whole.
  static func inputCut(_ limit: Int) -> String {
    "(That was a long message: I read only its first \(limit) characters.)"
  }

  /// When a session is too long for `/save`.
  /// When `/save` has no turn to write: none since the start or the last `/reset`.
  public static let nothingToSave = "There is nothing to save yet: no question since the start or the last /reset. Nothing was written."

  public static func sessionTooLongToSave(_ limit: Int) -> String {
    "This session is longer than \(limit) turns, more than /save records. Nothing was written."
  }

  /// When `/save` would replace a file.
  public static func saveWouldOverwrite(_ path: String) -> String {
    "\(DisplayText.sanitized(path)) already exists. Use /save! \(DisplayText.sanitized(path)) to replace it."
  }

  /// When `/save` could not write.
  public static func saveFailed(_ path: String, reason: String) -> String {
    "Could not save to \(DisplayText.sanitized(path)): \(reason). Nothing was written."
  }

  static func unknownCommand(_ name: String, suggestion: String?) -> String {
    let hint = suggestion.map { " Did you mean /\($0)?" } ?? ""
    return "Unknown command /\(DisplayText.sanitized(name, limit: 40)).\(hint) Type /help to see the commands."
  }

  /// Before where the source places what a how-to question asks about.
  static let stepsNotCovered =
    "Step-by-step how-tos are outside what I cover: my source compares the tracks and gives no instructions. What it does say about this:"

  /// The lead of a decline for a field next door; what the comparison says comes next.
  /// Asked in words to save the conversation.
  static let saveWithTheCommand = "To keep this conversation, type /save FILE: it writes every turn so far to FILE, which `opsadvisor replay FILE` can check later."

  /// Before who wrote the source, when asked whether it is biased or an advert.
  static let writtenByTheCourseProvider = outsideTheComparison
    + "the page comes from the School of Core AI, the same people whose courses it points to for each track, so weigh its course suggestions with that in mind. What I answer from is its comparison of the tracks, and each answer names the sections it comes from."

  /// Leads the tracks each part of someone's work points to.
  static let eachPartPointsTo = "From what you've told me, the parts of your work point to different tracks:"

  /// Asked for one track that covers all of someone's work ("which track covers all of it").
  static let noOneTrackCoversAll =
    "No one track of my source covers all of it. The widest is AIOps, which it calls the broader platform layer across modern AI systems, but each track keeps its own focus."

  /// Asked which track suits someone else when the line says nothing of their work that
  /// points to one track.
  static let describeThem = """
    I can place someone else only by what you tell me of their work. Tell me in a line what they \
    build or run, and ask again.
    """

  /// Asked which track suits someone else whose work, as told, points to several tracks alike.
  /// Before the answer to one numbered part of a line.
  static func partHeading(_ number: Int, of count: Int) -> String {
    "Part \(number) of \(count):"
  }

  /// For a numbered part of a line that the source does not cover.
  static let partNotCovered = "That part is outside what my source covers; I only know about the MLOps, LLMOps and AIOps tracks."

  /// Before the answer that rests on a section of the source asked for by its name.
  static func sectionSays(_ section: String) -> String {
    "The \(section) part of my source, in my words:"
  }

  /// Before where the source puts a concept a contradiction was claimed about, track by track.
  static func whereBothHold(_ concept: String, in tracks: [String]) -> String {
    guard tracks.count > 1 else { return "Here is where my source puts \(concept), track by track, so you can check it." }
    return "Both can hold: my source names \(concept) for \(list(tracks, joinedBy: "and")), in different places. Here is each, so you can check it."
  }

  /// Before where the source mentions each of two concepts a line sets against each other.
  static func notSetApart(_ first: String, _ second: String) -> String {
    "My source doesn't set \(first) against \(second) itself. Here is where it mentions each of them."
  }

  /// After placing someone the line before described: that description no longer counts as
  /// the asker's own work.
  static let noLongerYours = "I no longer count that description as your own work."

  /// After a line of a posting being pasted.
  static let pastedLineTaken = "Got it. Paste the rest, or ask \"which track is this job?\" when it's all in."

  /// After a line announcing a posting to be pasted.
  static let goAheadAndPaste =
    "Go ahead and paste it. When it's all in, ask \"which track is this job?\" and I'll say which track it points to."


  static func describesSeveral(_ tracks: [String]) -> String {
    "What that describes points to \(list(tracks, joinedBy: "and")) alike. Tell me which part of it takes most of their time, and ask again."
  }

  /// Leads a topic not covered, asked again for other tracks ("and llmops?").
  static func sameGoesFor(_ tracks: [String]) -> String {
    "The same goes for \(tracks.joined(separator: " and ")):"
  }

  static func notCovered(_ name: String) -> String {
    "\(name.capitalizedFirst) isn't something my source covers, so I can't tell you much about it. Here is what it says that comes closest."
  }

  /// A follow-up about tracks with no earlier question to repeat.
  static func whichTopic(_ tracks: [String]) -> String {
    "What would you like to know about \(tracks.joined(separator: " and "))? Reply with a number, or ask in your own words:"
  }

  /// Before an answer about the track the comparison files a neighbour under.
  static func filedUnder(_ name: String, track: String) -> String {
    "My source has no separate \(name) track: it files \(name) under \(track)."
  }

  /// Before the cell of another track than the one in focus, for a concept follow-up.
  static func conceptElsewhere(_ word: String, focus: String, found: String) -> String {
    "My source doesn't mention \(word) for \(focus); it does for \(found):"
  }

  /// Before the cell of another track than the one in focus, for a concept the source says
  /// every track deals with ("monitoring").
  static func conceptShared(_ word: String, focus: String, found: String) -> String {
    "My source says all three tracks deal with \(word), but it names \(word) only for \(found), not for \(focus):"
  }

  /// Before the answer to a concept follow-up found under a related word ("monitoring" as
  /// "observability"); the closeness of the words is the advisor's own reading.
  static func conceptRelated(_ asked: String, found: String, track: String, focus: String?) -> String {
    let elsewhere = focus.map { " rather than \($0)" } ?? ""
    return "Outside the comparison: my source doesn't use the word \(asked) here; I take \(found), which it names for \(track)\(elsewhere), to be the closest thing:"
  }

  /// Before the answer to a concept follow-up found under a related word in the track asked
  /// about, when the source names the word itself for other tracks ("monitoring" for MLOps,
  /// "observability" for LLMOps): where the word is, then the advisor's own reading.
  static func conceptRelatedHere(_ asked: String, found: String, track: String, namedFor others: [String]) -> String {
    "My source names \(asked) for \(list(others, joinedBy: "and")), not for \(track). Outside the comparison: for \(track) I take \(found), which it does name, to be the closest thing:"
  }

  /// Before the answer to "which track covers X?" when the source mentions X for several tracks.
  /// Before where the source lists a tool it names without saying what it is ("whats kserve").
  static func toolNamedNotDefined(_ word: String, for track: String) -> String {
    "My source lists \(word) among the \(track) tools but does not say what it is. Here is where it names it:"
  }

  /// The same for two tools asked about in one line ("whats TGI? and is vllm worth learning").
  /// Before where the source names tools asked about beyond their names.
  static func toolsNamedNoMore(_ words: [String], for track: String) -> String {
    "My source lists \(list(words, joinedBy: "and")) among the \(track) tools and says no more about \(words.count == 1 ? "it" : "them"): not how to set \(words.count == 1 ? "it" : "them") up, when you need \(words.count == 1 ? "it" : "them") or how \(words.count == 1 ? "it compares with others" : "they compare"). Here is where it names \(words.count == 1 ? "it" : "them"):"
  }

  /// The verdicts on tools asked of tracks, before that track's tools: not theirs ("does
  /// airflow matter for llmops?"), theirs ("is vllm an llmops tool"), or the one of those asked
  /// ("kserve: llmops or aiops?").
  static func toolsListedElsewhere(_ words: [String], for track: String, notFor asked: [String]) -> String {
    "No: my source lists \(list(words, joinedBy: "and")) among the \(track) tools, not among those of \(list(asked, joinedBy: "or"))."
  }

  static func toolsOfTheTrack(_ words: [String], track: String) -> String {
    "Yes: my source lists \(list(words, joinedBy: "and")) among the \(track) tools."
  }

  static func toolsOfOneOfThem(_ words: [String], track: String) -> String {
    "\(track): my source lists \(list(words, joinedBy: "and")) among its tools."
  }

  static func toolsNamedNotDefined(_ words: [String], for track: String) -> String {
    "My source lists \(list(words, joinedBy: "and")) among the \(track) tools but does not say what they are. Here is where it names them:"
  }

  /// For one track of a concept asked of every track, when none of its parts mentions it.
  static func conceptMissingFor(_ word: String, track: String) -> String {
    "My source doesn't mention \(word) or anything close to it for \(track)."
  }

  /// Before the row a comparison on a concept shows, when only some of the tracks compared have it there.
  static func conceptOnlyFor(_ word: String, _ tracks: [String], not others: [String]) -> String {
    "In this row my source mentions \(word) for \(list(tracks, joinedBy: "and")), not for \(list(others, joinedBy: "or")):"
  }

  /// Before the row a comparison on a concept shows, when none of the tracks compared has it there.
  static func conceptForNone(_ word: String, of tracks: [String], but others: [String]) -> String {
    let found = others.isEmpty ? "" : " It does for \(list(others, joinedBy: "and"))."
    return "In this row my source mentions \(word) for neither \(list(tracks, joinedBy: "nor")).\(found)"
  }

  /// Before where the source mentions a concept it names without saying what it is ("what is drift?").
  /// What a short form stands for, before the definition whose words those are.
  static func shortFor(_ shortForm: String, words: String, track: String) -> String {
    "\(shortForm) is short for \"\(words)\", the words my source uses in defining \(track):"
  }

  /// Before where the source mentions the word nearest to a term it does not use ("whats rag").
  static func nearestWordUsed(_ term: String, nearest: String) -> String {
    "My source doesn't use \"\(term)\"; the nearest word it uses is \"\(nearest)\", and it only tells where that belongs."
  }

  static func conceptNamedNotDefined(_ word: String) -> String {
    "My source uses \"\(word)\" without saying what it means; it only tells where it belongs."
  }

  /// Before the main focus of a track, asked what its engineers do.
  static func workOfTheRole(_ track: String) -> String {
    "My source lists no duties for the role; what \(track) work centres on is the track's main focus:"
  }

  /// Before the main focus of every track, asked what people in each role do.
  static let workOfTheRoles = "My source lists no duties for the roles; what each track's work centres on is its main focus:"

  static func conceptFound(_ word: String, for tracks: [String], elsewhere others: [String] = []) -> String {
    guard !others.isEmpty else { return "My source mentions \(word) for \(list(tracks, joinedBy: "and")):" }
    return "My source mentions \(word) for \(list(tracks, joinedBy: "and")) here, and for \(list(others, joinedBy: "and")) elsewhere:"
  }

  /// Before the topics offered when no track's part of the source mentions a concept: about
  /// the track in focus, or with none ("which track covers X?"), about the tracks.
  static func restsOn(_ sections: [String]) -> String {
    "My last answer rests on these parts of my source: \(list(sections, joinedBy: "and")). I restate them in my own words; ask about any of them, or run /compare to see the side-by-side table."
  }

  /// Before the FAQ's answers.
  static func faqLead(_ count: Int) -> String {
    "My source's FAQ answers \(count) question\(count == 1 ? "" : "s"). Here they are in its order, in my words:"
  }

  /// After a line saying the track already recommended is the one they want.
  static func wantedIsRecommended(_ track: String) -> String {
    "That is the track I recommended too, so \(track) it is."
  }

  /// Before an answer asked for as a quote.
  static let restatedForAQuote =
    "I restate my source rather than quote it, so this is its point in my words; the Source line names the section to quote from:"

  /// How the answers use the source.
  static let restatedNotQuoted =
    "I restate my source in my own words rather than quoting it: the wording is mine, the facts are its, and the Source line under each answer names the sections they come from. What is not from the source, general knowledge or my own advice, starts with \"Outside the comparison:\". For the exact wording, the section names lead you to the page itself."

  /// After the sections of a last answer that had parts of the advisor's own.
  static let partIsMyOwn =
    "What I marked \"Outside the comparison\" in it is not from my source: it is general knowledge or my own advice, such as which track to learn first or how a kind of work maps onto a track."

  /// Before where the source mentions a concept asked about as if it were a track.
  static func noSuchTrack(_ concept: String) -> String {
    "No: my source has three tracks, MLOps, LLMOps and AIOps, and \(concept) is not one of them. Here is where it comes up:"
  }

  /// A term asked about that the source does not name.
  static func termNotNamed(_ term: String) -> String {
    "My source doesn't name \(term)."
  }

  static func toolNotInTheSource(_ tool: String) -> String {
    "My source doesn't name \(tool) among any track's tools."
  }

  static func conceptNowhere(_ word: String, focus: String?) -> String {
    "I found nothing on \(word) in what my source says about each track. What would you like to know about \(focus ?? "the tracks")? Reply with a number, or ask in your own words:"
  }

  /// Before an answer that names a neighbour beside tracks.
  static func answeringInstead(_ name: String, tracks: [String]) -> String {
    let about = tracks.isEmpty ? "the three tracks" : tracks.joined(separator: " and ")
    return "My source doesn't cover \(name) itself, so this is what it says about \(about)."
  }

  static func corrections(_ list: [ParsedInput.Correction]) -> String {
    let pairs = list.map { "\"\($0.typed)\" as \"\($0.read)\"" }.joined(separator: ", ")
    return "\(readAs) \(pairs).)"
  }

  /// When `/compare` meets words it does not know: which, and what it takes instead.
  static func compareUnknown(_ words: [String], tracks: [String], factors: [String]) -> String {
    let shown = words.prefix(5).map { "\"\(DisplayText.sanitized($0, limit: 40))\"" }
    let more = words.count > shown.count ? " and \(words.count - shown.count) more" : ""
    return "I don't know \(list(shown, joinedBy: "or"))\(more) as a track or a factor. /compare takes up to "
      + "three tracks (\(tracks.joined(separator: ", "))) and one factor: \(list(factors, joinedBy: "or")). "
      + "For example: /compare \(tracks.prefix(2).joined(separator: " ")) \(factors.first { $0 == "tools" } ?? factors.first ?? "")"
  }

  /// When `/compare` names more than one factor.
  static func compareOneFactor(shown: String, ignored: [String]) -> String {
    let others = ignored.map { "\"\($0)\"" }
    return "(One factor at a time: this is \"\(shown)\", not \(list(others, joinedBy: "or")).)"
  }

  /// "a", "a or b", "a, b or c".
  static func list(_ items: [String], joinedBy word: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
  }
}
