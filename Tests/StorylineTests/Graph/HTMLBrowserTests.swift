import Foundation
import Testing
@testable import Storyline

/// Headless Chromium (Debian package `chromium`) driven from the command line: `--dump-dom` for
/// the DOM after scripts ran, `--enable-logging=stderr` for every console message, `--screenshot`.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Load {
        var dom: String
        /// Console messages the page produced (errors, CSP violations, our dialog probe's reports).
        var console: [String]
    }

    /// Runs Chromium headless on `args` with its own profile folder; gives up after `timeout` seconds
    /// (a page stuck in an alert dialog never finishes).
    static func run(_ args: [String], in dir: URL, timeout: TimeInterval = 60) throws -> (stdout: String, stderr: String) {
        guard let path else { throw ChromiumError(message: "chromium is not installed") }
        let out = dir.appendingPathComponent("chromium-\(UUID().uuidString).out")
        let err = dir.appendingPathComponent("chromium-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                       "--user-data-dir=\(dir.appendingPathComponent("profile").path)", "--enable-logging=stderr", "--v=0"] + args
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning {
            p.terminate()
            throw ChromiumError(message: "chromium did not finish within \(Int(timeout)) s (a dialog left open?)")
        }
        return (String(decoding: try Data(contentsOf: out), as: UTF8.self), String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func load(_ file: URL, in dir: URL) throws -> Load {
        let (dom, log) = try run(["--dump-dom", file.absoluteString], in: dir)
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("CONSOLE(") }.map(String.init)
        return Load(dom: dom, console: console)
    }

    /// A copy of the page without its Content-Security-Policy and with a first script that turns
    /// dialogs and JavaScript errors into console messages: injected script would show up there
    /// even if the policy were missing.
    static func probe(_ html: String) -> String {
        let hook = """
        <script>(function(){function r(k){return function(m){console.error("DIALOG "+k+": "+m);return k==="confirm"?false:null}}\
        window.alert=r("alert");window.confirm=r("confirm");window.prompt=r("prompt");\
        window.addEventListener("error",function(e){console.error("JSERROR: "+(e.message||(e.target&&(e.target.src||e.target.href))))},true);})();</script>
        """
        var page = html
        if let csp = page.range(of: "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", options: .regularExpression) {
            page.removeSubrange(csp)
        }
        if let head = page.range(of: "<head>") { page.insert(contentsOf: "\n" + hook, at: head.upperBound) }
        return page
    }

    struct ChromiumError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}

@Suite("HTML report in headless Chromium", .serialized,
       .enabled(if: Chromium.path != nil, "skipped: Chromium is not installed (Debian: apt-get install -y chromium)"))
struct HTMLBrowserTests {
    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func probeCatchesDialogsAndErrors() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("canary.html")
        let canary = "<!DOCTYPE html><html><head><title>c</title></head><body><script>alert('boom'); missingFunction();</script></body></html>"
        try Data(Chromium.probe(canary).utf8).write(to: page)
        let load = try Chromium.load(page, in: dir)
        #expect(load.console.contains { $0.contains("DIALOG alert: boom") })
        #expect(load.console.contains { $0.contains("missingFunction") })
    }

    @Test(arguments: ["news", "hostile"])
    func reportLoadsCleanly(name: String) throws {
        let document = name == "news" ? GraphFixtures.news : GraphFixtures.hostile
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = HTMLReportWriter.write(document)
        let report = dir.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: report)

        // As written (with its policy): no console message at all, no script element, both pictures.
        let load = try Chromium.load(report, in: dir)
        #expect(load.console.isEmpty, "console: \(load.console)")
        #expect(load.dom.contains("<table class=\"timeline\">"))
        #expect(load.dom.components(separatedBy: "<svg").count == 3)
        #expect(!load.dom.contains("<script"))
        if name == "hostile" {
            #expect(load.dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!load.dom.contains("<b>x</b>"))
        }

        // Without the policy and with dialogs hooked: still nothing runs.
        let probe = dir.appendingPathComponent("probe.html")
        try Data(Chromium.probe(html).utf8).write(to: probe)
        let probed = try Chromium.load(probe, in: dir)
        #expect(probed.console.isEmpty, "console: \(probed.console)")

        // A screenshot of the page, kept for looking at.
        let shot = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-report-\(name).png")
        try? FileManager.default.removeItem(at: shot)
        _ = try Chromium.run(["--screenshot=\(shot.path)", "--window-size=1280,2200", "--hide-scrollbars", report.absoluteString], in: dir)
        let png = try Data(contentsOf: shot)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000)
        print("report screenshot: \(shot.path)")
    }
}
