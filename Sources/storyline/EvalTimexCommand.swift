import ArgumentParser
import Storyline

struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timex", abstract: "(being built)")
    func run() throws { throw ValidationError("eval timex is not built yet") }
}
