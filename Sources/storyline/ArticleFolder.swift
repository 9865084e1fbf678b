import Foundation
import Storyline

/// What `extract --output-dir DIR` writes for each article, in DIR/<name>/.
enum ArticleFolder {
    /// One file of the folder and how it is made from the document.
    struct File: Sendable {
        var name: String
        var make: @Sendable (StorylineDocument, ExportOptions) throws -> Data
    }

    /// The files every article folder gets.
    static let files: [File] = [
        File(name: "timeline.json") { doc, options in try Exporter.export(doc, as: .json, options: options) },
        File(name: "graph.dot") { doc, options in try Exporter.export(doc, as: .dot, options: options) },
        File(name: "graph.svg") { doc, options in try Exporter.export(doc, as: .svg, options: options) },
        File(name: "timeline.svg") { doc, options in try TimelineSVGWriter.svg(doc, options: options) },
        File(name: "timelinejs.json") { doc, options in try Exporter.export(doc, as: .timelinejs, options: options) },
        File(name: "report.html") { doc, options in try Exporter.export(doc, as: .html, options: options) },
    ]

    /// Formats that `--format` adds to the folder when they are not in it already.
    static func extraFile(for format: OutputFormat) -> File? {
        switch format {
        case .png: return File(name: "graph.png") { doc, options in try Exporter.export(doc, as: .png, options: options) }
        case .pdf: return File(name: "graph.pdf") { doc, options in try Exporter.export(doc, as: .pdf, options: options) }
        case .timeml: return File(name: "timeline.tml") { doc, options in try Exporter.export(doc, as: .timeml, options: options) }
        case .json, .jsonl, .dot, .svg, .timelinejs, .html: return nil
        }
    }

    /// Folder names for the articles of one run: the article id made safe for a file name,
    /// with `-2`, `-3`, … added when two articles would share a folder.
    static func folderNames(_ ids: [String]) -> [String] {
        var used: Set<String> = []
        return ids.map { id in
            let base = safeName(id)
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                name = "\(base)-\(n)"
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    /// `id` with path separators, control characters and a leading dot replaced; at most 100 characters.
    static func safeName(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for u in id.unicodeScalars.prefix(100) {
            switch u {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": scalars.append("_")
            default: scalars.append(u.value < 0x20 || u.value == 0x7F ? "_" : u)
            }
        }
        var name = String(scalars).trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "article" : name
    }
}
