import Foundation
import Testing
@testable import Storyline

/// Reading from the file system: missing files, folders, pipes, sockets, size limits.
@Suite struct InputFileTests {
    let temp = TempFolder("input")
    var dir: URL { temp.url }

    func path(_ name: String) -> String { temp.path(name) }

    func problem(_ path: String, options: ReadOptions = ReadOptions()) -> String? {
        let results = ArticleReader.read(path: path, options: options)
        guard results.count == 1, case .failure(let e) = results[0].result else { return nil }
        #expect(e.input == path)
        return e.problem
    }

    @Test func missingFileAndFolder() {
        #expect(problem(path("missing.txt")) == "no such file")
        #expect(problem(dir.path) == "is a directory, not a file")
        FileManager.default.createFile(atPath: path("plain"), contents: Data("x".utf8))
        #expect(problem(path("plain") + "/inside.txt") == "a folder in the path is a file")
    }

    @Test func fileNameGivesIDAndExtensionGivesFormat() throws {
        FileManager.default.createFile(atPath: path("story.html"), contents: Data("<title>T</title><p>Body</p>".utf8))
        let a = try ArticleReader.read(path: path("story.html"))[0].result.get()
        #expect(a.id == "story" && a.title == "T" && a.text == "Body")
        #expect(ArticleReader.stem("a/b.c.md") == "b.c")
        #expect(ArticleReader.stem("-") == "stdin")
    }

    @Test func namedPipeIsReadAsAStream() throws {
        let fifo = path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let text = Array("Piped Title\n\nText through a pipe.".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        let a = try ArticleReader.read(path: fifo)[0].result.get()
        #expect(a.title == "Piped Title" && a.text == "Piped Title\n\nText through a pipe.")
    }

    @Test func socketCannotBeOpened() throws {
        // Root can read any file whatever its mode, so an input that cannot be opened is made
        // from a Unix socket (open() fails with ENXIO for everyone).
        let socketPath = path("sock")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buf in
            let bytes = Array(socketPath.utf8.prefix(buf.count - 1))
            buf.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(problem(socketPath) == "no such device or address")
    }

    @Test func unreadableFileWhenNotRoot() throws {
        FileManager.default.createFile(atPath: path("secret.txt"), contents: Data("secret".utf8))
        chmod(path("secret.txt"), 0)
        if getuid() == 0 {
            // Root reads it anyway (documented): the article is read.
            #expect(problem(path("secret.txt")) == nil)
        } else {
            #expect(problem(path("secret.txt")) == "permission denied")
        }
    }

    @Test func fiftyMegabyteLineIsRefusedQuickly() throws {
        let big = path("big.txt")
        FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x61, count: 50 << 20))
        let start = Date()
        #expect(problem(big) == "too large: 50 MiB, over the limit of 10 MiB per article")
        #expect(Date().timeIntervalSince(start) < 5)
        // Raising the limit reads it.
        let results = ArticleReader.read(path: big, options: ReadOptions(maxArticleBytes: 60 << 20))
        #expect((try? results[0].result.get())?.text.utf8.count == 50 << 20)
    }

    @Test func bigJSONLinesFileIsReadLineByLine() throws {
        let line = #"{"text":""# + String(repeating: "word ", count: 200) + #""}"# + "\n"
        let lines = String(repeating: line, count: 2000)   // ~2 MB, over a 1 MiB limit per article
        FileManager.default.createFile(atPath: path("many.jsonl"), contents: Data(lines.utf8))
        let results = ArticleReader.read(path: path("many.jsonl"), options: ReadOptions(maxArticleBytes: 1 << 20))
        #expect(results.count == 2000)
        #expect(results.allSatisfy { (try? $0.result.get()) != nil })
        // A plain file of the same size is refused under that limit.
        FileManager.default.createFile(atPath: path("many.txt"), contents: Data(lines.utf8))
        #expect(problem(path("many.txt"), options: ReadOptions(maxArticleBytes: 1 << 20))?.hasPrefix("too large") == true)
    }

    @Test func millionShortLinesAreProcessed() throws {
        let text = String(repeating: "ab c\n", count: 1_000_000)
        FileManager.default.createFile(atPath: path("lines.txt"), contents: Data(text.utf8))
        let article = try ArticleReader.read(path: path("lines.txt"))[0].result.get()
        #expect(article.text.utf8.count == 5_000_000 && article.title == "ab c")
    }
}
