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
        // Digits by hand rather than String(format:): `pith scrape` stamps every index line.
        var text = ""
        text.reserveCapacity(20)
        func append(_ value: Int, width: Int) {
            var digits = String(value)
            if digits.utf8.count < width { digits = String(repeating: "0", count: width - digits.utf8.count) + digits }
            text += digits
        }
        append(Int(parts.tm_year) + 1900, width: 4)
        text += "-"
        append(Int(parts.tm_mon) + 1, width: 2)
        text += "-"
        append(Int(parts.tm_mday), width: 2)
        text += "T"
        append(Int(parts.tm_hour), width: 2)
        text += ":"
        append(Int(parts.tm_min), width: 2)
        text += ":"
        append(Int(parts.tm_sec), width: 2)
        text += "Z"
        return text
    }

    /// Parses RFC 3339 (`Z` or a numeric offset, optional fractional seconds); nil if malformed.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
