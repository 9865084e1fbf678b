import Foundation
import Testing
@testable import Storyline

/// Reading articles in every input format, and every bad input, in process.
@Suite struct ArticleReaderTests {
    func readOne(_ text: String, name: String = "in", ext: String? = nil) -> Result<Article, InputError> {
        let results = ArticleReader.read(data: Data(text.utf8), name: name, id: "in", pathExtension: ext)
        #expect(results.count == 1)
        return results.first?.result ?? .failure(InputError(input: name, problem: "nothing read"))
    }

    func article(_ text: String, ext: String? = nil) throws -> Article {
        try readOne(text, ext: ext).get()
    }

    func problem(_ data: Data, ext: String? = nil) -> String? {
        let results = ArticleReader.read(data: data, name: "in", id: "in", pathExtension: ext)
        guard results.count == 1, case .failure(let e) = results[0].result else { return nil }
        return e.problem
    }

    @Test func plainTextTitleIsFirstNonEmptyLine() throws {
        let a = try article("\n\n  Huawei Admits Defeat  \n\nHuawei is to withdraw.\n")
        #expect(a.title == "Huawei Admits Defeat")
        #expect(a.text == "\n\n  Huawei Admits Defeat  \n\nHuawei is to withdraw.\n")
        #expect(a.published == nil && a.dateSource == nil)
        #expect(a.id == "in")
    }

    @Test func markdownFrontMatterGivesTitleDateURLAndBody() throws {
        let md = "---\ntitle: \"Huawei: out\"\ndate: 2013-12-04\nurl: https://example.org/a\nauthor: x\n---\nBody line.\n"
        let a = try article(md, ext: "md")
        #expect(a.title == "Huawei: out")
        #expect(a.published == "2013-12-04")
        #expect(a.dateSource == .metadata)
        #expect(a.url == "https://example.org/a")
        #expect(a.text == "Body line.\n")
        // Detected by content too, and CRLF works.
        let crlf = try article("---\r\ndate: 2013-12-04T08:00:00Z\r\n---\r\n# Heading\r\nText.")
        #expect(crlf.published == "2013-12-04")
        #expect(crlf.title == "Heading")
    }

    @Test func markdownWithoutFrontMatterAndBadFrontMatter() throws {
        let a = try article("# A Title\n\nText.", ext: "md")
        #expect(a.title == "A Title" && a.text == "# A Title\n\nText.")
        #expect(problem(Data("---\ntitle: x\nText without end\n".utf8), ext: "md")?.contains("front matter") == true)
        #expect(problem(Data("---\ntitle: x\n".utf8), ext: "md")?.contains("never closed") == true)
        #expect(problem(Data("---\ndate: 4 Dec\n---\nText".utf8), ext: "md")?.contains("is not a date") == true)
        #expect(problem(Data("---\ntitle: x\n---\n  \n".utf8), ext: "md")?.contains("whitespace only") == true)
    }

