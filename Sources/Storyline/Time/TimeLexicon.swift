/// The word tables of the time stage, keyed by `Token.lower`. Each table is one kind of word;
/// the rules in `TimeTagger` combine them. Compiled once (static lets).
enum TimeLexicon {
    /// Calendar units of durations and shifts.
    enum Unit: UInt8, Sendable {
        case second, minute, hour, day, week, weekend, month, quarter, half, year, decade, century
        /// The TIMEX3 duration letter(s): `P3Y`, `PT2H`.
        var durationCode: String {
            switch self {
            case .second: "S"
            case .minute: "M"
            case .hour: "H"
            case .day: "D"
            case .week: "W"
            case .weekend: "WE"
            case .month: "M"
            case .quarter: "Q"
            case .half: "H"
            case .year: "Y"
            case .decade: "DE"
            case .century: "CE"
            }
        }
        var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
    }

    /// Month names and abbreviations → month number. Abbreviations are marked so a rule can ask
    /// for a following period or day number.
    static let months: WordMap<(month: Int, abbreviation: Bool)> = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        var t = WordMap<(month: Int, abbreviation: Bool)>()
        for (i, m) in full.enumerated() { t[m] = (i + 1, false) }
        let abbr: [(String, Int)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                     ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        for (a, m) in abbr { t[a] = (m, true) }
        return t
    }()

