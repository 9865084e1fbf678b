import Foundation
import Storyline

/// The fuzz targets. One binary serves all; `STORYLINE_FUZZ_TARGET` (fuzzing) or the replayer's
/// first argument chooses one.
enum FuzzTarget: String, CaseIterable {
    /// Arbitrary bytes → UTF-8 article → pipeline → every exporter that needs no Graphviz.
    case extract
    /// Arbitrary bytes → `TimeMLReader.read` → pipeline → TimeML written and read back.
    case timeml
    /// First byte picks an input format; the rest → `ArticleReader.read(data:...)`.
    case readers
    /// Bytes → a generated entity graph → `DOTWriter` → libcgraph parse (and sometimes an SVG render).
    case dot

    func run(_ bytes: [UInt8]) {
        switch self {
        case .extract: ExtractFuzz.run(bytes)
        case .timeml: TimeMLFuzz.run(bytes)
        case .readers: ReadersFuzz.run(bytes)
        case .dot: DOTFuzz.run(bytes)
        }
    }
}

/// The formats `extract` writes without Graphviz.
let textFormats: [OutputFormat] = [.json, .jsonl, .timelinejs, .timeml, .dot, .html]

/// A publication date for some inputs and none for others (then the pipeline infers it), chosen by
/// the input itself so that every input replays the same way.
func fuzzDate(_ bytes: [UInt8]) -> String? { bytes.count % 2 == 0 ? "2013-12-04" : nil }

/// Bytes decoded as the tool decodes input files: UTF-8 or nothing.
func decodeUTF8(_ bytes: [UInt8]) -> String? { String(validating: bytes, as: UTF8.self) }

enum ExtractFuzz {
    static func run(_ bytes: [UInt8]) {
        guard let text = decodeUTF8(bytes) else { return }
        let date = fuzzDate(bytes)
        let article = Article(id: "fuzz", title: "", published: date, dateSource: date == nil ? nil : .given, text: text)
        let doc = Pipeline().extract(article)
        require(doc.documents.count == 1 && doc.documents[0].text == text, "document text differs from the input")
        DocumentChecks.check(doc)
        // The HTML report renders its SVG through libgvc, which costs more than all the rest: one input in eight.
        let outputs = ExportChecks.check(doc, withHTML: bytes.count % 8 == 0)
        // Determinism within the process, on a quarter of the inputs (it doubles their cost).
        if bytes.count % 4 == 1 {
            let again = Pipeline().extract(article)
            require(again == doc, "second extraction differs")
            for (format, data) in outputs {
                require((try? Exporter.export(again, as: format)) == data, "\(format) export differs between runs")
            }
        }
    }
}

enum TimeMLFuzz {
    static func run(_ bytes: [UInt8]) {
        guard let xml = decodeUTF8(bytes), let read = try? TimeMLReader.read(xml, id: "fuzz") else { return }
        let text = read.article.text
        let scalars = ScalarText(text)
        for t in read.goldTimexes {
            guard let s = scalars.slice(t.start, t.end) else {
                return require(false, "gold timex \(t.id) span \(t.start)..<\(t.end) outside text of \(scalars.scalars.count) scalars")
            }
            require(s == t.text, "gold timex \(t.id) text \(debug(t.text)) != text[\(t.start):\(t.end)] \(debug(s))")
        }
        // The pipeline on what was read: on one input in sixteen, as the extract target covers it and it
        // costs a hundred times the reader.
        guard bytes.count % 16 == 0 else { return }
        let doc = Pipeline().extract(read.article)
        DocumentChecks.check(doc)
        _ = ExportChecks.check(doc, withHTML: true)
    }
}

/// Checks on the exports of a document; returns the bytes of each format.
enum ExportChecks {
    /// Whether `TimeMLReader` is built (a first version only throws); decides the TimeML round trip check.
    static let timeMLReaderWorks: Bool = {
        let probe = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-12-04\" functionInDocument=\"CREATION_TIME\">2013-12-04</TIMEX3></DCT><TEXT>It rained.</TEXT></TimeML>"
        return (try? TimeMLReader.read(probe, id: "probe"))?.article.text == "It rained."
    }()

    static func check(_ doc: StorylineDocument, withHTML: Bool) -> [(OutputFormat, Data)] {
        var outputs: [(OutputFormat, Data)] = []
        for format in textFormats where format != .html || withHTML {
            let data: Data
            do { data = try Exporter.export(doc, as: format) } catch {
                require(false, "\(format) export failed: \(error)")
                return outputs
            }
            outputs.append((format, data))
            switch format {
            case .json:
                let back = try? JSONWriter.read(data)
                require(back == doc, "json does not read back to the same document")
            case .jsonl:
                require(data.last == 0x0A && !data.dropLast().contains(0x0A), "jsonl output is not one line")
            case .timelinejs:
                require((try? JSONSerialization.jsonObject(with: data)) != nil, "timelinejs output is not JSON")
            case .timeml:
                checkTimeMLRoundTrip(doc, data)
            default:
                require(String(data: data, encoding: .utf8) != nil, "\(format) output is not UTF-8")
            }
        }
        return outputs
    }

    /// TimeML written for a document reads back to the same text (SPEC.md: the text inside `<TEXT>` is kept).
    static func checkTimeMLRoundTrip(_ doc: StorylineDocument, _ data: Data) {
        guard timeMLReaderWorks, let info = doc.documents.first, !hasXMLForbiddenScalars(info.text) else { return }
        guard let xml = String(data: data, encoding: .utf8) else { return require(false, "timeml output is not UTF-8") }
        do {
            let back = try TimeMLReader.read(xml, id: info.id)
            require(back.article.text == info.text,
                    "TimeML round trip changed the text: \(debug(info.text)) → \(debug(back.article.text))")
        } catch {
            require(false, "TimeML written by TimeMLWriter does not read back: \(error)")
        }
    }
}
