import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One article of a cross-document coreference corpus in CAT XML (MEANTIME, ECB+): its text
/// rebuilt from the tokens (tokens joined by spaces, sentences by newlines) and its gold mentions
/// with the corpus-wide instance each refers to.
public struct CrossDocumentGold: Sendable {
    public enum Kind: String, Sendable { case entity, event }

    public struct GoldMention: Sendable, Hashable {
        public var id: String
        public var kind: Kind
        /// Scalar offsets into `text`.
        public var start: Int
        public var end: Int
        /// `NAM`, `NOM`, `PRO`, ... when the corpus gives it.
        public var syntacticType: String?
        /// Corpus-wide instance id, when the mention is linked to one.
        public var instance: String?
        /// The mention holds a capitalised word other than a pronoun or determiner ("Apple CEO",
        /// "the iTunes Music Store"; not "He", "the device"). Used when no syntactic type is given.
        public var nameLike: Bool = false
    }

    /// Capitalised words that do not make a name.
    static let notNames: Set<String> = ["I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Their",
                                        "My", "Our", "Your", "The", "A", "An", "This", "That", "These", "Those"]

    public var id: String
    public var text: String
    /// Publication date from the CREATION_TIME TIMEX3, if any.
    public var published: String?
    public var mentions: [GoldMention]

    /// The article to give the pipeline.
    public var article: Article {
        Article(id: id, title: id, published: published, dateSource: published == nil ? nil : .metadata, text: text)
    }

    /// Reads one CAT XML file; nil when it holds no tokens.
    public static func read(_ data: Data, id: String) -> CrossDocumentGold? {
        let parser = XMLParser(data: data)
        let delegate = CATReader()
        parser.delegate = delegate
        guard parser.parse() || !delegate.tokens.isEmpty, !delegate.tokens.isEmpty else { return nil }
        return delegate.document(id: id)
    }

    /// Mention kinds by CAT tag: MEANTIME ENTITY_MENTION / EVENT_MENTION, ECB+ ACTION_* and
    /// NEG_ACTION_* (events), HUMAN_PART_*, NON_HUMAN_PART*, LOC_* (entities). Time expressions are skipped.
    static func kind(ofTag tag: String) -> Kind? {
        if tag == "EVENT_MENTION" || tag == "EVENT" || tag.hasPrefix("ACTION_") || tag.hasPrefix("NEG_ACTION_") { return .event }
        if tag == "ENTITY_MENTION" || tag == "ENTITY" || tag.hasPrefix("HUMAN_PART") || tag.hasPrefix("NON_HUMAN_PART")
            || tag.hasPrefix("LOC_") { return .entity }
        return nil
    }
}

/// SAX reader of CAT XML.
private final class CATReader: NSObject, XMLParserDelegate {
    struct Markable { var tag: String; var id: String; var tokens: [String] = []; var attributes: [String: String] }
    var tokens: [(id: String, sentence: String, text: String)] = []
    var markables: [Markable] = []
    var links: [(sources: [String], target: String?)] = []
    var published: String?

    private var inToken: (id: String, sentence: String)?
    private var tokenText = ""
    private var inMarkables = false
    private var current: Markable?
    private var relation: (sources: [String], target: String?)?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "token":
            inToken = (attributes["t_id"] ?? "", attributes["sentence"] ?? "0"); tokenText = ""
        case "Markables": inMarkables = true
        case "Relations": inMarkables = false
        case "token_anchor":
            if let t = attributes["t_id"] { current?.tokens.append(t) }
        case "REFERS_TO", "CROSS_DOC_COREF":
            relation = ([], nil)
        case "source":
            if let m = attributes["m_id"] { relation?.sources.append(m) }
        case "target":
            if let m = attributes["m_id"] { relation?.target = m }
        default:
            if inMarkables, let m = attributes["m_id"] {
                current = Markable(tag: name, id: m, attributes: attributes)
                if name == "TIMEX3", attributes["functionInDocument"] == "CREATION_TIME" { published = attributes["value"] }
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inToken != nil { tokenText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "token":
            if let t = inToken { tokens.append((t.id, t.sentence, tokenText.trimmingCharacters(in: .whitespacesAndNewlines))) }
            inToken = nil
        case "REFERS_TO", "CROSS_DOC_COREF":
            if let r = relation { links.append(r) }
            relation = nil
        default:
            if let c = current, c.tag == name { markables.append(c); current = nil }
        }
    }

