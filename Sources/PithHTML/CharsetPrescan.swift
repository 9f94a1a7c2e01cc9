/// The HTML standard's prescan: the encoding a page declares in its first 1,024 bytes, in a
/// `<meta charset>`, a `<meta http-equiv="Content-Type" content="...; charset=...">` or an XML
/// declaration, read the way browsers read it.
///
/// Comments are skipped, other tags are stepped over attribute by attribute (so a
/// `charset=` inside a `<script>` or `<link>` attribute does not count), and a meta's
/// `content` only counts together with `http-equiv="content-type"`. A UTF-16 label found in a
/// meta means UTF-8: a page whose meta could be read as ASCII is not UTF-16.
enum CharsetPrescan {
    /// Where a declaration was found.
    enum Origin: Equatable {
        case metaTag
        case xmlDeclaration
    }

    /// How many leading bytes the prescan reads, as in browsers.
    static let limit = 1024

    /// The declared encoding, or nil when the first ``limit`` bytes declare none (or only
    /// unknown labels).
    static func declaredEncoding(in bytes: [UInt8]) -> (encoding: TextEncoding, origin: Origin)? {
        let end = min(bytes.count, limit)
        return bytes.withUnsafeBufferPointer { buffer in
            let window = UnsafeBufferPointer(rebasing: buffer[0..<end])
            if let utf16 = utf16XMLDeclaration(window) { return (utf16, .xmlDeclaration) }
            var scanner = Scanner(bytes: window)
            if let meta = scanner.findMeta() { return (meta, .metaTag) }
            if let xml = xmlDeclarationEncoding(window) { return (xml, .xmlDeclaration) }
            return nil
        }
    }

    /// How far ``metaEncodings(in:)`` looks: past the prescan, as far as a page's `<head>`
    /// usually reaches.
    static let lateLimit = 64 * 1024

