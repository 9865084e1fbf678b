/// Keys under which an entity is recognised across articles. Two entities of the same type are the
/// same when they share a key. Keys come from each name and alias separately:
/// - the normalised name: lower-cased words, "the" and possessives dropped
///   ("The U.S." → "us", "Huawei's" → "huawei");
/// - for organisations, that name without corporate suffixes ("Huawei Technologies Co., Ltd." →
///   "huawei technologies"; "Apple Inc." → "apple");
/// - for organisations and locations, acronyms: the initials of a multi-word name ("Federal
///   Communications Commission" → `acrfull:fcc`; three letters or more, or any for locations) and a
///   short all-capitals name as itself ("FCC" → `acrform:fcc`). An acronym key only meets its
///   partner (`partner(of:)`): two long names with the same initials ("Apple Corps", "Apple
///   Computer") are not the same entity.
/// Keys are prefixed by the entity type, so a person and a city with one name stay apart.
public enum EntityKeys {
    /// Corporate suffixes that do not distinguish organisations.
    static let corporateSuffixes: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
        "ag", "sa", "nv", "gmbh", "group", "holdings", "lp", "llp",
    ]
    /// Words skipped when building acronyms.
    static let acronymSkip: Set<String> = ["of", "the", "and", "for", "de", "in", "on", "at", "to"]

    /// All keys of an entity (name and aliases), typed.
    public static func keys(name: String, aliases: [String], type: EntityType) -> Set<String> {
        var out: Set<String> = []
        for n in [name] + aliases { out.formUnion(keys(of: n, type: type)) }
        return out
    }

    /// The keys one name gives.
    static func keys(of name: String, type: EntityType) -> Set<String> {
        let prefix = type.rawValue + ":"
        var ws = EventWords.words(name)
        if isAcronymForm(name) {
            // "U.S.", "FCC": the letters are one word.
            ws = [ws.joined()]
        }
        while ws.first == "the" { ws.removeFirst() }
        if ws.count > 1 { ws.removeAll { $0 == "s" } }
        var out: Set<String> = []
        if ws.isEmpty {
            // Nothing alphabetic: the raw text still identifies the entity.
            out.insert(prefix + "raw:" + name.lowercased())
            return out
        }
        out.insert(prefix + ws.joined(separator: " "))
        if type == .organization {
            var core = ws
            while core.count > 1, let last = core.last, corporateSuffixes.contains(last) { core.removeLast() }
            out.insert(prefix + core.joined(separator: " "))
        }
        if type == .organization || type == .location {
            let significant = ws.filter { !acronymSkip.contains($0) && !corporateSuffixes.contains($0) }
            if significant.count >= 3 || (significant.count == 2 && type == .location) {
                out.insert(prefix + acronymFull + significant.compactMap { $0.unicodeScalars.first.map(String.init) }.joined())
            } else if ws.count == 1, isAcronymForm(name) {
                out.insert(prefix + acronymForm + ws[0])
            }
        }
        return out
    }

    static let acronymFull = "acrfull:", acronymForm = "acrform:"

    /// The key a key meets: itself, or for acronym keys the other kind (`acrfull:x` ↔ `acrform:x`).
    public static func partner(of key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        let rest = key[key.index(after: colon)...]
        if rest.hasPrefix(acronymFull) { return key[...colon] + acronymForm + rest.dropFirst(acronymFull.count) }
        if rest.hasPrefix(acronymForm) { return key[...colon] + acronymFull + rest.dropFirst(acronymForm.count) }
        return key
    }

    /// "FCC", "U.S.", "EU": two to six capital letters, dots allowed.
    static func isAcronymForm(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.value >= 65 && u.value <= 90 { letters += 1 }
            else if u != "." { return false }
        }
        return letters >= 2 && letters <= 6
    }
}
