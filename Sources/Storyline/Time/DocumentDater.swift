/// Infers a publication date from the text when no date is given.
///
/// The year comes from bounds the text sets: years told in the past (or without tense) bound it
/// from below, years told in the future ("will", "due 1993", "fiscal 1990 ... expects") from above,
/// the titles of office holders ("President Clinton") give a range, and a weekday that agrees with
/// a month and day ("Friday, Oct. 13", or a dateline "WASHINGTON, August 8 (Xinhua) -- ... Saturday")
/// picks the year inside the range. A date written with its year counts as a past year (news
/// omits the current year), unless it is the article's dateline or web date line. The month and
/// day come from a dateline at the article start, else from the latest dated mention of that year
/// (partial dates such as "2 December" placed in it).
enum DocumentDater {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or nil when the text gives no clue.
    static func infer(_ text: AnalyzedText) -> String? {
        let mentions = TimeTagger.shared.tag(text, dct: nil)
        let clues = Clues(text, mentions)
        if let d = clues.datedLine, CalendarDate(year: d.year, month: d.month, day: d.day).isValid {
            return TimexFormat.day(CalendarDate(year: d.year, month: d.month, day: d.day))
        }
        guard let year = clues.year() else { return nil }
        if let d = clues.dateline, CalendarDate(year: year, month: d.month, day: d.day).isValid {
            return TimexFormat.day(CalendarDate(year: year, month: d.month, day: d.day))
        }
        // The latest dated mention of that year, or the latest partial date placed in it.
        var best: (month: Int, day: Int?)? = nil
        func consider(_ month: Int, _ day: Int?) {
            if let b = best, (b.month, b.day ?? 0) >= (month, day ?? 0) { return }
            best = (month, day)
        }
        for v in clues.fullDates where v.year == year { consider(v.month, v.granularity == .day ? v.day : nil) }
        for p in clues.partial { consider(p.month, p.day) }
        // Quarters reported in the past ("third-quarter profit rose") are over: the article is
        // from a later month of the year.
        if let q = clues.pastQuarters.filter({ $0 < 4 }).max(), (best?.month ?? 0) <= 3 * q {
            return TimexFormat.month(year, 3 * q + 1)
        }
        guard let b = best else { return TimexFormat.four(year) }
        if let d = b.day, CalendarDate(year: year, month: b.month, day: d).isValid {
            return TimexFormat.day(CalendarDate(year: year, month: b.month, day: d))
        }
        return TimexFormat.month(year, b.month)
    }

    /// Words right before a year that put it ahead of the writing ("bonds due 1993", "until 2015").
    static let futureLeads: WordSet = ["due", "until", "till", "through", "thru", "by", "ending", "ends", "maturing", "expire", "expires", "into"]

    /// Words a few tokens before a year that put it ahead ("until early 1990", "through the third
    /// quarter of 1990", "expires on Dec. 31, 1990"); unlike "by", they rarely lead a past date.
    static let farFutureLeads: WordSet = ["due", "until", "till", "through", "thru", "maturing", "expire", "expires", "into"]

    /// Words that make a sentence speak of what is to come.
    static let forecastWords: WordSet = [
        "expects", "expect", "expected", "expecting", "forecast", "forecasts", "projected", "projects", "projection",
        "projections", "predicted", "predicts", "predicting", "estimates", "outlook", "intends", "aims", "target",
        "targets", "anticipates", "anticipated", "hopes", "next", "future", "coming",
    ]

    /// Nouns of a forecast after a year in its noun phrase ("the 1990 earnings projection").
    static let forecastNouns: WordSet = [
        "projection", "projections", "estimate", "estimates", "forecast", "forecasts", "outlook", "target", "targets",
        "budget", "goal", "goals",
    ]

    /// Present-tense auxiliaries: a year told with them is current ("sales in 1989 are flat").
    static let presentAuxiliaries: WordSet = ["is", "are", "has", "have", "isn't", "aren't", "hasn't", "haven't"]
    /// Auxiliaries of the present perfect ("has not met").
    static let perfectAuxiliaries: WordSet = ["has", "have", "hasn't", "haven't"]

    /// Words before a year that make it the start or end of a span reaching to now ("since 1988").
    static let pastSpanLeads: WordSet = ["since", "from", "between", "and", "to", "after"]

