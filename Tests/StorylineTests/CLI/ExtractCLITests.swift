import Foundation
import Testing
@testable import Storyline

/// Runs the built `storyline` binary end to end: outputs, exit statuses, one-line errors.
@Suite struct ExtractCLITests {
    let temp = TempFolder("cli")
    var dir: URL { temp.url }

    func path(_ name: String) -> String { temp.path(name) }

    @discardableResult
    func file(_ name: String, _ contents: String) -> String { temp.file(name, contents) }

    func file(_ name: String, bytes: [UInt8]) -> String { temp.file(name, bytes: bytes) }

    let article = "Huawei Leaves\n\nHuawei said on 2 December it would leave the US market.\n"

    @Test func oneArticleGoesToStandardOutput() throws {
        let run = try CLIRun.storyline(["extract", file("a.txt", article), "--date", "2013-12-04"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let doc = try JSONWriter.read(run.stdout)
        #expect(doc.schema == "storyline/1" && doc.documents.first?.id == "a")
        #expect(doc.documents.first?.published == "2013-12-04" && doc.documents.first?.dateSource == .given)
    }

    @Test func standardInputWithDash() throws {
        let run = try CLIRun.storyline(["extract", "-", "--format", "jsonl"], stdin: Data("---\ndate: 2011-05-02\n---\nText from stdin.".utf8))
        #expect(run.status == 0)
        let doc = try JSONWriter.read(run.stdout)
        #expect(doc.documents.first?.id == "stdin" && doc.documents.first?.published == "2011-05-02")
        #expect(doc.documents.first?.dateSource == .metadata)
    }

    @Test func eachBadInputIsOneLineAndTheGoodOnesComplete() throws {
        let good = file("good.txt", article)
        let bad: [(String, String)] = [
            (path("missing.txt"), "no such file"),
            (dir.path, "is a directory, not a file"),
            (file("empty.txt", ""), "empty file"),
            (file("blank.txt", " \n\t\n"), "no text: the article is whitespace only"),
            (file("nul.txt", bytes: [0x41, 0x00, 0x42]), "binary data, not text (NUL byte at offset 1)"),
            (file("latin1.txt", bytes: [0x63, 0x61, 0x66, 0xE9]), "not valid UTF-8 (byte 0xe9 at offset 3); convert it to UTF-8 first, e.g. with iconv"),
        ]
        let out = path("out.jsonl")
        let run = try CLIRun.storyline(["extract", good] + bad.map(\.0) + [good, "--format", "jsonl", "-o", out])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == bad.map { "storyline: \($0.0): \($0.1)" })
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func fiftyMegabyteLineIsAClearErrorAndNoFileIsWritten() throws {
        let big = path("big.txt")
        FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x61, count: 50 << 20))
        let out = path("big.json")
        let start = Date()
        let run = try CLIRun.storyline(["extract", big, "-o", out])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(run.status == 1)
        #expect(run.stderrLines == ["storyline: \(big): too large: 50 MiB, over the limit of 10 MiB per article"])
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func jsonLinesWithOneBrokenLine() throws {
        let input = file("in.jsonl", #"{"id":"one","text":"First article text."}"# + "\n" + #"{"id": 7, "text": "x"}"# + "\n" + #"{"id":"three","text":"Third article text."}"# + "\n")
        let run = try CLIRun.storyline(["extract", input, "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["storyline: \(input):2: field \"id\" must be a string, found a number"])
        let ids = try run.stdout.split(separator: 0x0A).map { try JSONWriter.read(Data($0)).documents[0].id }
        #expect(ids == ["one", "three"])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Café Title\n\nText é.".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let run = try CLIRun.storyline(["extract", file("u16.txt", bytes: bytes)])
        #expect(run.status == 0)
        #expect(try JSONWriter.read(run.stdout).documents.first?.title == "Café Title")
    }

    @Test func outputPathProblems() throws {
        let input = file("a.txt", article)
        let missing = path("no/such/folder/out.json")
        var run = try CLIRun.storyline(["extract", input, "-o", missing])
        #expect(run.status == 1 && run.stderrLines == ["storyline: \(missing): output folder \(path("no/such/folder")) does not exist"])
        // /proc refuses new files even for root: a read-only folder.
        run = try CLIRun.storyline(["extract", input, "-o", "/proc/storyline-test.json"])
        #expect(run.status == 1 && run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("storyline: /proc/storyline-test.json: cannot write") == true)
        // A folder that is a file.
        run = try CLIRun.storyline(["extract", input, "--output-dir", input])
        #expect(run.status == 1 && run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("storyline: \(input)/a: cannot create the folder") == true)
        // The input itself.
        run = try CLIRun.storyline(["extract", input, "-o", input])
        #expect(run.status == 2 && run.stderrLines == ["storyline: \(input): is also the input \(input); refusing to overwrite it"])
        #expect(try String(contentsOfFile: input, encoding: .utf8) == article)
    }

    @Test func outputDirWritesAFolderPerArticle() throws {
        let a = file("a.md", "---\ntitle: A\ndate: 2013-12-04\n---\nHuawei opened an office.\n")
        let b = file("b.txt", "B\n\nZTE closed one.")
        let out = path("Output")
        let run = try CLIRun.storyline(["extract", a, path("missing.md"), b, "--output-dir", out])
        #expect(run.status == 1 && run.stderrLines == ["storyline: \(path("missing.md")): no such file"])
        for name in ["a", "b"] {
            for f in ["timeline.json", "graph.dot", "timelinejs.json", "report.html"] {
                #expect(FileManager.default.fileExists(atPath: "\(out)/\(name)/\(f)"), "\(name)/\(f)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "\(out)/missing"))
        let doc = try JSONWriter.read(Data(contentsOf: URL(fileURLWithPath: "\(out)/a/timeline.json")))
        #expect(doc.documents.first?.title == "A" && doc.documents.first?.dateSource == .metadata)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let input = file("a.txt", article)
        for (args, message) in [
            (["--date", "2013-02-30"], "storyline: --date 2013-02-30: not a date; use YYYY-MM-DD, e.g. 2013-12-04"),
            (["--engine", "magic"], "storyline: --engine magic: unknown; use one of dot, neato, fdp, sfdp, circo, twopi, osage, patchwork"),
            (["--jobs", "0"], "storyline: --jobs 0: must be at least 1"),
            ([input], "storyline: 2 articles: use --format jsonl (one document per line) or --output-dir DIR; --format json holds one article"),
            (["--format", "gif"], "storyline: The value 'gif' is invalid for '--format <format>'. Please provide one of the following: json, timelinejs, timeml, dot, svg, png, pdf, html, jsonl (see --help)"),
            (["--no-such-option"], "storyline: Unknown option '--no-such-option' (see --help)"),
            (["--output-dir", "-"], "storyline: --output-dir -: a folder cannot be standard output; use --format jsonl for a stream"),
        ] {
            let run = try CLIRun.storyline(["extract", input] + args)
            #expect(run.status == 2, "\(args)")
            #expect(run.stderrLines == [message])
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func batchOutputIsTheSameOnOneAndTwoThreads() throws {
        let inputs = (0..<9).map { file("n\($0).txt", "Title \($0)\n\nHuawei said in April that ZTE opened \($0) offices.") }
        let one = try CLIRun.storyline(["extract"] + inputs + ["--format", "jsonl", "--jobs", "1"])
        let two = try CLIRun.storyline(["extract"] + inputs + ["--format", "jsonl", "--jobs", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(try one.stdout.split(separator: 0x0A).map { try JSONWriter.read(Data($0)).documents[0].id } == (0..<9).map { "n\($0)" })
    }

    /// 200 articles are four groups: on two threads the documents and the error lines still come
    /// out in input order, and a bad line anywhere stops nothing.
    @Test func manyGroupsOnTwoThreadsKeepInputOrder() throws {
        let bad: Set<Int> = [3, 70, 199]
        let lines = (0..<200).map { i in
            bad.contains(i) ? #"{"id": \#(i), "text": "x"}"#
                : #"{"id":"a\#(i)","date":"2013-12-04","text":"Huawei said on Monday that ZTE opened \#(i) offices in Denver in April."}"#
        }
        let input = file("many.jsonl", lines.joined(separator: "\n") + "\n")
        let one = try CLIRun.storyline(["extract", input, "--format", "jsonl", "--jobs", "1"])
        let two = try CLIRun.storyline(["extract", input, "--format", "jsonl", "--jobs", "2"])
        #expect(one.status == 1 && two.status == 1)
        #expect(two.stdout == one.stdout)
        #expect(two.stderrLines == one.stderrLines)
        #expect(two.stderrLines == bad.sorted().map { "storyline: \(input):\($0 + 1): field \"id\" must be a string, found a number" })
        let ids = try two.stdout.split(separator: 0x0A).map { try JSONWriter.read(Data($0)).documents[0].id }
        #expect(ids == (0..<200).filter { !bad.contains($0) }.map { "a\($0)" })
    }
}

/// One run of the built binary.
struct CLIRun {
    var status: Int32
    var stdout: Data
    var stderr: Data

    var stderrLines: [String] {
        String(decoding: stderr, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The `storyline` executable built next to the test bundle.
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("storyline")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
            if folder.lastPathComponent == ".build" { break }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/storyline")
    }

    static func storyline(_ arguments: [String], stdin: Data? = nil) throws -> CLIRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(stdin ?? Data())
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a big output cannot block the child.
        let errReader = Thread.detachedRead(err.fileHandleForReading)
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: stdoutData, stderr: errReader.wait())
    }
}

/// Reads a file handle to its end on another thread.
final class DetachedRead: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension Thread {
    static func detachedRead(_ handle: FileHandle) -> DetachedRead { DetachedRead(handle) }
}
