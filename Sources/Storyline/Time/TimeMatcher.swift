/// The first pass of `TimeTagger`: token rules that recognise one time expression at a position
/// and give it a type, an underspecified value and an `Anchor`. Rules read the word tables of
/// `TimeLexicon`; every index is guarded.
struct Matcher {
    typealias Candidate = TimeTagger.Candidate
    typealias Unit = TimeLexicon.Unit
    let text: AnalyzedText
    let tokens: [Token]
    /// Word classes of the tokens (empty for tokens the first pass found irrelevant).
    let classes: [WordClass]

    init(text: AnalyzedText, tokens: [Token], classes: [WordClass]? = nil) {
        self.text = text
        self.tokens = tokens
        self.classes = classes ?? tokens.map { t in
            t.kind == .number || t.kind == .apostropheYear ? .number : t.flags.contains(.hasDigit) ? .digitWord : WordClass.of[t.lower] ?? []
        }
    }

    /// Whether token `i` is of any of the classes in `c`.
    @inline(__always) func isClass(_ i: Int, _ c: WordClass) -> Bool { i >= 0 && i < classes.count && !classes[i].isDisjoint(with: c) }

    // MARK: token helpers

    func lw(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func tok(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }
    /// Token `i` touches the previous token (no space): "mid-April", "Dec." .
    func attached(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].flags.contains(.spaceBefore) }
    /// A hyphen or an en dash (`isLower` compares bytes: `==` against a non-ASCII literal normalises).
    func isHyphen(_ i: Int) -> Bool { text.isLower(i, "-") || text.isLower(i, "\u{2013}") }
    func capitalized(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalized }
    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        guard let x = tok(a), let y = tok(b) else { return false }
        return x.sentence == y.sentence
    }

    /// An all-digit number token's value.
    func integer(_ i: Int) -> Int? {
        guard let t = tok(i), t.kind == .number else { return nil }
        var v = 0
        var count = 0
        for c in t.lower.utf8 {
            guard c >= 0x30 && c <= 0x39, count < 9 else { return nil }
            v = v * 10 + Int(c - 0x30)
            count += 1
        }
        return count > 0 ? v : nil
    }

    /// Digit count of a number token.
    func digits(_ i: Int) -> Int { tok(i).map { $0.kind == .number ? $0.lower.utf8.count : 0 } ?? 0 }

    /// A count at `i`: digits, number words ("twenty-four", "twenty four"), vague words ("several",
    /// "a few"). Returns the count (nil = vague) and the index after it.
    func quantity(_ i: Int) -> (count: Int?, next: Int)? {
        if let v = integer(i), v < 1000 {
            if text.isLower(i + 1, "to") || text.isLower(i + 1, "or"), integer(i + 2) != nil { return (nil, i + 3) }
            // "1,000" style numbers are not counts of time units here.
            if isHyphen(i + 1), attached(i + 1), let v2 = integer(i + 2), attached(i + 2) { return (v2 >= v ? nil : v, i + 1) }
            return (v, i + 1)
        }
        if text.isLower(i, "a") || text.isLower(i, "an") || text.isLower(i, "one") {
            if text.isLower(i + 1, "hundred") { return (100, i + 2) }  // "almost a hundred years"
        }
        if text.isLower(i, "a") || text.isLower(i, "an") {
            if text.isLower(i + 1, "couple") && text.isLower(i + 2, "of") { return (2, i + 3) }
            if TimeLexicon.vagueQuantities.contains(token: i + 1, in: text) { return (nil, i + 2) }  // a few
            if text.isLower(i + 1, "half") { return (nil, i + 2) }
            return (1, i + 1)
        }
        if text.isLower(i, "half") && (text.isLower(i + 1, "a") || text.isLower(i + 1, "an")) { return (nil, i + 2) }
        if TimeLexicon.tens.contains(token: i, in: text), let tv = TimeLexicon.numberWords[token: i, in: text] {
            var j = i + 1
            if isHyphen(j), attached(j) { j += 1 }
            if let u = TimeLexicon.numberWords[token: j, in: text], u < 10, !text.isLower(j, "a"), !text.isLower(j, "an") { return (tv + u, j + 1) }
            return (tv, i + 1)
        }
        if let v = TimeLexicon.numberWords[token: i, in: text], !text.isLower(i, "dozen"), !text.isLower(i, "hundred"), !text.isLower(i, "couple") {
            if text.isLower(i + 1, "or") || text.isLower(i + 1, "to"), TimeLexicon.numberWords[token: i + 2, in: text] != nil { return (nil, i + 3) }
            return (v, i + 1)
        }
        if text.isLower(i, "couple"), text.isLower(i + 1, "of") { return (2, i + 2) }
        if TimeLexicon.vagueQuantities.contains(token: i, in: text) { return (nil, i + 1) }
        return nil
    }

    /// The day and clock of an ISO timestamp's tail at `k` ("11T10", ":", "00:00Z"): the day, the
    /// time as `HH:MM` or `HH:MM:SS`, and the index after it.
    func isoDayAndTime(at k: Int) -> (day: Int, clock: String, end: Int)? {
        guard let t = tok(k), t.kind == .word else { return nil }
        let u = Array(t.lower.utf8)
        func digit(_ b: UInt8) -> Int? { b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil }
        guard u.count == 5, u[2] == 0x74, let d1 = digit(u[0]), let d2 = digit(u[1]), let h1 = digit(u[3]), let h2 = digit(u[4]) else { return nil }
        let day = d1 * 10 + d2, hour = h1 * 10 + h2
        guard (1...31).contains(day), hour < 24, text.isLower(k + 1, ":"), attached(k + 1), attached(k + 2), let rest = tok(k + 2) else { return nil }
        // "00", "00z", "00:00", "00:00z": minutes, optional seconds, optional "z".
        var r = Array(rest.lower.utf8)
        if r.last == 0x7A { r.removeLast() }
        guard r.count == 2 || r.count == 5 && r[2] == 0x3A, let m1 = digit(r[0]), let m2 = digit(r[1]), m1 < 6 else { return nil }
        var clock = TimexFormat.two(hour) + ":" + String(m1) + String(m2)
        if r.count == 5 {
            guard let s1 = digit(r[3]), let s2 = digit(r[4]), s1 < 6 else { return nil }
            clock += ":" + String(s1) + String(s2)
        }
        return (day, clock, k + 3)
    }

    /// Whether a two-digit decade at `j` ("90s") follows "the", directly or after a modifier ("the
    /// mid-90s", "the early 90s"), and no temperature word stands near it in its sentence.
    func decadeContext(_ j: Int) -> Bool {
        let afterThe = text.isLower(j - 1, "the")
            || TimeLexicon.pointModifiers[token: j - 1, in: text] != nil && text.isLower(j - 2, "the")
            || isHyphen(j - 1) && attached(j) && TimeLexicon.pointModifiers[token: j - 2, in: text] != nil && text.isLower(j - 3, "the")
        guard afterThe else { return false }
        for k in max(0, j - 8)...min(tokens.count - 1, j + 2) where sameSentence(k, j) {
            if TimeLexicon.temperatureWords.contains(token: k, in: text) { return false }
        }
        return true
    }

    /// The last year of a range of years starting at `i`: "1990-1995", "1990-95", "2022-23" (the
    /// second year after the first, within a century; no spaces around the hyphen).
    func yearRangeEnd(_ i: Int) -> Int? {
        guard digits(i) == 4, let a = integer(i), a >= 1000, a <= 2099, isHyphen(i + 1), attached(i + 1), attached(i + 2),
              let b = integer(i + 2) else { return nil }
        let end: Int
        switch digits(i + 2) {
        case 4: end = b
        // "1999-00" crosses the century; "1998-12" is no range (nor a month here).
        case 2: guard b > a % 100 || a % 100 == 99 && b == 0 else { return nil }; end = a / 100 * 100 + b + (b == 0 ? 100 : 0)
        default: return nil
        }
        // A following hyphen and number make it an identifier ("1990-1995-3"), not a range.
        guard end > a, end - a <= 100, end <= 2099, !(isHyphen(i + 3) && attached(i + 3)) else { return nil }
        return end
    }

    /// Whether year `y` at `i` stands as a year where it is: not after a capitalised name ("Section
    /// 2013", "Windows 2000") or a word that makes it a number, and before 1900 only after a
    /// preposition.
    func standaloneYear(at i: Int, _ y: Int) -> Bool {
        let prev = lw(i - 1)
        if TimeLexicon.nonYearHeads.contains(prev) { return false }
        if let p = tok(i - 1), p.isCapitalized, p.kind == .word, TimeLexicon.months[prev] == nil,
           TimeLexicon.seasons[prev] == nil, !(p.flags.contains(.sentenceStart)), !Self.yearHeadWords.contains(prev) {
            return false
        }
        if y < 1900 && !Self.earlyYearHeads.contains(prev) { return false }
        return true
    }

    /// Capitalised words a year may follow ("In 2013", "Since 1990", "Spring 2014"), and the last
    /// words of events named with their year ("Worldwide Developers Conference 2010", "World Cup
    /// 2014", "Expo 2020"), where the year dates the event.
    static let yearHeadWords: Set<String> = ["in", "since", "by", "of", "from", "until", "through", "during", "before", "after", "for", "and", "or", "to",
                                             "between", "early", "late", "mid", "end", "spring", "summer", "fall", "autumn", "winter", "christmas",
                                             "conference", "summit", "cup", "games", "olympics", "expo", "championship", "championships",
                                             "festival", "awards", "election", "elections", "convention", "fair", "census"]
    /// Words a year before 1900 must follow ("in 1848", "since 1776").
    static let earlyYearHeads: Set<String> = ["in", "since", "of", "from", "until", "by", "year", "around", "before", "after"]

    /// A four-digit year at `i` (1000…2099), as a number token not part of an amount.
    func year(_ i: Int) -> Int? {
        guard digits(i) == 4, let v = integer(i), v >= 1000, v <= 2099 else { return nil }
        let prev = lw(i - 1)
        if prev == "$" || prev == "#" || prev == "£" || prev == "€" { return nil }
        let next = lw(i + 1)
        if next == "%" || TimeLexicon.nonYearTails.contains(next) { return nil }
        if (next == "-" || next == ":") && attached(i + 1) && integer(i + 2) != nil && digits(i + 2) == 1 { return nil }  // scores 3-1
        if isHyphen(i - 1) && attached(i) && integer(i - 2) != nil && yearRangeEnd(i - 2) == nil { return nil }  // phone numbers 555-2013
        if isHyphen(i + 1) && attached(i + 1) && digits(i + 2) >= 3 && yearRangeEnd(i) == nil { return nil }
        if let p = tok(i - 1), p.kind == .acronym || (p.isAllCaps && p.kind == .word) { return nil }  // H.R. 1988
        return v
    }

    // MARK: the rule set

    /// The longest time expression starting at `i`, with modifiers.
    mutating func match(at i: Int) -> Candidate? {
        // Quantity modifiers: "about three years", "more than a decade", "nearly two years ago".
        if let (mod, next) = quantityModifier(at: i), quantity(next) != nil || TimeLexicon.clockWords[token: next, in: text] != nil || isClass(next, .number | .digitWord),
           var c = core(at: next) {
            if c.type == .duration || (c.type == .date && c.mod == nil && isQuantityDate(c)) || c.type == .time {
                c.start = i
                c.mod = mod
                return c
            }
        }
        // "the end of the year", "the beginning of 2013", "the middle of October".
        if text.isLower(i, "the") || text.isLower(i, "at") {
            var j = i + (text.isLower(i, "at") ? 1 : 0)
            if text.isLower(i, "at") && !text.isLower(j, "the") { return core(at: i) }
            j += 1
            if let mod = TimeLexicon.framedModifiers[token: j, in: text], text.isLower(j + 1, "of") {
                let k = j + 2
                if text.isLower(k, "the") || text.isLower(k, "this"), let u = TimeLexicon.units[token: k + 1, in: text], !lw(k + 1).hasSuffix("s") {
                    return Candidate(start: i + (text.isLower(i, "at") ? 1 : 0), end: k + 2, type: .date, value: "",
                                     anchor: .dctShift(u, 0), mod: mod)
                }
                if var c = core(at: j + 2), c.type == .date {
                    c.start = i + (text.isLower(i, "at") ? 1 : 0)
                    c.mod = mod
                    return c
                }
            }
            // "the first half of 1989", "the second half of the year"; "the first two quarters of 1990"
            // and "the last two quarters of the year" are the halves too.
            let twoQuarters = text.isLower(j + 1, "two") && text.isLower(j + 2, "quarters") && (text.isLower(j, "first") || text.isLower(j, "last"))
            let halfWords = twoQuarters ? 2 : 1
            if let q = TimeLexicon.ordinals[token: j, in: text] ?? TimeLexicon.latterWords[token: j, in: text], q <= 2,
               twoQuarters || text.isLower(j + 1, "half"), text.isLower(j + 1 + halfWords, "of"),
               var c = core(at: j + 2 + halfWords), c.type == .date {
                c.start = i
                if c.anchor == .none {
                    // A half of a year; of a decade ("the last half of the '80s") the decade stays the value.
                    if c.value.utf8.count == 4, let y = Int(c.value) { c.value = "\(TimexFormat.four(y))-H\(q)" }
                } else { c.anchor = .quarter(q, half: true); c.value = "XXXX-H\(q)" }
                return c
            }
        }
        // "the day before last Tuesday", "two days after Christmas": a day counted from a named day.
        if isClass(i, .number | .numberWord | .the),
           let unitAt = (i + 1...i + 3).first(where: { isClass($0, .unit) && TimeLexicon.units[token: $0, in: text] == .day }),
           let dir = TimeLexicon.dayShiftWords[token: unitAt + 1, in: text],
           let dayCount = text.isLower(i, "the") ? (unitAt == i + 1 ? 1 : nil) : quantity(i).flatMap({ $0.next == unitAt ? $0.count : nil }), dayCount <= 31,
           var c = core(at: unitAt + 2), c.type == .date, Self.namesADay(c) {
            c.start = i
            c.dayOffset = dir * dayCount
            return c
        }
        // "mid-afternoon yesterday", "by mid-morning": a part of the day, of a named day or the day under discussion.
        if text.isLower(i, "mid") {
            let j = isHyphen(i + 1) && attached(i + 1) ? i + 2 : i + 1
            if isClass(j, .partOfDay), let code = TimeLexicon.partsOfDay[token: j, in: text], !text.isLower(j, "night"), !text.isLower(j, "overnight") {
                if let c = core(at: j + 1), var d = Self.withPartOfDay(c, code) {
                    d.start = i
                    return d
                }
                if TimeLexicon.partOfDayPrepositions.contains(token: i - 1, in: text) {
                    return Candidate(start: i, end: j + 1, type: .time, value: "", anchor: .clock(code))
                }
            }
        }
        // "in the morning": the day under discussion; "the morning of March 3": that day.
        if text.isLower(i, "the"), isClass(i + 1, .partOfDay), let code = TimeLexicon.partsOfDay[token: i + 1, in: text], !text.isLower(i + 1, "night"), !text.isLower(i + 1, "overnight") {
            if text.isLower(i + 2, "of"), let c = core(at: i + 3), var d = Self.withPartOfDay(c, code) {
                d.start = i
                return d
            }
            // Not "in the morning mist": the part of the day must end its phrase.
            let next = tok(i + 2)
            let endsPhrase = next.map { $0.kind == .punctuation || TimeLexicon.phraseBoundaryWords.contains(token: i + 2, in: text) } ?? true
            if TimeLexicon.partOfDayPrepositions.contains(token: i - 1, in: text), endsPhrase {
                return Candidate(start: i, end: i + 2, type: .time, value: "", anchor: .clock(code))
            }
        }
        // "the mid-1990s", "the late 1970s", "the early summer"
        if text.isLower(i, "the"), TimeLexicon.pointModifiers[token: i + 1, in: text] != nil, var c = match(at: i + 1), c.start == i + 1,
           c.type == .date, c.value.utf8.count == 3 || Self.isSeason(c) {
            c.start = i
            return c
        }
        // "early 2013", "mid-April", "late yesterday", "earlier this month", "late last week", "early in the year".
        if let mod = TimeLexicon.pointModifiers[token: i, in: text] {
            var j = i + 1
            if isHyphen(j) && attached(j) { j += 1 }
            else if text.isLower(j, "in") && text.isLower(j + 1, "the") { j += 1 }  // "earlier in the year", "late in the day"
            if var c = core(at: j), c.type == .date || c.type == .time, c.mod == nil, !c.value.hasSuffix("_REF") {
                c.start = i
                c.mod = (text.isLower(i, "earlier") || text.isLower(i, "later")) ? nil : mod
                return c
            }
        }
        // Frames the matcher needs for extent only: "for years" (the preposition is not included).
        if text.isLower(i, "for") || text.isLower(i, "in") || text.isLower(i, "over") || text.isLower(i, "within") || text.isLower(i, "after") {
            if let u = TimeLexicon.units[token: i + 1, in: text], lw(i + 1).hasSuffix("s"), !isHyphen(i + 2), TimeLexicon.units[token: i + 2, in: text] == nil,
               !text.isLower(i + 2, "of") || text.isLower(i, "for") || text.isLower(i, "after"), u != .second {
                return Candidate(start: i + 1, end: i + 2, type: .duration, value: TimexFormat.duration(nil, u))
            }
            return nil
        }
        return core(at: i)
    }

    /// Whether a candidate is a season without a year ("summer" in "the early summer").
    static func isSeason(_ c: Candidate) -> Bool {
        if case .season(_, nil) = c.anchor { return true }
        return false
    }

    /// Whether a candidate names one day ("last Tuesday", "Christmas", "Oct. 23, 1999").
    static func namesADay(_ c: Candidate) -> Bool {
        switch c.anchor {
        case .dctDay(_, let s), .weekday(_, _, let s): return s.isEmpty
        case .monthDay(_, let d, let s): return d != nil && s.isEmpty
        case .nthWeekday, .refWeekday: return true
        case .none: return c.value.utf8.count == 10
        default: return false
        }
    }

    /// Dates built from a quantity ("two years ago") accept quantity modifiers.
    private func isQuantityDate(_ c: Candidate) -> Bool {
        switch c.anchor {
        case .dctShift, .refShift, .yearBack: return true
        default: return false
        }
    }

    /// "last year", "of last year", "a year ago", "a year earlier" after "the same quarter":
    /// the index after it and whether it counts from the DCT ("ago", "last year").
    func yearBackTail(at a: Int) -> (end: Int, ago: Bool)? {
        var k = a
        if text.isLower(k, "of") || text.isLower(k, "in") { k += 1 }
        if text.isLower(k, "last") && text.isLower(k + 1, "year") { return (k + 2, true) }
        if text.isLower(k, "a") && text.isLower(k + 1, "year") && (text.isLower(k + 2, "ago") || text.isLower(k + 2, "earlier")) && k == a {
            return (k + 3, text.isLower(k + 2, "ago"))
        }
        return nil
    }

    /// First words of the quantity modifiers ("more" of "more than").
    static let modifierHeads = WordSet(TimeLexicon.quantityModifiers.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    private func quantityModifier(at i: Int) -> (String, Int)? {
        let w = lw(i)
        guard Self.modifierHeads.contains(token: i, in: text) else { return nil }
        let two = w + " " + lw(i + 1)
        let three = two + " " + lw(i + 2)
        if let m = TimeLexicon.quantityModifiers[three] { return (m, i + 3) }
        if let m = TimeLexicon.quantityModifiers[two] { return (m, i + 2) }
        if let m = TimeLexicon.quantityModifiers[token: i, in: text] { return (m, i + 1) }
        return nil
    }

    /// The longest unmodified expression at `i`.
    mutating func core(at i: Int) -> Candidate? {
        var best: Candidate?
        func consider(_ c: Candidate?) {
            guard let c, c.end > c.start else { return }
            if best == nil || c.end > best!.end { best = c }
        }
        consider(clockTime(at: i))
        consider(numericDate(at: i))
        consider(monthDate(at: i))
        consider(weekday(at: i))
        consider(relative(at: i))
        consider(quantified(at: i))
        consider(quarter(at: i))
        consider(yearExpression(at: i))
        consider(frequency(at: i))
        consider(season(at: i))
        consider(holiday(at: i))
        consider(unitLong(at: i))
        guard var c = best else { return nil }
        // A date followed by a clock time is one TIME, as TimeML annotates "02/06/1998 22:19:00".
        if c.type == .date, Self.namesADay(c), c.dayOffset == 0, let (time, end) = clockAfterDate(c.end) {
            var merged = true
            switch c.anchor {
            case .monthDay(let m, let day?, let s) where s.isEmpty: c.anchor = .monthDay(month: m, day: day, suffix: "T" + time)
            case .weekday(let wd, let dir, let s) where s.isEmpty: c.anchor = .weekday(wd, direction: dir, suffix: "T" + time)
            case .dctDay(let off, let s) where s.isEmpty: c.anchor = .dctDay(offset: off, suffix: "T" + time)
            case .none where c.value.utf8.count == 10: c.value += "T" + time
            default: merged = false
            }
            if merged {
                c.type = .time
                c.end = end
                return c
            }
        }
        // A date followed by a part of the day: "yesterday afternoon" is a TIME (`TAF`); "Friday
        // night" (`…TNI`) stays a DATE, as TimeBank mostly annotates it.
        if let code = TimeLexicon.partsOfDay[token: c.end, in: text], !text.isLower(c.end, "overnight"), var d = Self.withPartOfDay(c, code) {
            d.end += 1
            return d
        }
        return c
    }

    /// A day expression narrowed to a part of the day ("yesterday" → `…TAF`), or nil when it names
    /// no single day. A relative day becomes a TIME; a weekday or date stays a DATE.
    static func withPartOfDay(_ c: Candidate, _ code: String) -> Candidate? {
        guard c.type == .date else { return nil }
        var d = c
        switch c.anchor {
        case .dctDay(let off, let s) where s.isEmpty:
            d.anchor = .dctDay(offset: off, suffix: "T" + code)
            d.type = .time
        case .weekday(let wd, let dir, let s) where s.isEmpty: d.anchor = .weekday(wd, direction: dir, suffix: "T" + code)
        case .monthDay(let m, let day?, let s) where s.isEmpty: d.anchor = .monthDay(month: m, day: day, suffix: "T" + code)
        default: return nil
        }
        return d
    }

    // MARK: individual rules

    /// "3 p.m.", "10:30 a.m. EST", "4:45pm", "8.40 am", "16:05 GMT", "noon", "midnight",
    /// "3 p.m. Friday", "5 p.m. EST Nov. 9", "12:45, Wednesday, 12 June 2013". `afterDate`: the
    /// clock follows a date ("10 Jun 2013 09:10"), so a bare 24-hour time is one too.
    private mutating func clockTime(at i: Int, afterDate: Bool = false) -> Candidate? {
        guard isClass(i, .number | .clock | .numberWord | .digitWord) else { return nil }
        var j = i
        var time: String
        if let t = tok(i), t.kind == .word, t.flags.contains(.hasDigit) {
            // "4:45pm", "10am", "8.40am": the hour with its a.m./p.m. in one token.
            guard let (h, m) = Self.attachedClock(t.lower) else { return nil }
            time = TimexFormat.two(h) + ":" + TimexFormat.two(m)
            j = i + 1
        } else if let h = TimeLexicon.clockWords[token: i, in: text] {
            // "high noon comes today": the idiom, not twelve o'clock.
            if h == 12, text.isLower(i - 1, "high") { return nil }
            time = h == 24 ? "24:00" : "12:00"
            j = i + 1
        } else if let hour = TimeLexicon.numberWords[token: i, in: text] {
            // "at three in the morning", "until ten o'clock": an hour in words, after a preposition.
            guard (1...12).contains(hour), !text.isLower(i, "a"), !text.isLower(i, "an"),
                  TimeLexicon.clockPrepositions.contains(token: i - 1, in: text) else { return nil }
            if text.isLower(i + 1, "o'clock") {
                j = i + 2
                time = TimexFormat.two(hour) + ":00"
            } else if let (h, end) = hourOfDayPart(hour, at: i + 1) {
                j = end
                time = TimexFormat.two(h) + ":00"
            } else {
                return nil
            }
        } else {
            guard let t = tok(i), t.kind == .number else { return nil }
            var parts = t.lower.split(separator: ":")
            // "8.40 am": a full stop between hour and minutes, when a.m. or p.m. follows.
            if parts.count == 1, t.lower.utf8.contains(0x2E), Self.meridiem(lw(i + 1), then: lw(i + 2)) != nil { parts = t.lower.split(separator: ".") }
            guard let hour = Int(parts[0]), hour <= 24 else { return nil }
            var minute = 0, second: Int?
            if parts.count >= 2 { guard let m = Int(parts[1]), m < 60, parts[1].count == 2 else { return nil }; minute = m }
            // "23:37:00", "5:59:13 PM": seconds too.
            if parts.count == 3 { guard let sec = Int(parts[2]), sec < 60, parts[2].count == 2 else { return nil }; second = sec }
            else if parts.count > 3 { return nil }
            j = i + 1
            var h = hour
            let ampm = lw(j)
            if let pm = Self.meridiem(ampm, then: lw(j + 1)) {
                guard hour >= 1 && hour <= 12 else { return nil }
                if pm && h < 12 { h += 12 }
                if !pm && h == 12 { h = 0 }
                j += 1
            } else if ampm == "o'clock" {
                j += 1
            } else if (1...12).contains(hour), TimeLexicon.clockPrepositions.contains(token: i - 1, in: text),
                      let (dayHour, end) = hourOfDayPart(hour, at: j) {
                // "at 4 in the morning", "until 10:30 at night"
                h = dayHour
                j = end
            } else if parts.count == 2 && (text.isLower(i - 1, "at") || text.isLower(i - 1, "by")) {
                // "at 10:30"
            } else if parts.count >= 2, hour < 24, afterDate || TimeLexicon.timeZones.contains(token: j, in: text) || followedByDay(j) {
                // "16:05 GMT", "10 Jun 2013 09:10", "12:45, Wednesday, 12 June 2013": a 24-hour time.
            } else {
                return nil
            }
            time = TimexFormat.two(h) + ":" + TimexFormat.two(minute) + (second.map { ":" + TimexFormat.two($0) } ?? "")
        }
        if TimeLexicon.timeZones.contains(token: j, in: text) { j += 1 }
        var c = Candidate(start: i, end: j, type: .time, value: "", anchor: .clock(time))
        // A following day: "Friday", "Nov. 9", "yesterday", optionally after a comma, is part of the
        // expression; after "on" ("8.40am on Saturday") it is an expression of its own, but still
        // the clock's day.
        var k = j
        let on = text.isLower(k, "on") && sameSentence(j - 1, k + 1)
        if text.isLower(k, ",") || on { k += 1 }
        if let d = monthDate(at: k) ?? weekday(at: k) ?? numericDate(at: k) ?? (on ? nil : relative(at: k)), d.type == .date {
            let end = on ? c.end : d.end
            switch d.anchor {
            case .monthDay(let m, let day?, let s) where s.isEmpty: c.anchor = .monthDay(month: m, day: day, suffix: "T" + time); c.end = end
            case .weekday(let wd, let dir, let s) where s.isEmpty: c.anchor = .weekday(wd, direction: dir, suffix: "T" + time); c.end = end
            case .dctDay(let off, let s) where s.isEmpty: c.anchor = .dctDay(offset: off, suffix: "T" + time); c.end = end
            case .none where d.value.utf8.count == 10: c.anchor = .none; c.value = d.value + "T" + time; c.end = end
            default: break
            }
        }
        return c
    }

    /// Whether `w` (and the token after it, `next`) is "a.m." or "p.m." in one of its spellings
    /// ("pm", "p.m.", "p" "."): true for p.m., false for a.m., nil for neither.
    static func meridiem(_ w: String, then next: String) -> Bool? {
        switch w {
        case "p.m.", "pm": return true
        case "a.m.", "am": return false
        case "p": return next == "." ? true : nil
        case "a": return next == "." ? false : nil
        default: return nil
        }
    }

    /// The 24-hour clock of a token like "4:45pm", "10am" or "8.40am": an hour 1–12, optional
    /// two-digit minutes after ":" or ".", then "am" or "pm".
    static func attachedClock(_ w: String) -> (hour: Int, minute: Int)? {
        let u = Array(w.utf8)
        guard u.count >= 3, u.count <= 7, u[u.count - 1] == 0x6D, u[u.count - 2] == 0x61 || u[u.count - 2] == 0x70 else { return nil }
        let digits = u[0..<(u.count - 2)]
        var hour = 0, minute = 0, k = digits.startIndex
        while k < digits.endIndex, digits[k] >= 0x30 && digits[k] <= 0x39 { hour = hour * 10 + Int(digits[k] - 0x30); k += 1 }
        guard k > digits.startIndex, k - digits.startIndex <= 2, (1...12).contains(hour) else { return nil }
        if k < digits.endIndex {
            guard digits[k] == 0x3A || digits[k] == 0x2E, digits.endIndex - k == 3 else { return nil }
            let m1 = digits[k + 1], m2 = digits[k + 2]
            guard m1 >= 0x30 && m1 <= 0x35, m2 >= 0x30 && m2 <= 0x39 else { return nil }
            minute = Int(m1 - 0x30) * 10 + Int(m2 - 0x30)
        }
        let pm = u[u.count - 2] == 0x70
        if pm && hour < 12 { hour += 12 }
        if !pm && hour == 12 { hour = 0 }
        return (hour, minute)
    }

    /// Whether a day follows at `k`, after an optional comma ("12:45, Wednesday, 12 June 2013").
    mutating func followedByDay(_ k: Int) -> Bool {
        let d = text.isLower(k, ",") ? k + 1 : k
        guard isClass(d, .month | .weekday | .number) else { return false }
        guard let c = monthDate(at: d) ?? weekday(at: d) ?? numericDate(at: d) else { return false }
        return c.type == .date && Self.namesADay(c)
    }

    /// A clock time after a date that names a day ("April 24, 2013 - 4:45pm", "Oct 26, 2011
    /// 8:57 AM CDT", "Saturday 8 June 2013, at 8:39am"), optionally after a comma, dash, bar or
    /// "at": the time and the index after it.
    mutating func clockAfterDate(_ k: Int) -> (time: String, end: Int)? {
        var j = k
        if text.isLower(j, ",") || isHyphen(j) || text.isLower(j, "|") { j += 1 }
        if text.isLower(j, "at") { j += 1 }
        guard sameSentence(k - 1, j), let c = clockTime(at: j, afterDate: true), case .clock(let time) = c.anchor, time.utf8.contains(0x3A) else { return nil }
        return (time, c.end)
    }

    /// The hour of the day of a clock hour (1…12) followed by "in the morning", "in the
    /// afternoon", "in the evening" or "at night", and the index after that phrase.
    func hourOfDayPart(_ hour: Int, at j: Int) -> (hour: Int, next: Int)? {
        let code: String
        let end: Int
        if text.isLower(j, "in"), text.isLower(j + 1, "the"), let c = TimeLexicon.partsOfDay[token: j + 2, in: text], c != "NI" {
            code = c; end = j + 3
        } else if text.isLower(j, "at"), text.isLower(j + 1, "night") {
            code = "NI"; end = j + 2
        } else {
            return nil
        }
        // Not "4 in the morning game": the part of the day ends its phrase.
        if let next = tok(end), next.kind != .punctuation, !TimeLexicon.phraseBoundaryWords.contains(token: end, in: text), next.sentence == tok(j)?.sentence { return nil }
        switch code {
        case "MO": return (hour == 12 ? 0 : hour, end)
        case "NI": return (hour >= 6 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour, end)
        default: return (hour == 12 ? 12 : hour + 12, end)
        }
    }

    /// Whether token `i` ends an amount: a number, "%", "percent", "million" ("20%", "$17.9 million").
    func isAmount(_ i: Int) -> Bool {
        guard let t = tok(i) else { return false }
        return t.kind == .number || TimeLexicon.amountWords.contains(token: i, in: text)
    }

    /// A counted noun before a rate ("four flights a week", "700 seats a week", "15 million
    /// instructions per second"): a lowercase word after a number that is no time unit and not
    /// "times" ("three times a week" is a recurrence).
    func isCountedNoun(_ k: Int) -> Bool {
        guard let t = tok(k), t.kind == .word, !t.isCapitalized, TimeLexicon.units[token: k, in: text] == nil, !text.isLower(k, "times") else { return false }
        return isAmount(k - 1) || isClass(k - 1, .numberWord)
    }

    /// "12/02/2013", "2013-12-02", "12/2".
    private func numericDate(at i: Int) -> Candidate? {
        guard isClass(i, .number) else { return nil }
        guard let t = tok(i), t.kind == .number else { return nil }
        let w = t.lower
        if w.utf8.contains(0x2F) {
            let p = w.split(separator: "/")
            guard p.count == 3 || p.count == 2, let m = Int(p[0]), let d = Int(p[1]), (1...12).contains(m), (1...31).contains(d) else { return nil }
            if p.count == 2 {
                guard text.isLower(i - 1, "on") || text.isLower(i - 1, "since") else { return nil }
                return Candidate(start: i, end: i + 1, type: .date, value: "", anchor: .monthDay(month: m, day: d, suffix: ""))
            }
            guard var y = Int(p[2]) else { return nil }
            if p[2].count == 2 { y += y < 50 ? 2000 : 1900 } else if p[2].count != 4 { return nil }
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.day(CalendarDate(year: y, month: m, day: d)))
        }
        // "08.07.2012": a dotted date is day first (European style), day and month in two digits;
        // not a version number ("version 1.2.2010", "release 10.04.2012").
        if w.utf8.contains(0x2E) {
            let p = w.split(separator: ".")
            guard p.count == 3, p[0].count == 2, p[1].count == 2, p[2].count == 4, !TimeLexicon.versionWords.contains(token: i - 1, in: text), let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]),
                  (1...12).contains(m), (1...31).contains(d), d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.day(CalendarDate(year: y, month: m, day: d)))
        }
        if digits(i) == 4, let y = integer(i), isHyphen(i + 1), attached(i + 1), digits(i + 2) == 2, let m = integer(i + 2),
           (1...12).contains(m), attached(i + 2) {
            if isHyphen(i + 3), attached(i + 3), digits(i + 4) == 2, let d = integer(i + 4), (1...31).contains(d), attached(i + 4) {
                return Candidate(start: i, end: i + 5, type: .date, value: TimexFormat.day(CalendarDate(year: y, month: m, day: d)))
            }
            // An ISO 8601 timestamp: "2023-04-11T10:00:00Z" (the tokenizer gives "11t10", ":", "00:00z").
            if isHyphen(i + 3), attached(i + 3), attached(i + 4), let (d, clock, end) = isoDayAndTime(at: i + 4), d <= CalendarDate.daysIn(month: m, year: y) {
                return Candidate(start: i, end: end, type: .time, value: TimexFormat.day(CalendarDate(year: y, month: m, day: d)) + "T" + clock)
            }
        }
        return nil
    }

    /// Words before "May"/"March" that make it the month without a number after it.
    static let monthDatePrev: WordSet = ["in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this",
        "during", "through", "from", "to", "before", "after", "between", "-", "and", "or", "end",
        "beginning", "middle", "on", "that", "same", "each", "every", "the"]

    /// Words of `monthDatePrev` after which "May" before a lowercase word can still be the modal.
    static let modalMayPrev: WordSet = ["and", "or", "-", "that", "same", "this", "next", "last", "each", "every", "the", "on", "end"]

    /// A month name at `i` that is really a month (capitalised, "May" and abbreviations checked).
    private func monthName(at i: Int, afterDay: Bool = false) -> (month: Int, next: Int)? {
        guard let (m, abbr) = TimeLexicon.months[token: i, in: text], capitalized(i) else { return nil }
        var next = i + 1
        if abbr && text.isLower(next, "."), attached(next) { next += 1 }
        else if abbr && !(text.isLower(i, "sept") || text.isLower(i, "sep")) && integer(next) == nil { return nil }
        // "April Fools", "March Madness": a capitalised word after the month makes it a name.
        if let t = tok(next), t.kind == .word, t.isCapitalized, TimeLexicon.weekdays[t.lower] == nil, TimeLexicon.months[t.lower] == nil,
           t.sentence == tok(i)?.sentence, !t.flags.contains(.sentenceStart) { return nil }
        if (text.isLower(i, "may") || text.isLower(i, "march")) && !afterDay {
            // A month only with date context: a number next, or a time preposition before.
            let prev = lw(i - 1)
            let dateNext = integer(next) != nil || (text.isLower(next, ",") && year(next + 1) != nil)
            if !dateNext && !Self.monthDatePrev.contains(prev) { return nil }
            if text.isLower(i, "may") && !dateNext {
                // "May" before a lowercase word may be the modal after "and", "or", "that" ("and May the
                // best win"); after a preposition or determiner ("from March to May the plant was
                // shut", "in May be") it is the month.
                if let t = tok(next), t.kind == .word, !t.isCapitalized, Self.modalMayPrev.contains(prev) { return nil }
            }
        }
        return (m, next)
    }

    /// "October 2012", "Dec. 2, 2013", "2 December", "December 2nd", "April", "the 2nd of December".
    private func monthDate(at i: Int) -> Candidate? {
        guard isClass(i, .number | .ordinal | .digitWord | .the | .month) else { return nil }
        // Day first: "2 December 2013", "the 2nd of December".
        var dayFirst: (day: Int, next: Int)?
        if let d = integer(i), digits(i) <= 2, (1...31).contains(d) { dayFirst = (d, i + 1) }
        else if let d = TimeLexicon.ordinals[token: i, in: text], d <= 31, text.isLower(i + 1, "of") { dayFirst = (d, i + 2) }
        // "10th June 2013", "3rd May": a suffixed numeral right before the month.
        else if let d = TimeLexicon.ordinals[token: i, in: text], d <= 31, lw(i).utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { dayFirst = (d, i + 1) }
        else if text.isLower(i, "the"), let d = TimeLexicon.ordinals[token: i + 1, in: text], text.isLower(i + 2, "of") { dayFirst = (d, i + 3) }
        if let (d, next) = dayFirst, let (m, after) = monthName(at: next, afterDay: true) {
            guard d <= CalendarDate.daysIn(month: m, year: 2000) else { return nil }
            var end = after
            var k = after
            if text.isLower(k, ",") { k += 1 }
            if let y = year(k) {
                end = k + 1
                return Candidate(start: i, end: end, type: .date, value: TimexFormat.day(CalendarDate(year: y, month: m, day: d)))
            }
            return Candidate(start: i, end: end, type: .date, value: "", anchor: .monthDay(month: m, day: d, suffix: ""))
        }
        guard let (m, next) = monthName(at: i) else { return nil }
        var day: Int?
        var j = next
        if let d = integer(j), digits(j) <= 2, (1...31).contains(d), d <= CalendarDate.daysIn(month: m, year: 2000),
           !(text.isLower(j + 1, ",") && integer(j + 2) != nil && year(j + 2) == nil) {
            day = d; j += 1
        } else if let d = TimeLexicon.ordinals[token: j, in: text], d <= CalendarDate.daysIn(month: m, year: 2000), tok(j)?.kind != .word || lw(j).utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            day = d; j += 1
        }
        var k = j
        if text.isLower(k, ",") || (text.isLower(k, "of") && day == nil) { k += 1 }
        if let y = year(k) {
            let value = day.map { TimexFormat.day(CalendarDate(year: y, month: m, day: $0)) } ?? TimexFormat.month(y, m)
            return Candidate(start: i, end: k + 1, type: .date, value: value)
        }
        if day == nil, let (y, end) = spokenYear(at: k) {
            return Candidate(start: i, end: end, type: .date, value: TimexFormat.month(y, m))
        }
        if tok(k)?.kind == .apostropheYear, let y = apostropheYear(k) {
            let value = day.map { TimexFormat.day(CalendarDate(year: y, month: m, day: $0)) } ?? TimexFormat.month(y, m)
            return Candidate(start: i, end: k + 1, type: .date, value: value)
        }
        // "July last year", "March 3 next year": the month in a year named relative to the DCT.
        if let years = TimeLexicon.yearDeixis[token: j, in: text], text.isLower(j + 1, "year") {
            return Candidate(start: i, end: j + 2, type: .date, value: "", anchor: .monthInYear(month: m, day: day, years: years))
        }
        return Candidate(start: i, end: j, type: .date, value: "", anchor: .monthDay(month: m, day: day, suffix: ""))
    }

    /// A year said in words at `i`: "nineteen ninety-six", "eighteen twelve", and "two thousand
    /// (and) one" after "the year" (elsewhere "two thousand" is an amount). Returns the year and
    /// the index after it.
    func spokenYear(at i: Int) -> (year: Int, next: Int)? {
        if text.isLower(i, "nineteen") || text.isLower(i, "eighteen"), TimeLexicon.tens.contains(token: i + 1, in: text), let t = TimeLexicon.numberWords[token: i + 1, in: text] {
            var end = i + 2
            var v = t
            var k = i + 2
            if isHyphen(k) { k += 1 }
            if let u = TimeLexicon.numberWords[token: k, in: text], u < 10, !text.isLower(k, "a"), !text.isLower(k, "an") { v += u; end = k + 1 }
            return ((text.isLower(i, "nineteen") ? 1900 : 1800) + v, end)
        }
        if text.isLower(i, "two"), text.isLower(i + 1, "thousand"), text.isLower(i - 1, "year") {
            var k = i + 2
            if text.isLower(k, "and") { k += 1 }
            if let u = TimeLexicon.numberWords[token: k, in: text], u < 20, !text.isLower(k, "a"), !text.isLower(k, "an") { return (2000 + u, k + 1) }
            return (2000, i + 2)
        }
        return nil
    }

    private func apostropheYear(_ i: Int) -> Int? {
        guard let t = tok(i), t.kind == .apostropheYear else { return nil }
        let d = t.lower.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
        guard d.count == 2 else { return nil }
        let v = Int(d[0] - 0x30) * 10 + Int(d[1] - 0x30)
        return v < 50 ? 2000 + v : 1900 + v
    }

    /// "Friday", "Tues.", optionally "Friday, Oct. 27" is left to `monthDate`.
    private func weekday(at i: Int) -> Candidate? {
        guard isClass(i, .weekday) else { return nil }
        let w = lw(i)
        // "on Tuesdays", "Sunday mornings": a recurring day (and part of it).
        if let wd = TimeLexicon.weekdayPlurals[token: i, in: text], capitalized(i) {
            // "the Tuesdays Club": a capitalised word after it makes a name.
            if let t = tok(i + 1), t.kind == .word, t.isCapitalized, sameSentence(i, i + 1) { return nil }
            if let code = TimeLexicon.partsOfDayPlural[token: i + 1, in: text] {
                return Candidate(start: i, end: i + 2, type: .set, value: "XXXX-WXX-\(wd)T\(code)")
            }
            return Candidate(start: i, end: i + 1, type: .set, value: "XXXX-WXX-\(wd)")
        }
        guard let wd = TimeLexicon.weekdays[token: i, in: text], capitalized(i) else { return nil }
        if w.utf8.count > 4, let code = TimeLexicon.partsOfDayPlural[token: i + 1, in: text] {
            return Candidate(start: i, end: i + 2, type: .set, value: "XXXX-WXX-\(wd)T\(code)")
        }
        // "on Monday and Tuesday nights": the first day recurs too.
        if w.utf8.count > 4, text.isLower(i + 1, "and") || text.isLower(i + 1, "or"), TimeLexicon.weekdays[token: i + 2, in: text] != nil,
           let code = TimeLexicon.partsOfDayPlural[token: i + 3, in: text] {
            return Candidate(start: i, end: i + 1, type: .set, value: "XXXX-WXX-\(wd)T\(code)")
        }
        var end = i + 1
        if w.utf8.count <= 4 {
            // "Thu 6 May 2010", "Wed May 5, 2010": an abbreviation without its full stop only before a date.
            if !(text.isLower(end, ".") && attached(end)) {
                let k = text.isLower(end, ",") ? end + 1 : end
                guard var d = monthDate(at: k), sameSentence(i, d.end - 1), Self.namesADay(d) else { return nil }
                d.start = i
                return d
            }
            end += 1
        }
        // "Friday, Oct. 23" and "Monday Oct. 26, 1998" are one date: the calendar date decides.
        var k = end
        if text.isLower(k, ",") { k += 1 }
        if var d = monthDate(at: k), sameSentence(i, d.end - 1) {
            var dated = d.value.utf8.count == 10
            if case .monthDay(_, _?, _) = d.anchor { dated = true }
            if dated { d.start = i; return d }
        }
        return Candidate(start: i, end: end, type: .date, value: "", anchor: .weekday(wd, direction: nil, suffix: ""))
    }

    /// Deictic and relative expressions: "yesterday", "now", "last month", "this year", "next
    /// Tuesday", "the previous day", "that month", "the past", "the future", "recent years".
    private func relative(at i: Int) -> Candidate? {
        guard isClass(i, .deictic | .reference | .the | .shift | .misc) else { return nil }
        // "today's youth", "today's personal computers": "today" as "nowadays" in a generic phrase is no date.
        if text.isLower(i, "today") && text.isLower(i + 1, "'s") && (TimeLexicon.genericTodayHeads.contains(token: i + 2, in: text)
            || TimeLexicon.genericTodayHeads.contains(token: i + 3, in: text) && tok(i + 2).map({ $0.kind == .word && !$0.isCapitalized }) ?? false) { return nil }
        if let off = TimeLexicon.dayDeictics[token: i, in: text] {
            if text.isLower(i, "tonight") { return Candidate(start: i, end: i + 1, type: .time, value: "", anchor: .dctDay(offset: 0, suffix: "TNI")) }
            return Candidate(start: i, end: i + 1, type: .date, value: "", anchor: .dctDay(offset: off, suffix: ""))
        }
        if let v = TimeLexicon.referenceWords[token: i, in: text], !v.isEmpty {
            // "Now, ..." opening a sentence is a discourse marker.
            if text.isLower(i, "now") && text.isLower(i + 1, ",") && (tok(i)?.flags.contains(.sentenceStart) ?? false) { return nil }
            if text.isLower(i, "now") && text.isLower(i - 1, "right") { return Candidate(start: i - 1, end: i + 1, type: .date, value: v) }
            return Candidate(start: i, end: i + 1, type: .date, value: v)
        }
        // "by year-end", "around year end", "since year's end": the end of the DCT year (the last one after "since").
        if text.isLower(i, "year"), TimeLexicon.yearEndPrepositions.contains(token: i - 1, in: text) {
            let endAt = text.isLower(i + 1, "-") || text.isLower(i + 1, "'s") ? i + 2 : i + 1
            if text.isLower(endAt, "end") {
                return Candidate(start: i, end: endAt + 1, type: .date, value: "",
                                 anchor: .dctShift(.year, text.isLower(i - 1, "since") ? -1 : 0), mod: "END")
            }
        }
        if text.isLower(i, "at") && text.isLower(i + 1, "present") { return Candidate(start: i, end: i + 2, type: .date, value: "PRESENT_REF") }
        if text.isLower(i, "these") && text.isLower(i + 1, "days") { return Candidate(start: i, end: i + 2, type: .date, value: "PRESENT_REF") }
        if text.isLower(i, "the") {
            let n = lw(i + 1)
            // "in the future" is a time; "the future of Europe", "the future looks bright" name a topic.
            if n == "future" {
                guard TimeLexicon.futurePrepositions.contains(token: i - 1, in: text), !text.isLower(i + 2, "of") else { return nil }
                return Candidate(start: i, end: i + 2, type: .date, value: "FUTURE_REF")
            }
            // "the coming weeks", "the recent months"
            if n == "coming" || n == "recent", let u = TimeLexicon.units[token: i + 2, in: text], lw(i + 2).hasSuffix("s") {
                return Candidate(start: i, end: i + 3, type: .duration, value: TimexFormat.duration(nil, u))
            }
            // "the weeks ahead", "over the years": an unmeasured stretch of time.
            if let u = TimeLexicon.units[n], n.hasSuffix("s"), u != .second, u != .minute,
               text.isLower(i + 2, "ahead") || TimeLexicon.spanPrepositions.contains(token: i - 1, in: text) && !text.isLower(i + 2, "of") && tok(i + 2)?.kind != .number {
                return Candidate(start: i, end: text.isLower(i + 2, "ahead") ? i + 3 : i + 2, type: .duration, value: TimexFormat.duration(nil, u))
            }
            // "today is the eighth day of the operation", "it's the second day of an offensive": the DCT.
            if TimeLexicon.ordinals[n] != nil, text.isLower(i + 2, "day"), text.isLower(i + 3, "of"),
               text.isLower(i - 1, "is") || text.isLower(i - 1, "'s") {
                return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .dctDay(offset: 0, suffix: ""))
            }
            // "sales for the full year": the DCT year.
            if n == "full" && text.isLower(i + 2, "year") && !["ended", "ending", "through", "to"].contains(lw(i + 3)) {
                return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .dctShift(.year, 0))
            }
            // "earnings for the fiscal year", "sales in the latest fiscal year": the DCT's fiscal year, or
            // the last finished one.
            let fiscalAt = n == "latest" ? i + 2 : i + 1
            if text.isLower(fiscalAt, "fiscal"), text.isLower(fiscalAt + 1, "year"),
               !["ended", "ending", "through", "to", "that", "which"].contains(lw(fiscalAt + 2)), tok(fiscalAt + 2)?.kind != .possessive {
                return Candidate(start: i, end: fiscalAt + 2, type: .date, value: "", anchor: .dctShift(.year, n == "latest" ? -1 : 0))
            }
            // "the year ended Sept. 30", "the fiscal year ending in June": a one-year period.
            let yearAt = n == "fiscal" || n == "full" ? i + 2 : i + 1
            if text.isLower(yearAt, "year"), ["ended", "ending", "through", "to"].contains(lw(yearAt + 1)) {
                return Candidate(start: i, end: yearAt + 1, type: .duration, value: "P1Y")
            }
            // "for the year", "the week's most active session": the DCT's year or week. Not "the
            // year before", "the week of March 6", "the year 2000" (other rules or anaphora).
            if n == "year" || n == "week", !TimeLexicon.bareUnitBlockers.contains(token: i + 2, in: text), !isHyphen(i + 2),
               tok(i + 2).map({ $0.kind != .number }) ?? true {
                return Candidate(start: i, end: i + 2, type: .date, value: "", anchor: .dctShift(n == "year" ? .year : .week, 0))
            }
            // "the near future", "the near term", "the short term"
            if (n == "near" || n == "short" || n == "immediate") && (text.isLower(i + 2, "future") || text.isLower(i + 2, "term")) {
                return Candidate(start: i, end: i + 3, type: .date, value: "FUTURE_REF")
            }
            // "the nineties", "the eighties"
            if let decade = TimeLexicon.decadeWords[n] { return Candidate(start: i, end: i + 2, type: .date, value: "19\(decade / 10)") }
            if n == "past" && TimeLexicon.units[token: i + 2, in: text] == nil && quantity(i + 2) == nil && TimeLexicon.months[token: i + 2, in: text] == nil {
                return Candidate(start: i, end: i + 2, type: .date, value: "PAST_REF")
            }
            if n == "present" && TimeLexicon.units[token: i + 2, in: text] == nil { return Candidate(start: i, end: i + 2, type: .date, value: "PRESENT_REF") }
            if n == "weekend" { return Candidate(start: i, end: i + 2, type: .date, value: "", anchor: .dctShift(.weekend, 0)) }
            // "the week of March 6": the ISO week that contains the day.
            if n == "week", text.isLower(i + 2, "of"), let d = monthDate(at: i + 3) {
                if case .monthDay(let m, let day?, let suffix) = d.anchor, suffix.isEmpty {
                    return Candidate(start: i, end: d.end, type: .date, value: "", anchor: .weekOf(month: m, day: day))
                }
                if d.anchor == .none, let v = DateValue(d.value), v.granularity == .day {
                    return Candidate(start: i, end: d.end, type: .date, value: TimexFormat.week(v.date))
                }
            }
            // "the previous Friday", "the following Monday": counted from the day under discussion.
            if let dir = TimeLexicon.anaphoricShifts[n], let wd = TimeLexicon.weekdays[token: i + 2, in: text], capitalized(i + 2), lw(i + 2).utf8.count > 4 {
                return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .refWeekday(wd, direction: dir))
            }
            if n == "same", let u = TimeLexicon.units[token: i + 2, in: text], !lw(i + 2).hasSuffix("s") {
                return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .refShift(u, 0))
            }
            // "the previous day", "the following week", "the next morning"
            if let dir = TimeLexicon.shiftWords[n], dir != 0 {
                if let u = TimeLexicon.units[token: i + 2, in: text], !lw(i + 2).hasSuffix("s") {
                    if n == "past" && u == .decade {
                        // "the past decade": the ten years up to now, as "the past ten years" (a duration).
                        return Candidate(start: i, end: i + 3, type: .duration, value: TimexFormat.duration(1, u))
                    }
                    if n == "past" || n == "last" {
                        // "the past year", "the last decade": the unit before the DCT (as TimeBank annotates it).
                        return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .dctShift(u, -1))
                    }
                    if n == "next" || n == "coming" {
                        // "the next year", "the coming month": a one-unit duration ahead.
                        return Candidate(start: i, end: i + 3, type: .duration, value: TimexFormat.duration(1, u))
                    }
                    return Candidate(start: i, end: i + 3, type: .date, value: "", anchor: .refShift(u, dir))
                }
                if let code = TimeLexicon.partsOfDay[token: i + 2, in: text], n == "next" || n == "following" || n == "previous" {
                    return Candidate(start: i, end: i + 3, type: .time, value: "", anchor: .refShift(.day, dir))
                        .withSuffix("T" + code)
                }
            }
        }
        if text.isLower(i, "that") || text.isLower(i, "the") && text.isLower(i + 1, "same") {
            let j = text.isLower(i, "that") ? i + 1 : i + 2
            if let u = TimeLexicon.units[token: j, in: text], !lw(j).hasSuffix("s"), u != .weekend, text.isLower(i, "the") || text.isLower(j, "day") || text.isLower(j, "year") || text.isLower(j, "month") || text.isLower(j, "week") || text.isLower(j, "quarter") {
                return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .refShift(u, 0))
            }
        }
        // "in recent years", "the coming weeks", "in coming months"
        if text.isLower(i, "recent") || text.isLower(i, "coming") && ["the", "in", "for", "over", "during"].contains(lw(i - 1)) {
            if let u = TimeLexicon.units[token: i + 1, in: text], lw(i + 1).hasSuffix("s") {
                if text.isLower(i, "recent") && u == .year { return Candidate(start: i, end: i + 2, type: .date, value: "PAST_REF") }
                return Candidate(start: i, end: i + 2, type: .duration, value: TimexFormat.duration(nil, u))
            }
            return nil
        }
        // "current market conditions", "his current wife": the present, as TimeBank annotates the
        // adjective; "the then current price" is a past one. Not the noun ("a strong current"), not
        // "current account", not a name ("Current TV").
        if text.isLower(i, "current"), let t = tok(i + 1), t.kind == .word, !t.isCapitalized, sameSentence(i, i + 1),
           TimeLexicon.units[token: i + 1, in: text] == nil, !text.isLower(i + 1, "fiscal"), !TimeLexicon.nonTemporalCurrentHeads.contains(token: i + 1, in: text),
           !capitalized(i) || (tok(i)?.flags.contains(.sentenceStart) ?? false) {
            if text.isLower(i - 1, "then") { return Candidate(start: i - 1, end: i + 1, type: .date, value: "PAST_REF") }
            return Candidate(start: i, end: i + 1, type: .date, value: "PRESENT_REF")
        }
        // shift word + unit / weekday / month / season / part of day
        guard let dir = TimeLexicon.shiftWords[token: i, in: text], !text.isLower(i, "past") || !text.isLower(i - 1, "the"), !text.isLower(i, "following"), !text.isLower(i, "coming") || !text.isLower(i - 1, "the") else { return nil }
        var j = i + 1
        if text.isLower(i, "this") && text.isLower(j, "past") { j += 1 }
        let n = lw(j)
        if n == "fiscal" && TimeLexicon.units[token: j + 1, in: text] == .year {
            return Candidate(start: i, end: j + 2, type: .date, value: "", anchor: .dctShift(.year, dir))
        }
        if let u = TimeLexicon.units[n], !n.hasSuffix("s") {
            if text.isLower(i, "current") && u == .quarter { return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .dctShift(.quarter, 0)) }
            // "last year's quarter", "last year's period": the quarter under discussion, a year back.
            if u == .year, dir == -1, tok(j + 1)?.kind == .possessive, text.isLower(j + 2, "quarter") || text.isLower(j + 2, "period") {
                return Candidate(start: i, end: j + 3, type: .date, value: "", anchor: .yearBack(fromDCT: true))
            }
            // "this year's third quarter", "last year's first half"
            if u == .year, tok(j + 1)?.kind == .possessive, let q = TimeLexicon.ordinals[token: j + 2, in: text], q <= 4 {
                var k = j + 3
                if isHyphen(k) { k += 1 }
                if text.isLower(k, "quarter") || text.isLower(k, "half") && q <= 2 {
                    return Candidate(start: i, end: k + 1, type: .date, value: "",
                                     anchor: .yearPart(years: dir == 0 && j > i + 1 ? -1 : dir, part: q, half: text.isLower(k, "half")))
                }
            }
            return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .dctShift(u, dir == 0 && j > i + 1 ? -1 : dir))
        }
        if let wd = TimeLexicon.weekdays[n], capitalized(j), n.utf8.count > 4 {
            return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .weekday(wd, direction: dir, suffix: ""))
        }
        if let code = TimeLexicon.partsOfDay[n], text.isLower(i, "this") || text.isLower(i, "last") {
            // "this morning", "last night"
            if text.isLower(i, "last") && n != "night" { return nil }
            return Candidate(start: i, end: j + 1, type: .time, value: "", anchor: .dctDay(offset: text.isLower(i, "last") ? -1 : 0, suffix: "T" + code))
        }
        if let code = TimeLexicon.seasons[n] {
            // "this past spring": the last spring that began before the DCT
            if text.isLower(i, "this") && j > i + 1 { return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .pastSeason(code)) }
            let k = (dir == 0 && j > i + 1) ? -1 : dir
            return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .season(code, text.isLower(i, "this") && j == i + 1 ? 0 : k))
        }
        if let (m, _) = TimeLexicon.months[n], capitalized(j), !TimeLexicon.months[n]!.abbreviation {
            // "last April": the most recent April before the DCT month; "next May"
            return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .monthDay(month: m, day: nil, suffix: dir < 0 ? "<" : dir > 0 ? ">" : "="))
        }
        return nil
    }

    /// Quantities of units: "six months", "the past three years", "two weeks ago", "a year
    /// earlier", "five-year", "the first nine months", "decades".
    private func quantified(at i: Int) -> Candidate? {
        guard isClass(i, .the | .shift | .ordinal | .number | .numberWord | .misc) else { return nil }
        var j = i
        var start = i
        var framing: String?  // past/next/last/first/coming/previous
        if text.isLower(j, "the") || text.isLower(j, "each") && text.isLower(j + 1, "of") && text.isLower(j + 2, "the") {
            if text.isLower(j, "each") { j += 2 }
            j += 1
            let f = lw(j)
            if f == "past" || f == "last" || f == "next" || f == "first" || f == "coming" || f == "previous" || f == "latest" || f == "following" || f == "final" || f == "initial" {
                framing = f; j += 1
            }
        } else if text.isLower(j, "past") || text.isLower(j, "next") || text.isLower(j, "last") || text.isLower(j, "another") || text.isLower(j, "first") {
            framing = lw(j); j += 1
        }
        // "$1.76 a year", "500 million a year": a rate, not a duration.
        if text.isLower(j, "a") || text.isLower(j, "an") || text.isLower(j, "per"), j >= 1,
           isAmount(j - 1) || isCountedNoun(j - 1),
           TimeLexicon.units[token: j + 1, in: text] != nil, TimeLexicon.agoWords[token: j + 2, in: text] == nil, !isHyphen(j + 2) {
            return nil
        }
        // "at a later date", "at a later time": some time ahead.
        if text.isLower(j, "a"), text.isLower(j + 1, "later"), text.isLower(j + 2, "date") || text.isLower(j + 2, "time"), text.isLower(j - 1, "at") {
            return Candidate(start: j, end: j + 3, type: .date, value: "FUTURE_REF")
        }
        // "for a while", "after a while": a stretch of unknown length; "a while ago": some time back.
        // ("Wait a while" and "while" as a conjunction are no time.)
        if text.isLower(j, "a"), text.isLower(j + 1, "while"), text.isLower(j - 1, "for") || text.isLower(j - 1, "after") || text.isLower(j + 2, "ago") {
            if text.isLower(j + 2, "ago") { return Candidate(start: j, end: j + 3, type: .date, value: "PAST_REF") }
            return Candidate(start: j, end: j + 2, type: .duration, value: "PXX")
        }
        // "Islam will one day be", "he may one day return": some day ahead, not a day's length.
        if text.isLower(j, "one"), text.isLower(j + 1, "day"), TimeLexicon.modals.contains(token: j - 1, in: text) {
            return Candidate(start: j, end: j + 2, type: .date, value: "FUTURE_REF")
        }
        // "the hope he one day follow", "she one day walked in": after a subject pronoun "one day" is
        // "some day", ahead or back, not a day's length.
        if text.isLower(j, "one"), text.isLower(j + 1, "day"), TimeLexicon.subjectPronouns.contains(token: j - 1, in: text) { return nil }
        guard let (count, afterQ) = quantity(j) else {
            // "the past year" style is in `relative`; "years" alone handled by the caller frame.
            return nil
        }
        if (text.isLower(j, "a") || text.isLower(j, "an")) && text.isLower(start, "the") { return nil }
        // "2 1/2 years", "5 1/2 hours": a half more.
        if let c = count, text.isLower(afterQ, "1/2"), let u = TimeLexicon.units[token: afterQ + 1, in: text], let v = TimexFormat.durationAndHalf(c, u) {
            return Candidate(start: start, end: afterQ + 2, type: .duration, value: v)
        }
        var k = afterQ
        var adjectival = false
        // "two more weeks", "an additional year": the count of a further stretch.
        if TimeLexicon.furtherWords.contains(token: k, in: text), TimeLexicon.units[token: k + 1, in: text] != nil { k += 1 }
        if isHyphen(k), attached(k) { k += 1; adjectival = true }
        // "eight trading days", "five business days"
        else if TimeLexicon.dayKinds.contains(token: k, in: text), text.isLower(k + 1, "days") || text.isLower(k + 1, "day") || text.isLower(k + 1, "weeks") { k += 1 }
        guard let u = TimeLexicon.units[token: k, in: text] else {
            return nil
        }
        if !adjectival && isHyphen(k + 1) && (text.isLower(k + 2, "earlier") || text.isLower(k + 2, "ago") || text.isLower(k + 2, "old")) { return nil }
        if adjectival && text.isLower(start, "the") { start = j }
        // "1,000 years" style counts are fine; but bare "1 day" with a huge count is not a duration.
        if let c = count, c > 10000 { return nil }
        if adjectival && lw(k).hasSuffix("s") && u != .weekend { adjectival = false }
        let plural = lw(k).hasSuffix("s")
        if count == 1 && plural && !text.isLower(j, "one") { return nil }
        // Ages ("52 years old") and fractions ("three-quarters of the shares") are no time.
        if text.isLower(k + 1, "old") || (text.isLower(k + 1, "of") && (u == .quarter || u == .half) && year(k + 2) == nil) { return nil }
        // "a second chance", "a minute detail": a noun after "a" and a singular small unit is no
        // duration ("for one minute to get him" is one).
        if (u == .second || u == .minute) && !plural, text.isLower(j, "a") || text.isLower(j, "an"), let t = tok(k + 1), t.kind == .word, !t.isCapitalized,
           TimeLexicon.agoWords[t.lower] == nil, t.lower != "or", t.lower != "and" { return nil }
        var end = k + 1
        if text.isLower(start, "the") && framing == nil && count == 1 { return nil }
        // "a minute and a half", "two hours and a half"
        if !adjectival, let c = count, text.isLower(end, "and"), text.isLower(end + 1, "a"), text.isLower(end + 2, "half"), let v = TimexFormat.durationAndHalf(c, u) {
            return Candidate(start: start, end: end + 3, type: .duration, value: v)
        }
        // "a week or so ago": the approximation stays inside the expression.
        if !adjectival, text.isLower(end, "or"), text.isLower(end + 1, "so"), TimeLexicon.agoWords[token: end + 2, in: text] != nil { end += 2 }
        // "two weeks ago", "a year earlier", "three days later", "two years from now"
        let next = lw(end)
        if !adjectival, let (dir, fromDCT) = TimeLexicon.agoWords[next] {
            if next == "before" || next == "after" {
                // "two days before the vote" is an anchored date we cannot resolve: keep the duration.
                let after = lw(end + 1)
                if !(after == "." || after == "," || after == "" || after == "and") {
                    return Candidate(start: start, end: end, type: .duration, value: TimexFormat.duration(count, u))
                }
            }
            end += 1
            guard let c = count else {
                return Candidate(start: start, end: end, type: .date, value: dir < 0 ? "PAST_REF" : "FUTURE_REF")
            }
            if u == .year && c == 1 && (next == "ago" || next == "earlier") {
                return Candidate(start: start, end: end, type: .date, value: "", anchor: .yearBack(fromDCT: next == "ago"))
            }
            return Candidate(start: start, end: end, type: .date, value: "",
                             anchor: fromDCT ? .dctShift(u, dir * c) : .refShift(u, dir * c))
        }
        if next == "from" && text.isLower(end + 1, "now") {
            guard let c = count else { return Candidate(start: start, end: end + 2, type: .date, value: "FUTURE_REF") }
            return Candidate(start: start, end: end + 2, type: .date, value: "", anchor: .dctShift(u, c))
        }
        // "the first nine months", "the past two years": durations including "the" and the framing word.
        if adjectival && isHyphen(end) && text.isLower(end + 1, "old") { return nil }  // "10-year-old" is an age
        if text.isLower(end, "or") && text.isLower(end + 1, "so") { end += 2 }
        return Candidate(start: start, end: end, type: .duration, value: TimexFormat.duration(count, u))
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
    /// "the 1988 third quarter", "the quarter", "the latest quarter", "the year-earlier quarter".
    private func quarter(at i: Int) -> Candidate? {
        guard isClass(i, .the | .shift | .ordinal | .number | .misc) else { return nil }
        var j = i
        if text.isLower(j, "the") || text.isLower(j, "this") || text.isLower(j, "last") || text.isLower(j, "its") { j += 1 }
        // "the comparable year-ago quarter", "the same period last year", "the quarter a year earlier"
        if text.isLower(i, "the") {
            var k = j
            if TimeLexicon.comparisonAdjectives.contains(token: k, in: text) { k += 1 }
            if text.isLower(k, "quarter") || text.isLower(k, "period"), let (end, ago) = yearBackTail(at: k + 1) {
                return Candidate(start: i, end: end, type: .date, value: "", anchor: .yearBack(fromDCT: ago))
            }
            if k > j, text.isLower(k, "year-ago") || text.isLower(k, "year-earlier") || text.isLower(k, "year") && isHyphen(k + 1) { j = k }
        }
        if text.isLower(j, "fiscal") { j += 1; if isHyphen(j) { j += 1 } }
        var explicitYear: Int?
        if let y = year(j) { explicitYear = y; j += 1 }
        if text.isLower(j, "fiscal") { j += 1; if isHyphen(j) { j += 1 } }
        // year-earlier / year-ago
        if (text.isLower(j, "year") && isHyphen(j + 1) && (text.isLower(j + 2, "earlier") || text.isLower(j + 2, "ago"))) || text.isLower(j, "year-earlier") || text.isLower(j, "year-ago") {
            let after = text.isLower(j, "year") ? j + 3 : j + 1
            let ago = text.isLower(after - 1, "ago") || text.isLower(j, "year-ago")
            if text.isLower(after, "quarter") || text.isLower(after, "period") {
                return Candidate(start: i, end: after + 1, type: .date, value: "", anchor: .yearBack(fromDCT: ago))
            }
            // "the year-ago third quarter": that quarter, a year before the one in discussion.
            if let q = TimeLexicon.ordinals[token: after, in: text], q <= 4, text.isLower(after + 1, "quarter") {
                return Candidate(start: i, end: after + 2, type: .date, value: "", anchor: .yearAgoQuarter(q))
            }
            // "the year-earlier nine months": a span, a year back.
            if let (count, k) = quantity(after), let c = count, let u = TimeLexicon.units[token: k, in: text], !u.isTimeOfDay {
                return Candidate(start: i, end: k + 1, type: .duration, value: TimexFormat.duration(c, u))
            }
            if text.isLower(i, "the") { return nil }
            return Candidate(start: i, end: after, type: .date, value: "", anchor: .yearBack(fromDCT: ago))
        }
        if let q = TimeLexicon.ordinals[token: j, in: text], q <= 4 {
            var k = j + 1
            if isHyphen(k) { k += 1 }
            let unit = lw(k)
            guard unit == "quarter" || unit == "half" && q <= 2 else { return nil }
            let half = unit == "half"
            var end = k + 1
            var start = i
            if isHyphen(j + 1) && text.isLower(i, "the") && explicitYear == nil && j == i + 1 { start = j }
            var yearValue = explicitYear
            if yearValue == nil {
                var m = end
                if text.isLower(m, "of") { m += 1 }
                if let y = year(m) { yearValue = y; end = m + 1 }
            }
            if let y = yearValue {
                return Candidate(start: start, end: end, type: .date, value: half ? "\(TimexFormat.four(y))-H\(q)" : TimexFormat.quarter(y, q))
            }
            if text.isLower(i, "last") || text.isLower(i, "this") { return nil }
            return Candidate(start: start, end: end, type: .date, value: "", anchor: .quarter(q, half: half))
        }
        if text.isLower(i, "the") || text.isLower(i, "this") || text.isLower(i, "last") || text.isLower(i, "its") {
            var k = j
            let adj = lw(k)
            if adj == "latest" || adj == "current" || adj == "most" && text.isLower(k + 1, "recent") { k += adj == "most" ? 2 : 1 }
            if adj == "current" && text.isLower(k, "quarter") { return Candidate(start: i, end: k + 1, type: .date, value: "", anchor: .dctShift(.quarter, 0)) }
            if text.isLower(k, "quarter") && !isHyphen(k + 1) || text.isLower(k, "period") && (adj == "latest" || adj == "current") {
                if let y = explicitYear { return Candidate(start: i, end: k + 1, type: .date, value: "", anchor: .quarterOfYear(y, period: false)) }
                if text.isLower(i, "last") { return Candidate(start: i, end: k + 1, type: .date, value: "", anchor: .dctShift(.quarter, -1)) }
                if text.isLower(i, "its") { return nil }
                // "the quarter ended Sept. 30": unless a quarter is in discussion, the calendar quarter
                // most of the three months fall in.
                if text.isLower(k, "quarter"), text.isLower(k + 1, "ended") || text.isLower(k + 1, "ending"), let m = TimeLexicon.months[token: k + 2, in: text]?.month, capitalized(k + 2) {
                    let q = (m + 10) % 12 / 3 + 1
                    return Candidate(start: i, end: k + 1, type: .date, value: "", anchor: .quarterEnded(q))
                }
                return Candidate(start: i, end: k + 1, type: .date, value: adj == "latest" || adj == "most" ? "latest" : "", anchor: .currentQuarter)
            }
            if let y = explicitYear, text.isLower(k, "period") {
                return Candidate(start: i, end: k + 1, type: .date, value: "", anchor: .quarterOfYear(y, period: true))
            }
            if let y = explicitYear, text.isLower(k, "year") {
                return Candidate(start: i, end: k + 1, type: .date, value: TimexFormat.four(y))
            }
        }
        return nil
    }

    /// Years: "2013", "fiscal 2014", "FY2014", "the 1990s", "'13", "the mid-1990s", "the year 2000".
    private func yearExpression(at i: Int) -> Candidate? {
        guard isClass(i, .the | .number | .digitWord | .misc | .numberWord | .ordinal) || text.isLower(i, "'") else { return nil }
        let w = lw(i)
        if text.isLower(i, "fiscal") || text.isLower(i, "fy") {
            var j = i + 1
            if text.isLower(j, "year") { j += 1 }
            if let y = year(j) { return Candidate(start: i, end: j + 1, type: .date, value: TimexFormat.four(y)) }
            if let y = apostropheYear(j) { return Candidate(start: i, end: j + 1, type: .date, value: TimexFormat.four(y)) }
            return nil
        }
        if w.hasPrefix("fy"), w.utf8.count == 6, let y = Int(w.dropFirst(2)), y >= 1900, y <= 2099 {
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(y))
        }
        // "FY24": a fiscal year in two digits (capitalised, so "fy" as a word is not read).
        if w.hasPrefix("fy"), w.utf8.count == 4, tok(i)?.isAllCaps == true || capitalized(i), let y = Int(w.dropFirst(2)) {
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(y < 50 ? 2000 + y : 1900 + y))
        }
        var j = i
        if text.isLower(i, "the") { j += 1 }
        if text.isLower(j, "year"), year(j + 1) != nil || spokenYear(at: j + 1) != nil, text.isLower(i, "the") {
            if let (y, end) = spokenYear(at: j + 1) { return Candidate(start: i, end: end, type: .date, value: TimexFormat.four(y)) }
            j += 1
        }
        // Decades: "1990s", "the '80s", "the 1990s"
        let d = lw(j)
        if tok(j)?.kind == .word, d.utf8.count == 5, d.hasSuffix("0s"), let y = Int(d.prefix(4)), y >= 1000, y <= 2090 {
            return Candidate(start: i, end: j + 1, type: .date, value: String(TimexFormat.four(y).prefix(3)))
        }
        // "the 90s", "the mid-90s", "the early 80s": a two-digit decade after "the" (not "in his 70s",
        // an age, nor "highs in the 70s", a temperature).
        if tok(j)?.kind == .word, d.utf8.count == 3, d.hasSuffix("0s"), let v = Int(d.prefix(2)), decadeContext(j) {
            return Candidate(start: i, end: j + 1, type: .date, value: (v >= 30 ? "19" : "20") + String(v / 10))
        }
        if text.isLower(i, "the") && j == i + 1 {
            // "the '80s"
            if tok(j)?.kind == .punctuation, text.isLower(j, "'"), let t = tok(j + 1), t.kind == .word, lw(j + 1).utf8.count == 3, lw(j + 1).hasSuffix("0s"), attached(j + 1),
               let v = Int(lw(j + 1).prefix(2)) {
                return Candidate(start: i, end: j + 2, type: .date, value: "19" + String(v / 10))
            }
            if let y = year(j), text.isLower(j + 1, "period") || text.isLower(j + 1, "season") { return Candidate(start: i, end: j + 2, type: .date, value: TimexFormat.four(y)) }
            return nil
        }
        if let y = year(i) {
            // A range "1990-95" or "1990-1995" is two years, each its own expression; the second
            // only when the first is one ("Steve Jobs 1955-2011" after a name is neither).
            if isHyphen(i - 1), yearRangeEnd(i - 2) != nil {
                guard let first = year(i - 2), standaloneYear(at: i - 2, first) else { return nil }
                return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(y), endsRange: true)
            }
            guard standaloneYear(at: i, y) else { return nil }
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(y))
        }
        // The two-digit end of a range: "95" in "1990-95", "23" in "2022-23".
        if digits(i) == 2, isHyphen(i - 1), attached(i), attached(i - 1), let end = yearRangeEnd(i - 2), let first = year(i - 2), standaloneYear(at: i - 2, first) {
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(end), endsRange: true)
        }
        if let y = apostropheYear(i) {
            return Candidate(start: i, end: i + 1, type: .date, value: TimexFormat.four(y))
        }
        // Spoken years: "nineteen ninety-six", "the year two thousand"
        if let (y, end) = spokenYear(at: i) {
            return Candidate(start: i, end: end, type: .date, value: TimexFormat.four(y))
        }
        // Centuries: "the 20th century", "the nineteenth century" → the century's first two digits.
        if let n = TimeLexicon.ordinals[token: i, in: text], n >= 1, text.isLower(i + 1, "century"), !isHyphen(i + 2) {
            return Candidate(start: i, end: i + 2, type: .date, value: TimexFormat.two(n - 1))
        }
        // "Q3", "Q4 2013", "Q1 '14", "1H", "H2 2012"
        if let t = tok(i), t.kind == .word, t.flags.contains(.hasDigit), w.utf8.count == 2 {
            let u = Array(w.utf8)
            var part: (Int, Bool)?
            if u[0] == 0x71, u[1] >= 0x31, u[1] <= 0x34 { part = (Int(u[1] - 0x30), false) }
            else if u[0] == 0x68, u[1] == 0x31 || u[1] == 0x32 { part = (Int(u[1] - 0x30), true) }
            else if u[1] == 0x68, u[0] == 0x31 || u[0] == 0x32 { part = (Int(u[0] - 0x30), true) }
            // A capitalised name before it makes it a model name ("Audi Q3").
            let named = tok(i - 1).map { $0.kind == .word && $0.isCapitalized && !$0.flags.contains(.sentenceStart) } ?? false
            if let (q, half) = part, !named, t.flags.contains(.capitalized) || t.isAllCaps || u[0] < 0x3A {
                var y = year(i + 1) ?? apostropheYear(i + 1)
                if y == nil, text.isLower(i + 1, "fy") || text.isLower(i + 1, "fiscal"), let fy = year(i + 2) { y = fy }
                let code = half ? "H\(q)" : "Q\(q)"
                if let y {
                    let end = text.isLower(i + 1, "fy") || text.isLower(i + 1, "fiscal") ? i + 3 : i + 2
                    return Candidate(start: i, end: end, type: .date, value: "\(TimexFormat.four(y))-\(code)")
                }
                return Candidate(start: i, end: i + 1, type: .date, value: "", anchor: .quarter(q, half: half))
            }
        }
        // "'90s"
        if tok(i)?.kind == .punctuation, text.isLower(i, "'"), let t = tok(i + 1), t.kind == .word, attached(i + 1), lw(i + 1).utf8.count == 3,
           lw(i + 1).hasSuffix("0s"), let v = Int(lw(i + 1).prefix(2)) {
            return Candidate(start: i, end: i + 2, type: .date, value: (v >= 30 ? "19" : "20") + String(v / 10))
        }
        // "week 48"
        if text.isLower(i, "week"), let n = integer(i + 1), (1...53).contains(n), digits(i + 1) <= 2 {
            return Candidate(start: i, end: i + 2, type: .date, value: "", anchor: .weekNumber(n))
        }
        return nil
    }

    /// Sets: "every year", "each week", "weekly", "twice a week", "three times a year", "every Monday".
    private func frequency(at i: Int) -> Candidate? {
        guard isClass(i, .frequency | .number | .numberWord | .misc) else { return nil }
        if let v = TimeLexicon.frequencyWords[token: i, in: text] {
            // "average daily volume": a statistic, not a recurrence.
            if text.isLower(i - 1, "average") { return nil }
            // "rise 8.5% annually", "10,000 units annually", "$17.9 million annually": a rate, which
            // the TIDES/TimeML guidelines do not mark.
            if isAmount(i - 1) || isAmount(i - 2) && tok(i - 1).map({ $0.kind == .word && !$0.isCapitalized }) == true { return nil }
            // "his weekly radio address", "the daily tally", "monthly payments": a recurrence before its
            // noun too; but TimeBank leaves "quarterly" before a noun unmarked ("its quarterly dividend"
            // 10 times of 11), a reporting period rather than a repeated event.
            if text.isLower(i, "quarterly"), let t = tok(i + 1), t.kind == .word, !t.isCapitalized,
               !text.isLower(i + 1, "basis"), !text.isLower(i + 1, "and"), !text.isLower(i + 1, "or") {
                return nil
            }
            return Candidate(start: i, end: i + 1, type: .set, value: v)
        }
        // "15 million instructions per second", "$5 per hour": a rate, which TIDES/TimeML leave unmarked.
        if text.isLower(i, "per"), isAmount(i - 1) || isCountedNoun(i - 1) { return nil }
        if text.isLower(i, "every") || text.isLower(i, "each") || text.isLower(i, "per") {
            var j = i + 1
            if text.isLower(j, "other") { j += 1 }
            var count = 1
            if text.isLower(i, "every"), let (c, next) = quantity(j), let cc = c, cc > 1 { count = cc; j = next }
            if text.isLower(i, "every") || text.isLower(i, "per") || !text.isLower(i + 1, "of"), let u = TimeLexicon.units[token: j, in: text] {
                if text.isLower(i, "each") && text.isLower(i - 1, "of") { return nil }
                let n = text.isLower(i + 1, "other") ? 2 : count
                return Candidate(start: i, end: j + 1, type: .set, value: TimexFormat.duration(n, u))
            }
            if let wd = TimeLexicon.weekdays[token: j, in: text], capitalized(j), !text.isLower(i, "per") {
                return Candidate(start: i, end: j + 1, type: .set, value: "XXXX-WXX-\(wd)")
            }
            if let (m, _) = TimeLexicon.months[token: j, in: text], capitalized(j), !text.isLower(i, "per") {
                return Candidate(start: i, end: j + 1, type: .set, value: "XXXX-" + TimexFormat.two(m))
            }
            if let code = TimeLexicon.seasons[token: j, in: text], !text.isLower(i, "per") {
                return Candidate(start: i, end: j + 1, type: .set, value: "XXXX-" + code)
            }
            return nil
        }
        // "twice a week", "three times a year", "once a month"
        var j = i
        if text.isLower(i, "twice") || text.isLower(i, "once") { j += 1 }
        else if let (_, next) = quantity(i), text.isLower(next, "times") { j = next + 1 }
        else { return nil }
        if text.isLower(i, "once") && !(text.isLower(j, "a") || text.isLower(j, "per") || text.isLower(j, "every")) { return nil }
        if text.isLower(j, "a") || text.isLower(j, "an") || text.isLower(j, "per") || text.isLower(j, "every") || text.isLower(j, "each"), let u = TimeLexicon.units[token: j + 1, in: text] {
            return Candidate(start: i, end: j + 2, type: .set, value: TimexFormat.duration(1, u))
        }
        return nil
    }

    /// "summer", "the summer of 1990", "spring 2013"; with shift words it is `relative`.
    private func season(at i: Int) -> Candidate? {
        guard isClass(i, .the | .season) else { return nil }
        var j = i
        if text.isLower(j, "the") { j += 1 }
        guard let code = TimeLexicon.seasons[token: j, in: text] else { return nil }
        if text.isLower(j, "fall") && !(text.isLower(j + 1, "of") || year(j + 1) != nil || j > i) { return nil }  // "fall" the verb
        var k = j + 1
        if text.isLower(k, "of") { k += 1 }
        if let y = year(k) { return Candidate(start: i, end: k + 1, type: .date, value: "\(TimexFormat.four(y))-\(code)") }
        if let (y, end) = spokenYear(at: k) { return Candidate(start: i, end: end, type: .date, value: "\(TimexFormat.four(y))-\(code)") }
        // A season without a year only after a time preposition or modifier ("in the spring", "well
        // into the summer", "the early summer"): "spring water", "the Spring of Life" are none.
        if !TimeLexicon.seasonPrepositions.contains(token: i - 1, in: text) && TimeLexicon.pointModifiers[token: i - 1, in: text] == nil { return nil }
        if text.isLower(j + 1, "of") { return nil }
        // Not "into the summer cooler": the season ends its phrase.
        if let next = tok(j + 1), next.kind == .word, !next.isCapitalized, !TimeLexicon.phraseBoundaryWords.contains(token: j + 1, in: text),
           TimeLexicon.units[token: j + 1, in: text] == nil, sameSentence(j, j + 1) { return nil }
        return Candidate(start: i, end: j + 1, type: .date, value: "", anchor: .season(code, nil))
    }

    /// "a day-long meeting", "a decades-long battle": the length of what follows.
    private func unitLong(at i: Int) -> Candidate? {
        guard isClass(i, .unit), let u = TimeLexicon.units[token: i, in: text], isHyphen(i + 1), attached(i + 1), text.isLower(i + 2, "long"), attached(i + 2) else { return nil }
        // "decades-long", "centuries-long": many years, not a count of decades (PXY, as both TimeBank and MEANTIME annotate it).
        if lw(i).hasSuffix("s") && (u == .decade || u == .century) { return Candidate(start: i, end: i + 3, type: .duration, value: "PXY") }
        return Candidate(start: i, end: i + 3, type: .duration, value: TimexFormat.duration(lw(i).hasSuffix("s") ? nil : 1, u))
    }

    /// "Christmas", "Thanksgiving", "New Year's Day".
    private func holiday(at i: Int) -> Candidate? {
        guard isClass(i, .holiday | .misc) else { return nil }
        if let (m, d) = TimeLexicon.holidays[token: i, in: text], capitalized(i) {
            var end = i + 1
            if text.isLower(end, "day") || text.isLower(end, "eve") { end += 1 }
            let day = text.isLower(end - 1, "eve") ? d - 1 : d
            return Candidate(start: i, end: end, type: .date, value: "", anchor: .monthDay(month: m, day: day, suffix: ""))
        }
        if text.isLower(i, "new"), capitalized(i), text.isLower(i + 1, "year"), tok(i + 2)?.kind == .possessive, text.isLower(i + 3, "day") || text.isLower(i + 3, "eve") {
            let eve = text.isLower(i + 3, "eve")
            return Candidate(start: i, end: i + 4, type: .date, value: "", anchor: .monthDay(month: eve ? 12 : 1, day: eve ? 31 : 1, suffix: ""))
        }
        if text.isLower(i, "thanksgiving"), capitalized(i) {
            let end = text.isLower(i + 1, "day") ? i + 2 : i + 1
            return Candidate(start: i, end: end, type: .date, value: "", anchor: .nthWeekday(month: 11, weekday: 4, n: 4))
        }
        // "Election Day", "Labor Day": the capitalised name with "Day".
        if let h = TimeLexicon.weekdayHolidays[token: i, in: text], capitalized(i), text.isLower(i + 1, "day"), capitalized(i + 1) {
            var c = Candidate(start: i, end: i + 2, type: .date, value: "", anchor: .nthWeekday(month: h.month, weekday: h.weekday, n: h.n))
            c.dayOffset = h.days
            return c
        }
        // "Easter", "Easter Sunday", "Easter Monday", "Easter week".
        if text.isLower(i, "easter"), capitalized(i) {
            if text.isLower(i + 1, "week") { return Candidate(start: i, end: i + 2, type: .date, value: "", anchor: .easter(week: true)) }
            var c = Candidate(start: i, end: i + 1, type: .date, value: "", anchor: .easter(week: false))
            if let days = TimeLexicon.easterDays[token: i + 1, in: text], capitalized(i + 1) { c.end = i + 2; c.dayOffset = days; return c }
            // "Easter Island", "the Easter Bunny": a capitalised word after it makes a name.
            if let t = tok(i + 1), t.kind == .word, t.isCapitalized, sameSentence(i, i + 1) { return nil }
            return c
        }
        return nil
    }
}