    /// Words of a comparison, which put the year after them in the past ("up from 1988").
    static let comparisonWords: WordSet = ["over", "than", "compared", "from", "versus", "vs.", "against", "since"]

    /// Words that may stand beside the date on a web page's date line ("Updated: ... 10:04 PM ET").
    static let dateLineWords: WordSet = [
        "updated", "posted", "published", "last", "modified", "created", "date", "on", "at", "am", "pm", "a.m.", "p.m.",
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
        "uk", "local", "time", "aest", "aedt", "ist", "jst", "hkt", "sgt", "msk",
    ]

    /// Words before the last day of a reported period ("the quarter ended Sept. 30").
    static let periodEndLeads: WordSet = ["ended", "ending"]

    /// Nouns after a year that make it a period compared with ("the 1988 quarter", "1988 levels").
    static let periodNouns: WordSet = [
        "period", "periods", "quarter", "quarters", "half", "first", "second", "third", "fourth", "level", "levels",
        "results", "figures",
    ]

    /// Words shortly before a date of maturity or expiry, which may lie far ahead ("notes due
    /// Nov. 1, 2004", "redeemable after the end of 1994").
    static let maturityLeads: WordSet = [
        "due", "maturing", "matures", "mature", "maturity", "expire", "expires", "expiring", "expiration",
        "redeemable", "callable", "puttable",
    ]

    /// Words right before an office holder's title that make the mention historical or another office.
    static let historicalLeads: WordSet = ["vice", "former", "late", "ex", "ex-", "then", "then-", "past", "previous", "onetime", "one-time"]

