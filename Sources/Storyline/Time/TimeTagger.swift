/// Finds time expressions (DATE, TIME, DURATION, SET) and normalises them to TIMEX3 values.
///
/// Two passes, like HeidelTime: the matcher walks the tokens once and produces each expression
/// with an underspecified value and an `Anchor` saying how to complete it; the resolver then walks
/// the expressions in order and completes them against the publication date (DCT), the last
/// mentioned date (for "the previous day", "that year") and the tense of the sentence.
/// Without a DCT, values that need one stay underspecified (`XXXX-12-02`, `XXXX-WXX-5`).
final class TimeTagger: Sendable {
    static let shared = TimeTagger()

    typealias Unit = TimeLexicon.Unit

    /// How an expression's value is completed in the second pass.
    enum Anchor: Hashable, Sendable {
        /// The value is final.
        case none
        /// A day relative to the DCT ("yesterday"), with a time suffix such as `TMO`.
        case dctDay(offset: Int, suffix: String)
        /// `n` units from the DCT ("last month", "this year", "two weeks ago").
        case dctShift(Unit, Int)
        /// `n` units from the last mentioned date ("the previous day", "that year", "a week later").
        case refShift(Unit, Int)
        /// A month (and day) without a year: the year comes from the DCT and the tense.
        case monthDay(month: Int, day: Int?, suffix: String)
        /// A month (and day) in the year `years` from the DCT year ("July last year", "May 3 next year").
        case monthInYear(month: Int, day: Int?, years: Int)
        /// A weekday, optionally with an explicit direction (-1 last, 0 this, 1 next).
        case weekday(Int, direction: Int?, suffix: String)
        /// A quarter (or half, `half: true`) of the current/last year.
        case quarter(Int, half: Bool)
        /// "the quarter", "the latest quarter": the quarter in discussion.
        case currentQuarter
        /// "the quarter ended Sept. 30": the quarter already in discussion, else calendar quarter `q`.
        case quarterEnded(Int)
        /// "the year-ago third quarter": quarter `q` a year before the one in discussion.
        case yearAgoQuarter(Int)
        /// "a year ago" / "the year-earlier quarter": one year back, at quarter granularity when
        /// quarters are being discussed (`fromDCT` for "ago").
        case yearBack(fromDCT: Bool)
        /// A season, `n` years from the DCT year (nil: by tense).
        case season(String, Int?)
        /// "this past spring": the last such season that began before the DCT.
        case pastSeason(String)
        /// "the week of March 6": the ISO week of a month and day placed in a year like `monthDay`.
        case weekOf(month: Int, day: Int)
        /// Week number of the DCT year.
        case weekNumber(Int)
        /// The n-th weekday of a month in the DCT year ("Thanksgiving": 4th Thursday of November).
        case nthWeekday(month: Int, weekday: Int, n: Int)
        /// Easter Sunday of the year the tense points to, or its ISO week (`week`: "Easter week").
        case easter(week: Bool)
        /// A quarter or half of the year `years` from the DCT year ("last year's third quarter").
        case yearPart(years: Int, part: Int, half: Bool)
        /// "the 1988 quarter": the quarter under discussion in that year. "the 1988 period"
        /// (`period: true`) is that quarter only right after a quarter was named, else the year.
        case quarterOfYear(Int, period: Bool)
        /// A clock time on the DCT day ("3 p.m.").
        case clock(String)
        /// A weekday just before (-1) or after (1) the day last mentioned ("the previous Friday").
        case refWeekday(Int, direction: Int)
    }

    struct Candidate: Sendable {
        var start: Int
        var end: Int
        var type: TimexType
        var value: String
        var anchor: Anchor = .none
        var mod: String? = nil
        /// Days added to the resolved day ("the day before last Tuesday": -1).
        var dayOffset = 0
        /// The second year of a range of years (`TimexMention.endsRange`).
        var endsRange = false
    }

