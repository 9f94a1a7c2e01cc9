import Foundation

/// How the store writes times: RFC 3339 in UTC to the second (`2026-11-29T13:28:18Z`).
///
/// Text sorts in time order, reads well in `sqlite3`, and needs no time zone to interpret.
public enum Timestamp {
    /// `date` as RFC 3339 UTC, whole seconds.
    public static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
            Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Parses RFC 3339 (`Z` or a numeric offset, optional fractional seconds); nil if malformed.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
