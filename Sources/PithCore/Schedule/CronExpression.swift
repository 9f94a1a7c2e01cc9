import Foundation

/// A 5-field cron expression (`minute hour day-of-month month day-of-week`), evaluated in a
/// calendar's time zone, with the usual syntax: `*`, lists, ranges, steps, month and weekday
/// names, `7` for Sunday, and `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`.
///
/// As in cron, when both day fields are restricted a day matches if either does.
public struct CronExpression: Sendable, Equatable {
    /// Why an expression was rejected, in words.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    let minutes: Set<Int>
    let hours: Set<Int>
    let daysOfMonth: Set<Int>
    let months: Set<Int>
    let daysOfWeek: Set<Int>
    let daysOfMonthRestricted: Bool
    let daysOfWeekRestricted: Bool

    public init(parsing text: String) throws {
        let expanded = Self.macros[text.trimmingCharacters(in: .whitespaces).lowercased()] ?? text
        let fields = expanded.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
        guard fields.count == 5 else {
            throw ParseError(description: "a cron schedule has 5 fields (minute hour day month weekday), \"\(text)\" has \(fields.count)")
        }
        minutes = try Self.field(fields[0], name: "minute", range: 0...59)
        hours = try Self.field(fields[1], name: "hour", range: 0...23)
        daysOfMonth = try Self.field(fields[2], name: "day of month", range: 1...31)
        months = try Self.field(fields[3], name: "month", range: 1...12, names: Self.monthNames)
        daysOfWeek = Set(try Self.field(fields[4], name: "day of week", range: 0...7, names: Self.dayNames).map { $0 % 7 })
        daysOfMonthRestricted = !fields[2].hasPrefix("*")
        daysOfWeekRestricted = !fields[4].hasPrefix("*")
    }

    /// The first matching minute strictly after `date`, in `calendar`'s time zone; nil only
    /// for expressions that never match (such as February 30).
    public func next(after date: Date, calendar: Calendar) -> Date? {
        let start = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date.addingTimeInterval(60))
        var time = LocalMinute(year: start.year!, month: start.month!, day: start.day!, hour: start.hour!, minute: start.minute!)
        let limit = time.year + 8  // every valid expression matches within 8 years (leap days)
        while time.year <= limit {
            if !months.contains(time.month) {
                time.advanceMonth()
            } else if !dayMatches(time) {
                time.advanceDay()
            } else if !hours.contains(time.hour) {
                time.advanceHour()
            } else if !minutes.contains(time.minute) {
                time.advanceMinute()
            } else if let candidate = calendar.date(from: time.components), candidate > date {
                return candidate
            } else {
                time.advanceMinute()  // a local time skipped by a DST change
            }
        }
        return nil
    }

    private func dayMatches(_ time: LocalMinute) -> Bool {
        let monthDay = daysOfMonth.contains(time.day)
        let weekDay = daysOfWeek.contains(time.weekday)
        switch (daysOfMonthRestricted, daysOfWeekRestricted) {
        case (true, true): return monthDay || weekDay
        case (true, false): return monthDay
        case (false, true): return weekDay
        case (false, false): return true
        }
    }

    private static func field(_ text: String, name: String, range: ClosedRange<Int>, names: [String: Int] = [:]) throws -> Set<Int> {
        var values = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(pieces.count) else { throw ParseError(description: "bad \(name) field \"\(text)\"") }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else { throw ParseError(description: "bad step in \(name) field \"\(text)\"") }
                step = parsed
            }
            let bounds: ClosedRange<Int>
            if pieces[0] == "*" {
                bounds = range
            } else {
                let ends = pieces[0].split(separator: "-", omittingEmptySubsequences: false)
                guard (1...2).contains(ends.count) else { throw ParseError(description: "bad \(name) field \"\(text)\"") }
                let low = try value(String(ends[0]), name: name, range: range, names: names)
                let high = ends.count == 2 ? try value(String(ends[1]), name: name, range: range, names: names) : (pieces.count == 2 ? range.upperBound : low)
                guard low <= high else { throw ParseError(description: "\(name) range \(pieces[0]) runs backwards") }
                bounds = low...high
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values
    }

    private static func value(_ text: String, name: String, range: ClosedRange<Int>, names: [String: Int]) throws -> Int {
        guard let number = Int(text) ?? names[text] else { throw ParseError(description: "\"\(text)\" is not a valid \(name)") }
        guard range.contains(number) else {
            throw ParseError(description: "\(name) \(number) is outside \(range.lowerBound)-\(range.upperBound)")
        }
        return number
    }

    private static let macros = [
        "@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@weekly": "0 0 * * 0",
        "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *",
    ]
    private static let monthNames = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let dayNames = ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]
}

/// A wall-clock minute, stepped field by field without a calendar (no DST surprises mid-search).
private struct LocalMinute {
    var year, month, day, hour, minute: Int

    var components: DateComponents {
        DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: 0)
    }

    /// 0 = Sunday (Sakamoto's method).
    var weekday: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    var daysInMonth: Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    mutating func advanceMinute() {
        minute += 1
        if minute == 60 { advanceHour() }
    }

    mutating func advanceHour() {
        minute = 0
        hour += 1
        if hour == 24 { advanceDay() }
    }

    mutating func advanceDay() {
        (minute, hour) = (0, 0)
        day += 1
        if day > daysInMonth { advanceMonth() }
    }

    mutating func advanceMonth() {
        (minute, hour, day) = (0, 0, 1)
        month += 1
        if month == 13 { (month, year) = (1, year + 1) }
    }
}
