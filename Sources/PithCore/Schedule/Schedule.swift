import Foundation
import PithExtract
import PithStore

/// When a job is due: at every run, every fixed interval, or on a cron schedule.
///
/// Each URL gets a stable offset (from a hash of the URL, the same on every machine and run)
/// so that jobs sharing a schedule spread out instead of all falling due at once: an interval
/// job's slots are shifted by up to the whole interval, a cron job's by up to five minutes.
public enum Schedule: Sendable, Equatable {
    /// No `every` or `schedule`: checked at each `pith run`.
    case everyRun
    /// `every: 30m` and the like, in seconds (at least 60).
    case every(seconds: Int)
    /// `schedule: "0 9 * * 1-5"`, in the local time zone.
    case cron(CronExpression, source: String)

    /// The longest offset a cron job gets.
    static let maximumCronOffset = 300

    /// The job's shift, in seconds, derived from its URL.
    public func offset(for url: String) -> Int {
        let digest = SHA256.digest(url.utf8)
        let hash = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        switch self {
        case .everyRun: return 0
        case let .every(seconds): return Int(hash % UInt64(seconds))
        case .cron: return Int(hash % UInt64(Self.maximumCronOffset))
        }
    }

    /// When the job is next due after a check at `lastChecked` (nil: never checked, due now).
    public func nextDue(after lastChecked: Date?, url: String, calendar: Calendar) -> Date? {
        guard let lastChecked else { return .distantPast }
        let offset = TimeInterval(offset(for: url))
        switch self {
        case .everyRun:
            return lastChecked
        case let .every(seconds):
            let period = TimeInterval(seconds)
            let slot = ((lastChecked.timeIntervalSince1970 - offset) / period).rounded(.down) + 1
            return Date(timeIntervalSince1970: slot * period + offset)
        case let .cron(expression, _):
            return expression.next(after: lastChecked.addingTimeInterval(-offset), calendar: calendar)?.addingTimeInterval(offset)
        }
    }

    /// Whether a job last checked at `lastChecked` is due at `now`.
    public func isDue(lastChecked: Date?, now: Date, url: String, calendar: Calendar) -> Bool {
        guard let next = nextDue(after: lastChecked, url: url, calendar: calendar) else { return false }
        return next <= now
    }

    /// `every 30m`, `schedule 0 9 * * *` or `every run`, for listings.
    public var summary: String {
        switch self {
        case .everyRun: "every run"
        case let .every(seconds): "every \(Self.duration(seconds))"
        case let .cron(_, source): "schedule \(source)"
        }
    }

    /// Parses `30m`, `6h`, `1d`, `1h30m`, `2w`, `90s` into seconds; nil when malformed.
    public static func parseDuration(_ text: String) -> Int? {
        var total = 0
        var number = ""
        let units = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        for character in text.trimmingCharacters(in: .whitespaces).lowercased() {
            if character.isASCII, character.isNumber {
                number.append(character)
            } else if let unit = units[String(character)], let value = Int(number) {
                total += value * unit
                number = ""
            } else {
                return nil
            }
        }
        return number.isEmpty && total > 0 ? total : nil
    }

    static func duration(_ seconds: Int) -> String {
        for (unit, size) in [("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60)] where seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}
