/// Which single-byte encoding a page's non-ASCII bytes most likely are, when that can be told
/// cheaply: Cyrillic (windows-1251, KOI8-R, KOI8-U), Greek (windows-1253) and Central
/// European Latin (windows-1250, ISO-8859-2). Anything else is left to the windows-1252
/// default.
///
/// Non-Latin scripts write whole words in high bytes, so most high bytes sit next to another;
/// Latin scripts put an accented letter here and there inside ASCII words. For Cyrillic, the
/// case halves tell the encodings apart (lowercase letters, the bulk of any text, are
/// 0xE0–0xFF in windows-1251 and 0xC0–0xDF in KOI8), and a handful of frequent letters tell
/// Russian in windows-1251 from Greek in windows-1253. For Latin text, a high byte between two
/// letters must itself be a letter: Polish `ł` (0xB3) is `³` in windows-1252, so an encoding
/// in which such bytes are symbols is the wrong one.
struct SingleByteStatistics {
    private var highBytes = 0
    /// High bytes right after another high byte.
    private var highPairs = 0
    private var counts = [Int](repeating: 0, count: 128)
    /// In-word high bytes that are not letters in windows-1252, windows-1250, ISO-8859-2.
    private var symbolsInWords = [0, 0, 0]

    private static let latinCandidates: [TextEncoding] = [.windows1252, .windows1250, .iso8859_2]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let letters = Self.letterMasks
        var index = -1
        while true {
            index = bytes.indexOfHighByte(from: index + 1)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            highBytes += 1
            counts[Int(byte - 0x80)] += 1
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if previous >= 0x80 { highPairs += 1 }
            guard isLetterLike(previous), isLetterLike(next) else { continue }
            for (candidate, mask) in letters.enumerated() where !mask.contains(byte) { symbolsInWords[candidate] += 1 }
        }
    }

    /// The likely encoding, or nil when the evidence points nowhere in particular.
    var likelyEncoding: TextEncoding? {
        guard highBytes >= 16 else { return nil }
        if highPairs * 2 >= highBytes { return nonLatinEncoding }
        return latinEncoding
    }

    private var nonLatinEncoding: TextEncoding? {
        let upperHalf = sum(0xC0...0xDF)
        let lowerHalf = sum(0xE0...0xFF)
        if upperHalf > lowerHalf {
            // KOI8-U differs from KOI8-R only in і ї є ґ (and capitals), which are
            // box-drawing symbols in KOI8-R that no text uses between letters.
            let ukrainian = sum([0xA4, 0xA6, 0xA7, 0xAD, 0xB4, 0xB6, 0xB7, 0xBD])
            return ukrainian * 100 >= highBytes ? .koi8U : .koi8R
        }
        // windows-1251: о а и в д are frequent in Russian; windows-1253: α ι τ η υ in Greek.
        let russian = sum([0xEE, 0xE0, 0xE8, 0xE2, 0xE4])
        let greek = sum([0xE1, 0xE9, 0xF4, 0xE7, 0xF5])
        if russian * 5 >= highBytes && russian > greek { return .windows1251 }
        if greek * 5 >= highBytes && greek > russian { return .windows1253 }
        return nil
    }

    /// A Central European encoding only when it explains clearly more in-word bytes as
    /// letters than windows-1252 does.
    private var latinEncoding: TextEncoding? {
        let western = symbolsInWords[0]
        guard western >= 2 else { return nil }
        let (best, symbols) = symbolsInWords.enumerated().dropFirst().min { $0.element < $1.element }!
        return symbols * 2 <= western ? Self.latinCandidates[best] : nil
    }

    private func sum(_ bytes: ClosedRange<UInt8>) -> Int {
        bytes.reduce(0) { $0 + counts[Int($1 - 0x80)] }
    }

    private func sum(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + counts[Int($1 - 0x80)] }
    }

    private func isLetterLike(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// For each Latin candidate, the high bytes that decode to letters.
    private static let letterMasks: [HighByteSet] = latinCandidates.map { encoding in
        let table = SingleByteEncodings.table(for: encoding)!
        var set = HighByteSet()
        for (offset, codePoint) in table.enumerated() where Unicode.Scalar(codePoint)?.properties.isAlphabetic == true {
            set.insert(UInt8(0x80 + offset))
        }
        return set
    }
}

/// A set of bytes 0x80–0xFF as a 128-bit mask.
private struct HighByteSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ byte: UInt8) {
        let bit = Int(byte & 0x7F)
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    func contains(_ byte: UInt8) -> Bool {
        let bit = Int(byte & 0x7F)
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }
}
