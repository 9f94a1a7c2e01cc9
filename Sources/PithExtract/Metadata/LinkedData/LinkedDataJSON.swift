import Foundation

/// A JSON reader for JSON-LD scripts that gives the same values as Foundation's
/// `JSONSerialization` (options `[]`) without its cost: strings are `String`, arrays `[Any]`,
/// objects `[String: Any]` (a repeated key keeps its last value), numbers and booleans
/// `NSNumber`, null `NSNull`; like Foundation, it accepts a trailing comma before `]` or `}`.
///
/// It reads only what it is sure Foundation reads the same way, and returns nil for
/// everything else: malformed JSON, and valid JSON whose Foundation result it does not
/// reproduce exactly (long or exponent-heavy numbers, lone surrogates, byte order marks
/// inside strings, very deep nesting). The caller then asks Foundation, so a nil costs
/// time, never a different answer.
enum LinkedDataJSON {
    /// The value of `json`, a whole JSON document with an object or array at the top.
    static func parse(_ json: ArraySlice<UInt8>) -> Any? {
        json.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == buffer.count ? value : nil
        }
    }

    /// Deeper documents are left to Foundation (which refuses 512 levels).
    static let maximumDepth = 256
    /// Longer number literals are left to Foundation, which may refuse them as unrepresentable.
    static let maximumNumberLength = 15

    /// The string of UTF-8 `bytes`; nil when they are not valid UTF-8 (Foundation refuses
    /// those). `String(decoding:)` is the fast constructor, and it keeps valid bytes as they
    /// are, so a repaired sequence shows as a difference.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return unchanged ? text : nil
    }

    /// The bytes a string's fast scan stops at: the quote, the backslash, control characters
    /// and 0xEF (which may start a byte order mark).
    static let stopsString: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == Int(UInt8(ascii: "\"")) || byte == Int(UInt8(ascii: "\\")) || byte == 0xEF
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count, isJSONSpace(bytes[index]) { index += 1 }
        }

        /// The next byte after blanks, not consumed.
        mutating func peek() -> UInt8? {
            skipSpace()
            return index < bytes.count ? bytes[index] : nil
        }

        mutating func value(depth: Int) -> Any? {
            guard depth < LinkedDataJSON.maximumDepth, let byte = peek() else { return nil }
            switch byte {
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "t"): return literal("true", NSNumber(value: true))
            case UInt8(ascii: "f"): return literal("false", NSNumber(value: false))
            case UInt8(ascii: "n"): return literal("null", NSNull())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return nil
            }
        }

        mutating func object(depth: Int) -> [String: Any]? {
            index += 1
            var object: [String: Any] = [:]
            if peek() == UInt8(ascii: "}") {
                index += 1
                return object
            }
            while true {
                guard peek() == UInt8(ascii: "\""), let key = string(), peek() == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let value = value(depth: depth + 1) else { return nil }
                object[key] = value
                guard let next = peek() else { return nil }
                index += 1
                if next == UInt8(ascii: "}") { return object }
                guard next == UInt8(ascii: ",") else { return nil }
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    return object
                }
            }
        }

        mutating func array(depth: Int) -> [Any]? {
            index += 1
            var array: [Any] = []
            if peek() == UInt8(ascii: "]") {
                index += 1
                return array
            }
            while true {
                guard let value = value(depth: depth + 1) else { return nil }
                array.append(value)
                guard let next = peek() else { return nil }
                index += 1
                if next == UInt8(ascii: "]") { return array }
                guard next == UInt8(ascii: ",") else { return nil }
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    return array
                }
            }
        }

        mutating func literal(_ word: StaticString, _ value: Any) -> Any? {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count,
                  UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<(index + count)])
            else { return nil }
            index += count
            return value
        }

        /// A number in RFC 8259's grammar, short and with at most a two-digit exponent: the
        /// ones Foundation surely represents.
        mutating func number() -> Any? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                skipDigits()
            }
            var isInteger = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard skipDigits() > 0 else { return nil }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard (1...2).contains(skipDigits()) else { return nil }
            }
            // Foundation ends a number only at a blank, comma or closing bracket.
            if index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): break
                default: return nil
                }
            }
            guard index - start <= LinkedDataJSON.maximumNumberLength else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            // Like Foundation: integers as integers (`-0` is 0), the rest as doubles.
            if isInteger, let integer = Int(text) { return NSNumber(value: integer) }
            return Double(text).map { NSNumber(value: $0) }
        }

        @discardableResult
        mutating func skipDigits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }

        /// A string: raw runs are copied as bytes, escapes decoded; the text must be valid UTF-8.
        mutating func string() -> String? {
            index += 1
            var output: [UInt8] = []
            var runStart = index
            while true {
                skipPlainBytes()
                guard index < bytes.count else { return nil }
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    defer { index += 1 }
                    // Most strings hold no escape (every escape adds to `output`) and are made
                    // straight from the document's bytes.
                    if output.isEmpty { return LinkedDataJSON.text(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                    output.append(contentsOf: bytes[runStart..<index])
                    return output.withUnsafeBufferPointer(LinkedDataJSON.text)
                case UInt8(ascii: "\\"):
                    output.append(contentsOf: bytes[runStart..<index])
                    guard appendEscape(to: &output) else { return nil }
                    runStart = index
                case 0xEF:
                    // A byte order mark inside a string: left to Foundation.
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return nil }
                    index += 1
                default:
                    // Foundation refuses raw control characters; the repair pass turns them into spaces.
                    return nil
                }
            }
        }

        /// Moves past the bytes a string copies as they are: all but the quote, the backslash,
        /// control characters and 0xEF (which may start a byte order mark).
        mutating func skipPlainBytes() {
            LinkedDataJSON.stopsString.withUnsafeBufferPointer { stops in
                while index < bytes.count, !stops[Int(bytes[index])] { index += 1 }
            }
        }

        /// Decodes the escape at `index` (the backslash) into `output`; false when it is not one
        /// Foundation reads the same way.
        mutating func appendEscape(to output: inout [UInt8]) -> Bool {
            guard index + 1 < bytes.count else { return false }
            let kind = bytes[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(kind)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return false }
                UTF8.encode(scalar) { output.append($0) }
            default: return false
            }
            return true
        }

        /// The scalar of `\uXXXX` (after the `\u`), joining a surrogate pair; nil for a lone
        /// surrogate.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let first = hexQuad() else { return nil }
            switch first {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                index += 2
                guard let second = hexQuad(), (0xDC00...0xDFFF).contains(second) else { return nil }
                return Unicode.Scalar(0x10000 + (first - 0xD800) << 10 + (second - 0xDC00))
            case 0xDC00...0xDFFF:
                return nil
            default:
                return Unicode.Scalar(first)
            }
        }

        mutating func hexQuad() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = hexValue(bytes[index]) else { return nil }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}

private func isJSONSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
}
