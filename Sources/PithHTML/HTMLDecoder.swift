/// Turns a page's bytes into the valid, NUL-free UTF-8 that ``HTMLParser`` expects, deciding
/// the encoding as browsers do (WHATWG Encoding and HTML standards).
///
/// The order: a byte order mark wins; then the HTTP `charset`; then a `<meta>` or XML
/// declaration in the first 1,024 bytes (``CharsetPrescan``); then, for bytes that are not
/// UTF-8, a `<meta>` further on, which browsers switch to when their parser reaches it; then
/// a guess from the bytes (``EncodingSniffer``), which falls back to windows-1252. Labels
/// mean what the WHATWG table says (``EncodingLabels``): `iso-8859-1` is windows-1252,
/// `gb2312` is GBK.
///
/// Two deliberate deviations, because a declaration is only a claim and the bytes are
/// evidence: a page declared in a legacy encoding whose bytes are valid UTF-8 with non-ASCII
/// text (or nearly: a few stray bytes among many good sequences) is decoded as UTF-8 (UTF-8
/// pages labelled `gb2312` or `iso-8859-1` exist), and a page declared UTF-8 with more invalid
/// bytes than well-formed multi-byte sequences falls through to the next declaration or the
/// guess (a server's default `charset=utf-8` on a Latin-1 file).
///
/// UTF-8 input, nearly every page, costs one validation pass and no copy.
public enum HTMLDecoder {
    /// The result of decoding: UTF-8 bytes and how they were obtained.
    public struct Decoded: Sendable {
        /// The page as valid UTF-8 without NUL bytes.
        public var utf8: [UInt8]
        /// The WHATWG name of the encoding used, e.g. `utf-8` or `windows-1252`.
        public var encoding: String
        /// What decided the encoding.
        public var source: EncodingSource
        /// The encoding the HTTP header or the page declared, when one did; it differs from
        /// ``encoding`` when the bytes contradicted the declaration.
        public var declaredEncoding: TextEncoding?
        /// How many invalid bytes or byte sequences the decoding met, each replaced with
        /// U+FFFD (a run of them sometimes with a single one). Zero: the bytes were entirely
        /// valid in ``encoding``.
        public var invalidSequences: Int
        /// Set when the chosen encoding could not be used and windows-1252 was used instead.
        public var fallbackReason: DecodingError?

        /// The encoding used, as a value.
        public var textEncoding: TextEncoding { TextEncoding(rawValue: encoding) ?? .utf8 }
    }

    /// What decided a page's encoding.
    public enum EncodingSource: String, Sendable {
        /// A UTF-8 or UTF-16 byte order mark.
        case byteOrderMark
        /// The `charset` of the HTTP `Content-Type`.
        case httpHeader
        /// A `<meta charset>` or `http-equiv="Content-Type"` in the first 1,024 bytes.
        case metaTag
        /// The `encoding` of an XML declaration.
        case xmlDeclaration
        /// A `<meta>` after the first 1,024 bytes (within 64 KiB): browsers switch to it when
        /// the parser reaches it, since their encoding was only a guess until then.
        case lateMetaTag
        /// The page declared a legacy encoding, but its bytes are valid UTF-8 with non-ASCII
        /// text (or nearly: a few stray bytes among many good sequences), so they were
        /// decoded as UTF-8.
        case validUTF8
        /// Nothing usable was declared, and the bytes point to this encoding.
        case sniffed
        /// Nothing usable was declared and the bytes show nothing: windows-1252.
        case defaultEncoding
    }

    /// Something the decoder could not do as decided.
    public enum DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The system has no converter for this multi-byte encoding (glibc's gconv modules,
        /// part of Debian's `libc6`, are missing).
        case converterUnavailable(TextEncoding)

        public var description: String {
            switch self {
            case .converterUnavailable(let encoding):
                "no converter for \(encoding.name) on this system (glibc's gconv modules are missing); decoded as windows-1252"
            }
        }
    }

