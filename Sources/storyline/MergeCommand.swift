import ArgumentParser
import Storyline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "(being built)")
    func run() throws { throw ValidationError("merge is not built yet") }
}
