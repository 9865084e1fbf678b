/// Publication dates as inputs give them (`--date`, front matter, JSON, HTML meta tags).
public enum PublicationDate {
    /// The date part of `s` as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or nil if it is not one.
    /// A time after the day is allowed and dropped (`2013-12-04T10:00:00Z` → `2013-12-04`);
    /// `/` may stand for `-`. Months and days are checked against the calendar.
    public static func normalize(_ s: String) -> String? {
        let bytes = Array(s.utf8.prefix(64))
        var i = 0
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        func number(_ digits: Int) -> Int? {
            guard i + digits <= bytes.count else { return nil }
            var v = 0
            for k in 0..<digits {
                let b = bytes[i + k]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            if i + digits < bytes.count, bytes[i + digits] >= 0x30 && bytes[i + digits] <= 0x39 { return nil }
            i += digits
            return v
        }
        func separator() -> Bool {
            guard i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2F else { return false }
            i += 1
            return true
        }
        func atEnd() -> Bool {
            guard i < bytes.count else { return true }
            let b = bytes[i]
            // A time or zone may follow the day: T, space.
            return b == 0x54 || b == 0x20 || b == 0x09
        }
        guard let year = number(4), year >= 1000 else { return nil }
        let y = pad(year, 4)
        if i == bytes.count || bytes[i...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return y }
        guard separator(), let month = number(2), (1...12).contains(month) else { return nil }
        let ym = y + "-" + pad(month, 2)
        if i == bytes.count || bytes[i...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return ym }
        guard separator(), let day = number(2), day >= 1, day <= daysIn(month: month, year: year), atEnd() else { return nil }
        return ym + "-" + pad(day, 2)
    }

    /// True for a full calendar day written `YYYY-MM-DD` (what `--date` takes).
    public static func isDay(_ s: String) -> Bool {
        s.utf8.count == 10 && normalize(s) == s
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
