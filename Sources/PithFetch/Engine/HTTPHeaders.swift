import Foundation

/// Reads the response headers the engine acts on.
enum HTTPHeaderValues {
    /// `text/html; charset=UTF-8` → (`text/html`, `UTF-8`).
    static func contentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value, !value.isEmpty else { return (nil, nil) }
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let mediaType = parts.first.map { $0.lowercased() }
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                charset = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
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
