import ArgumentParser
import Storyline

struct EvalTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "(being built)")
    func run() throws { throw ValidationError("eval timeline is not built yet") }
}
