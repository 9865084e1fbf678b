/// Orders events on a timeline: by date (unknown dates last), then document order, then position.
public enum TimelineOrder {
    /// Events sorted into timeline order.
    public static func sorted(_ events: [Event], documentOrder: [String]) -> [Event] {
        var docIndex: [String: Int] = [:]
        for (i, d) in documentOrder.enumerated() where docIndex[d] == nil { docIndex[d] = i }
        return events.enumerated().sorted { a, b in
            let ka = DateKey(a.element.date.value), kb = DateKey(b.element.date.value)
            if ka != kb { return ka < kb }
            let da = docIndex[a.element.document] ?? Int.max, db = docIndex[b.element.document] ?? Int.max
            if da != db { return da < db }
            if a.element.trigger.start != b.element.trigger.start { return a.element.trigger.start < b.element.trigger.start }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// A sortable key for a TIMEX3 value: the earliest day it can denote, then its granularity
/// (coarser first). Values without a known year sort last.
public struct DateKey: Comparable, Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// 0 = year, 1 = quarter/season, 2 = month, 3 = week, 4 = day, 5 = time of day.
    public var granularity: Int
    public var known: Bool

    public init(_ value: String) {
        // The string's own UTF-8 storage when it has one (no array per key).
        if let key = value.utf8.withContiguousStorageIfAvailable({ DateKey(utf8: $0) }) { self = key; return }
        self.init(utf8: Array(value.utf8))
    }

    private init<Bytes: RandomAccessCollection>(utf8 u: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count, !r.isEmpty else { return nil }
            var v = 0
            for k in r { let c = u[k]; guard c >= 48 && c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        year = 0; month = 1; day = 1; granularity = 0; known = false
        // Decades/centuries: 199X, 19XX
        if u.count >= 4 {
            var digits = 0
            while digits < 4 && u[digits] >= 48 && u[digits] <= 57 { digits += 1 }
            if digits == 4, let y = num(0..<4) { year = y; known = true }
            else if digits >= 2, digits < 4, u[digits] == 88 /* X */ , let p = num(0..<digits) {
                year = p * DateKey.pow10(4 - digits); known = true; granularity = -1
                return
            } else { return }
        } else { return }
        guard u.count > 5, u[4] == 45 /* - */ else { return }
        if u[5] == 81 /* Q */, let q = num(6..<7) { month = (q - 1) * 3 + 1; granularity = 1; return }
        if u[5] == 87 /* W */, let w = num(6..<8) {
            let dayOfYear = max(1, (w - 1) * 7 + 1)
            (month, day) = DateKey.monthDay(year: year, dayOfYear: dayOfYear); granularity = 3; return
        }
        if u[5] == 72 /* H */, let h = num(6..<7) { month = h == 1 ? 1 : 7; granularity = 1; return }
        if u.count >= 7, let m = DateKey.seasonMonth(u[5], u[6]) { month = m; granularity = 1; return }
        guard let m = num(5..<7), (1...12).contains(m) else { return }
        month = m; granularity = 2
        guard u.count > 8, u[7] == 45, let d = num(8..<10), (1...31).contains(d) else { return }
        day = d; granularity = 4
        if u.count > 10, u[10] == 84 /* T */ { granularity = 5 }
    }

    /// Month a TIMEX3 season code starts in: SP, SU, FA, WI.
    static func seasonMonth(_ a: UInt8, _ b: UInt8) -> Int? {
        switch (a, b) {
        case (83, 80): return 3   // SP
        case (83, 85): return 6   // SU
        case (70, 65): return 9   // FA
        case (87, 73): return 12  // WI
        default: return nil
        }
    }

    static func pow10(_ e: Int) -> Int { var v = 1; for _ in 0..<e { v *= 10 }; return v }

    static func monthDay(year: Int, dayOfYear: Int) -> (Int, Int) {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var d = dayOfYear
        for (i, l) in lengths.enumerated() {
            if d <= l { return (i + 1, d) }
            d -= l
        }
        return (12, 31)
    }

    public static func < (a: DateKey, b: DateKey) -> Bool {
        if a.known != b.known { return a.known }
        if a.year != b.year { return a.year < b.year }
        if a.month != b.month { return a.month < b.month }
        if a.day != b.day { return a.day < b.day }
        return a.granularity < b.granularity
    }
}