    @Test func htmlVisibleTextAndMetadata() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Site | Huawei quits</title>
        <meta property="og:title" content="Huawei quits &amp; leaves">
        <meta property="article:published_time" content="2013-12-04T10:00:00+00:00">
        <link rel="canonical" href="https://example.org/huawei">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a> <nav>inner</nav> Menu</nav>
        <article><h1>Huawei   quits</h1><p>Ren said it&#8217;s &ldquo;not worth it&rdquo;&nbsp;now.<br>New line &#x2014; here.</p>
        <!-- a comment <p>hidden</p> --><p>Second &unknown; 3 &lt; 4 &amp; 5 > 2.</p>
        <table><tr><td>a</td><td>b</td></tr></table></article>
        <footer>Copyright</footer><script>alert(1)</script></body></html>
        """
        let a = try article(html)
        #expect(a.title == "Huawei quits & leaves")
        #expect(a.published == "2013-12-04" && a.dateSource == .metadata)
        #expect(a.url == "https://example.org/huawei")
        #expect(a.text == "Huawei quits\n\nRen said it’s “not worth it” now.\nNew line — here.\n\nSecond &unknown; 3 < 4 & 5 > 2.\n\na b")
    }

    @Test func htmlDateFromTimeElementAndTitleFallback() throws {
        let a = try article("<p>Posted <time datetime=\"2011-05-02\">May 2</time></p><p>Body.</p>", ext: "html")
        #expect(a.published == "2011-05-02")
        #expect(a.title == "Posted May 2")
        #expect(problem(Data("<html><head><title>x</title></head><body><script>1</script></body></html>".utf8))?.contains("no visible text") == true)
    }

    @Test func htmlUppercaseTagsQuotedGreaterThanAndRawText() throws {
        let html = "<HTML><BODY><P>One <IMG ALT=\"a > b\" SRC='x'> two</P><SCRIPT>if (a </b) {}</SCRIPT>"
            + "<p>Three<br/>four &#0; &#x110000; &#65;</p><style>p{}</STYLE><textarea>kept &amp; shown</textarea></BODY></HTML>"
        let a = try article(html)
        #expect(a.text == "One two\n\nThree\nfour \u{FFFD} \u{FFFD} A\n\nkept & shown")
    }

    @Test func deeplyNestedAndBrokenHTMLIsFast() throws {
        let depth = 50_000
        let html = String(repeating: "<div><span>", count: depth) + "deep" + String(repeating: "</span></div>", count: depth) + "<p>tail <b"
        let start = Date()
        let a = try article(html, ext: "html")
        #expect(a.text == "deep\n\ntail")
        // Linear: well under a second alone; the bound leaves room for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func jsonObjectFieldsAndWrongTypes() throws {
        let a = try article(#"{"id":"x1","title":"T","date":"2013-12-04","url":"u","text":"Some text.","extra":[1]}"#)
        #expect(a.id == "x1" && a.title == "T" && a.published == "2013-12-04" && a.url == "u" && a.text == "Some text.")
        #expect(a.dateSource == .metadata)
        #expect(problem(Data(#"{"title":"T","text":42}"#.utf8)) == #"field "text" must be a string, found a number"#)
        #expect(problem(Data(#"{"title":["T"],"text":"x"}"#.utf8)) == #"field "title" must be a string, found an array"#)
        #expect(problem(Data(#"{"date":true,"text":"x"}"#.utf8)) == #"field "date" must be a string, found a boolean"#)
        #expect(problem(Data(#"{"title":"no text"}"#.utf8)) == #"the JSON object has no "text" field"#)
        #expect(problem(Data(#"{"text":"  "}"#.utf8))?.contains("whitespace only") == true)
        #expect(problem(Data(#"{"text": "x", "#.utf8), ext: "json")?.hasPrefix("not valid JSON") == true)
        #expect(problem(Data(#"{"schema":"storyline/1","documents":[]}"#.utf8))?.contains("storyline document") == true)
        #expect(problem(Data("42".utf8), ext: "json") == #"expected a JSON object with a "text" field, found a number"#)
    }

    @Test func jsonArrayGivesOneArticlePerElement() {
        let results = ArticleReader.read(data: Data(#"[{"text":"One."},{"text":5}]"#.utf8), name: "a.json", id: "a", pathExtension: "json")
        #expect(results.map(\.name) == ["a.json[0]", "a.json[1]"])
        #expect((try? results[0].result.get())?.id == "a-1")
        if case .failure(let e) = results[1].result { #expect(e.description == #"a.json[1]: field "text" must be a string, found a number"#) } else { Issue.record("expected failure") }
    }

    @Test func jsonLinesBrokenLineFailsAlone() {
        let lines = #"{"id":"a","text":"First."}"# + "\n\n" + #"{"text": broken"# + "\n" + #"{"text":"Third.","date":"2011"}"# + "\n"
        let results = ArticleReader.read(data: Data(lines.utf8), name: "s.jsonl", id: "s", pathExtension: nil)
        #expect(results.map(\.name) == ["s.jsonl:1", "s.jsonl:3", "s.jsonl:4"])
        #expect((try? results[0].result.get())?.id == "a")
        #expect((try? results[2].result.get())?.id == "s-4")
        #expect((try? results[2].result.get())?.published == "2011")
        guard case .failure(let e) = results[1].result else { Issue.record("line 3 should fail"); return }
        #expect(e.problem.hasPrefix("not valid JSON"))
    }

    @Test func jsonLinesBadBytesFailOnlyTheirLine() {
        var data = Data(#"{"text":"Good one."}"#.utf8) + Data([0x0A])
        data += Data(#"{"text":"caf"#.utf8) + Data([0xE9]) + Data(#""}"#.utf8) + Data([0x0A])
        data += Data(#"{"text":"a"#.utf8) + Data([0x00]) + Data(#""}"#.utf8) + Data([0x0A])
        data += Data(#"{"text":"Good two."}"#.utf8)
        let results = ArticleReader.read(data: data, name: "b.jsonl", id: "b", pathExtension: "jsonl")
        #expect(results.map { (try? $0.result.get())?.text } == ["Good one.", nil, nil, "Good two."])
        #expect(results.map(\.name) == ["b.jsonl:1", "b.jsonl:2", "b.jsonl:3", "b.jsonl:4"])
        if case .failure(let e) = results[1].result { #expect(e.problem.hasPrefix("not valid UTF-8 (byte 0xe9 at offset 12)")) }
        if case .failure(let e) = results[2].result { #expect(e.problem == "binary data, not text (NUL byte at offset 10)") }
    }

    @Test func forcedFormatSkipsDetection() throws {
        let html = Data("<p>Tags &amp; all</p>".utf8)
        let asText = try ArticleReader.read(data: html, name: "x", id: "x", options: ReadOptions(format: .text))[0].result.get()
        #expect(asText.text == "<p>Tags &amp; all</p>")
        let asHTML = try ArticleReader.read(data: html, name: "x", id: "x", pathExtension: "txt", options: ReadOptions(format: .html))[0].result.get()
        #expect(asHTML.text == "Tags & all")
    }

    @Test func formatDetection() {
        func detect(_ s: String, _ ext: String? = nil) -> InputFormat { ArticleReader.detectFormat(Array(s.utf8), pathExtension: ext) }
        #expect(detect("Hello") == .text)
        #expect(detect("---\ntitle: x\n---\n") == .markdown)
        #expect(detect("\u{FEFF}<!doctype html><p>x") == .html)
        #expect(detect("<?xml version=\"1.0\" ?>\n<TimeML><DOCID>x</DOCID>") == .timeml)
        #expect(detect("{\n  \"text\": \"x\"\n}\n") == .json)
        #expect(detect("{\"text\":\"x\"}\n") == .json)
        #expect(detect("{\"text\":\"x\"}\n{\"text\":\"y\"}\n") == .jsonl)
        #expect(detect("[{}]") == .json)
        #expect(detect("{}", "jsonl") == .jsonl)
        #expect(detect("plain", "html") == .html)
        #expect(detect("---\ndate: 2011\n---\nx", "txt") == .markdown)
        #expect(detect("<p>x</p>", "txt") == .text)
    }

    @Test func emptyWhitespaceBinaryAndInvalidUTF8AreErrors() {
        #expect(problem(Data()) == "empty file")
        #expect(problem(Data(" \n\t\r\n \u{00A0}\u{3000}".utf8)) == "no text: the article is whitespace only")
        #expect(problem(Data([0x48, 0x69, 0x00, 0x21])) == "binary data, not text (NUL byte at offset 2)")
        #expect(problem(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])) == "binary data, not text (NUL byte at offset 8)")
        #expect(problem(Data([0x41, 0x42, 0xFF, 0x43])) == "not valid UTF-8 (byte 0xff at offset 2); convert it to UTF-8 first, e.g. with iconv")
        #expect(problem(Data("caf".utf8) + Data([0xE9]) + Data(" au lait".utf8))?.hasPrefix("not valid UTF-8 (byte 0xe9 at offset 3)") == true)
        // Overlong encodings and surrogates are not UTF-8.
        #expect(problem(Data([0x41, 0xC0, 0xAF]))?.hasPrefix("not valid UTF-8 (byte 0xc0 at offset 1)") == true)
        #expect(problem(Data([0x41, 0xED, 0xA0, 0x80]))?.hasPrefix("not valid UTF-8 (byte 0xed at offset 1)") == true)
        #expect(problem(Data([0x41, 0xE2, 0x80]))?.hasPrefix("not valid UTF-8") == true)
        // A NUL after many ASCII bytes is found by the 8-byte fast path too.
        #expect(problem(Data(String(repeating: "abcdefgh", count: 100).utf8) + Data([0x00])) == "binary data, not text (NUL byte at offset 800)")
    }

    @Test func utf8BOMIsDroppedAndUTF16IsDecoded() throws {
        let bom = try article(String(decoding: [0xEF, 0xBB, 0xBF] + Array("Title\nText é 😀".utf8), as: UTF8.self))
        #expect(bom.text == "Title\nText é 😀")
        let text = "Title ’13\nText é 😀"
        var le = Data([0xFF, 0xFE]), be = Data([0xFE, 0xFF])
        for u in text.utf16 {
            le.append(contentsOf: [UInt8(u & 0xFF), UInt8(u >> 8)])
            be.append(contentsOf: [UInt8(u >> 8), UInt8(u & 0xFF)])
        }
        for data in [le, be] {
            let a = try ArticleReader.read(data: data, name: "u", id: "u")[0].result.get()
            #expect(a.text == text && a.title == "Title ’13")
        }
        // Best effort: an unpaired surrogate becomes U+FFFD, an odd last byte is dropped.
        let broken = Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43])
        #expect(try ArticleReader.read(data: broken, name: "u", id: "u")[0].result.get().text == "A\u{FFFD}B")
        #expect(problem(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])) == "binary data, not text (NUL byte at offset 4)")
    }

    @Test func publicationDates() {
        #expect(PublicationDate.normalize("2013-12-04") == "2013-12-04")
        #expect(PublicationDate.normalize("2013/12/04 10:00") == "2013-12-04")
        #expect(PublicationDate.normalize("2013-12") == "2013-12")
        #expect(PublicationDate.normalize("2013") == "2013")
        #expect(PublicationDate.normalize("2012-02-29") == "2012-02-29")
        #expect(PublicationDate.normalize("2013-02-29") == nil)
        #expect(PublicationDate.normalize("2013-13-01") == nil)
        #expect(PublicationDate.normalize("20131204") == nil)
        #expect(PublicationDate.normalize("Dec 4, 2013") == nil)
        #expect(PublicationDate.isDay("2013-12-04"))
        #expect(!PublicationDate.isDay("2013-12"))
    }
}
