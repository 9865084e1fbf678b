import ArgumentParser
import Storyline

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(being built)")
    func run() throws { throw ValidationError("eval entities is not built yet") }
}