    /// Function words that begin an expression only with a time word close after them
    /// ("the third quarter", "for years", "at least 72 hours").
    private static let leadWords: WordSet = [
        "the", "a", "an", "every", "each", "per", "fiscal", "fy", "that", "same", "at", "in", "for", "over", "after",
        "within", "twice", "once", "new", "recent", "this", "last", "next", "past", "current", "present",
        "coming", "following", "previous", "preceding", "prior", "upcoming", "early", "late", "mid", "earlier",
        "later", "about", "around", "approximately", "roughly", "some", "nearly", "almost", "under", "more", "less",
        "fewer", "up", "no", "just", "several", "few", "many", "numerous", "multiple", "couple", "half", "these",
    ]

    /// A time word or a lead word, with its word classes.
    private struct TagWord {
        /// A time word (else a lead word only).
        var time: Bool
        var classes: WordClass
    }

    /// Time words and lead words with their classes in one table: one lookup a token.
    private static let tagWords: WordMap<TagWord> = {
        var table = WordMap<TagWord>()
        for w in leadWords { table[w] = TagWord(time: false, classes: WordClass.of[w] ?? []) }
        for w in timeWords { table[w] = TagWord(time: true, classes: WordClass.of[w] ?? []) }
        return table
    }()

    /// Words that make a nearby expression possible (one hash lookup a token).
    private static let timeWords: WordSet = {
        let L = TimeLexicon.self
        let words: [[String]] = [
            L.months.keys, L.weekdays.keys, L.weekdayPlurals.keys, L.numberWords.keys.filter { $0 != "a" && $0 != "an" }, L.ordinals.keys,
            L.units.keys, L.seasons.keys, L.partsOfDay.keys, L.dayDeictics.keys,
            L.referenceWords.keys.filter { $0 != "once" }, L.frequencyWords.keys, L.clockWords.keys,
            L.holidays.keys, L.decadeWords.keys, L.weekdayHolidays.keys, ["easter"],
            ["future", "past", "present", "term", "weekend", "year-earlier", "year-ago", "thanksgiving", "fy", "half", "current", "date",
             "period", "quarter", "times", "year", "while"],
        ]
        return WordSet(words.joined())
    }()

    func tag(_ text: AnalyzedText, dct: String?) -> [TimexMention] {
        let t = text.tokens
        let n = t.count
        // Pass 0: which tokens are time words (or numbers).
        var timeWord = [Bool](repeating: false, count: n + 1)
        var leadWord = [Bool](repeating: false, count: n + 1)
        var classes = [WordClass](repeating: [], count: n)
        // Tables held in locals: each access to a `static let` checks its one-time initialisation.
        let tagWords = Self.tagWords
        for k in 0..<n {
            // Fields are read in place: a copy of the token would retain and release its string.
            switch t[k].kind {
            case .number, .apostropheYear: timeWord[k] = true; classes[k] = .number
            case .word:
                if t[k].flags.contains(.hasDigit) { timeWord[k] = t[k].end - t[k].start <= 7; classes[k] = .digitWord; continue }
                // The token's hash was computed with the text: an absent word costs one slot read.
                if let word = tagWords[token: k, in: text] {
                    if word.time { timeWord[k] = true } else { leadWord[k] = true }
                    classes[k] = word.classes
                }
            case .punctuation:
                // "'90s": an apostrophe before a decade word
                if k + 1 < n, t[k + 1].flags.contains(.hasDigit), t[k + 1].kind == .word, t[k].lower == "'" { timeWord[k] = true }
            case .acronym, .possessive: break
            }
        }
        var candidates: [Candidate] = []
        var m = Matcher(text: text, tokens: t, classes: classes)  // one matcher for the document
        var i = 0
        while i < n {
            var worth = timeWord[i]
            if !worth, leadWord[i] {
                var k = i + 1
                while k < min(n, i + 5) { if timeWord[k] { worth = true; break }; k += 1 }
            }
            if !worth { i += 1; continue }
            if let c = m.match(at: i), c.end > i {
                if !Self.isTitle(c, text: text) {
                    candidates.append(c)
                    // "April 24 and 25": the second day of the same month.
                    if let d = Self.conjoinedDay(after: c, text: text) { candidates.append(d); i = d.end; continue }
                }
                i = c.end
            } else {
                i += 1
            }
        }
        return resolve(candidates, text: text, dct: dct)
    }

