import Foundation
import Storyline

/// The replayer: runs fuzz targets on saved inputs, and exports documents for determinism tests.
enum ReplayTool {
    static let usage = """
    usage: storyline-fuzz replay TARGET FILE_OR_DIR...   run a fuzz target on saved inputs (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))
           storyline-fuzz export ARTICLE OUTDIR [DATE]   write the article's json, timelinejs, timeml, dot and html to OUTDIR
    """

    static func main(_ args: [String]) -> Int32 {
        switch args.first {
        case "replay" where args.count >= 3:
            guard let target = FuzzTarget(rawValue: args[1]) else { return fail("unknown target \(args[1])") }
            var count = 0
            for path in args.dropFirst(2) {
                for file in files(at: path) {
                    guard let data = FileManager.default.contents(atPath: file) else { return fail("cannot read \(file)") }
                    target.run([UInt8](data))
                    count += 1
                }
            }
            FileHandle.standardError.write(Data("storyline-fuzz: \(count) inputs replayed through \(target.rawValue), no violation\n".utf8))
            return 0
        case "export" where args.count == 3 || args.count == 4:
            guard let data = FileManager.default.contents(atPath: args[1]), let text = decodeUTF8([UInt8](data)) else {
                return fail("cannot read \(args[1]) as UTF-8")
            }
            let date = args.count == 4 ? args[3] : nil
            let id = URL(fileURLWithPath: args[1]).deletingPathExtension().lastPathComponent
            let doc = Pipeline().extract(Article(id: id, title: "", published: date, dateSource: date == nil ? nil : .given, text: text))
            let dir = URL(fileURLWithPath: args[2])
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                for format in textFormats {
                    try Exporter.export(doc, as: format).write(to: dir.appendingPathComponent("out.\(format.fileExtension)"))
                }
            } catch { return fail("\(error)") }
            return 0
        default:
            return fail(usage)
        }
    }

    /// A file, or the regular files in a directory (sorted, hidden ones skipped).
    static func files(at path: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }

    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("storyline-fuzz: \(message)\n".utf8))
        return 2
    }
}
