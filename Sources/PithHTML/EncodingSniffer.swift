/// Guesses the encoding of a page that declares none, or whose declarations its bytes
/// contradict: the step browsers give to a detector such as chardetng, done here with a few
/// cheap statistics over the page's first bytes.
///
/// In order: UTF-16 without a byte order mark (NUL bytes in every other position); UTF-8
/// (the bytes read better as UTF-8 than as anything else); ISO-2022-JP (pure ASCII with its
/// escape sequences); the CJK multi-byte encodings when the bytes fit one of them
/// (``CJKStatistics``); Cyrillic, Greek and Central European single-byte encodings
/// (``SingleByteStatistics``); and otherwise windows-1252, the default of Western locales.
enum EncodingSniffer {
    /// A guess, and whether it rests on evidence (false: the windows-1252 default).
    struct Guess: Equatable {
        var encoding: TextEncoding
        var isConfident: Bool
    }

    /// How many leading bytes the statistics look at: enough text to decide, bounded cost.
    static let sampleLimit = 256 * 1024

    static func guess(_ bytes: [UInt8], scan: UTF8Scan) -> Guess {
        if scan.hasNUL || !scan.isComplete, let utf16 = utf16ByNULPattern(bytes) { return Guess(encoding: utf16, isConfident: true) }
        if scan.isMostlyUTF8 {
            let iso2022 = scan.isValid && scan.multiByteSequences == 0 && hasISO2022JPEscape(bytes)
            return Guess(encoding: iso2022 ? .iso2022JP : .utf8, isConfident: true)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let sample = UnsafeBufferPointer(rebasing: buffer[0..<min(buffer.count, sampleLimit)])
            if let cjk = CJKStatistics(sample).likelyEncoding { return Guess(encoding: cjk, isConfident: true) }
            if let single = SingleByteStatistics(sample).likelyEncoding { return Guess(encoding: single, isConfident: true) }
            return Guess(encoding: .windows1252, isConfident: false)
        }
    }

    /// UTF-16 text of mostly ASCII characters has a NUL in every other byte: at odd offsets
    /// for little-endian, at even offsets for big-endian.
    private static func utf16ByNULPattern(_ bytes: [UInt8]) -> TextEncoding? {
        let pairs = min(bytes.count, 1024) / 2
        guard pairs >= 8 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNULs += 1 }
            if bytes[2 * pair + 1] == 0 { oddNULs += 1 }
        }
        if oddNULs * 2 >= pairs && evenNULs * 20 < pairs { return .utf16LE }
        if evenNULs * 2 >= pairs && oddNULs * 20 < pairs { return .utf16BE }
        return nil
    }

    /// ESC `$` `@`, ESC `$` `B` (switch to JIS X 0208) or ESC `(` `J` (JIS Roman).
    private static func hasISO2022JPEscape(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let escape = bytes[index...].firstIndex(of: 0x1B) {
            guard escape + 2 < bytes.count else { return false }
            let first = bytes[escape + 1]
            let second = bytes[escape + 2]
            if first == UInt8(ascii: "$") && (second == UInt8(ascii: "@") || second == UInt8(ascii: "B")) { return true }
            if first == UInt8(ascii: "(") && second == UInt8(ascii: "J") { return true }
            index = escape + 1
        }
        return false
    }
}