    /// Office holders often named in news: surname (lower case) → years in office (inclusive,
    /// the year of leaving included because articles of that year still use the title).
    /// Only mentions with the title right before the name count ("President Clinton",
    /// "President Bill Clinton", "Prime Minister Blair", "Secretary-General Annan", "Secretary of
    /// State Madeleine Albright"); the key is the title's last word.
    static let officeHolders: WordMap<[String: [ClosedRange<Int>]]> = [
        "president": [
            "truman": [1945...1953], "eisenhower": [1953...1961], "kennedy": [1961...1963], "johnson": [1963...1969],
            "nixon": [1969...1974], "ford": [1974...1977], "carter": [1977...1981], "reagan": [1981...1989],
            "bush": [1989...1993, 2001...2009], "clinton": [1993...2001], "obama": [2009...2017],
            "trump": [2017...2021, 2025...2029], "biden": [2021...2025],
            "gorbachev": [1988...1991], "yeltsin": [1991...1999], "putin": [2000...2008, 2012...2030],
            "medvedev": [2008...2012], "mitterrand": [1981...1995], "chirac": [1995...2007], "sarkozy": [2007...2012],
            "hollande": [2012...2017], "macron": [2017...2030], "mandela": [1994...1999], "mbeki": [1999...2008],
            "havel": [1989...2003], "walesa": [1990...1995], "kwasniewski": [1995...2005], "goncz": [1990...2000],
            "moi": [1978...2002], "estrada": [1998...2001], "suharto": [1967...1998], "habibie": [1998...1999],
            "kuchma": [1994...2005], "milosevic": [1989...2000], "khatami": [1997...2005], "rafsanjani": [1989...1997],
            "mubarak": [1981...2011], "assad": [1971...2030], "xi": [2013...2030], "jiang": [1993...2003], "hu": [2003...2013],
        ],
        "minister": [
            "thatcher": [1979...1990], "major": [1990...1997], "blair": [1997...2007], "brown": [2007...2010],
            "cameron": [2010...2016], "may": [2016...2019], "johnson": [2019...2022], "sunak": [2022...2024],
            "netanyahu": [1996...1999, 2009...2021, 2022...2030], "barak": [1999...2001], "sharon": [2001...2006],
            "rabin": [1992...1995], "peres": [1995...1996], "olmert": [2006...2009], "chretien": [1993...2003],
            "mulroney": [1984...1993], "howard": [1996...2007], "keating": [1991...1996], "kohl": [1982...1998],
            "schroeder": [1998...2005], "merkel": [2005...2021], "hashimoto": [1996...1998], "obuchi": [1998...2000],
            "orban": [1998...2002, 2010...2030], "koizumi": [2001...2006], "abe": [2006...2007, 2012...2020], "vajpayee": [1998...2004], "modi": [2014...2030],
        ],
        "secretary-general": [
            "perez": [1982...1991], "boutros-ghali": [1992...1996], "annan": [1997...2006], "ban": [2007...2016],
            "guterres": [2017...2030],
        ],
        "chancellor": ["kohl": [1982...1998], "schroeder": [1998...2005], "merkel": [2005...2021], "scholz": [2021...2025]],
        // "Secretary-General" split at the hyphen leaves "General Annan".
        "general": [
            "perez": [1982...1991], "boutros-ghali": [1992...1996], "annan": [1997...2006], "guterres": [2017...2030],
            // US attorneys general ("Attorney General Janet Reno")
            "meese": [1985...1988], "thornburgh": [1988...1991], "reno": [1993...2001], "ashcroft": [2001...2005],
            "gonzales": [2005...2007], "mukasey": [2007...2009], "holder": [2009...2015], "lynch": [2015...2017],
            "sessions": [2017...2018], "garland": [2021...2025],
        ],
        // US secretaries of state ("Secretary of State Madeleine Albright")
        "state": [
            "shultz": [1982...1989], "baker": [1989...1992], "eagleburger": [1992...1993], "christopher": [1993...1997],
            "albright": [1997...2001], "powell": [2001...2005], "rice": [2005...2009], "clinton": [2009...2013],
            "kerry": [2013...2017], "tillerson": [2017...2018], "pompeo": [2018...2021], "blinken": [2021...2025],
        ],
        // US defense and treasury secretaries ("Defense Secretary William Cohen", "Treasury Secretary Robert Rubin")
        "secretary": [
            "weinberger": [1981...1987], "carlucci": [1987...1989], "cheney": [1989...1993], "aspin": [1993...1994],
            "perry": [1994...1997], "cohen": [1997...2001], "rumsfeld": [2001...2006], "gates": [2006...2011],
            "panetta": [2011...2013], "hagel": [2013...2015], "mattis": [2017...2019], "austin": [2021...2025],
            "brady": [1988...1993], "bentsen": [1993...1994], "rubin": [1995...1999], "summers": [1999...2001],
            "o'neill": [2001...2002], "snow": [2003...2006], "paulson": [2006...2009], "geithner": [2009...2013],
            "lew": [2013...2017], "mnuchin": [2017...2021], "yellen": [2021...2025],
        ],
        // Chinese premiers ("Premier Zhu Rongji")
        "premier": ["li": [1988...1998, 2013...2023], "zhu": [1998...2003], "wen": [2003...2013]],
    ]

    /// What the text says about its own date.
    struct Clues {
        /// Years mentioned in the past or without tense (the article is from one of them or later).
        var pastYears: [Int] = []
        /// Years mentioned in the future (the article is from one of them or earlier).
        var futureYears: [Int] = []
        /// Future years that are maturities or expiries ("notes due 2011"): bounds, but often far ahead.
        var maturityYears: Set<Int> = []
        /// Mentions with year and month (and day), not in the future.
        var fullDates: [DateValue] = []
        /// Quarters named without a year ("the third quarter") outside future-tense sentences.
        var pastQuarters: [Int] = []
        /// Years the text tells as the article's own: an edition's name ("SC ’13"), a year told in
        /// the present tense ("sales in 2013 are flat"), a date given with its weekday.
        var namedYears: Set<Int> = []
        /// Past years named neither in a comparison ("up from 1988"), nor as a period compared
        /// ("the 1988 quarter"), nor after a determiner ("the 1987 crash"): in a quarterly report
        /// they are the report's own year.
        var plainPastYears: Set<Int> = []
        /// Month (and day) without a year, not in the future.
        var partial: [(month: Int, day: Int?)] = []
        /// A month and day at the very start of the article ("NEW YORK, Jan. 8 --").
        var dateline: (month: Int, day: Int)?
        /// The article's own full date: a dateline ("PARIS, March 3, 2004 --") or a web page's date
        /// line near the start ("Posted: May 24, 2005").
        var datedLine: DateValue?
        /// Month, day and the weekday the text gives them ("Friday, Oct. 13").
        var weekdayDates: [(month: Int, day: Int, weekday: Int)] = []
        /// Weekdays named in the lead (the first two sentences), to check against the dateline.
        var leadWeekdays: [Int] = []
        /// Ranges in office of the office holders named with their title.
        var offices: [[ClosedRange<Int>]] = []