    /// The day number after a date and "and"/"or" ("April 24 and 25", "Dec. 5 or 6, 1998"), as a date
    /// of the same month; the number must end its phrase (a comma, period or year after it).
    static func conjoinedDay(after c: Candidate, text: AnalyzedText) -> Candidate? {
        let t = text.tokens
        let k = c.end
        guard k + 1 < t.count, t[k].lower == "and" || t[k].lower == "or", t[k + 1].kind == .number,
              t[k + 1].lower.utf8.count <= 2, let day = Int(t[k + 1].lower), (1...31).contains(day) else { return nil }
        if k + 2 < t.count {
            let next = t[k + 2]
            guard next.kind == .punctuation, next.lower != "%", next.lower != "-", next.lower != "/" else { return nil }
        }
        switch c.anchor {
        case .monthDay(let m, _?, ""):
            guard day <= CalendarDate.daysIn(month: m, year: 2000) else { return nil }
            return Candidate(start: k + 1, end: k + 2, type: .date, value: "", anchor: .monthDay(month: m, day: day, suffix: ""))
        case .none where c.type == .date && c.value.utf8.count == 10:
            guard let v = DateValue(c.value), day <= CalendarDate.daysIn(month: v.date.month, year: v.date.year) else { return nil }
            return Candidate(start: k + 1, end: k + 2, type: .date, value: TimexFormat.day(CalendarDate(year: v.date.year, month: v.date.month, day: day)))
        default:
            return nil
        }
    }

    /// Whether an expression is part of a title or name: ABC's "This Week", "High Noon", "VOA
    /// Today", CBS's "'60 Minutes" — common time words capitalised inside a sentence. Month,
    /// weekday and holiday names are capitalised anyway; a capital after an opening quote,
    /// bracket, colon or dash starts a (quoted) sentence.
    static func isTitle(_ c: Candidate, text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard c.start >= 0, c.end <= t.count, c.start < c.end else { return false }
        func commonCapital(_ k: Int) -> Bool {
            guard k >= 0, k < t.count, t[k].kind == .word, t[k].isCapitalized, !t[k].flags.contains(.sentenceStart) else { return false }
            return TimeLexicon.commonTimeWords.contains(t[k].lower)
        }
        // "This Week": a capitalised common word inside the expression (holiday names excepted:
        // "New Year's Day", "Thanksgiving Day").
        let holiday = (c.start..<c.end).contains { k in
            let w = t[k].lower
            return TimeLexicon.holidays[w] != nil || TimeLexicon.weekdayHolidays[w] != nil || w == "new" || w == "thanksgiving" || w == "easter"
        }
        if !holiday, (c.start + 1..<c.end).contains(where: commonCapital) { return true }
        // "'60 Minutes": a capitalised unit right after it.
        if commonCapital(c.end) && TimeLexicon.units[t[c.end].lower] != nil { return true }
        // "High Noon", "VOA Today": a capitalised common word after a capitalised word.
        if commonCapital(c.start), c.start > 0, t[c.start - 1].kind != .punctuation {
            return t[c.start - 1].isCapitalized || t[c.start - 1].kind == .acronym
        }
        return false
    }

    // MARK: second pass

