import Foundation

/// A fresh temporary folder for one test, removed when the test is done.
final class TempFolder {
    let url: URL

    init(_ label: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a file in the folder and returns its path.
    @discardableResult
    func file(_ name: String, bytes: [UInt8]) -> String {
        FileManager.default.createFile(atPath: path(name), contents: Data(bytes))
        return path(name)
    }

    @discardableResult
    func file(_ name: String, _ contents: String) -> String { file(name, bytes: Array(contents.utf8)) }
}