extension TimeTagger.Candidate {
    /// Adds a time-of-day suffix to a relative day.
    func withSuffix(_ s: String) -> TimeTagger.Candidate {
        var c = self
        if case .refShift(let u, _) = anchor, u == .day { c.value = s }
        return c
    }
}

/// Classes of words, computed once per token so rules can skip a position with a bit test.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    /// Either class: `isClass(i, .number | .clock)`. (An array literal `[.number, .clock]` would
    /// build an array on every call: `OptionSet`'s literal initialiser takes one.)
    @inline(__always) static func | (a: WordClass, b: WordClass) -> WordClass { WordClass(rawValue: a.rawValue | b.rawValue) }
    static let number = WordClass(rawValue: 1 << 0)
    static let digitWord = WordClass(rawValue: 1 << 1)
    static let month = WordClass(rawValue: 1 << 2)
    static let weekday = WordClass(rawValue: 1 << 3)
    static let numberWord = WordClass(rawValue: 1 << 4)
    static let ordinal = WordClass(rawValue: 1 << 5)
    static let unit = WordClass(rawValue: 1 << 6)
    static let season = WordClass(rawValue: 1 << 7)
    static let deictic = WordClass(rawValue: 1 << 8)
    static let reference = WordClass(rawValue: 1 << 9)
    static let shift = WordClass(rawValue: 1 << 10)
    static let frequency = WordClass(rawValue: 1 << 11)
    static let clock = WordClass(rawValue: 1 << 12)
    static let holiday = WordClass(rawValue: 1 << 13)
    static let the = WordClass(rawValue: 1 << 14)
    /// Other words some rule starts with ("every", "fiscal", "that", "at", "twice", "week", ...).
    static let misc = WordClass(rawValue: 1 << 15)
    static let partOfDay = WordClass(rawValue: 1 << 16)

    /// The class table over the lexicon.
    static let of: WordMap<WordClass> = {
        var t = WordMap<WordClass>()
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String { for w in words { t[w, default: []].insert(c) } }
        add(TimeLexicon.months.keys, .month)
        add(TimeLexicon.weekdays.keys, .weekday)
        add(TimeLexicon.weekdayPlurals.keys, .weekday)
        add(TimeLexicon.numberWords.keys, .numberWord)
        add(TimeLexicon.vagueQuantities, .numberWord)
        add(TimeLexicon.ordinals.keys, .ordinal)
        add(TimeLexicon.units.keys, .unit)
        add(TimeLexicon.seasons.keys, .season)
        add(TimeLexicon.dayDeictics.keys, .deictic)
        add(TimeLexicon.referenceWords.keys, .reference)
        add(TimeLexicon.shiftWords.keys, .shift)
        add(TimeLexicon.frequencyWords.keys, .frequency)
        add(TimeLexicon.clockWords.keys, .clock)
        add(TimeLexicon.holidays.keys, .holiday)
        add(TimeLexicon.weekdayHolidays.keys, .holiday)
        add(["easter"], .holiday)
        add(TimeLexicon.partsOfDay.keys, .partOfDay)
        add(["the"], .the)
        add(["every", "each", "per", "fiscal", "fy", "that", "same", "at", "twice", "once", "week", "new", "thanksgiving", "these",
             "recent", "its", "year-earlier", "year-ago", "year", "another", "half", "nineteen", "eighteen", "a", "an",
             "coming", "past", "last", "next", "first"], .misc)
        return t
    }()
}
