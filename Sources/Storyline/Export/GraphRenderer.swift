import Foundation
/// SVG/PNG/PDF of the entity graph through libgvc. (First version: to be filled by the graph work.)
public enum GraphRenderer {
    public static func render(_ document: StorylineDocument, format: OutputFormat, options: ExportOptions = ExportOptions()) throws -> Data { Data() }
}
