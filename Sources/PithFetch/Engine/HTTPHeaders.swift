import Foundation

/// Reads the response headers the engine acts on.
enum HTTPHeaderValues {
    /// `text/html; charset=UTF-8` → (`text/html`, `UTF-8`).
    static func contentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value, !value.isEmpty else { return (nil, nil) }
        let parts = value.split(separator: ";").map { String(trimmed($0)) }
        let mediaType = parts.first?.lowercased()
        var charset: String?
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            if trimmed(parameter[..<equals]).lowercased() == "charset" {
                charset = String(trimmed(parameter[parameter.index(after: equals)...]).filter { $0 != "\"" && $0 != "'" })
            }
        }
        return (mediaType?.isEmpty == false ? mediaType : nil, charset?.isEmpty == false ? charset : nil)
    }

    /// Spaces and tabs off both ends (cheaper than Foundation's trimming, per response).
    private static func trimmed(_ text: Substring) -> Substring {
        var slice = text
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
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