    func document(id: String) -> CrossDocumentGold {
        var text = ""
        var count = 0
        var span: [String: (Int, Int)] = [:]
        var tokenText: [String: String] = [:]
        var lastSentence: String?
        for t in tokens {
            if let s = lastSentence {
                let sep = s == t.sentence ? " " : "\n"
                text += sep; count += 1
            }
            lastSentence = t.sentence
            let n = t.text.unicodeScalars.count
            span[t.id] = (count, count + n)
            tokenText[t.id] = t.text
            text += t.text; count += n
        }
        var instanceOfMarkable: [String: String] = [:]
        for m in markables { if let inst = m.attributes["instance_id"], !inst.isEmpty { instanceOfMarkable[m.id] = inst } }
        var instanceOfMention: [String: String] = [:]
        for l in links { if let t = l.target, let inst = instanceOfMarkable[t] { for s in l.sources { instanceOfMention[s] = inst } } }
        var mentions: [CrossDocumentGold.GoldMention] = []
        for m in markables where !m.tokens.isEmpty {
            guard let kind = CrossDocumentGold.kind(ofTag: m.tag) else { continue }
            let spans = m.tokens.compactMap { span[$0] }
            guard let start = spans.map(\.0).min(), let end = spans.map(\.1).max() else { continue }
            let nameLike = m.tokens.contains { t in
                guard let word = tokenText[t], let first = word.unicodeScalars.first else { return false }
                return first.properties.isUppercase && !CrossDocumentGold.notNames.contains(word)
            }
            mentions.append(.init(id: m.id, kind: kind, start: start, end: end, syntacticType: m.attributes["syntactic_type"],
                                  instance: instanceOfMention[m.id], nameLike: nameLike))
        }
        let published = self.published.flatMap { v -> String? in
            let key = DateKey(v)
            return key.known ? String(v.prefix(10)) : nil
        }
        return CrossDocumentGold(id: id, text: text, published: published, mentions: mentions)
    }
}

/// Precision, recall and F1 of a set of links.
public struct LinkScore: Sendable, Hashable {
    public var truePositives = 0
    /// System links between gold mentions that both belong to an instance.
    public var systemLinks = 0
    public var goldLinks = 0
    /// Gold links whose two mentions both stand for something the system output (an entity
    /// mention, an event trigger), whether or not it linked them: the most recall could reach
    /// with this output's mentions.
    public var reachableGoldLinks = 0

    public init(truePositives: Int = 0, systemLinks: Int = 0, goldLinks: Int = 0, reachableGoldLinks: Int = 0) {
        self.truePositives = truePositives
        self.systemLinks = systemLinks
        self.goldLinks = goldLinks
        self.reachableGoldLinks = reachableGoldLinks
    }

