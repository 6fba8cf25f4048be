/// The REPL's slash commands, answered in the core so that they work in every mode.
extension Advisor {
  mutating func run(_ command: SlashCommand, input: String) -> Reply {
    switch command {
    case .help: return intentReply(KnownIntent.help, input: input)
    case .tracks: return tracks(input: input)
    case .compare(let arguments): return compare(arguments, input: input)
    case .profile: return profileReply(input: input, intent: KnownIntent.profile, confidence: 1)
    case .why: return why(input: input, confidence: 1, detailed: true)
    case .reset:
      reset()
      return notice(Phrases.resetDone, intent: KnownIntent.command, input: input)
    case .save(let path, _) where path.isEmpty:
      return notice(Phrases.saveNeedsFile, intent: KnownIntent.command, input: input)
    case .save(let path, let overwrite):
      var reply = notice(Phrases.saving(path), intent: KnownIntent.command, input: input)
      reply.action = .save(path: path, overwrite: overwrite)
      return reply
    case .quit:
      return reply(input: input, intent: KnownIntent.goodbye, confidence: 1,
        content: composer.content(for: knowledgeBase.intent(KnownIntent.goodbye)!, tracks: [], factor: nil),
        endsSession: true)
    case .unknown(let name, let suggestion):
      return notice(Phrases.unknownCommand(name, suggestion: suggestion), intent: KnownIntent.command, input: input)
    }
  }

  /// The answer of an intent with no slots, as a command gives it.
  mutating func intentReply(_ intent: IntentID, input: String) -> Reply {
    answer(intent, parsed: parser.parse("").with(original: input), confidence: 1, match: nil)
  }

  /// `/tracks`: each track's one-line summary.
  func tracks(input: String) -> Reply {
    var content = AnswerContent(blocks: [], sourceIDs: [])
    if let overview = knowledgeBase.intent(KnownIntent.overview) {
      for track in TrackID.allCases {
        content.blocks.append(.heading(knowledgeBase.vocabulary.track(track).name))
        content.append(composer.content(for: overview, tracks: [track], factor: nil))
      }
    }
    return reply(input: input, intent: KnownIntent.command, confidence: 1, content: content)
  }

  func notice(_ text: String, intent: IntentID, input: String) -> Reply {
    reply(input: input, intent: intent, confidence: 1,
      content: AnswerContent(blocks: [.paragraph(text)], sourceIDs: []))
  }
}
