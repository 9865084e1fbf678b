/// How two event dates relate.
public enum DateRelation: String, Codable, Hashable, Sendable {
    /// The same TIMEX3 value.
    case same
    /// Different values whose periods overlap: "2013-04" and "2013-04-18", "2013" and "2013-Q2".
    case compatible
    /// Both dates are known and their periods do not overlap: "2012-10" and "2013".
    case conflicting
    /// At least one date is unknown (`XXXX`, `PRESENT_REF`, a duration, ...).
    case unknown
}

/// The period a TIMEX3 date value denotes, as a closed range of day numbers.
struct DatePeriod: Hashable, Sendable {
    var first: Int
    var last: Int

    /// Day number of a calendar day (monotonic; not a real Julian day, gaps allowed).
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Int { (y * 12 + (m - 1)) * 31 + (d - 1) }
    /// The year a day number (`day`) falls in.
    static func year(ofDay n: Int) -> Int { n >= 0 ? n / (12 * 31) : (n - 12 * 31 + 1) / (12 * 31) }

    init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD(Thh...)`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-Wnn`,
    /// `YYYY-SP|SU|FA|WI`, decades `199X` and centuries `19XX`; nil for anything else.
    init?(_ value: String) {
        let key = DateKey(value)
        guard key.known else { return nil }
        let y = key.year
        switch key.granularity {
        case -1: // decade or century
            let u = Array(value.utf8)
            let xs = u.prefix(4).filter { $0 == 88 }.count
            var span = 1
            for _ in 0..<xs { span *= 10 }
            first = DatePeriod.day(y, 1, 1); last = DatePeriod.day(y + span - 1, 12, 31)
        case 0:
            first = DatePeriod.day(y, 1, 1); last = DatePeriod.day(y, 12, 31)
        case 1: // quarter, half, season: starts at key.month
            let u = Array(value.utf8)
            let months = (u.count > 5 && u[5] == 72 /* H */) ? 6 : 3
            first = DatePeriod.day(y, key.month, 1)
            let endMonth = key.month + months - 1
            last = endMonth > 12 ? DatePeriod.day(y + 1, endMonth - 12, 31) : DatePeriod.day(y, endMonth, 31)
        case 2:
            first = DatePeriod.day(y, key.month, 1); last = DatePeriod.day(y, key.month, 31)
        case 3: // ISO week: seven days from its first day
            let start = DatePeriod.day(y, key.month, key.day)
            first = start; last = start + 7
        default:
            first = DatePeriod.day(y, key.month, key.day); last = first
        }
    }

    func overlaps(_ o: DatePeriod) -> Bool { first <= o.last && o.first <= last }

    /// Midpoint, for ordering candidates by date.
    var middle: Int { (first + last) / 2 }
}

/// Compares event dates ("April 2013" is compatible with "2013-04-18").
public enum DateCompatibility {
    /// The relation between two TIMEX3 date values.
    public static func relation(_ a: String, _ b: String) -> DateRelation {
        if a == b { return DatePeriod(a) == nil ? .unknown : .same }
        guard let pa = DatePeriod(a), let pb = DatePeriod(b) else { return .unknown }
        return pa.overlaps(pb) ? .compatible : .conflicting
    }
}
