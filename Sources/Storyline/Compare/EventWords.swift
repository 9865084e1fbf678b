/// Word normalisation for comparing event triggers and headlines across articles:
/// stems (a light suffix stripper plus a table of irregular verb forms) and synonym classes
/// ("said", "told", "stated" → one class). Tables are compiled once into hash tables keyed by stem.
enum EventWords {
    // MARK: Tables (readable data)

    /// Irregular inflections → base form.
    static let irregularForms: WordMap<String> = [
        "said": "say", "says": "say", "told": "tell", "withdrew": "withdraw", "withdrawn": "withdraw",
        "bought": "buy", "sold": "sell", "took": "take", "taken": "take", "went": "go", "gone": "go",
        "left": "leave", "made": "make", "won": "win", "lost": "lose", "met": "meet", "began": "begin",
        "begun": "begin", "brought": "bring", "came": "come", "gave": "give", "given": "give",
        "held": "hold", "kept": "keep", "led": "lead", "paid": "pay", "ran": "run", "saw": "see",
        "seen": "see", "sent": "send", "spent": "spend", "stood": "stand", "struck": "strike",
        "thought": "think", "wrote": "write", "written": "write", "fell": "fall", "fallen": "fall",
        "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow", "chose": "choose",
        "chosen": "choose", "spoke": "speak", "spoken": "speak", "became": "become", "built": "build",
        "knew": "know", "known": "know", "found": "find", "got": "get", "gotten": "get", "had": "have",
        "has": "have", "was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "did": "do",
        "done": "do", "fled": "flee", "fought": "fight", "sought": "seek", "caught": "catch",
        "shot": "shoot", "threw": "throw", "thrown": "throw", "beaten": "beat", "broke": "break",
        "broken": "break", "overtook": "overtake", "overtaken": "overtake", "withheld": "withhold",
        "upheld": "uphold", "hung": "hang", "drove": "drive", "driven": "drive", "ate": "eat",
        "forbade": "forbid", "forbidden": "forbid", "sank": "sink", "swore": "swear", "sworn": "swear",
        "hid": "hide", "hidden": "hide", "arose": "arise", "arisen": "arise", "dealt": "deal",
        "felt": "feel", "heard": "hear", "lent": "lend", "meant": "mean", "stole": "steal",
        "stolen": "steal", "stuck": "stick", "woke": "wake", "wound": "wind", "died": "die",
        "dying": "die",
    ]

    /// Synonym classes: the first word names the class; every word (or two-word phrase) in the row
    /// belongs to it. Nominal forms are listed where stemming cannot reach them.
    /// Each word stands in one row (`conceptOfStem` keeps the first row of a word; a test checks).
    static let synonymRows: [[String]] = [
        ["say", "tell", "state", "statement", "add", "claim", "note", "comment", "remark", "explain",
         "declare", "insist", "assert", "speak", "told"],
        ["announce", "announcement", "unveil", "reveal", "disclose", "confirm", "introduce", "introduction"],
        ["launch", "release", "debut", "roll out", "ship", "premiere"],
        ["withdraw", "withdrawal", "exit", "leave", "quit", "abandon", "retreat", "pull out", "drop out",
         "back out", "pull back", "departure", "depart"],
        ["buy", "acquire", "acquisition", "purchase", "take over", "takeover", "buyout"],
        ["sell", "sale", "divest", "divestiture", "offload"],
        ["sue", "lawsuit", "suit", "litigation", "litigate"],
        ["open", "opening", "establish", "set up", "found", "foundation", "create", "start"],
        ["close", "closure", "shut", "shut down", "shutdown"],
        // A killing and the death it causes are one event ("X was killed" = "X died" = "his death");
        // a shooting or a stabbing is an attack, another event than the death it may cause.
        ["kill", "murder", "slay", "homicide", "killing", "slaying", "die", "death", "dead"],
        // An arrest and the charges that follow it are two events.
        ["arrest", "detain", "apprehend", "custody", "book"],
        ["charge", "indict", "indictment", "accuse"],
        ["elect", "election", "vote", "ballot", "choose", "select", "selection"],
        ["meet", "meeting", "talk", "summit", "conference", "visit", "gather", "gathering"],
        ["report", "warn", "warning", "caution", "publish", "allege"],
        ["interview"],
        ["fire", "dismiss", "dismissal", "sack", "oust", "ouster", "lay off", "layoff"],
        ["resign", "resignation", "step down", "retire", "retirement"],
        ["hire", "appoint", "appointment", "name", "recruit", "nominate", "nomination", "tap"],
        ["ban", "block", "prohibit", "bar", "forbid", "restrict", "restriction", "sanction"],
        ["invest", "investment", "fund", "funding", "finance"],
        ["win", "beat", "defeat", "victory", "triumph"],
        ["lose", "loss"],
        ["rise", "grow", "growth", "increase", "gain", "climb", "jump", "soar", "surge"],
        ["fall", "decline", "decrease", "drop", "plunge", "slump", "tumble", "sink"],
        ["attack", "assault", "bomb", "bombing", "strike", "raid", "hurl", "throw", "shoot", "shooting", "stab", "stabbing", "gunfire", "crossfire", "shootout", "firebombing"],
        ["injure", "injury", "wound", "hurt"],
        ["earthquake", "quake", "tremor"],
        ["protest", "demonstration", "rally", "march"],
        ["dui", "dwi", "driving"],
        ["riot", "unrest", "clash"],
        ["crash", "collide", "collision"],
        ["explode", "explosion", "blast", "detonate", "detonation"],
        ["sign", "agree", "agreement", "deal", "contract", "pact"],
        ["plan", "intend", "aim", "expect"],
        ["confess", "confession", "admit", "admission", "plead"],
    ]

