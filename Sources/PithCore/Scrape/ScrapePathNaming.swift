import Foundation
import PithExtract
import PithStore

/// Where the article of one URL is written inside an output folder: the scrape naming, shared
/// by `pith scrape` and `pith run`'s output folder.
///
/// `HOST[_PORT]/PATH.EXT`: `index` stands for an empty path or a trailing slash, a query
/// becomes `__` plus 12 hex digits of its SHA-256, and the format's extension is always
/// appended (`news/story.html` → `news/story.html.json`, so `/a` and `/a.html` stay apart).
/// Every segment is percent-decoded, then re-encoded keeping only `A-Z a-z 0-9 - _ . ~`, so a
/// name never holds `/`, NUL or non-ASCII bytes; a leading dot is encoded (`.`, `..`, hidden
/// files all become `%2E...`), so no URL can climb out of the folder or hide a file; a host
/// named like the folder's `index.jsonl` becomes `index%2Ejsonl`. Segments
/// longer than ``maxSegmentBytes`` are cut and get a hash suffix so they stay distinct.
public enum ScrapePathNaming {
    /// The longest encoded segment kept whole (file systems allow 255 bytes per name; the
    /// query suffix and extension need room).
    public static let maxSegmentBytes = 100

    /// The path of `url`'s output relative to the output folder, with `fileExtension`
    /// (no dot). Nil when the string is not a URL with a scheme.
    public static func relativePath(for url: String, fileExtension: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return nil }
        var segments = [top(components, scheme: scheme)]
        var pathSegments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if pathSegments.first == "" { pathSegments.removeFirst() }
        if pathSegments.isEmpty || pathSegments.last == "" {
            pathSegments = pathSegments.dropLast() + ["index"]
        }
        // Empty segments (`a//b`) cannot be folder names; they are dropped.
        segments += pathSegments.filter { !$0.isEmpty }.map { capped(safeSegment(decoded: percentDecoded($0))) }
        var last = segments.removeLast()
        if let query = components.percentEncodedQuery, !query.isEmpty {
            last += "__" + SHA256.hex(query.utf8).prefix(12)
        }
        segments.append(last + "." + fileExtension)
        return segments.joined(separator: "/")
    }

    /// `HOST` or `HOST_PORT` (lowercased); `_file` for `file://` URLs, which have no host.
    static func top(_ components: URLComponents, scheme: String) -> String {
        let host = (components.percentEncodedHost ?? "").lowercased()
        guard !host.isEmpty else { return scheme == "file" ? "_file" : "_nohost" }
        var name = safeSegment(decoded: percentDecoded(host))
        if let port = components.port, port != defaultPort(scheme) { name += "_\(port)" }
        // The index file sits beside the host folders; a host spelled like it (a bare name
        // resolves through search domains) gets its dot encoded so the two never meet.
        if name == ScrapeIndexWriter.name { name = name.replacingOccurrences(of: ".", with: "%2E") }
        return capped(name)
    }

    static func defaultPort(_ scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }

    /// The bytes of a percent-encoded segment; malformed escapes are kept as they are.
    static func percentDecoded(_ segment: String) -> [UInt8] {
        let bytes = Array(segment.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// Encodes everything but `A-Z a-z 0-9 - _ . ~`, a leading dot, and every dot of a
    /// segment made only of dots (`..` becomes `%2E%2E`, plainly not a parent folder).
    static func safeSegment(decoded bytes: [UInt8]) -> String {
        var output = ""
        output.reserveCapacity(bytes.count)
        let onlyDots = bytes.allSatisfy { $0 == UInt8(ascii: ".") }
        for (offset, byte) in bytes.enumerated() {
            let dotToEncode = byte == UInt8(ascii: ".") && (offset == 0 || onlyDots)
            let keep = isUnreserved(byte) && !dotToEncode
            if keep {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return output.isEmpty ? "_" : output
    }

    /// Cuts a long segment (never inside a `%XX` escape) and adds `-` and 12 hex digits of the
    /// whole segment's hash, so two long names that share a beginning stay apart.
    static func capped(_ segment: String) -> String {
        let bytes = Array(segment.utf8)
        guard bytes.count > maxSegmentBytes else { return segment }
        var cut = maxSegmentBytes - 13
        if bytes[cut - 1] == UInt8(ascii: "%") { cut -= 1 } else if bytes[cut - 2] == UInt8(ascii: "%") { cut -= 2 }
        return String(decoding: bytes[..<cut], as: UTF8.self) + "-" + SHA256.hex(bytes).prefix(12)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