    /// Decodes `bytes`. `declaredCharset` is the `charset` parameter of an HTTP `Content-Type`.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> Decoded {
        if let (encoding, length) = byteOrderMark(bytes) {
            return decode(Array(bytes.dropFirst(length)), as: encoding, source: .byteOrderMark, declared: nil)
        }
        let scan = UTF8Repair.scan(bytes)
        var firstDeclared: TextEncoding?
        for (declared, source) in declarations(bytes, header: declaredCharset) {
            if firstDeclared == nil { firstDeclared = declared }
            switch verdict(on: declared, scan: scan) {
            case .use:
                return decode(bytes, as: declared, source: source, declared: declared, scan: scan)
            case .useUTF8:
                return decode(bytes, as: .utf8, source: .validUTF8, declared: declared, scan: scan)
            case .contradicted:
                continue
            }
        }
        if !scan.isValid {
            // No usable declaration up front: the encoding is only a guess, and a browser
            // switches to a meta it meets further on. Valid UTF-8 needs no such help.
            for declared in CharsetPrescan.metaEncodings(in: bytes) where verdict(on: declared, scan: scan) == .use {
                return decode(bytes, as: declared, source: .lateMetaTag, declared: declared, scan: scan)
            }
        }
        let guess = EncodingSniffer.guess(bytes, scan: scan)
        let source: EncodingSource = guess.isConfident ? .sniffed : .defaultEncoding
        return decode(bytes, as: guess.encoding, source: source, declared: firstDeclared, scan: scan)
    }

    /// The encoding a byte order mark names, and the mark's length.
    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// The declarations to weigh, strongest first: the header's, then the page's own.
    private static func declarations(_ bytes: [UInt8], header: String?) -> [(TextEncoding, EncodingSource)] {
        var found: [(TextEncoding, EncodingSource)] = []
        if let header, let encoding = EncodingLabels.encoding(forLabel: header) { found.append((encoding, .httpHeader)) }
        if let (encoding, origin) = CharsetPrescan.declaredEncoding(in: bytes) {
            found.append((encoding, origin == .metaTag ? .metaTag : .xmlDeclaration))
        }
        return found
    }

    private enum Verdict {
        case use
        case useUTF8
        case contradicted
    }

    /// Whether the bytes bear a declaration out.
    private static func verdict(on declared: TextEncoding, scan: UTF8Scan) -> Verdict {
        switch declared {
        case .utf8:
            return scan.isMostlyUTF8 ? .use : .contradicted
        case .utf16LE, .utf16BE:
            // UTF-16 text of any length has NUL bytes or invalid UTF-8 somewhere.
            return scan.isClean ? .useUTF8 : .use
        default:
            return scan.hasUTF8Text || scan.isNearlyValid ? .useUTF8 : .use
        }
    }

    private static func decode(
        _ bytes: [UInt8], as encoding: TextEncoding, source: EncodingSource, declared: TextEncoding?, scan: UTF8Scan? = nil
    ) -> Decoded {
        var decoded = Decoded(utf8: [], encoding: encoding.name, source: source, declaredEncoding: declared, invalidSequences: 0)
        switch encoding {
        case .utf8:
            // A complete scan, so that every replaced sequence is counted.
            let scan = scan.flatMap { $0.isComplete ? $0 : nil } ?? UTF8Repair.scan(bytes, stoppingEarly: false)
            decoded.utf8 = UTF8Repair.repaired(bytes, scan: scan)
            decoded.invalidSequences = scan.invalidBytes
        case .utf16LE, .utf16BE:
            (decoded.utf8, decoded.invalidSequences) = UTF16Decoder.decode(bytes, bigEndian: encoding == .utf16BE)
        default:
            if let scan, scan.isValid, scan.multiByteSequences == 0, encoding.isASCIICompatible {
                // Pure ASCII reads the same in every ASCII-compatible encoding.
                decoded.utf8 = UTF8Repair.repaired(bytes, scan: scan)
            } else if let table = SingleByteEncodings.table(for: encoding) {
                (decoded.utf8, decoded.invalidSequences) = SingleByteDecoder.decode(bytes, table: table)
            } else {
                do {
                    (decoded.utf8, decoded.invalidSequences) = try MultiByteDecoder.decode(bytes, as: encoding)
                } catch {
                    decoded.fallbackReason = error
                    decoded.encoding = TextEncoding.windows1252.name
                    (decoded.utf8, decoded.invalidSequences) = SingleByteDecoder.decode(
                        bytes, table: SingleByteEncodings.table(for: .windows1252)!)
                }
            }
        }
        return decoded
    }
}