    /// Concepts (synonym class names) that happen to a person once: two tellings naming one person
    /// are one event whatever their dates (`EventMatcher.sameVictim`).
    static let onceOnlyConcepts: Set<String> = [stemPhrase("kill")]

    /// Event types whose triggers name one concept whatever the word: a leave of absence is no
    /// departure, though "leave" and "left" share a stem; an attack that kills ("shot dead",
    /// "stabbed to death") is the killing.
    static let typeConcepts: WordMap<String> = ["absence": "absence", "death": stemPhrase("kill")]

    /// Words that carry no event content in a headline.
    static let stopWords: WordSet = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "and", "or", "but", "its",
        "his", "her", "their", "it", "this", "that", "these", "those", "from", "as", "be", "have", "do",
        "will", "would", "can", "could", "may", "might", "should", "shall", "must", "not", "no", "into",
        "about", "over", "after", "before", "than", "then", "also", "who", "which", "what", "he", "she",
        "they", "we", "i", "you", "our", "your", "them", "him", "us", "s", "t",
    ]

    // MARK: Compiled tables

    /// Stem (or stemmed phrase) → synonym class name.
    static let conceptOfStem: WordMap<String> = {
        var table = WordMap<String>()
        for row in synonymRows {
            guard let head = row.first else { continue }
            let concept = stemPhrase(head)
            for word in row {
                let key = stemPhrase(word)
                if table[key] == nil { table[key] = concept }
            }
        }
        return table
    }()

    // MARK: Stemming

    /// Lower-cased words of a text (letters and digits); everything else separates words, so
    /// "Huawei’s" gives "huawei", "s". ASCII text takes a byte-level fast path.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in text.utf8 {
                if b >= 65 && b <= 90 { current.append(b + 32) }
                else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { current.append(b) }
                else { flush() }
            }
            flush()
            return out
        }
        // Text with non-ASCII letters: Unicode properties.
        for u in text.unicodeScalars {
            if u.properties.isAlphabetic || (u.value >= 48 && u.value <= 57) {
                for l in u.properties.lowercaseMapping.utf8 { current.append(l) }
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// A stem shared by a word's inflections: irregular forms from the table, then `-ies/-ied` → `y`,
    /// `-ing`, `-ed`, `-es`, `-s` stripped, a final `e` dropped and a final doubled consonant undoubled.
    static func stem(_ word: String) -> String {
        if let base = irregularForms[word] { return stemRegular(base) }
        return stemRegular(word)
    }

    private static func stemRegular(_ word: String) -> String {
        // Words of up to 64 bytes (all real ones) are stemmed on the stack, longer ones in an array.
        let n = word.utf8.count
        guard n <= 64 else { return stemRegular(bytes: Array(word.utf8)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var count = 0
            for b in word.utf8 { buffer[count] = b; count += 1 }
            count = stemmedLength(buffer, count)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    private static func stemRegular(bytes: [UInt8]) -> String {
        var u = bytes
        let count = u.withUnsafeMutableBufferPointer { stemmedLength($0, $0.count) }
        return String(decoding: u[0..<count], as: UTF8.self)
    }

    /// The suffix rules on the first `count` bytes of `u`, changed in place; returns the new length.
    /// The stem keeps more than two letters.
    private static func stemmedLength(_ u: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Int {
        var count = length
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard count > n + 2 else { return false }
            let p = suffix.utf8Start
            for k in 0..<n where u[count - n + k] != p[k] { return false }
            return true
        }
        if ends("ies") || ends("ied") { count -= 3; u[count] = 121; count += 1 }
        else if ends("ing") { count -= 3 }
        else if ends("ed") { count -= 2 }
        else if ends("es") && !ends("ses") { count -= 2 }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") { count -= 1 }
        if count > 3, u[count - 1] == 101 { count -= 1 } // final e
        if count > 3, u[count - 2] == u[count - 1] {
            let last = u[count - 1]
            if last != 97, last != 101, last != 105, last != 111, last != 117, last != 108, last != 115 { count -= 1 } // not a e i o u l s
        }
        return count
    }

    static func stemPhrase(_ phrase: String) -> String {
        words(phrase).map(stem).joined(separator: " ")
    }

    // MARK: Concepts

    /// The concept of an event of `type` told by `trigger`: the type's own concept
    /// (`typeConcepts`), else the trigger's synonym class.
    static func triggerConcept(_ trigger: String, type: String) -> String {
        typeConcepts[type] ?? triggerConcept(trigger)
    }

    /// The synonym class of a trigger ("pulled out" → withdraw, "acquired" → buy); else its head stem.
    static func triggerConcept(_ trigger: String) -> String {
        let ws = words(trigger).map(stem)
        guard !ws.isEmpty else { return "" }
        if ws.count >= 2, let c = conceptOfStem[ws[0] + " " + ws[1]] { return c }
        for w in ws where !stopWords.contains(w) {
            return conceptOfStem[w] ?? w
        }
        return conceptOfStem[ws[0]] ?? ws[0]
    }

    /// Content concepts of a headline: stems without stop words, mapped to synonym classes.
    static func headlineConcepts(_ headline: String) -> Set<String> {
        let ws = words(headline)
        var out: Set<String> = []
        var i = 0
        while i < ws.count {
            let s = stem(ws[i])
            if i + 1 < ws.count, let c = conceptOfStem[s + " " + stem(ws[i + 1])] {
                out.insert(c); i += 2; continue
            }
            if !stopWords.contains(ws[i]) && !stopWords.contains(s) { out.insert(conceptOfStem[s] ?? s) }
            i += 1
        }
        return out
    }
}