        /// The clues of a text, tagged here without a reference date.
        init(_ text: AnalyzedText) { self.init(text, TimeTagger.shared.tag(text, dct: nil)) }

        /// The clues on one line: past, future, maturity and named years, quarters, dateline, offices.
        var summary: String {
            func list(_ a: [Int]) -> String { a.map(String.init).joined(separator: ",") }
            return "past \(list(pastYears)) future \(list(futureYears)) maturity \(list(maturityYears.sorted()))"
                + " named \(list(namedYears.sorted())) quarters \(list(pastQuarters))"
                + " dateline \(dateline.map { "\($0.month)-\($0.day)" } ?? "-") offices \(offices.count)"
                + " common " + commonOffice
                + " partial " + partial.map { "\($0.month)-\($0.day.map(String.init) ?? "")" }.joined(separator: ",")
        }

        private var commonOffice: String {
            var common: Set<Int>? = nil
            for g in offices {
                let years = Set(g.flatMap { Array($0) })
                common = common.map { $0.intersection(years) } ?? years
            }
            guard let c = common, let a = c.min(), let b = c.max() else { return "-" }
            return "\(a)...\(b)/\(c.count)"
        }

        init(_ text: AnalyzedText, _ mentions: [TimexMention]) {
            let t = text.tokens
            for m in mentions where m.type == .date || m.type == .time {
                guard m.tokens.lowerBound < t.count else { continue }
                let first = m.tokens.lowerBound
                let sentence = Int(t[first].sentence)
                let before = first > 0 ? t[first - 1].lower : ""
                let sentenceStart = sentence < text.sentences.count ? text.sentences[sentence].tokens.lowerBound : first
                let window = min(first, max(sentenceStart, first - 5))..<first
                // A dateline: at the article's start, after a comma, before punctuation ("PARIS, March 3 --").
                let atDateline = first < 8 && sentence == 0 && first > 0 && t[first - 1].lower == ","
                    && m.tokens.upperBound < t.count && t[m.tokens.upperBound].kind == .punctuation
                let maturity = window.contains { DocumentDater.maturityLeads.contains(t[$0].lower) }
                let future = maturity || DocumentDater.futureLeads.contains(before)
                    || window.contains { DocumentDater.farFutureLeads.contains(t[$0].lower) }
                    || Self.forward(at: first, text)
                    || Self.forecastAfter(m.tokens.upperBound, text)
                // The end of a range of years ("the 2008-09 season") may still be running: only
                // its start bounds the date.
                if m.endsRange { continue }
                if let v = DateValue(m.value) ?? Self.yearOfPartlyKnown(m.value) {
                    // Dates in future-tense sentences ("will ship in 2015") bound the date from above.
                    if future {
                        futureYears.append(v.year)
                        if maturity { maturityYears.insert(v.year) }
                        continue
                    }
                    pastYears.append(v.year)
                    let compared = (max(sentenceStart, first - 4)..<first).contains { DocumentDater.comparisonWords.contains(t[$0].lower) }
                    // The noun may end the expression ("the 1988 period") or follow it ("the 1988 results").
                    let after = min(t.count, m.tokens.upperBound + 1)
                    let periodAfter = (min(max(first + 1, m.tokens.upperBound - 1), after)..<after).contains {
                        DocumentDater.periodNouns.contains(t[$0].lower)
                    }
                    // "the 1987 crash", "its 1988 recapitalization": a year that names a past event.
                    let attributive = TimeLexicon.determiners.contains(before) || t[max(0, first - 1)].kind == .possessive
                    if !compared && !periodAfter && !attributive { plainPastYears.insert(v.year) }
                    // News writes the year of a date only when it is not the current one ("in July
                    // 1988", "the Aug. 7, 1998, bombings"), so such a date bounds the year from below
                    // like a year named alone. The article's own date is a dateline ("PARIS, March 3,
                    // 2004 --": after a comma, before punctuation, at the start) or a web page's date
                    // line near the start ("Posted: May 24, 2005").
                    if v.granularity == .day || v.granularity == .month {
                        fullDates.append(v)
                        if v.granularity == .day, atDateline || Self.standsAlone(m.tokens, text) { datedLine = datedLine ?? v }
                        // A weekday given with it ("on Saturday 8 June 2013", "Sunday, Feb. 1, 2009")
                        // marks a date of the last days: the article's year.
                        if v.granularity == .day,
                           (max(sentenceStart, first - 2)..<min(t.count, m.tokens.upperBound)).contains(where: { TimeLexicon.weekdays[t[$0].lower] != nil }) {
                            namedYears.insert(v.year)
                        }
                    }
                    // A year told in the present tense ("has not met our expectations for 1989",
                    // "sales in 2013 are flat") is the current one.
                    // Not a year compared with ("has risen over comparable periods in 1988").
                    if v.granularity == .year, !DocumentDater.pastSpanLeads.contains(before), !compared, Self.present(at: first, text) {
                        namedYears.insert(v.year)
                    }
                    // An edition named by its year ("SC ’13", "CES 2014") is of the article's time.
                    if v.granularity == .year, first > 0, m.tokens.count == 1, t[first - 1].isCapitalized, t[first - 1].isWord,
                       Int(t[first - 1].sentence) == sentence, sentence < text.sentences.count, first - 1 > text.sentences[sentence].tokens.lowerBound,
                       TimeLexicon.months[t[first - 1].lower] == nil { namedYears.insert(v.year) }
                    continue
                }
                let u = Array(m.value.utf8)
                guard u.count >= 7, u[0] == 0x58, u[4] == 0x2D else { continue }   // "XXXX-"
                if u[5] == 0x57, let wd = Self.digit(u, u.count - 1), u.count == 10, u[8] == 0x2D {  // "XXXX-WXX-5"
                    if sentence <= 1 && (1...7).contains(wd) { leadWeekdays.append(wd) }
                    continue
                }
                if u.count == 7, u[5] == 0x51, let q = Self.digit(u, 6), (1...4).contains(q) {   // "XXXX-Q3"
                    if !future { pastQuarters.append(q) }
                    continue
                }
                guard let month = Self.number(u, 5), (1...12).contains(month) else { continue }
                let day = u.count >= 10 && u[7] == 0x2D ? Self.number(u, 8) : nil
                // A weekday inside or right before the expression ("Monday, Oct. 26", "Friday Oct. 13").
                if let d = day {
                    for k in max(0, first - 2)..<min(t.count, m.tokens.upperBound) {
                        if let wd = TimeLexicon.weekdays[t[k].lower] { weekdayDates.append((month, d, wd)); break }
                    }
                    if dateline == nil, atDateline { dateline = (month, d) }
                }
                // The end of a reported period ("the quarter ended Sept. 30") is some weeks before
                // the report: the month after it, day unknown.
                if !future, DocumentDater.periodEndLeads.contains(before), month < 12 { partial.append((month + 1, nil)) }
                else if !future { partial.append((month, day)) }
            }
            // Office holders: "<title> [First] Surname", not after "former"/"late".
            for i in t.indices {
                guard t[i].isCapitalized, let table = DocumentDater.officeHolders[t[i].lower] else { continue }
                if i > 0, DocumentDater.historicalLeads.contains(t[i - 1].lower) { continue }
                for k in (i + 1)..<min(t.count, i + 3) where t[k].isCapitalized {
                    if let ranges = table[t[k].lower] { offices.append(ranges); break }
                }
            }
        }