    /// Every encoding declared by a meta in the first ``lateLimit`` bytes, in order. Browsers
    /// that find a meta while parsing, after the prescan found none, switch to it (the
    /// HTML standard's "change the encoding"); this is what they would find.
    static func metaEncodings(in bytes: [UInt8]) -> [TextEncoding] {
        let end = min(bytes.count, lateLimit)
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: UnsafeBufferPointer(rebasing: buffer[0..<end]))
            var found: [TextEncoding] = []
            while found.count < 8, let encoding = scanner.findMeta() { found.append(encoding) }
            return found
        }
    }

    /// `<?x` written in UTF-16 without a byte order mark.
    private static func utf16XMLDeclaration(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00, 0x78, 0x00]) { return .utf16LE }
        if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F, 0x00, 0x78]) { return .utf16BE }
        return nil
    }

    /// The `encoding` pseudo-attribute of a leading `<?xml ... ?>` declaration.
    private static func xmlDeclarationEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        guard bytes.starts(with: Array("<?xml".utf8)), let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = Array(bytes[0..<close])
        guard let keyword = declaration.firstRange(of: Array("encoding".utf8)) else { return nil }
        var index = keyword.upperBound
        while index < declaration.count, declaration[index] <= 0x20 { index += 1 }
        guard index < declaration.count, declaration[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < declaration.count, declaration[index] <= 0x20 { index += 1 }
        guard index < declaration.count, declaration[index] == 0x22 || declaration[index] == 0x27 else { return nil }
        let quote = declaration[index]
        guard let valueEnd = declaration[(index + 1)...].firstIndex(of: quote) else { return nil }
        return metaEncoding(EncodingLabels.encoding(forLabel: declaration[(index + 1)..<valueEnd]))
    }

    /// A declared encoding as the prescan returns it: UTF-16 means UTF-8.
    private static func metaEncoding(_ encoding: TextEncoding?) -> TextEncoding? {
        encoding == .utf16LE || encoding == .utf16BE ? .utf8 : encoding
    }

    /// The charset in a meta `content` value such as `text/html; charset="koi8-r"`, or nil
    /// (the HTML standard's "extracting a character encoding from a meta element").
    static func charsetInContent(_ content: [UInt8]) -> TextEncoding? {
        var index = 0
        let keyword = Array("charset".utf8)
        while index + keyword.count <= content.count {
            let matches = (0..<keyword.count).allSatisfy { content[index + $0] | 0x20 == keyword[$0] }
            guard matches else {
                index += 1
                continue
            }
            index += keyword.count
            while index < content.count, EncodingLabels.isASCIIWhitespace(content[index]) { index += 1 }
            guard index < content.count, content[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < content.count, EncodingLabels.isASCIIWhitespace(content[index]) { index += 1 }
            guard index < content.count else { return nil }
            let first = content[index]
            if first == 0x22 || first == 0x27 {
                guard let close = content[(index + 1)...].firstIndex(of: first) else { return nil }
                return EncodingLabels.encoding(forLabel: content[(index + 1)..<close])
            }
            var end = index
            while end < content.count, !EncodingLabels.isASCIIWhitespace(content[end]), content[end] != UInt8(ascii: ";") { end += 1 }
            return EncodingLabels.encoding(forLabel: content[index..<end])
        }
        return nil
    }

    /// Walks the bytes as the prescan does: a cursor over a bounded window that gives up,
    /// declaring nothing, whenever a construct runs past the window's end.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func findMeta() -> TextEncoding? {
            while position < bytes.count {
                if startsWith("<!--") {
                    guard skipComment() else { return nil }
                } else if startsWithMeta() {
                    position += 5
                    switch readMeta() {
                    case .declared(let encoding): return encoding
                    case .nothing: break
                    case .endOfInput: return nil
                    }
                } else if isTagStart() {
                    guard skipTag() else { return nil }
                } else if startsWith("<!") || startsWith("</") || startsWith("<?") {
                    guard let close = index(of: UInt8(ascii: ">"), from: position + 2) else { return nil }
                    position = close
                }
                position += 1
            }
            return nil
        }

        /// Moves to the `>` of the `-->` that ends the comment starting here.
        private mutating func skipComment() -> Bool {
            var index = position + 4
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: ">") && bytes[index - 1] == 0x2D && bytes[index - 2] == 0x2D {
                    position = index
                    return true
                }
                index += 1
            }
            return false
        }

        /// `<meta` followed by whitespace or `/`, in any case.
        private func startsWithMeta() -> Bool {
            guard position + 5 < bytes.count, bytes[position] == UInt8(ascii: "<") else { return false }
            for (offset, letter) in "meta".utf8.enumerated() where bytes[position + 1 + offset] | 0x20 != letter { return false }
            let next = bytes[position + 5]
            return EncodingLabels.isASCIIWhitespace(next) || next == UInt8(ascii: "/")
        }

        /// `<` or `</` followed by an ASCII letter.
        private func isTagStart() -> Bool {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "<") else { return false }
            var next = position + 1
            if bytes[next] == UInt8(ascii: "/") { next += 1 }
            return next < bytes.count && isASCIILetter(bytes[next])
        }

        /// Steps over a tag that is not a meta, reading its attributes so that a `>` inside a
        /// quoted value does not end it early.
        private mutating func skipTag() -> Bool {
            while position < bytes.count, !EncodingLabels.isASCIIWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            guard position < bytes.count else { return false }
            while true {
                switch nextAttribute() {
                case .attribute: continue
                case .endOfTag: return true
                case .endOfInput: return false
                }
            }
        }

        enum MetaResult {
            case declared(TextEncoding)
            case nothing
            case endOfInput
        }

        /// Reads the attributes of a meta, from just after `<meta`, as the standard does:
        /// `charset`, or `content` together with `http-equiv="content-type"`.
        private mutating func readMeta() -> MetaResult {
            var seen = Set<[UInt8]>()
            var gotPragma = false
            var needPragma: Bool?
            var charset: TextEncoding?
            var charsetFailed = false
            loop: while true {
                switch nextAttribute() {
                case .endOfInput: return .endOfInput
                case .endOfTag: break loop
                case .attribute(let name, let value):
                    guard seen.insert(name).inserted else { continue }
                    if name == Array("http-equiv".utf8) {
                        if value == Array("content-type".utf8) { gotPragma = true }
                    } else if name == Array("content".utf8) {
                        if charset == nil, !charsetFailed, let found = charsetInContent(value) {
                            charset = found
                            needPragma = true
                        }
                    } else if name == Array("charset".utf8) {
                        charset = EncodingLabels.encoding(forLabel: value)
                        charsetFailed = charset == nil
                        needPragma = false
                    }
                }
            }
            guard let needPragma, let charset, let declared = metaEncoding(charset) else { return .nothing }
            if needPragma && !gotPragma { return .nothing }
            return .declared(declared)
        }

        enum AttributeStep {
            case attribute(name: [UInt8], value: [UInt8])
            case endOfTag
            case endOfInput
        }

        /// The HTML standard's "get an attribute": names and unquoted values lowercased.
        private mutating func nextAttribute() -> AttributeStep {
            while position < bytes.count, EncodingLabels.isASCIIWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                position += 1
            }
            guard position < bytes.count else { return .endOfInput }
            if bytes[position] == UInt8(ascii: ">") { return .endOfTag }
            var name = [UInt8]()
            // The name, up to `=`, whitespace, `/` or `>`.
            while true {
                guard position < bytes.count else { return .endOfInput }
                let byte = bytes[position]
                if byte == UInt8(ascii: "=") && !name.isEmpty {
                    position += 1
                    return readValue(name: name)
                }
                if EncodingLabels.isASCIIWhitespace(byte) { break }
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { return .attribute(name: name, value: []) }
                name.append(lowercased(byte))
                position += 1
            }
            while position < bytes.count, EncodingLabels.isASCIIWhitespace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return .endOfInput }
            guard bytes[position] == UInt8(ascii: "=") else { return .attribute(name: name, value: []) }
            position += 1
            return readValue(name: name)
        }

        /// The value after `=`: quoted, or up to whitespace or `>`.
        private mutating func readValue(name: [UInt8]) -> AttributeStep {
            while position < bytes.count, EncodingLabels.isASCIIWhitespace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return .endOfInput }
            var value = [UInt8]()
            let first = bytes[position]
            if first == 0x22 || first == 0x27 {
                position += 1
                while position < bytes.count {
                    let byte = bytes[position]
                    position += 1
                    if byte == first { return .attribute(name: name, value: value) }
                    value.append(lowercased(byte))
                }
                return .endOfInput
            }
            if first == UInt8(ascii: ">") { return .attribute(name: name, value: value) }
            while position < bytes.count {
                let byte = bytes[position]
                if EncodingLabels.isASCIIWhitespace(byte) || byte == UInt8(ascii: ">") { return .attribute(name: name, value: value) }
                value.append(lowercased(byte))
                position += 1
            }
            return .endOfInput
        }

        private func startsWith(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let pointer = text.utf8Start
            for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
            return true
        }

        private func index(of byte: UInt8, from start: Int) -> Int? {
            var index = start
            while index < bytes.count {
                if bytes[index] == byte { return index }
                index += 1
            }
            return nil
        }
    }
}

private func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

private func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}
