import Foundation

/// The SemEval-2015 Task 4 main-track procedure (TimeLine, track A): raw articles in; for each
/// target entity, the dated, ordered timeline of the events it takes part in; scored with
/// `TimelineEvaluation`.
///
/// Only the tokens of the raw CAT files and their document creation time are read; the gold
/// markables some distributions leave in the raw files are ignored.
public enum TimelineTask {
    /// One raw task article: its text rebuilt from the tokens, and where each token lies.
    public struct RawDocument: Sendable {
        public var id: String
        public var dct: String?
        public var text: String
        /// Per task token: sentence number, token text, UTF-8 byte range in `text`.
        public var tokens: [(sentence: Int, text: String, bytes: Range<Int>)]
    }

    /// Reads a CAT XML file (`<Document doc_id>` with `<token sentence t_id>` elements).
    public static func readCAT(_ xml: String) -> RawDocument? {
        let b = Array(xml.utf8)
        guard let docTag = find(b, "<Document", from: 0) else { return nil }
        let docEnd = find(b, ">", from: docTag) ?? b.count
        let id = attribute(b, "doc_id", in: docTag..<docEnd) ?? ""
        var doc = RawDocument(id: id, dct: nil, text: "", tokens: [])
        var out: [UInt8] = []
        var lastSentence = -1
        var previous = ""
        var i = docEnd
        while let t = find(b, "<token ", from: i) {
            guard let close = find(b, ">", from: t), let endTag = find(b, "</token>", from: close) else { break }
            let sentence = Int(attribute(b, "sentence", in: t..<close) ?? "") ?? lastSentence
            let word = unescape(String(decoding: b[(close + 1)..<endTag], as: UTF8.self))
            if !out.isEmpty {
                if sentence != lastSentence { out.append(contentsOf: [10, 10]) }
                else if spaceBetween(previous, word) { out.append(32) }
            }
            let start = out.count
            out.append(contentsOf: Array(word.utf8))
            doc.tokens.append((sentence, word, start..<out.count))
            lastSentence = sentence
            previous = word
            i = endTag + 8
        }
        doc.text = String(decoding: out, as: UTF8.self)
        // The document creation time: the TIMEX3 with functionInDocument="CREATION_TIME".
        var k = i
        while let t = find(b, "<TIMEX3", from: k) {
            let close = find(b, ">", from: t) ?? b.count
            if attribute(b, "functionInDocument", in: t..<close) == "CREATION_TIME" {
                doc.dct = attribute(b, "value", in: t..<close)
                break
            }
            k = close
        }
        return doc.tokens.isEmpty ? nil : doc
    }

