import ArgumentParser
import Storyline

@main
struct StorylineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Turn news articles into a dated timeline and an entity relationship graph.",
        subcommands: [ExtractCommand.self, RenderCommand.self, DiffCommand.self, MergeCommand.self, EvalCommand.self]
    )

    /// Every error is one line on standard error (see `CLI.main`).
    static func main() { CLI.main(Self.self) }
}
