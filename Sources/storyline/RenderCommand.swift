import ArgumentParser
import Storyline

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(being built)")
    func run() throws { throw ValidationError("render is not built yet") }
}