    private func resolve(_ candidates: [Candidate], text: AnalyzedText, dct: String?) -> [TimexMention] {
        let dctValue = dct.flatMap(DateValue.init)
        let dctDate = dctValue.map(\.date)
        // A DCT known only to the year (or month, as the dater may infer) completes what needs no
        // more than that and leaves finer values unknown: no guessed day from a bare "1989".
        let dctDay = dctValue?.granularity == .day ? dctDate : nil
        let dctCoarse = dctValue.map { $0.granularity == .year || $0.granularity == .month } ?? false
        func known(_ unit: Unit) -> Bool {
            guard let g = dctValue?.granularity else { return false }
            switch unit {
            case .year, .decade, .century: return true
            case .month, .quarter, .half: return g != .year
            default: return g == .day
            }
        }
        var lastRef: DateValue? = dctValue
        var lastQuarter: DateValue?
        // Whether the period last named was a quarter ("the third quarter") rather than a span of
        // months or years ("the first nine months"): "a year earlier" compares with that period.
        var quarterInFocus = true
        var out: [TimexMention] = []
        out.reserveCapacity(candidates.count)
        for c in candidates {
            guard c.end > c.start, c.end <= text.tokens.count else { continue }
            func tense() -> Int { Self.tense(at: c.start, text: text) }
            /// Quarter (or half) `q` of the DCT year, or of the year before when the text looks back.
            /// `ended`: a quarter that has ended ("the quarter ended Nov. 30"), so not the DCT's own.
            func quarterValue(_ q: Int, half: Bool, ended: Bool = false) -> String {
                guard let d = dctDate else { return half ? "XXXX-H\(q)" : "XXXX-Q\(q)" }
                var year = d.year
                let current = half ? (d.month - 1) / 6 + 1 : (d.month - 1) / 3 + 1
                if (q > current || ended && q == current) && tense() <= 0 && !dctCoarse { year = d.year - 1 }
                return half ? "\(TimexFormat.four(year))-H\(q)" : TimexFormat.quarter(year, q)
            }
            var value = c.value
            switch c.anchor {
            case .none: break
            case .dctDay(let off, let suffix):
                value = (dctDay.map { TimexFormat.day($0.adding(days: off)) } ?? "XXXX-XX-XX") + suffix
            case .dctShift(.weekend, 0):
                if let d = dctDay {
                    let past = tense() <= 0
                    let target = past ? (d.weekday >= 6 ? d : d.adding(days: -7)) : d
                    value = TimexFormat.shift(target, .weekend, 0)
                } else { value = Self.unknown(.weekend) }
            case .dctShift(let unit, let k):
                value = (known(unit) ? dctDate : nil).map { TimexFormat.shift($0, unit, k) } ?? Self.unknown(unit)
            case .refShift(let unit, let k):
                var ref = lastRef
                if let r = ref, unit == .day || unit == .week, r.granularity != .day { ref = dctDay == nil ? nil : dctValue ?? r }
                value = (ref.map { TimexFormat.shift($0.date, unit, k) } ?? Self.unknown(unit)) + c.value
            case .monthDay(let month, let day, var suffix):
                // "<"/">" force the direction ("last April", "next May"); "=" the DCT year ("this May").
                let forced = suffix == "<" ? -1 : suffix == ">" ? 1 : 0
                let sameYear = suffix == "="
                if forced != 0 || sameYear { suffix = "" }
                if let d = dctDate {
                    var year = d.year
                    // "by February", "effective June 1", "until March 6": a deadline or start ahead.
                    let before = c.start > 0 ? text.tokens[c.start - 1].lower : ""
                    let tn = forced != 0 ? forced : TimeLexicon.deadlinePrepositions.contains(before) ? 1 : tense()
                    if TimeLexicon.lookBackWords.contains(before) && forced == 0 && !sameYear {
                        // "since March", "ended Jan. 31": the last such month (or day) on or before the DCT.
                        if month > d.month || month == d.month && (day ?? 0) > d.day { year -= 1 }
                    } else if forced < 0 { if month >= d.month { year -= 1 } }
                    else if forced > 0 { if month <= d.month { year += 1 } }
                    else if !sameYear && !dctCoarse { year = Self.yearForMonth(month, dct: d, tense: tn) }
                    value = day.map { TimexFormat.day(CalendarDate(year: year, month: month, day: $0)) }
                        ?? TimexFormat.month(year, month)
                } else {
                    value = "XXXX-" + TimexFormat.two(month) + (day.map { "-" + TimexFormat.two($0) } ?? "")
                }
                value += suffix
            case .monthInYear(let month, let day, let years):
                let y = dctDate.map { TimexFormat.four($0.year + years) } ?? "XXXX"
                value = y + "-" + TimexFormat.two(month) + (day.map { "-" + TimexFormat.two($0) } ?? "")
            case .weekday(let wd, let direction, let suffix):
                if let d = dctDay {
                    let diff = wd - d.weekday
                    var offset: Int
                    // Bare weekdays refer back unless the sentence speaks of the future.
                    // "Wednesday's ruling", "Friday's close": a possessive weekday names something already
                    // reported, whatever the tense around it.
                    let possessive = c.end < text.tokens.count && text.tokens[c.end].kind == .possessive
                    // "until Tuesday", "by Monday": a deadline is the DCT's day or one ahead.
                    let before = c.start > 0 ? text.tokens[c.start - 1].lower : ""
                    let deadline = direction == nil && TimeLexicon.deadlinePrepositions.contains(before) && !Self.pastPerfect(near: c.start, text: text)
                    let since = direction == nil && TimeLexicon.lookBackWords.contains(before)
                    let tn = deadline ? 1 : since ? -1 : direction == nil && !possessive ? tense() : 0
                    switch direction ?? (tn > 0 ? 2 : tn < 0 ? -2 : 3) {
                    case 3:
                        // No tense: news reports what happened, so the last such day (or the DCT's own
                        // weekday), except the day after the DCT, which is nearer than six days back.
                        // (TimeBank + AQUAINT bare weekdays: 282 of 298 on or before the DCT, but
                        // "tomorrow's" weekday 9 times against 2 for six days back.)
                        offset = diff <= 0 ? diff : diff - 7
                        if offset == -6 { offset = 1 }
                    case -1: offset = diff < 0 ? diff : diff - 7
                    case 0: offset = diff
                    case 1: offset = diff > 0 ? diff : diff + 7
                    case 2: offset = diff >= 0 ? diff : diff + 7
                    default: offset = diff <= 0 ? diff : diff - 7
                    }
                    if direction == 1 && offset <= 0 { offset += 7 }
                    value = TimexFormat.day(d.adding(days: offset)) + suffix
                } else {
                    value = "XXXX-WXX-\(wd)" + suffix
                }
            case .quarterEnded(let q):
                // A quarter already named (perhaps a fiscal one) is the one that ended then.
                if let r = lastQuarter { value = TimexFormat.quarter(r.year, r.quarter) }
                else { value = quarterValue(q, half: false, ended: true) }
            case .quarter(let q, let half):
                value = quarterValue(q, half: half)
            case .yearAgoQuarter(let q):
                let year = lastQuarter.map { $0.year } ?? DateValue(quarterValue(q, half: false))?.year
                value = year.map { TimexFormat.quarter($0 - 1, q) } ?? "XXXX-Q\(q)"
            case .currentQuarter:
                if let r = lastQuarter {
                    value = TimexFormat.quarter(r.year, r.quarter)
                } else if let d = dctDate, !dctCoarse {
                    // The quarter being reported on is the last completed one unless the text looks ahead.
                    value = TimexFormat.shift(d, .quarter, c.value == "latest" || tense() <= 0 ? -1 : 0)
                } else {
                    value = "XXXX-QX"
                }
            case .yearBack(let fromDCT):
                if let r = lastQuarter, quarterInFocus, let d = dctDate, r.year >= d.year - 1 {
                    value = TimexFormat.quarter(r.year - 1, r.quarter)
                } else if let r = fromDCT ? dctValue : lastRef {
                    value = TimexFormat.four(r.year - 1)
                } else {
                    value = "XXXX"
                }
            case .pastSeason(let code):
                value = dctDate.map { d in "\(TimexFormat.four(Self.seasonStart(code) <= d.month ? d.year : d.year - 1))-\(code)" } ?? "XXXX-\(code)"
            case .weekOf(let month, let day):
                if let d = dctDate {
                    let year = Self.yearForMonth(month, dct: d, tense: tense())
                    value = TimexFormat.week(CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))))
                } else {
                    value = "XXXX-WXX"
                }
            case .season(let code, let k):
                if let d = dctDate {
                    var year = d.year + (k ?? 0)
                    if k == nil && !dctCoarse {
                        let seasonMonth = Self.seasonStart(code)
                        if tense() < 0 && seasonMonth > d.month { year -= 1 }
                        if tense() > 0 && seasonMonth + 2 < d.month { year += 1 }
                    }
                    value = "\(TimexFormat.four(year))-\(code)"
                } else {
                    value = "XXXX-\(code)"
                }
            case .weekNumber(let w):
                value = "\(dctDate.map { TimexFormat.four($0.year) } ?? "XXXX")-W\(TimexFormat.two(w))"
            case .nthWeekday(let month, let wd, let k):
                if let d = dctDate {
                    let first = CalendarDate(year: dctCoarse ? d.year : Self.yearForMonth(month, dct: d, tense: tense()), month: month, day: 1)
                    value = TimexFormat.day(first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (k - 1)))
                } else {
                    value = "XXXX-" + TimexFormat.two(month)
                }
            case .easter(let week):
                if let d = dctDate {
                    let year = dctCoarse ? d.year : Self.yearForMonth(CalendarDate.easter(year: d.year).month, dct: d, tense: tense())
                    let sunday = CalendarDate.easter(year: year)
                    value = week ? TimexFormat.week(sunday) : TimexFormat.day(sunday)
                } else {
                    value = week ? "XXXX-WXX" : "XXXX-XX-XX"
                }
            case .yearPart(let k, let part, let half):
                let y = dctDate.map { TimexFormat.four($0.year + k) } ?? "XXXX"
                value = "\(y)-\(half ? "H" : "Q")\(part)"
            case .quarterOfYear(let year, let period):
                let previousIsQuarter = out.last.flatMap { DateValue($0.value) }?.granularity == .quarter
                if let q = lastQuarter, !period || previousIsQuarter {
                    value = TimexFormat.quarter(year, q.quarter)
                } else {
                    value = period ? TimexFormat.four(year) : TimexFormat.four(year) + "-QX"
                }
            case .refWeekday(let wd, let direction):
                if let d = lastRef.flatMap({ $0.granularity == .day ? $0.date : nil }) ?? dctDay {
                    let diff = wd - d.weekday
                    let offset = direction < 0 ? (diff < 0 ? diff : diff - 7) : (diff > 0 ? diff : diff + 7)
                    value = TimexFormat.day(d.adding(days: offset))
                } else {
                    value = "XXXX-WXX-\(wd)"
                }
            case .clock(let time):
                // A bare clock time belongs to the day under discussion: the last day named, else the DCT.
                let day = lastRef.flatMap { $0.granularity == .day ? $0.date : nil } ?? dctDay
                value = (day.map(TimexFormat.day) ?? "XXXX-XX-XX") + "T" + time
            }
            if c.dayOffset != 0, let v = DateValue(value), v.granularity == .day, value.utf8.count == 10 {
                value = TimexFormat.day(v.date.adding(days: c.dayOffset))
            }
            if c.type == .duration, value.hasPrefix("P"), value.hasSuffix("M") || value.hasSuffix("Y"), !value.hasPrefix("PT") {
                quarterInFocus = false
            }
            if c.type == .date || c.type == .time, let v = DateValue(value) {
                if c.type == .date && v.granularity == .quarter { quarterInFocus = true }
                switch c.anchor {
                case .yearBack, .yearAgoQuarter: break
                case .currentQuarter, .quarterOfYear: lastRef = v
                default:
                    lastRef = v
                    // The quarter under discussion is a finished one: a quarter that has not ended by
                    // the DCT ("fourth-quarter results will ...") is an outlook, not the one reported on.
                    // An earlier quarter named in passing ("after a flat second quarter") does not
                    // replace a later one already under discussion; a fiscal one ("the fiscal
                    // second quarter") does, as a company's own reporting period.
                    if v.granularity == .quarter, dctDate.map({ Self.quarterIndex(v.year, v.month) < Self.quarterIndex($0.year, $0.month) }) ?? true,
                       lastQuarter.map({ Self.quarterIndex($0.year, $0.month) <= Self.quarterIndex(v.year, v.month) }) ?? true
                        || (c.start..<c.end).contains(where: { text.isLower($0, "fiscal") }) {
                        lastQuarter = v
                    }
                }
            }
            out.append(TimexMention(tokens: c.start..<c.end, bytes: text.byteRange(tokens: c.start..<c.end),
                                    type: c.type, value: value, mod: c.mod, endsRange: c.endsRange))
        }
        return out
    }

    /// The month a season (TIMEX3 code) begins in.
    static func seasonStart(_ code: String) -> Int {
        switch code {
        case "SP": 3
        case "FA": 9
        case "WI": 12
        default: 6
        }
    }

    /// Quarters counted from year 0, for comparing quarters across years.
    static func quarterIndex(_ year: Int, _ month: Int) -> Int { year * 4 + (month - 1) / 3 }

    /// The year of a month named without one: by tense, but a month at most `near` months
    /// ahead of (or behind) the DCT stays close to it whatever the tense. Without a tense cue
    /// news reports the past: the last such month, unless it is at most `near` months ahead.
    static func yearForMonth(_ month: Int, dct d: CalendarDate, tense: Int) -> Int {
        let near = 2
        let ahead = (month - d.month + 12) % 12   // months forward to the next such month
        let back = (d.month - month + 12) % 12
        if ahead == 0 { return d.year }
        if tense == 0 { return ahead <= near ? (month >= d.month ? d.year : d.year + 1) : (month <= d.month ? d.year : d.year - 1) }
        if tense < 0 && ahead > near { return month <= d.month ? d.year : d.year - 1 }
        if tense > 0 && back > near { return month >= d.month ? d.year : d.year + 1 }
        // A month just ahead or just behind, whatever the tense: the occurrence closest to the DCT.
        return ahead <= back ? (month >= d.month ? d.year : d.year + 1) : (month <= d.month ? d.year : d.year - 1)
    }

    private static func unknown(_ unit: Unit) -> String {
        switch unit {
        case .second, .minute, .hour, .day: "XXXX-XX-XX"
        case .week: "XXXX-WXX"
        case .weekend: "XXXX-WXX-WE"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .half: "XXXX-HX"
        case .year: "XXXX"
        case .decade: "XXX"
        case .century: "XX"
        }
    }

    /// Kinds of tense cue words.
    enum Cue: UInt8 { case future, past, intention, pastIntention, reporting, schedule }
    /// The tense cue tables of `TimeLexicon` in one table, so a token costs one lookup.
    private static let cues: WordMap<Cue> = {
        var t = WordMap<Cue>()
        for w in TimeLexicon.scheduleVerbs { t[w] = .schedule }
        for w in TimeLexicon.pastCues { t[w] = .past }
        for w in TimeLexicon.reportingVerbs { t[w] = .reporting }
        for w in TimeLexicon.futureCues { t[w] = .future }
        for w in TimeLexicon.intentionWords { t[w] = .intention }
        for w in TimeLexicon.pastIntentionWords { t[w] = .pastIntention }
        return t
    }()

    /// The tense at a token: the nearest tense cue in its sentence (1 future, -1 past, 0 none).
    static func tense(at index: Int, text: AnalyzedText) -> Int {
        guard index >= 0, index < text.tokens.count else { return 0 }
        let sentence = Int(text.tokens[index].sentence)
        guard sentence < text.sentences.count else { return 0 }
        let range = text.sentences[sentence].tokens
        /// The word before token `i` in the sentence, or "".
        func wordBefore(_ i: Int) -> String { i - 1 >= range.lowerBound ? text.tokens[i - 1].lower : "" }
        func cue(_ i: Int, near: Bool) -> Int {
            let t = text.tokens[i]
            let w = t.lower
            let kind = Self.cues[w]
            let next = i + 1 < range.upperBound && i + 1 < text.tokens.count ? text.tokens[i + 1].lower : ""
            switch kind {
            case .intention?:
                // "plans to": an intention ahead; "vacation plans" is no cue.
                return next == "to" ? 1 : 0
            case .pastIntention?:
                // "planned to leave on Thursday", "planned a rally Saturday": ahead of the plan, unless
                // the plan itself is past ("had planned to", "as previously planned Saturday").
                let p1 = wordBefore(i)
                if i < index && (next == "to" || TimeLexicon.determiners.contains(next)) && !TimeLexicon.pastPerfectAuxiliaries.contains(p1) { return 1 }
            case .schedule?:
                // "meet separately Monday": a present tense right before the day is a schedule; not an
                // infinitive ("agreed to meet Monday") or a verb after "did"/"had", which the words around decide.
                let p1 = wordBefore(i)
                if near && i < index && p1 != "to" && p1 != "did" && p1 != "didn't" && !TimeLexicon.pastPerfectAuxiliaries.contains(p1)
                    && !TimeLexicon.determiners.contains(p1) { return 1 }
                return 0
            case .future?:
                // "had been scheduled to expire Friday", "had expected": a plan made in the past, for the past.
                if i - 1 >= range.lowerBound {
                    let p1 = wordBefore(i), p2 = wordBefore(i - 1)
                    if TimeLexicon.pastPerfectAuxiliaries.contains(p1) || p1 == "been" && TimeLexicon.pastPerfectAuxiliaries.contains(p2) { return -1 }
                }
                return 1
            default: break
            }
            // "were planning to drive on Monday", "was expected to": the plan after the auxiliary decides.
            if kind == .past, w == "was" || w == "were", let nk = Self.cues[next], nk == .future || nk == .intention || nk == .pastIntention { return 0 }
            // "is set to resume Monday", "is to resume trading Tuesday": a schedule, not a past tense.
            if (w == "set" || w == "is" || w == "are") && next == "to" { return 1 }
            // Simple pasts, a reporting verb right next to the expression ("said Friday": it dates the
            // report) and other -ed words.
            let edWord = (kind == nil || kind == .pastIntention) && t.kind == .word && w.utf8.count > 4 && w.hasSuffix("ed") && !t.isCapitalized
            guard kind == .past || kind == .reporting && near || edWord else { return 0 }
            // A participle after "be"/"is" is a passive ("will be paid", "is based"), not a past tense.
            if i > range.lowerBound, TimeLexicon.passiveAuxiliaries.contains(text.tokens[i - 1].lower) { return 0 }
            return edWord && isAdjectival(i) ? 0 : -1
        }
        // "a still unspecified date", "the proposed sale": a participle after a determiner is an adjective.
        func isAdjectival(_ i: Int) -> Bool {
            var k = i - 1
            if k > range.lowerBound, TimeLexicon.participleAdverbs.contains(text.tokens[k].lower) { k -= 1 }
            return k >= range.lowerBound && TimeLexicon.determiners.contains(text.tokens[k].lower)
        }
        for d in 1...20 {
            let a = index - d, b = index + d
            if a >= range.lowerBound, a < text.tokens.count { let c = cue(a, near: d <= 2); if c != 0 { return c } }
            if b < range.upperBound, b < text.tokens.count { let c = cue(b, near: d <= 2); if c != 0 { return c } }
            if a < range.lowerBound && b >= range.upperBound { break }
        }
        return 0
    }

    /// Whether a past-perfect auxiliary ("had") stands within eight tokens of `index` in its sentence.
    static func pastPerfect(near index: Int, text: AnalyzedText) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let sentence = text.tokens[index].sentence
        for k in max(0, index - 8)..<min(text.tokens.count, index + 9) where text.tokens[k].sentence == sentence {
            if TimeLexicon.pastPerfectAuxiliaries.contains(text.tokens[k].lower) { return true }
        }
        return false
    }

    /// The tense of a sentence, judged at its first token's neighbourhood (used by the dater).
    static func tense(of sentence: Int, text: AnalyzedText) -> Int {
        guard sentence >= 0, sentence < text.sentences.count else { return 0 }
        var future = false, past = false
        for i in text.sentences[sentence].tokens where i < text.tokens.count {
            let w = text.tokens[i].lower
            if TimeLexicon.futureCues.contains(w) { future = true }
            if TimeLexicon.pastCues.contains(w) { past = true }
        }
        return future ? 1 : past ? -1 : 0
    }
}
