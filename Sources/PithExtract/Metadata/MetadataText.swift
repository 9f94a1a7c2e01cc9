import Foundation

/// Text clean-up shared by every metadata field: whitespace, invisible characters, entities, NFC.
enum MetadataText {
    /// `text` with whitespace runs (non-breaking and other Unicode spaces included) collapsed
    /// to one space, zero-width characters and soft hyphens removed, trimmed, in NFC.
    static func normalized(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var mayNeedComposition = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // ASCII, byte by byte; other characters decoded only to classify them.
                var value = UInt32(lead)
                var width = 1
                if lead >= 0x80 {
                    (value, width) = decodeScalar(bytes, at: index)
                }
                defer { index += width }
                if isSpace(value) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if isInvisible(value) { continue }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                if width == 1 {
                    output.append(lead)
                } else {
                    if mayDecompose(value) { mayNeedComposition = true }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + width)]))
                }
            }
            let collapsed = String(decoding: output, as: UTF8.self)
            // Foundation's NFC is the costly part; text without combining marks is already NFC.
            return mayNeedComposition ? collapsed.precomposedStringWithCanonicalMapping : collapsed
        }
    }

    /// The scalar value and byte width of the (valid) UTF-8 sequence at `index`.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, width)
    }

    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen.
    private static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: return true
        default: return false
        }
    }

    /// Whether a character may change under NFC: combining marks, Hangul jamo, and the few
    /// singletons (Ohm, Angstrom, CJK compatibility ideographs).
    private static func mayDecompose(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670,
             0x06D6...0x06ED, 0x0900...0x0DFF, 0x0F00...0x0FFF, 0x1000...0x11FF, 0x1AB0...0x1AFF, 0x1B00...0x1B7F,
             0x1DC0...0x1DFF, 0x1F00...0x1FFF, 0x20D0...0x20FF, 0x2126, 0x212A, 0x212B, 0x3099, 0x309A,
             0xF900...0xFAFF, 0xFE20...0xFE2F, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, looking only at the ends when
    /// they are ASCII: Foundation reads the whole text, and a declared article body can be
    /// long. A non-ASCII character at an end goes to Foundation, whose set has its own
    /// members (U+200B among them).
    static func trimmingUnicodeSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isASCIISpaceScalar($0) }),
              let end = scalars.lastIndex(where: { !isASCIISpaceScalar($0) }) else {
            return scalars.isEmpty ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard scalars[start].isASCII, scalars[end].isASCII else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) ? text : String(scalars[start...end])
    }

    /// ASCII members of `.whitespacesAndNewlines`: space, tab, line feed to carriage return.
    private static func isASCIISpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
    }

    /// `normalized(text)`, or nil when that is empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = normalized(text)
        return value.isEmpty ? nil : value
    }

    /// `text` with HTML character references decoded. JSON-LD is raw script text, so its
    /// strings still carry `&amp;`, `&#8217;` and the like; some meta tags are double-escaped.
    static func decodingEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
                  let decoded = decodeReference(rest[afterAmpersand..<semicolon])
            else {
                output.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            output.append(decoded)
            rest = rest[rest.index(after: semicolon)...]
        }
        output += rest
        return output
    }

    private static func decodeReference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return namedEntities[String(name)]
    }

    /// The named references that turn up in metadata; anything else is left as written.
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "hellip": "…", "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "rdquo": "”",
        "ldquo": "“", "laquo": "«", "raquo": "»", "bdquo": "„", "sbquo": "‚", "middot": "·",
        "trade": "™", "euro": "€", "bull": "•",
    ].merging(latin1Entities) { first, _ in first }

    /// The named references for U+00A0–U+00FF (`&oacute;`, `&uuml;`, `&szlig;`...).
    private static let latin1Entities: [String: String] = [
"nbsp": "\u{A0}", "iexcl": "\u{A1}", "cent": "\u{A2}", "pound": "\u{A3}", "curren": "\u{A4}",
        "yen": "\u{A5}", "brvbar": "\u{A6}", "sect": "\u{A7}", "uml": "\u{A8}", "copy": "\u{A9}", "ordf": "\u{AA}",
        "laquo": "\u{AB}", "not": "\u{AC}", "shy": "\u{AD}", "reg": "\u{AE}", "macr": "\u{AF}", "deg": "\u{B0}",
        "plusmn": "\u{B1}", "sup2": "\u{B2}", "sup3": "\u{B3}", "acute": "\u{B4}", "micro": "\u{B5}",
        "para": "\u{B6}", "middot": "\u{B7}", "cedil": "\u{B8}", "sup1": "\u{B9}", "ordm": "\u{BA}",
        "raquo": "\u{BB}", "frac14": "\u{BC}", "frac12": "\u{BD}", "frac34": "\u{BE}", "iquest": "\u{BF}",
        "Agrave": "\u{C0}", "Aacute": "\u{C1}", "Acirc": "\u{C2}", "Atilde": "\u{C3}", "Auml": "\u{C4}",
        "Aring": "\u{C5}", "AElig": "\u{C6}", "Ccedil": "\u{C7}", "Egrave": "\u{C8}", "Eacute": "\u{C9}",
        "Ecirc": "\u{CA}", "Euml": "\u{CB}", "Igrave": "\u{CC}", "Iacute": "\u{CD}", "Icirc": "\u{CE}",
        "Iuml": "\u{CF}", "ETH": "\u{D0}", "Ntilde": "\u{D1}", "Ograve": "\u{D2}", "Oacute": "\u{D3}",
        "Ocirc": "\u{D4}", "Otilde": "\u{D5}", "Ouml": "\u{D6}", "times": "\u{D7}", "Oslash": "\u{D8}",
        "Ugrave": "\u{D9}", "Uacute": "\u{DA}", "Ucirc": "\u{DB}", "Uuml": "\u{DC}", "Yacute": "\u{DD}",
        "THORN": "\u{DE}", "szlig": "\u{DF}", "agrave": "\u{E0}", "aacute": "\u{E1}", "acirc": "\u{E2}",
        "atilde": "\u{E3}", "auml": "\u{E4}", "aring": "\u{E5}", "aelig": "\u{E6}", "ccedil": "\u{E7}",
        "egrave": "\u{E8}", "eacute": "\u{E9}", "ecirc": "\u{EA}", "euml": "\u{EB}", "igrave": "\u{EC}",
        "iacute": "\u{ED}", "icirc": "\u{EE}", "iuml": "\u{EF}", "eth": "\u{F0}", "ntilde": "\u{F1}",
        "ograve": "\u{F2}", "oacute": "\u{F3}", "ocirc": "\u{F4}", "otilde": "\u{F5}", "ouml": "\u{F6}",
        "divide": "\u{F7}", "oslash": "\u{F8}", "ugrave": "\u{F9}", "uacute": "\u{FA}", "ucirc": "\u{FB}",
        "uuml": "\u{FC}", "yacute": "\u{FD}", "thorn": "\u{FE}", "yuml": "\u{FF}",
    ]

    /// Whether `text` looks like a URL rather than a name (`article:author` often is one).
    static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.utf8.prefix(8).map(asciiLowercase)
        if lower.starts(with: "http://".utf8) || lower.starts(with: "https://".utf8) || lower.starts(with: "www.".utf8)
            || lower.starts(with: "//".utf8) {
            return true
        }
        return text.utf8.contains(UInt8(ascii: "/")) && !text.utf8.contains(0x20)
    }
}