        /// Whether the sentence speaks of the future at a token: the nearest tense cue is a future
        /// one, or there is none and the sentence has a forecasting word ("expects ... in 1990").
        static func forward(at index: Int, _ text: AnalyzedText) -> Bool {
            let tense = TimeTagger.tense(at: index, text: text)
            if tense != 0 { return tense > 0 }
            let sentence = Int(text.tokens[index].sentence)
            guard sentence < text.sentences.count else { return false }
            return text.sentences[sentence].tokens.contains { i in
                i < text.tokens.count && (DocumentDater.forecastWords.contains(text.tokens[i].lower) || TimeLexicon.futureCues.contains(text.tokens[i].lower))
            }
        }

        /// The year of a value whose finer part is unknown ("1988-QX", "1989-WXX") as a year.
        static func yearOfPartlyKnown(_ value: String) -> DateValue? {
            let u = Array(value.utf8)
            guard u.count > 5, u[4] == 0x2D, u[5...].contains(0x58) else { return nil }
            return DateValue(String(decoding: u[0..<4], as: UTF8.self))
        }

        /// Whether an expression is a line of its own near the start: a web page's date line
        /// ("May 5, 2010", "Updated: July 7, 2012, 10:04 PM ET", "Thursday, Apr 2, 2009 | Updated 1:32 PM").
        static func standsAlone(_ tokens: Range<Int>, _ text: AnalyzedText) -> Bool {
            let t = text.tokens
            // Near the start: within the first 150 tokens (a web address and a headline may come first).
            guard tokens.lowerBound < min(t.count, 150) else { return false }
            var start = tokens.lowerBound, end = max(tokens.upperBound, start + 1)
            while start > 0 && !t[start].flags.contains(.newlineBefore) && tokens.lowerBound - start < 24 { start -= 1 }
            while end < t.count && !t[end].flags.contains(.newlineBefore) && end - tokens.upperBound < 24 { end += 1 }
            guard start == 0 || t[start].flags.contains(.newlineBefore), end == t.count || t[end].flags.contains(.newlineBefore),
                  end - start <= 24 else { return false }
            for i in start..<end where !tokens.contains(i) && (t[i].kind == .word || t[i].kind == .acronym) && !t[i].flags.contains(.hasDigit) {
                let w = t[i].lower
                if DocumentDater.dateLineWords.contains(w) || TimeLexicon.weekdays[w] != nil || TimeLexicon.months[w] != nil { continue }
                return false
            }
            return true
        }

