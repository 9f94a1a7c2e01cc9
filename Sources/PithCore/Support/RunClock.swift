import Foundation
import PithStore

/// The time a run considers "now": `PITH_NOW` (RFC 3339) when set, for tests and replays,
/// else the system clock.
public struct RunClock: Sendable {
    /// When the run started (or `PITH_NOW`).
    public let now: Date
    /// Whether `now` was fixed by `PITH_NOW`: then every check is stamped with it.
    public let isFixed: Bool
    /// The calendar of cron schedules: Gregorian, in the local time zone (`TZ`).
    public let calendar: Calendar

    public init(now: Date, isFixed: Bool = true, timeZone: TimeZone = .current) {
        self.now = now
        self.isFixed = isFixed
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The time to stamp a check with: `PITH_NOW`, or the system clock at the check.
    public func checkTime() -> Date { isFixed ? now : Date() }

    /// Why `PITH_NOW` was refused.
    public struct InvalidNow: Error, CustomStringConvertible {
        public let value: String
        public var description: String { "PITH_NOW=\(value) is not an RFC 3339 time such as 2026-11-29T09:00:00Z" }
    }

    /// Reads `PITH_NOW` from `environment`.
    public static func fromEnvironment(_ environment: [String: String]) throws -> RunClock {
        guard let value = environment["PITH_NOW"], !value.isEmpty else { return RunClock(now: Date(), isFixed: false) }
        guard let date = Timestamp.parse(value) else { throw InvalidNow(value: value) }
        return RunClock(now: date)
    }
}
