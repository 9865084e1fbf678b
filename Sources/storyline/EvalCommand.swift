import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tool against gold-annotated corpora.",
        subcommands: [EvalTimexCommand.self, EvalTimelineCommand.self, EvalEntitiesCommand.self, EvalMergeCommand.self]
    )
}
