/// Splits a short line of text into the pieces dates are made of: numbers, words and single
/// punctuation marks, each with its place in the line.
struct DateToken {
    enum Kind: Equatable {
        /// A run of ASCII digits; `suffix` holds letters glued to it ("rd" in "23rd", "h" in "17h20").
        case number(value: Int, digits: Int, suffix: String)
        /// A run of letters, lowercased.
        case word(String)
        case symbol(Unicode.Scalar)
    }

    var kind: Kind
    var range: Range<String.Index>
    /// Whether whitespace separates this token from the one before.
    var spaced: Bool

    var number: (value: Int, digits: Int, suffix: String)? {
        if case let .number(value, digits, suffix) = kind { return (value, digits, suffix) }
        return nil
    }

    var word: String? {
        if case let .word(word) = kind { return word }
        return nil
    }

    func isSymbol(_ scalar: Unicode.Scalar) -> Bool { kind == .symbol(scalar) }

    var symbol: Unicode.Scalar? {
        if case let .symbol(scalar) = kind { return scalar }
        return nil
    }
}

/// Works on the line's UTF-8 bytes: dates are short and this runs on every candidate line.
/// Only words short enough to be a month, filler or zone get a (lowercased) String.
enum DateTokenizer {
    /// Longer words are never date words; their text is not built.
    static let longestWord = 24

    static func tokens(_ text: String) -> [DateToken] {
        var copy = text
        return copy.withUTF8 { bytes in
            var offsets: [(kind: DateToken.Kind, range: Range<Int>, spaced: Bool)] = []
            var index = 0
            var spaced = false
            while index < bytes.count {
                let (scalar, width) = decode(bytes, at: index)
                let start = index
                switch classify(scalar) {
                case .space:
                    spaced = true
                    index += width
                    continue
                case .digit:
                    var value = 0
                    var digits = 0
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                        if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                        digits += 1
                        index += 1
                    }
                    let suffixStart = index
                    index = endOfWord(bytes, from: index)
                    let suffix = suffixStart == index ? "" : lowercasedWord(bytes, suffixStart..<index)
                    offsets.append((.number(value: value, digits: digits, suffix: suffix), start..<index, spaced))
                case .letter:
                    index = endOfWord(bytes, from: index)
                    offsets.append((.word(lowercasedWord(bytes, start..<index)), start..<index, spaced))
                case .symbol:
                    index += width
                    offsets.append((.symbol(scalar), start..<index, spaced))
                }
                spaced = false
            }
            return offsets
        }.map { token in
            let lower = text.utf8.index(text.startIndex, offsetBy: token.range.lowerBound)
            let upper = text.utf8.index(lower, offsetBy: token.range.count)
            return DateToken(kind: token.kind, range: lower..<upper, spaced: token.spaced)
        }
    }

    private enum Class { case space, digit, letter, symbol }

    private static func classify(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x09...0x0D, 0x20, 0xA0: return .space
        case 0...0x7F: return .symbol
        // Ordinal indicators (1º, 1ª), Latin letters, Greek, Cyrillic.
        case 0xAA, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x370...0x3FF, 0x400...0x52F: return .letter
        case 0x2000...0x200A, 0x202F, 0x3000: return .space
        case 0x80...0xBF, 0x2010...0x2BFF: return .symbol
        default: return scalar.properties.isAlphabetic ? .letter : .symbol
        }
    }

    private static func endOfWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (scalar, width) = decode(bytes, at: index)
            guard classify(scalar) == .letter else { break }
            index += width
        }
        return index
    }

    private static func lowercasedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard range.count <= longestWord else { return "" }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if slice.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: slice.map(asciiLowercase), as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self).lowercased()
    }

    /// The scalar starting at `index` of valid UTF-8, and its width in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var width = 2
        var value = UInt32(lead & 0x1F)
        if lead >= 0xF0 {
            width = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            width = 3
            value = UInt32(lead & 0x0F)
        }
        guard index + width <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, width)
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit, or nil (other scripts' digits are not dates here).
    var asciiDigit: Int? {
        value >= 48 && value <= 57 ? Int(value - 48) : nil
    }
}

extension Character {
    /// The value of an ASCII digit, or nil.
    var asciiDigit: Int? {
        guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
        return Int(ascii - 48)
    }
}
