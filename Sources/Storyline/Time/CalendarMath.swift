/// Proleptic Gregorian calendar arithmetic on plain integers (no Foundation), and the parsing
/// and formatting of TIMEX3 date values.
struct CalendarDate: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Days since 1970-01-01.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    var weekday: Int { let w = (dayNumber + 3) % 7; return (w < 0 ? w + 7 : w) + 1 }

    func adding(days n: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + n) }

    /// ISO week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    static func easter(year y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: y, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A parsed TIMEX3 date value of some granularity, used as a reference for relative expressions.
struct DateValue: Hashable, Sendable {
    enum Granularity: Sendable { case year, half, quarter, month, week, day }
    var year: Int
    var month: Int = 1
    var day: Int = 1
    var quarter: Int = 1
    var week: Int = 1
    var granularity: Granularity

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD[T…]`, `YYYY-Qn`, `YYYY-Www`, `YYYY-Hn`; nil otherwise.
    init?(_ value: String) {
        let u = Array(value.utf8)
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count, !r.isEmpty else { return nil }
            var v = 0
            for i in r { guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }; v = v * 10 + Int(u[i] - 0x30) }
            return v
        }
        guard let y = num(0..<4) else { return nil }
        year = y
        granularity = .year
        if u.count == 4 { return }
        guard u.count >= 7, u[4] == 0x2D else { return nil }
        switch u[5] {
        case 0x51: guard let q = num(6..<7), (1...4).contains(q) else { return nil }
            quarter = q; month = (q - 1) * 3 + 1; granularity = .quarter
        case 0x48: guard let h = num(6..<7), (1...2).contains(h) else { return nil }
            quarter = h * 2 - 1; month = h == 1 ? 1 : 7; granularity = .half
        case 0x57: guard let w = num(6..<min(8, u.count)), (1...53).contains(w) else { return nil }
            week = w; granularity = .week
            // Monday of that ISO week.
            let jan4 = CalendarDate(year: y, month: 1, day: 4)
            let monday = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
            month = monday.month; day = monday.day
            if monday.year != y { month = 1; day = 1 }
        default:
            guard let m = num(5..<7), (1...12).contains(m) else { return nil }
            month = m; quarter = (m - 1) / 3 + 1; granularity = .month
            if u.count >= 10, u[7] == 0x2D, let d = num(8..<10), d >= 1, d <= 31 {
                day = min(d, CalendarDate.daysIn(month: m, year: y)); granularity = .day
            }
        }
    }

    var date: CalendarDate { CalendarDate(year: year, month: month, day: day) }
}

/// Formatting of TIMEX3 values.
enum TimexFormat {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String {
        if n < 0 { return "0000" }
        let s = String(n)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
    static func day(_ d: CalendarDate) -> String { "\(four(d.year))-\(two(d.month))-\(two(d.day))" }
    static func month(_ y: Int, _ m: Int) -> String { "\(four(y))-\(two(m))" }
    static func week(_ d: CalendarDate) -> String { let w = d.isoWeek; return "\(four(w.year))-W\(two(w.week))" }
    static func quarter(_ y: Int, _ q: Int) -> String { "\(four(y))-Q\(q)" }

    /// A count as used in durations: integers plainly, `X` when vague.
    static func count(_ n: Int?) -> String { n.map(String.init) ?? "X" }

    /// `P3Y`, `PT2H`, `PXM`, `P10Y` for decades.
    static func duration(_ n: Int?, _ unit: TimeLexicon.Unit) -> String {
        switch unit {
        case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXDE"
        case .century: return n.map { "P\($0 * 100)Y" } ?? "PXCE"
        case .weekend: return n.map { "P\($0 * 2)D" } ?? "PXD"
        case .half: return n.map { "P\($0 * 6)M" } ?? "PXM"
        default: return unit.isTimeOfDay ? "PT\(count(n))\(unit.durationCode)" : "P\(count(n))\(unit.durationCode)"
        }
    }

    /// `n` and a half units as a duration in the next smaller unit: `P2Y6M`, `PT5H30M`, `P3DT12H`;
    /// nil for units without an even half (weeks, months, quarters).
    static func durationAndHalf(_ n: Int, _ unit: TimeLexicon.Unit) -> String? {
        switch unit {
        case .year: return "P\(n)Y6M"
        case .day: return "P\(n)DT12H"
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        case .decade: return "P\(n * 10 + 5)Y"
        case .century: return "P\(n * 100 + 50)Y"
        default: return nil
        }
    }

    /// A date `n` units away from `ref`, written at the unit's granularity.
    static func shift(_ ref: CalendarDate, _ unit: TimeLexicon.Unit, _ n: Int) -> String {
        switch unit {
        case .second, .minute, .hour, .day: return day(ref.adding(days: unit == .day ? n : 0))
        case .week: return week(ref.adding(days: 7 * n))
        case .weekend: return week(ref.adding(days: 7 * n)) + "-WE"
        case .month:
            let total = ref.year * 12 + (ref.month - 1) + n
            return month(floorDiv(total, 12), total - floorDiv(total, 12) * 12 + 1)
        case .quarter:
            let total = ref.year * 4 + (ref.month - 1) / 3 + n
            return quarter(floorDiv(total, 4), total - floorDiv(total, 4) * 4 + 1)
        case .half:
            let total = ref.year * 2 + (ref.month - 1) / 6 + n
            return "\(four(floorDiv(total, 2)))-H\(total - floorDiv(total, 2) * 2 + 1)"
        case .year: return four(ref.year + n)
        case .decade: return String(four(floorDiv(ref.year, 10) * 10 + n * 10).prefix(3))
        case .century: return String(four(floorDiv(ref.year, 100) * 100 + n * 100).prefix(2))
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