        /// Whether a forecast noun follows a year in its noun phrase ("his 1990 earnings projection").
        static func forecastAfter(_ end: Int, _ text: AnalyzedText) -> Bool {
            let t = text.tokens
            guard end >= 0, end < t.count else { return false }
            for k in end..<min(t.count, end + 3) {
                if t[k].kind == .punctuation { return false }
                if DocumentDater.forecastNouns.contains(t[k].lower) { return true }
            }
            return false
        }

        /// Whether the nearest tense cue around a token in its sentence is a present one ("is",
        /// "has", or a present perfect "has not met").
        static func present(at index: Int, _ text: AnalyzedText) -> Bool {
            let t = text.tokens
            guard index < t.count else { return false }
            let sentence = t[index].sentence
            func isPerfect(_ i: Int) -> Bool {
                (max(0, i - 3)..<i).contains { t[$0].sentence == sentence && DocumentDater.perfectAuxiliaries.contains(t[$0].lower) }
            }
            for d in 1...8 {
                for i in [index - d, index + d] where i >= 0 && i < t.count && t[i].sentence == sentence {
                    let w = t[i].lower
                    if DocumentDater.presentAuxiliaries.contains(w) { return true }
                    if TimeLexicon.futureCues.contains(w) || DocumentDater.forecastWords.contains(w) { return false }
                    if TimeLexicon.pastCues.contains(w) || TimeLexicon.reportingVerbs.contains(w) || (w.utf8.count > 4 && w.hasSuffix("ed")) {
                        return isPerfect(i)
                    }
                }
            }
            return false
        }

        static func digit(_ u: [UInt8], _ i: Int) -> Int? {
            guard i >= 0, i < u.count, u[i] >= 0x30, u[i] <= 0x39 else { return nil }
            return Int(u[i] - 0x30)
        }

        static func number(_ u: [UInt8], _ i: Int) -> Int? {
            guard let a = digit(u, i), let b = digit(u, i + 1) else { return nil }
            return a * 10 + b
        }

        /// How many of the text's weekday clues year `y` agrees with.
        func agreement(_ y: Int) -> Int {
            var n = 0
            for w in weekdayDates where CalendarDate(year: y, month: w.month, day: w.day).weekday == w.weekday { n += 1 }
            if let d = dateline {
                let wd = CalendarDate(year: y, month: d.month, day: d.day).weekday
                // The lead's weekday is the dateline's day, or the day before ("said Friday" in Saturday's paper).
                // The first weekday of the lead counts most ("said on Tuesday ... last Friday's bombings").
                if leadWeekdays.first == wd { n += 3 } else if leadWeekdays.contains(wd) { n += 2 }
                else if leadWeekdays.contains(wd == 1 ? 7 : wd - 1) { n += 1 }
            }
            return n
        }

