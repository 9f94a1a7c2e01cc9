import Foundation

/// A calendar date read from a page, with the time of day and UTC offset when the page gave
/// them.
///
/// Normalized form (``normalized``): RFC 3339 (`2019-11-23T17:20:00+01:00`) when both a time
/// and a zone are known, otherwise `YYYY-MM-DD`. UTC is written as the page wrote it: `Z` for
/// `Z`, `UTC`, `GMT` and Unix timestamps, `+00:00` for `+00:00`. A time without a zone is
/// dropped rather than printed: RFC 3339 requires an offset, and a guessed offset would make
/// a wrong instant, which is worse than a correct day.
struct PageDate: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Seconds since midnight, local to the page's zone.
    var secondsOfDay: Int?
    /// Minutes east of UTC; only meaningful with ``secondsOfDay``.
    var offsetMinutes: Int?
    /// Whether the page named UTC (`Z`, `UTC`, `GMT`) rather than writing `+00:00`.
    var isNamedUTC: Bool

    init?(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil, offsetMinutes: Int? = nil, isNamedUTC: Bool = false) {
        guard (1...12).contains(month), day >= 1, day <= PageDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.offsetMinutes = secondsOfDay == nil ? nil : offsetMinutes
        self.isNamedUTC = isNamedUTC && self.offsetMinutes == 0
    }

    var normalized: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let seconds = secondsOfDay, let offset = offsetMinutes else { return date }
        let time = "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        return "\(date)T\(time)\(isNamedUTC ? "Z" : PageDate.zone(offset))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for comparisons.
    var dayNumber: Int { PageDate.dayNumber(year: year, month: month, day: day) }

    /// Whether the date can be a publication date: not before 1995 (the web's news sites
    /// start there) and not after `reference` (one day of slack for time zones).
    func isPlausible(reference: PageDate?) -> Bool {
        guard year >= 1995, year <= 2200 else { return false }
        guard let reference else { return true }
        return dayNumber <= reference.dayNumber + 1
    }

    /// The UTC day of an instant, as a `PageDate` without time.
    static func utcDay(of date: Date) -> PageDate? {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = civil(fromDayNumber: days)
        return PageDate(year: year, month: month, day: day)
    }

    /// A Unix timestamp in seconds, as a UTC date and time.
    static func fromUnixSeconds(_ seconds: Int) -> PageDate? {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civil(fromDayNumber: days)
        return PageDate(year: year, month: month, day: day, secondsOfDay: seconds - days * 86_400, offsetMinutes: 0, isNamedUTC: true)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil and civil-from-days algorithms.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDayNumber days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func zone(_ offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
