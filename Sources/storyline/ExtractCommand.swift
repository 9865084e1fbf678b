import ArgumentParser
import Storyline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(being built)")
    func run() throws { throw ValidationError("extract is not built yet") }
}