        var hasWeekdayClue: Bool { !weekdayDates.isEmpty || (dateline != nil && !leadWeekdays.isEmpty) }

        /// The publication year, or nil without a clue.
        func year() -> Int? {
            // A year told in the future at least as often as in the past is a future one (the past
            // readings are most often forecasts whose tense the rules missed).
            var balance: [Int: Int] = [:]
            for y in pastYears { balance[y, default: 0] += 1 }
            for y in futureYears { balance[y, default: 0] -= 1 }
            let lo = pastYears.filter { balance[$0, default: 0] > 0 }.max()
            let hi = futureYears.filter { $0 >= (lo ?? Int.min) }.min()
            // The best guess from the years alone. A year named alone in the past is most often
            // before the article's year: the year after it, unless a year told in the future comes
            // right after. An edition named by it ("SC ’13") keeps the article in that year; a
            // month or day named with it ("in July 1988") does not (see `fullDates`). With only years told
            // in the future, the year before the nearest, unless that is a maturity ("due 2011").
            var guess: Int?
            if let lo {
                // A quarter of the year reported in the past ("third-quarter profit rose") makes a
                // plainly named past year the report's own year ("In fiscal 1989, sales were").
                let quarterReport = pastQuarters.contains { $0 < 4 } && plainPastYears.contains(lo)
                guess = quarterReport || namedYears.contains(lo) || hi.map({ $0 <= lo + 1 }) == true ? lo : lo + 1
            } else if let near = futureYears.filter({ !maturityYears.contains($0) }).min() {
                guess = near - 1
            }
            // Office ranges consistent with the year bounds: all mentions' common years (or their
            // union when they disagree), inside the bounds.
            let groups = offices.map { g in Set(g.flatMap { Array($0) }).filter { $0 >= (lo ?? Int.min) && $0 <= (hi ?? Int.max) } }
                .filter { !$0.isEmpty }
            if let firstGroup = groups.first {
                let common = groups.dropFirst().reduce(firstGroup) { $0.intersection($1) }
                let years = common.isEmpty ? groups.reduce(Set<Int>()) { $0.union($1) } : common
                if let y = pick(years.sorted(), guess: guess) { return y }
            }
            guard let g = guess else { return nil }
            if hasWeekdayClue, let y = pick(Array((g - 3)...(g + 3)).filter { $0 >= (lo ?? Int.min) && $0 <= (hi ?? Int.max) }, guess: g) {
                return y
            }
            return g
        }

        /// The candidate that agrees with the most weekday clues, nearest the guess; without
        /// weekday clues the guess itself when it is a candidate, else nil.
        func pick(_ years: [Int], guess: Int?) -> Int? {
            guard !years.isEmpty else { return nil }
            if hasWeekdayClue {
                var best: (score: Int, distance: Int, year: Int)? = nil
                var tied = false
                for y in years {
                    let s = agreement(y), dist = guess.map { abs(y - $0) } ?? 0
                    if s == 0 { continue }
                    guard let b = best else { best = (s, dist, y); continue }
                    // More agreement, then nearer the guess; on a tie the later year, and the tie is noted.
                    if (s, -dist) > (b.score, -b.distance) { best = (s, dist, y); tied = false }
                    else if (s, -dist) == (b.score, -b.distance) { tied = true; if y > b.year { best = (s, dist, y) } }
                }
                // Without a guess, years a week's cycle apart agree alike: no choice among them.
                if let b = best { return tied && guess == nil ? nil : b.year }
            }
            if let g = guess, years.contains(g) { return g }
            // A guess before the range: the range's first full year (a term's first year is partly
            // spent before it begins), else its first.
            if let g = guess, let after = years.first(where: { $0 > g }) { return years.contains(after + 1) ? after + 1 : after }
            return years.count == 1 ? years[0] : nil
        }
    }
}

extension CalendarDate {
    /// Whether the day exists in that month and year.
    var isValid: Bool { (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: year) }
}
