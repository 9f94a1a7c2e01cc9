import Foundation

/// Reads the response headers the engine acts on.
enum HTTPHeaderValues {
    /// `text/html; charset=UTF-8` → (`text/html`, `UTF-8`). Read on the UTF-8 bytes (this runs
    /// once per response on the fetch thread): `;`, `=`, spaces and quotes are ASCII and never
    /// part of a multi-byte character, so any value splits correctly; only ASCII is lowercased,
    /// as media types and parameter names are ASCII.
    static func contentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value, !value.isEmpty else { return (nil, nil) }
        let bytes = Array(value.utf8)
        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
            while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
            return lower..<upper
        }
        func lowered(_ range: Range<Int>) -> String {
            String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var mediaType: String?
        var charset: String?
        var start = 0
        // Parts between semicolons, empty ones skipped, then trimmed; the first is the type.
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ";") {
            defer { start = end + 1 }
            guard end > start else { continue }
            let part = trimmed(start..<end)
            guard mediaType != nil else {
                mediaType = lowered(part)
                continue
            }
            guard let equals = bytes[part].firstIndex(of: UInt8(ascii: "=")),
                lowered(trimmed(part.lowerBound..<equals)) == "charset"
            else { continue }
            let value = bytes[trimmed((equals + 1)..<part.upperBound)]
            charset = String(decoding: value.filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }, as: UTF8.self)
        }
        return (mediaType?.isEmpty == false ? mediaType : nil, charset?.isEmpty == false ? charset : nil)
    }

    /// HTML and XHTML are extracted; a response without a type is given the benefit of the doubt.
    static func isHTML(_ mediaType: String?) -> Bool {
        guard let mediaType else { return true }
        return mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }

    /// `Retry-After` as seconds from `now`: delta-seconds or an HTTP date.
    static func retryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }
}