    static func spaceBetween(_ previous: String, _ word: String) -> Bool {
        let noSpaceBefore: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "'s", "'", "n't", "%", "’s", "'re", "'ve", "'ll", "'d"]
        let noSpaceAfter: Set<String> = ["(", "[", "$", "£", "€"]
        return !noSpaceBefore.contains(word) && !noSpaceAfter.contains(previous)
    }

    static func find(_ b: [UInt8], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, from >= 0, b.count >= n.count else { return nil }
        var i = from
        while i + n.count <= b.count {
            if b[i] == n[0] {
                var ok = true
                for k in 1..<n.count where b[i + k] != n[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    static func attribute(_ b: [UInt8], _ name: String, in range: Range<Int>) -> String? {
        var i = range.lowerBound
        while let a = find(b, name + "=\"", from: i), a < range.upperBound {
            let before = a > 0 ? b[a - 1] : 32
            let start = a + name.utf8.count + 2
            guard let end = find(b, "\"", from: start) else { return nil }
            if before == 32 || before == 10 || before == 9 { return unescape(String(decoding: b[start..<end], as: UTF8.self)) }
            i = end
        }
        return nil
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: Targets

    /// Lower-cased letter/digit words of a name.
    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Whether an entity name denotes the target: equal words, the target's words within the name,
    /// or a name of two or more words within the target ("Apple Corps" for "Beatles Apple corps").
    static func nameMatches(_ name: String, target: [String]) -> Bool {
        let n = words(name)
        guard !n.isEmpty, !target.isEmpty else { return false }
        if n == target { return true }
        if contains(n, target) { return true }
        return n.count >= 2 && contains(target, n)
    }

    static func contains(_ hay: [String], _ needle: [String]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return true }
        return false
    }

    /// Mentions of a target in the text found by its words: the full name, any run of two or
    /// more of its words, a plural of a one-word name, and a person's surname.
    static func targetMentions(_ text: AnalyzedText, target: String) -> [EntityMentionRef] {
        let t = words(target)
        guard !t.isEmpty else { return [] }
        let tokens = text.tokens
        var out: [EntityMentionRef] = []
        let personLike = isPersonLike(target)
        // A given name alone counts only in an article that names the person in full.
        var fullNameSeen = false
        if personLike, tokens.count >= 2 {
            for k in 0..<(tokens.count - 1) where tokens[k].lower == t[0] && tokens[k + 1].lower == t[1] { fullNameSeen = true; break }
        }
        var i = 0
        while i < tokens.count {
            var best = 0
            // longest run of target words starting here
            for start in t.indices {
                var k = 0
                while start + k < t.count, i + k < tokens.count, tokens[i + k].lower == t[start + k] { k += 1 }
                if k == t.count || (k >= 2) { best = max(best, k) }
            }
            if best == 0, t.count == 1, tokens[i].lower == t[0] + "s" { best = 1 }
            // A one-word product line followed by a model name is another product: "iPod nano", "iPhone 4".
            if best > 0, t.count == 1, i + 1 < tokens.count {
                let next = tokens[i + 1]
                if next.kind == .number || (next.isCapitalized && !next.flags.contains(.sentenceStart) && next.isWord)
                    || modelWords.contains(next.lower) { best = 0 }
            }
            if best == 0, personLike, tokens[i].isCapitalized,
               tokens[i].lower == t[1] || (tokens[i].lower == t[0] && fullNameSeen) { best = 1 }
            // The target's words in order with a word between: "iTunes Music Store" for "iTunes store".
            if best == 0, t.count >= 2, tokens[i].lower == t[0] {
                var k = 1, matched = 1, end = i + 1
                while end < tokens.count, k < t.count, end - i <= t.count + 1, tokens[end].isWord {
                    if tokens[end].lower == t[k] { k += 1; matched += 1 }
                    end += 1
                }
                if matched == t.count { best = end - i }
            }
            if best > 0 {
                let r = i..<(i + best)
                out.append(EntityMentionRef(tokens: r, bytes: text.byteRange(tokens: r)))
                i += best
            } else {
                i += 1
            }
        }
        return out
    }

    /// Words that name a model within a product line.
    static let modelWords: Set<String> = ["nano", "mini", "shuffle", "touch", "classic", "pro", "air", "plus", "max", "lite", "video"]

    /// Two capitalised words of letters: "Steve Jobs" (not "iPhone 4", not "iTunes store").
    static func isPersonLike(_ target: String) -> Bool {
        let parts = target.split(separator: " ")
        return parts.count == 2 && parts.allSatisfy { p in
            p.first?.isUppercase == true && p.dropFirst().allSatisfy { $0.isLowercase }
        }
    }

    // MARK: The procedure

    /// One event of a system timeline.
    public struct TimelineEvent: Hashable, Sendable {
        public var event: String     // docid-sentence-token
        public var date: String
        public var document: Int
        public var token: Int
    }

    /// Runs the pipeline stages on one raw article and returns, per target, the events it takes part in.
    public static func events(in doc: RawDocument, documentIndex: Int, targets: [String]) -> [[TimelineEvent]] {
        let text = AnalyzedText(doc.text)
        let dct = doc.dct ?? DocumentDater.infer(text)
        let timexes = TimeTagger.shared.tag(text, dct: dct)
        var entities = EntityRecognizer.shared.recognize(text)
        var targetEntities: [Set<Int>] = []
        for target in targets {
            let w = words(target)
            var set: Set<Int> = []
            for (k, e) in entities.enumerated() where ([e.name] + e.aliases).contains(where: { nameMatches($0, target: w) }) {
                set.insert(k)
            }
            let mentions = targetMentions(text, target: target)
            if !mentions.isEmpty {
                let type = set.first.map { entities[$0].type } ?? (isPersonLike(target) ? .person : .product)
                entities.append(EntityRecord(name: target, type: type, aliases: [], mentions: mentions))
                set.insert(entities.count - 1)
            }
            targetEntities.append(set)
        }
        let mentions = EventExtractor.shared.mentions(text, timexes: timexes, entities: entities, dct: dct, options: .annotation)
        // Task token of each of our tokens: the one holding its first byte.
        let taskTokens = doc.tokens
        func taskToken(_ byte: Int) -> Int? {
            var lo = 0, hi = taskTokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if taskTokens[mid].bytes.upperBound <= byte { lo = mid + 1 } else { hi = mid }
            }
            return lo < taskTokens.count && taskTokens[lo].bytes.contains(byte) ? lo : nil
        }
        var out: [[TimelineEvent]] = Array(repeating: [], count: targets.count)
        for m in mentions {
            guard m.token < text.tokens.count, let k = taskToken(Int(text.tokens[m.token].start)) else { continue }
            let tt = taskTokens[k]
            // The task annotates events from sentence 2 on (0 is the title, 1 the date line).
            guard tt.sentence >= 2 else { continue }
            // Multi-word triggers ("showed off") are joined by "_"; the task's event strings are lower-case.
            var words = [tt.text]
            var last = k
            for extra in (m.record.trigger.lowerBound + 1)..<max(m.record.trigger.upperBound, m.record.trigger.lowerBound + 1) {
                guard extra < text.tokens.count, let e = taskToken(Int(text.tokens[extra].start)), e != last else { continue }
                words.append(taskTokens[e].text); last = e
            }
            let event = "\(doc.id)-\(tt.sentence)-" + words.joined(separator: "_").lowercased()
            let involved = Set(m.record.participants.map(\.entity))
            for (ti, set) in targetEntities.enumerated() where !set.isDisjoint(with: involved) {
                out[ti].append(TimelineEvent(event: event, date: m.record.dateValue, document: documentIndex, token: m.token))
            }
        }
        return out
    }

    /// The task's timeline file for one target: events ordered by date (then text order), one
    /// position per distinct date; events without a known date get position 0 (not ordered).
    public static func timelineFile(target: String, events: [TimelineEvent]) -> String {
        var seen: Set<String> = []
        let unique = events.filter { seen.insert($0.event).inserted }
        let sorted = unique.sorted { a, b in
            let ka = DateKey(a.date), kb = DateKey(b.date)
            if ka != kb { return ka < kb }
            if a.document != b.document { return a.document < b.document }
            return a.token < b.token
        }
        var out = target + "\n"
        var position = 0
        var lastDate: String? = nil
        for e in sorted {
            let known = DateKey(e.date).known
            if known && e.date != lastDate { position += 1; lastDate = e.date }
            out += "\(known ? position : 0)\t\(known ? e.date : "XXXX-XX-XX")\t\(e.event)\n"
        }
        return out
    }

    /// Where the parts of a task directory are.
    public struct Layout: Sendable {
        public var rawFiles: [URL]
        public var goldDirectory: URL
        public var targets: [String]
    }

    /// Finds raw CAT files (`cat_raw/`), gold timelines (`gold_timelines_v1.2/`, another
    /// `gold_timelines*/`, or a folder of `*.txt` timelines) and targets (`list_target_entities*.txt`,
    /// else the first line of each gold timeline) under `directory`.
    public static func layout(_ directory: URL) throws -> Layout {
        let fm = FileManager.default
        let entries = try fm.contentsOfDirectory(atPath: directory.path).sorted()
        func sub(_ name: String) -> URL { directory.appendingPathComponent(name) }
        func isDir(_ u: URL) -> Bool { var d: ObjCBool = false; return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue }
        let rawName = entries.first { $0 == "cat_raw" } ?? entries.first { $0.hasPrefix("cat_raw") || $0.hasSuffix("_raw") && $0.hasPrefix("cat") }
        guard let raw = rawName, isDir(sub(raw)) else { throw TaskError(message: "no cat_raw folder in \(directory.path)") }
        let rawFiles = try fm.contentsOfDirectory(atPath: sub(raw).path).filter { $0.hasSuffix(".xml") }.sorted().map { sub(raw).appendingPathComponent($0) }
        let goldName = entries.first { $0 == "gold_timelines_v1.2" } ?? entries.first { $0.hasPrefix("gold_timelines") && isDir(sub($0)) }
            ?? entries.first { $0.lowercased().contains("timelines") && !$0.contains("events") && isDir(sub($0)) }
        guard let gold = goldName else { throw TaskError(message: "no gold_timelines folder in \(directory.path)") }
        let goldDir = sub(gold)
        var targets: [String] = []
        if let list = entries.first(where: { $0.hasPrefix("list_target_entities") }) {
            targets = try String(contentsOf: sub(list), encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        if targets.isEmpty {
            for f in try fm.contentsOfDirectory(atPath: goldDir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                let first = try String(contentsOf: goldDir.appendingPathComponent(f), encoding: .utf8)
                    .split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
                if !first.isEmpty { targets.append(first) }
            }
        }
        return Layout(rawFiles: rawFiles, goldDirectory: goldDir, targets: targets)
    }

    public struct TaskError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The file name of a target's timeline: lower-cased, spaces as `_`.
    public static func fileName(_ target: String) -> String {
        target.lowercased().replacingOccurrences(of: " ", with: "_") + ".txt"
    }

    /// Runs the whole procedure: writes one timeline per target into `output` and scores them
    /// against the gold timelines. Every target gets a file, so no gold timeline is skipped.
    public static func run(_ directory: URL, output: URL) throws -> TimelineEvaluation.Report {
        let layout = try layout(directory)
        var perTarget: [[TimelineEvent]] = Array(repeating: [], count: layout.targets.count)
        for (d, file) in layout.rawFiles.enumerated() {
            guard let doc = readCAT(try String(contentsOf: file, encoding: .utf8)) else { continue }
            for (t, evs) in events(in: doc, documentIndex: d, targets: layout.targets).enumerated() { perTarget[t] += evs }
        }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (t, target) in layout.targets.enumerated() {
            try Data(timelineFile(target: target, events: perTarget[t]).utf8).write(to: output.appendingPathComponent(fileName(target)))
        }
        return try TimelineEvaluation.evaluate(goldDirectory: layout.goldDirectory, systemDirectory: output)
    }
}
