import Foundation

/// The URLs of a `pith scrape` list: one per line, in order, each once.
///
/// Blank lines and lines starting with `#` are ignored; surrounding whitespace is trimmed. A
/// line that is not an `http`, `https` or `file` URL is reported (with its line number) and
/// skipped. A fragment (`#section`) is dropped, since it never reaches the server, and a URL
/// seen before is skipped, so each page is fetched once. Non-ASCII characters are
/// percent-encoded as UTF-8 (an IRI becomes its URI).
public struct URLList: Sendable, Equatable {
    /// The URLs to fetch, in list order, without duplicates.
    public var urls: [String]
    /// The lines that were not URLs.
    public var invalid: [InvalidLine]
    /// How many lines repeated an earlier URL.
    public var duplicates: Int

    /// A line that is not a URL Pith can fetch.
    public struct InvalidLine: Sendable, Equatable, CustomStringConvertible {
        public var number: Int
        public var text: String

        /// What is wrong with the line, without its number.
        public var message: String { "not an http, https or file URL: \(text)" }

        public var description: String { "line \(number): \(message)" }
    }

    /// Parses the text of a list.
    public init(parsing text: String) {
        var urls: [String] = []
        var invalid: [InvalidLine] = []
        var duplicates = 0
        var seen: Set<String> = []
        for (offset, line) in Self.trimmedLines(of: text).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let url = Self.normalized(line) else {
                invalid.append(InvalidLine(number: offset + 1, text: line))
                continue
            }
            if seen.insert(url).inserted { urls.append(url) } else { duplicates += 1 }
        }
        self.urls = urls
        self.invalid = invalid
        self.duplicates = duplicates
    }

    /// The lines of `text` (split at every newline, `\r\n` counting as one), each without
    /// surrounding whitespace. Lists are usually plain ASCII and thousands of lines long, and
    /// splitting by `Character` and trimming through `NSString` is most of the time `pith
    /// scrape` spends before its first request; an ASCII text is therefore split on its bytes,
    /// with the same separators and the same whitespace (the ASCII members of `isNewline` and
    /// `.whitespacesAndNewlines`). Other texts take the general path.
    static func trimmedLines(of text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        func isNewline(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || isNewline(byte) }
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            func addLine(upTo end: Int) {
                var lower = start, upper = end
                while lower < upper && isSpace(bytes[lower]) { lower += 1 }
                while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
            }
            while index < bytes.count {
                let byte = bytes[index]
                guard isNewline(byte) else {
                    index += 1
                    continue
                }
                addLine(upTo: index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            addLine(upTo: bytes.count)
        }
        return lines
    }

    /// Reads a list from a file, or from standard input for `-`.
    public static func read(path: String) throws(URLListError) -> URLList {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw .unreadable(path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
            }
        }
        return URLList(parsing: String(decoding: data, as: UTF8.self))
    }

    /// The URL without its fragment, or nil when the line is not a fetchable URL.
    static func normalized(_ line: String) -> String? {
        // A `#` can only start the fragment; cutting there keeps the rest exactly as written.
        // The line is ASCII by now (and has no line break), so the first `#` byte is the first
        // `#` character: no need to walk it by Character.
        let ascii = percentEncodingNonASCII(line)
        let encoded = ascii.utf8.firstIndex(of: UInt8(ascii: "#")).map { String(ascii[..<$0]) } ?? ascii
        guard let components = URLComponents(string: encoded), let scheme = components.scheme?.lowercased() else { return nil }
        switch scheme {
        case "http", "https":
            guard let host = components.host, !host.isEmpty else { return nil }
        case "file":
            guard !components.path.isEmpty else { return nil }
        default:
            return nil
        }
        return encoded
    }

    private static func percentEncodingNonASCII(_ line: String) -> String {
        guard !line.utf8.allSatisfy({ $0 < 0x80 }) else { return line }
        var output = ""
        for byte in line.utf8 {
            if byte < 0x80 {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return output
    }
}

/// Why a URL list could not be read.
public enum URLListError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the URL list \(path): \(reason)"
        }
    }
}
