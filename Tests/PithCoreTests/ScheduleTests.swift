import Foundation
import Testing

@testable import PithCore

private let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()

private func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

@Suite struct ScheduleTests {
    @Test func cronFindsTheNextMatchingMinute() throws {
        let weekdaysAtNine = try CronExpression(parsing: "0 9 * * mon-fri")
        // 2026-11-27 is a Friday.
        #expect(weekdaysAtNine.next(after: date("2026-11-27T08:59:00Z"), calendar: utc) == date("2026-11-27T09:00:00Z"))
        #expect(weekdaysAtNine.next(after: date("2026-11-27T09:00:00Z"), calendar: utc) == date("2026-11-30T09:00:00Z"))
        let quarterHours = try CronExpression(parsing: "*/15 * * * *")
        #expect(quarterHours.next(after: date("2026-11-27T10:07:30Z"), calendar: utc) == date("2026-11-27T10:15:00Z"))
        let leapDay = try CronExpression(parsing: "30 6 29 feb *")
        #expect(leapDay.next(after: date("2026-03-01T00:00:00Z"), calendar: utc) == date("2028-02-29T06:30:00Z"))
        #expect(try CronExpression(parsing: "0 0 30 2 *").next(after: date("2026-01-01T00:00:00Z"), calendar: utc) == nil)
    }

    @Test func cronDayFieldsMatchEitherWhenBothAreRestricted() throws {
        // The 1st of the month, or any Sunday: 2026-11-29 is a Sunday, 2026-12-01 a Tuesday.
        let expression = try CronExpression(parsing: "0 12 1 * 0")
        #expect(expression.next(after: date("2026-11-28T13:00:00Z"), calendar: utc) == date("2026-11-29T12:00:00Z"))
        #expect(expression.next(after: date("2026-11-29T13:00:00Z"), calendar: utc) == date("2026-12-01T12:00:00Z"))
        #expect(try CronExpression(parsing: "@daily") == CronExpression(parsing: "0 0 * * *"))
        #expect(try CronExpression(parsing: "0 0 * * 7") == CronExpression(parsing: "0 0 * * sun"))
    }

    @Test func cronUsesTheCalendarsTimeZone() throws {
        var paris = utc
        paris.timeZone = TimeZone(identifier: "Europe/Paris")!
        let nineLocal = try CronExpression(parsing: "0 9 * * *")
        #expect(nineLocal.next(after: date("2026-07-01T00:00:00Z"), calendar: paris) == date("2026-07-01T07:00:00Z"))
        #expect(nineLocal.next(after: date("2026-12-01T00:00:00Z"), calendar: paris) == date("2026-12-01T08:00:00Z"))
    }

    @Test func offsetsAreStableAndWithinTheirBounds() {
        let hourly = Schedule.every(seconds: 3600)
        let offsets = (0..<50).map { hourly.offset(for: "https://example.org/page/\($0)") }
        #expect(offsets.allSatisfy { (0..<3600).contains($0) })
        #expect(Set(offsets).count > 40)
        #expect(hourly.offset(for: "https://example.org/page/1") == hourly.offset(for: "https://example.org/page/1"))
        let cron = Schedule.cron(try! CronExpression(parsing: "0 * * * *"), source: "0 * * * *")
        #expect((0..<50).allSatisfy { (0..<300).contains(cron.offset(for: "https://example.org/\($0)")) })
    }

    @Test func everyJobsAreDueOncePerIntervalAtTheirOffset() {
        let url = "https://example.org/news"
        let schedule = Schedule.every(seconds: 3600)
        let offset = TimeInterval(schedule.offset(for: url))
        let hourStart = date("2026-11-27T10:00:00Z")
        let slot = hourStart.addingTimeInterval(offset)
        #expect(schedule.isDue(lastChecked: nil, now: hourStart, url: url, calendar: utc))
        let checked = slot.addingTimeInterval(1)
        #expect(!schedule.isDue(lastChecked: checked, now: slot.addingTimeInterval(3599), url: url, calendar: utc))
        #expect(schedule.isDue(lastChecked: checked, now: slot.addingTimeInterval(3600), url: url, calendar: utc))
        #expect(schedule.nextDue(after: checked, url: url, calendar: utc) == slot.addingTimeInterval(3600))
    }

    @Test func cronJobsAreDueAfterTheirShiftedMatch() throws {
        let url = "https://example.org/daily"
        let schedule = Schedule.cron(try CronExpression(parsing: "0 9 * * *"), source: "0 9 * * *")
        let offset = TimeInterval(schedule.offset(for: url))
        let lastChecked = date("2026-11-27T09:30:00Z")
        let nextMatch = date("2026-11-28T09:00:00Z").addingTimeInterval(offset)
        #expect(schedule.nextDue(after: lastChecked, url: url, calendar: utc) == nextMatch)
        #expect(!schedule.isDue(lastChecked: lastChecked, now: nextMatch.addingTimeInterval(-1), url: url, calendar: utc))
        #expect(schedule.isDue(lastChecked: lastChecked, now: nextMatch, url: url, calendar: utc))
        #expect(Schedule.everyRun.isDue(lastChecked: lastChecked, now: lastChecked, url: url, calendar: utc))
    }

    @Test func durationsParse() {
        #expect(Schedule.parseDuration("30m") == 1800)
        #expect(Schedule.parseDuration("1h30m") == 5400)
        #expect(Schedule.parseDuration("1d") == 86_400)
        #expect(Schedule.parseDuration("2w") == 1_209_600)
        #expect(Schedule.parseDuration("90") == nil)
        #expect(Schedule.parseDuration("1x") == nil)
        #expect(Schedule.every(seconds: 5400).summary == "every 90m")
    }
}