    /// Weekday names (and period-abbreviations) → ISO weekday 1 (Monday) … 7 (Sunday).
    static let weekdays: WordMap<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Plural weekday names ("on Tuesdays") → ISO weekday: a recurring day (SET).
    static let weekdayPlurals: WordMap<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]

    /// Number words → value ("a"/"an" count as one where a unit follows).
    static let numberWords: WordMap<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "one-and-a-half": 1,
        "hundred": 100, "dozen": 12, "couple": 2,
    ]
    /// Tens that may be followed by a unit number word ("twenty four", "twenty-four").
    static let tens: WordSet = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// Decade words of the twentieth century ("the nineties") → first year of the decade mod 100.
    static let decadeWords: WordMap<Int> = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
        "eighties": 80, "nineties": 90,
    ]

    /// Vague quantities: the count becomes `X` (`PXY`).
    static let vagueQuantities: WordSet = ["several", "few", "many", "some", "numerous", "multiple", "couple"]

    /// Ordinal words and suffixed numerals → value.
    static let ordinals: WordMap<Int> = {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                     "eighteenth", "nineteenth", "twentieth"]
        var t = WordMap<Int>()
        for (i, w) in words.enumerated() { t[w] = i + 1 }
        t["thirtieth"] = 30
        t["twenty-first"] = 21
        for n in 1...31 {
            let suffix: String
            switch (n % 10, n % 100) {
            case (_, 11...13): suffix = "th"
            case (1, _): suffix = "st"
            case (2, _): suffix = "nd"
            case (3, _): suffix = "rd"
            default: suffix = "th"
            }
            t["\(n)\(suffix)"] = n
            if n < 10 { t["0\(n)\(suffix)"] = n }   // "09th June 2013"
        }
        return t
    }()

    /// Unit nouns, singular and plural, → unit.
    static let units: WordMap<Unit> = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute,
        "hour": .hour, "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week,
        "weekend": .weekend, "weekends": .weekend,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century,
    ]

    /// Kinds of days counted in durations ("eight trading days", "five business days").
    static let dayKinds: WordSet = ["trading", "business", "working", "calendar", "school"]

    /// Seasons → TIMEX3 season code.
    static let seasons: WordMap<String> = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    /// Words before a season without a year that make it a time ("in the spring", "into the summer").
    static let seasonPrepositions: WordSet = ["in", "this", "during", "over", "since", "until", "till", "by", "into", "through", "throughout"]

    /// Parts of the day → TIMEX3 code.
    static let partsOfDay: WordMap<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    /// Plural parts of the day after a weekday ("Tuesday nights") → TIMEX3 code: a recurrence.
    static let partsOfDayPlural: WordMap<String> = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]

    /// Relative day words → day offset from the reference date.
    static let dayDeictics: WordMap<Int> = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0]

    /// Words that alone name a vague time → TIMEX3 value (all DATE).
    static let referenceWords: WordMap<String> = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF",
        "once": "",
    ]

    /// Prepositions that make "the future" a time ("in the future", "into the future").
    static let futurePrepositions: WordSet = ["in", "into", "for", "about"]

    /// Prepositions before "year-end" that make it a date ("by year-end"; "year-end results" is none).
    static let yearEndPrepositions: WordSet = ["by", "at", "before", "after", "since", "until", "till", "around", "through", "toward", "towards", "near"]

    /// Nouns after "today's" that make it generic ("today's world") rather than the DCT day.
    static let genericTodayHeads: WordSet = [
        "world", "youth", "society", "generation", "children", "kids", "teenagers", "young", "students", "families",
        "economy", "market", "marketplace", "standards", "technology", "computers", "culture", "consumers", "workers",
    ]

    /// Words after "current" that make it no time: money and electricity terms and a verb after
    /// the noun ("the current account", "the current flows").
    static let nonTemporalCurrentHeads: WordSet = [
        "account", "accounts", "assets", "liabilities", "ratio", "flows", "flow", "flowing", "carried", "carries",
        "is", "was", "and", "or", "of", "in", "through", "from", "to", "that", "which", "can", "could", "will", "would",
    ]

    /// Relative shift words before a unit, weekday, month or season → direction.
    static let shiftWords: WordMap<Int> = [
        "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
        "this": 0, "current": 0, "present": 0,
        "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    ]

    /// Shift words after "the" that count from the day under discussion ("the previous Friday").
    static let anaphoricShifts: WordMap<Int> = ["previous": -1, "preceding": -1, "prior": -1, "following": 1]

    /// "before"/"after" between a count of days and a day ("the day before Christmas").
    static let dayShiftWords: WordMap<Int> = ["before": -1, "after": 1]

    /// "the last half of 1989", "the latter half of the year": the second half.
    static let latterWords: WordMap<Int> = ["last": 2, "latter": 2]

    /// Prepositions before "the years", "the months" that make them a stretch of time ("over the years").
    static let spanPrepositions: WordSet = ["over", "through", "throughout", "during", "across"]

    /// Words between a count and its unit that make it a further stretch ("two more weeks").
    static let furtherWords: WordSet = ["more", "additional", "further", "extra"]

    /// Words that may follow a time phrase without extending its noun phrase ("in the morning and").
    static let phraseBoundaryWords: WordSet = ["and", "or", "but", "to", "when", "as", "before", "after", "at", "on", "in", "with", "while", "because", "until", "for", "from"]

    /// Prepositions before a bare "mid-afternoon" that make it a time of the day under discussion.
    static let partOfDayPrepositions: WordSet = ["by", "in", "at", "until", "till", "around", "since", "during", "before", "after", "from"]

    /// Adjectives in "the same quarter last year", "the comparable year-ago period": a period
    /// compared with the one under discussion.
    static let comparisonAdjectives: WordSet = ["same", "corresponding", "comparable", "equivalent"]

    /// Deictic words before "year" after a month ("July last year") → years from the DCT year.
    static let yearDeixis: WordMap<Int> = ["last": -1, "this": 0, "next": 1]

    /// Words after a quantity + unit that make it a date back or forward → direction and anchor
    /// (`true`: the document date; `false`: the last mentioned date).
    static let agoWords: WordMap<(direction: Int, fromDCT: Bool)> = [
        "ago": (-1, true), "earlier": (-1, false), "hence": (1, true),
    ]

    /// Adverbs of frequency → (unit, count) of a SET.
    static let frequencyWords: WordMap<String> = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
    ]

    /// Words that end an amount before a rate ("20% annually", "$2 million yearly", "50 cents a day").
    static let amountWords: WordSet = ["%", "percent", "million", "billion", "thousand", "trillion", "cents", "dollars"]

    /// Modifiers before a point in time → TIMEX3 mod.
    static let pointModifiers: WordMap<String> = [
        "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    ]
    /// "the X of" frames → mod ("the end of the year").
    static let framedModifiers: WordMap<String> = [
        "end": "END", "beginning": "START", "start": "START", "middle": "MID", "close": "END", "turn": "START",
    ]
    /// Modifiers before a quantity → TIMEX3 mod. Two-word forms are keyed "more than".
    static let quantityModifiers: WordMap<String> = [
        "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
        "nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN", "under": "LESS_THAN",
        "more than": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
        "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    ]

    /// Time zones allowed after a clock time.
    /// Words that make "the 70s" a temperature ("highs in the 70s", "the mid-70s Fahrenheit");
    /// not "high" or "warm", which say other things too ("unemployment was high in the 90s").
    static let temperatureWords: WordSet = ["temperature", "temperatures", "temps", "highs", "lows", "degrees", "degree",
                                            "fahrenheit", "celsius", "warmer", "cooler", "mercury", "thermometer"]

    /// Words before a version number, which a dotted date must not follow ("version 10.04.2012").
    static let versionWords: WordSet = ["version", "versions", "release", "build", "v", "ver", "firmware", "update", "patch"]

    static let timeZones: WordSet = ["est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "akst", "akdt", "hst", "gmt", "utc", "bst",
                                     "cet", "cest", "eet", "eest", "msk", "jst", "kst", "hkt", "sgt", "aest", "aedt", "acst", "awst",
                                     "nzst", "nzdt", "et", "pt", "ct", "mt"]

    /// Prepositions before an hour said in words ("at three in the morning", "until ten o'clock").
    static let clockPrepositions: WordSet = ["at", "by", "until", "till", "around", "about", "before", "after", "since", "from", "to"]

    /// Clock words → hour.
    static let clockWords: WordMap<Int> = ["noon": 12, "midday": 12, "midnight": 24]

    /// Fixed-date holidays → month, day.
    static let holidays: WordMap<(Int, Int)> = [
        "christmas": (12, 25), "valentine's": (2, 14), "halloween": (10, 31),
    ]

    /// Holidays on the n-th weekday of a month, named with "Day" ("Election Day", "Labor Day") →
    /// month, ISO weekday, n, and days after that weekday (US Election Day is the Tuesday after
    /// the first Monday of November).
    static let weekdayHolidays: WordMap<(month: Int, weekday: Int, n: Int, days: Int)> = [
        "election": (11, 1, 1, 1), "labor": (9, 1, 1, 0), "columbus": (10, 1, 2, 0),
    ]

    /// Days named after Easter Sunday → days from it ("Easter Monday"; "Easter week" is its ISO week).
    static let easterDays: WordMap<Int> = ["sunday": 0, "monday": 1, "day": 0]

    /// Words before a number that make it not a year ("Section 2013", "Room 1990").
    static let nonYearHeads: WordSet = [
        "section", "article", "room", "no", "number", "flight", "route", "model", "version", "chapter",
        "page", "pages", "item", "rule", "resolution", "bill", "highway", "interstate", "suite", "box", "unit",
        "channel", "apartment", "windows", "office", "code", "form", "platform", "gate", "paragraph", "iso",
        "boeing", "airbus", "at", "over", "nearly", "about", "than", "some", "only", "just", "with",
        "almost", "each", "per", "up", "$", "#", "top", "dow", "index",
    ]
    /// Words after a number that make it a count or amount, not a year.
    static let nonYearTails: WordSet = [
        "percent", "%", "people", "workers", "jobs", "shares", "members", "employees", "students", "units",
        "cars", "homes", "points", "votes", "troops", "soldiers", "barrels", "tons", "miles", "feet", "meters",
        "acres", "dollars", "yen", "euros", "pounds", "residents", "children", "times", "copies", "customers",
        "companies", "patients", "million", "billion", "thousand", "square", "km", "kilometers", "cases",
    ]

    /// Tense cues for choosing past or future of underspecified dates.
    /// The nearest cue to an expression decides; reporting verbs ("said") are no cue.
    static let futureCues: WordSet = [
        "will", "'ll", "shall", "would", "scheduled", "upcoming", "tomorrow", "wo", "won't", "plans", "expected",
        "plan", "planning", "soon",
    ]
    /// Subject pronouns: "he one day follow" is "some day", no length of time.
    static let subjectPronouns: WordSet = ["i", "he", "she", "we", "they", "you"]
    /// Modal verbs before "one day" that make it some day ahead ("will one day be").
    static let modals: WordSet = ["will", "would", "could", "may", "might", "can", "shall", "should", "must", "'ll"]
    /// Words of intention that look ahead only before "to" ("plans to leave", "intends to fly");
    /// "vacation plans" says nothing of an expression's time (checked before
    /// `futureCues`, which the dater reads as they are).
    static let intentionWords: WordSet = ["plans", "plan", "intends", "intend"]
    /// The same intentions told in the past: they look ahead to an expression after them when
    /// "to" or a noun phrase follows ("the team planned to leave on Thursday", "protesters
    /// planned a rally on Saturday"); "as previously planned Saturday night", "had planned to"
    /// and an expression before them ("On Friday, the government planned to pay") stay past.
    static let pastIntentionWords: WordSet = ["planned", "intended"]
    /// Determiners before a participle that make it an adjective ("a proposed sale", "its
    /// troubled unit"), which carries no tense.
    static let determiners: WordSet = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any"]
    /// Adverbs that may stand between such a determiner and the participle ("a still unspecified date").
    static let participleAdverbs: WordSet = ["still", "newly", "yet", "recently", "previously", "long", "much", "widely", "closely"]
    static let pastCues: WordSet = [
        "was", "were", "had", "did", "ago", "yesterday", "been", "became", "came", "went", "took", "made", "gave",
        "got", "won", "lost", "began", "fell", "rose", "sold", "bought", "left", "met", "held", "saw", "led", "ran",
        "paid", "sent", "spent", "hit", "wasn't", "weren't", "didn't", "hadn't",
        // irregular simple pasts that are not also present forms or common nouns
        "brought", "told", "thought", "found", "kept", "knew", "grew", "wrote", "spoke", "chose", "drove", "struck",
        "stood", "built", "caught", "taught", "fought", "sought", "meant", "heard", "threw", "flew", "drew", "broke",
        "stole", "swore", "tore", "forgot", "froze", "sank", "shrank", "slid", "fled", "withdrew", "arose", "overcame",
        "undertook", "overtook", "lent", "dealt", "ate", "drank", "rode", "shook", "woke", "hung", "dug", "stuck",
    ]
    /// Words after "the year" / "the week" that make it no reference to the DCT's year or week:
    /// a period ("the year ended June 30"), anaphora ("the year before") or another expression.
    static let bareUnitBlockers: WordSet = [
        "ended", "ending", "through", "to", "before", "after", "earlier", "later", "ago", "of", "two", "one",
        "since", "following", "preceding", "prior", "that", "when", "in", "which",
    ]

    /// Common nouns and adverbs of time that are capitalised only in titles and names ("This
    /// Week", "High Noon", "'60 Minutes").
    static let commonTimeWords: WordSet = {
        WordSet(units.keys + partsOfDay.keys + dayDeictics.keys + referenceWords.keys + clockWords.keys)
    }()

    /// Words before a month (and day) or weekday without a year that make it a deadline or start
    /// ahead of (or on) the DCT ("by February", "effective June 1", "until March 6", "until Tuesday").
    static let deadlinePrepositions: WordSet = ["by", "effective", "until", "till"]
    /// Words before a month (and day) or weekday without a year that make it the last one on or
    /// before the DCT, whatever the tense ("has been on patrol since March and was scheduled to",
    /// "the fiscal year ended Jan. 31").
    static let lookBackWords: WordSet = ["since", "ended"]
    /// Past-perfect auxiliaries: "had filed reports by Wednesday", "until Thursday they had not
    /// called him a suspect" put a deadline word's day in the past.
    static let pastPerfectAuxiliaries: WordSet = ["had", "hadn't", "'d"]
    /// Verbs of scheduled events whose present tense right before a weekday is a schedule ahead:
    /// "Arafat and Netanyahu meet separately Monday", "the Senate convenes Tuesday", "the trial
    /// resumes Friday". Words that are as often nouns ("votes", "talks", "return") are left out.
    static let scheduleVerbs: WordSet = ["meet", "meets", "convene", "convenes", "reconvene", "reconvenes", "resume", "resumes",
                                         "testify", "testifies", "arrive", "arrives", "depart", "departs", "begin", "begins"]
    /// Auxiliaries that make the participle after them a passive, which carries no tense.
    static let passiveAuxiliaries: WordSet = ["be", "being", "is", "are", "am"]
    /// Reporting verbs ending in -ed that say nothing about the reported event's time.
    static let reportingVerbs: WordSet = ["said", "reported", "announced", "stated", "added", "noted", "disclosed", "indicated"]
}