    public var precision: Double { systemLinks == 0 ? 0 : Double(truePositives) / Double(systemLinks) }
    public var recall: Double { goldLinks == 0 ? 0 : Double(truePositives) / Double(goldLinks) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// The share of gold links that are reachable (`reachableGoldLinks / goldLinks`).
    public var recallCeiling: Double { goldLinks == 0 ? 0 : Double(reachableGoldLinks) / Double(goldLinks) }

    public static func + (a: LinkScore, b: LinkScore) -> LinkScore {
        LinkScore(truePositives: a.truePositives + b.truePositives, systemLinks: a.systemLinks + b.systemLinks,
                  goldLinks: a.goldLinks + b.goldLinks, reachableGoldLinks: a.reachableGoldLinks + b.reachableGoldLinks)
    }
}

/// Scores the cross-article links of a merged document against gold instance ids.
///
/// A link is an unordered pair of gold mentions in different documents. Gold links: pairs whose
/// mentions refer to the same instance. System links: pairs of gold mentions that the merge puts
/// in one entity (through its mentions) or one event (through the trigger of every telling: each
/// member's trigger and, with `everyTelling`, the triggers of its `otherEvidence`, the same event
/// told again in one article; without it only the first telling in each article counts, the
/// definition used before);
/// a system mention stands for the gold mention of its kind it overlaps most (Dice of the spans). System links that
/// touch a gold mention without an instance are not scored (that part of the corpus is not annotated).
/// With `namesOnly`, entity mentions with a syntactic type other than `NAM` are left out of both sides
/// (the tool resolves named entities, not pronouns or common nouns).
public enum MergeLinkScorer {
    public static func score(gold: [CrossDocumentGold], merged: StorylineDocument,
                             namesOnly: Bool = true, everyTelling: Bool = true) -> (entities: LinkScore, events: LinkScore) {
        typealias Key = GoldKey
        var byDocument: [String: [CrossDocumentGold.GoldMention]] = [:]
        for g in gold { byDocument[g.id] = g.mentions }
        func keep(_ m: CrossDocumentGold.GoldMention) -> Bool {
            guard m.instance != nil else { return false }
            guard namesOnly, m.kind == .entity else { return true }
            if let t = m.syntacticType { return t == "NAM" }
            return m.nameLike // mentions of the cross-document layer carry no syntactic type
        }
        func goldMention(_ doc: String, _ start: Int, _ end: Int, _ kind: CrossDocumentGold.Kind) -> Key? {
            // The gold mention with the largest overlap relative to both spans (Dice).
            var best: (dice: Double, start: Int, id: String)?
            for m in byDocument[doc] ?? [] where m.kind == kind && keep(m) {
                let overlap = min(end, m.end) - max(start, m.start)
                guard overlap > 0 else { continue }
                let dice = 2 * Double(overlap) / Double(end - start + m.end - m.start)
                if let b = best, dice < b.dice || (dice == b.dice && m.start >= b.start) { continue }
                best = (dice, m.start, m.id)
            }
            return best.map { Key(document: doc, mention: $0.id) }
        }
        var instance: [Key: String] = [:]
        for g in gold { for m in g.mentions where keep(m) { instance[Key(document: g.id, mention: m.id)] = m.instance } }

        func score(_ clusters: [[Key]], kind: CrossDocumentGold.Kind) -> LinkScore {
            var s = LinkScore()
            var pairs: Set<[Key]> = []
            for c in clusters {
                let unique = Array(Set(c)).sorted()
                for i in unique.indices { for j in unique.indices where j > i && unique[i].document != unique[j].document {
                    pairs.insert([unique[i], unique[j]])
                } }
            }
            for p in pairs {
                s.systemLinks += 1
                if instance[p[0]] == instance[p[1]] { s.truePositives += 1 }
            }
            // Gold links: per instance, pairs of mentions in different documents; reachable ones
            // have both mentions in some system cluster.
            let output = Set(clusters.joined())
            func links(_ docs: [String: Int]) -> Int {
                let n = docs.values.reduce(0, +)
                let same = docs.values.reduce(0) { $0 + $1 * $1 }
                return (n * n - same) / 2
            }
            var perInstance: [String: [String: Int]] = [:], reachable: [String: [String: Int]] = [:]
            for g in gold { for m in g.mentions where m.kind == kind && keep(m) {
                guard let inst = m.instance else { continue }
                perInstance[inst, default: [:]][g.id, default: 0] += 1
                if output.contains(Key(document: g.id, mention: m.id)) { reachable[inst, default: [:]][g.id, default: 0] += 1 }
            } }
            s.goldLinks = perInstance.values.reduce(0) { $0 + links($1) }
            s.reachableGoldLinks = reachable.values.reduce(0) { $0 + links($1) }
            return s
        }
        let entityClusters = merged.entities.map { e in e.mentions.compactMap { goldMention($0.document, $0.start, $0.end, .entity) } }
        let eventClusters = merged.events.map { e in
            (e.members ?? [e]).flatMap { telling in
                let again = everyTelling ? (telling.otherEvidence ?? []).compactMap(\.trigger) : []
                return ([telling.trigger] + again).compactMap { goldMention(telling.document, $0.start, $0.end, .event) }
            }
        }
        return (score(entityClusters, kind: .entity), score(eventClusters, kind: .event))
    }
}

/// A gold mention: document and mention id.
struct GoldKey: Hashable, Comparable {
    var document: String
    var mention: String
    static func < (a: GoldKey, b: GoldKey) -> Bool { (a.document, a.mention) < (b.document, b.mention) }
}
