/// Words of a short text, lowercased and hashed, for phrase, label and lead-in lookups.
///
/// Works on UTF-8 bytes: ASCII is lowercased by bit, the Latin, Greek and Cyrillic capitals of
/// the supported languages by code-point ranges; punctuation (ASCII, general punctuation,
/// guillemets, CJK punctuation) separates words, every other scalar is part of one.
struct Words {
    /// Hashes of the lowercase words, in order.
    private(set) var hashes: [UInt64] = []
    /// Whether the text contains a copyright sign.
    private(set) var hasCopyrightSign = false
    /// Where the first colon (or a lead-in guillemet, U+00BB) appears, in words (nil when there is none).
    private(set) var wordsBeforeFirstColon: Int?
    /// Which words are all digits.
    private var numeric: [Bool] = []

    func isNumber(at index: Int) -> Bool { numeric[index] }

    var count: Int { hashes.count }

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // A word and its separator take two bytes or more. The words are written to scratch
            // space of that size, then copied into arrays of the words found: appending word by
            // word cost a call and a uniqueness check per word, and a reservation made the arrays
            // through the runtime's generic path.
            let capacity = bytes.count / 2 + 1
            var scanner = Scanner()
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { hashBuffer in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: capacity) { numericBuffer in
                    scanner.scan(bytes, hashes: hashBuffer, numeric: numericBuffer)
                    hashes = Array(UnsafeBufferPointer(rebasing: hashBuffer[..<scanner.count]))
                    numeric = Array(UnsafeBufferPointer(rebasing: numericBuffer[..<scanner.count]))
                }
            }
            hasCopyrightSign = scanner.hasCopyrightSign
            wordsBeforeFirstColon = scanner.wordsBeforeFirstColon
        }
    }

    /// One pass over a text's bytes, writing each word's hash and digit flag as it ends.
    private struct Scanner {
        private(set) var count = 0
        private(set) var hasCopyrightSign = false
        private(set) var wordsBeforeFirstColon: Int?
        private var hash = TokenHash.seed
        private var inWord = false
        private var allDigits = true

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, hashes: UnsafeMutableBufferPointer<UInt64>,
                           numeric: UnsafeMutableBufferPointer<Bool>) {
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    // ASCII, most of any text, without decoding: letters and digits make words,
                    // every other byte separates them (what the general path below decides).
                    if Words.isASCIIAlphanumeric(lead) {
                        let run = Words.asciiRun(bytes, from: index, hash: hash)
                        index = run.end
                        hash = run.hash
                        allDigits = allDigits && run.allDigits
                        inWord = true
                    } else {
                        index += 1
                        endWord(hashes, numeric)
                        if lead == 0x3A && wordsBeforeFirstColon == nil { wordsBeforeFirstColon = count }
                    }
                    continue
                }
                var scalar = UInt32(lead)
                var length = 1
                if lead >= 0xC0 { (scalar, length) = UTF8Scalar.decode(bytes, at: index) }
                index += length
                if Words.isWordScalar(scalar) {
                    add(scalar)
                    continue
                }
                endWord(hashes, numeric)
                if scalar == 0xA9 { hasCopyrightSign = true }
                // "Read also: <headline>", and "À lire aussi » <headline>" as French and German
                // sites write the lead-in.
                if (scalar == 0x3A || scalar == 0xBB) && wordsBeforeFirstColon == nil { wordsBeforeFirstColon = count }
            }
            endWord(hashes, numeric)
        }

        /// Adds a letter, digit or mark to the current word, lowercased.
        private mutating func add(_ scalar: UInt32) {
            if scalar < 48 || scalar > 57 { allDigits = false }
            inWord = true
            let lower = Words.lowercase(scalar)
            if lower < 0x80 {
                hash = TokenHash.add(UInt8(lower), to: hash)
            } else if Unicode.Scalar(lower) != nil {
                // The scalar's UTF-8 bytes, encoded here rather than through a String made
                // for each non-ASCII letter.
                if lower < 0x800 {
                    hash = TokenHash.add(UInt8(0xC0 | lower >> 6), to: hash)
                } else {
                    if lower < 0x10000 {
                        hash = TokenHash.add(UInt8(0xE0 | lower >> 12), to: hash)
                    } else {
                        hash = TokenHash.add(UInt8(0xF0 | lower >> 18), to: hash)
                        hash = TokenHash.add(UInt8(0x80 | (lower >> 12) & 0x3F), to: hash)
                    }
                    hash = TokenHash.add(UInt8(0x80 | (lower >> 6) & 0x3F), to: hash)
                }
                hash = TokenHash.add(UInt8(0x80 | lower & 0x3F), to: hash)
            }
        }

        /// Records the word being read, if any.
        @inline(__always) private mutating func endWord(_ hashes: UnsafeMutableBufferPointer<UInt64>,
                                                        _ numeric: UnsafeMutableBufferPointer<Bool>) {
            guard inWord else { return }
            hashes[count] = hash
            numeric[count] = allDigits
            count += 1
            hash = TokenHash.seed
            inWord = false
            allDigits = true
        }
    }

    @inline(__always) fileprivate static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// The ASCII letters and digits from `start` on, lowercased into `hash`: where they end, the
    /// hash, and whether all were digits. A loop of its own keeps its state in registers.
    fileprivate static func asciiRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, hash: UInt64)
        -> (end: Int, hash: UInt64, allDigits: Bool) {
        var hash = hash
        var allDigits = true
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                hash = TokenHash.add(byte, to: hash)
            } else if (byte | 0x20) &- 0x61 < 26 {
                allDigits = false
                hash = TokenHash.add(byte | 0x20, to: hash)
            } else {
                break
            }
            index += 1
        }
        return (index, hash, allDigits)
    }

    /// Letters, digits and marks make words; ASCII punctuation, Latin-1 symbols, general and CJK
    /// punctuation separate them.
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 97 && scalar <= 122) || (scalar >= 48 && scalar <= 57) || (scalar >= 65 && scalar <= 90)
        }
        switch scalar {
        case 0x80...0xBF, 0xD7, 0xF7: return false  // Latin-1 controls, symbols, ×, ÷
        case 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x21FF, 0x2190...0x2BFF: return false  // punctuation, currency, arrows, symbols
        case 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFEFF: return false
        default: return true
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { isWordScalar(scalar.value) }

    /// Lowercase for the scripts the rule tables use; other scalars unchanged.
    static func lowercase(_ scalar: UInt32) -> UInt32 {
        // ASCII first, with one range test: most of any text, and nothing else below 0xC0 has
        // a lowercase form here.
        if scalar < 0xC0 { return scalar >= 0x41 && scalar <= 0x5A ? scalar | 0x20 : scalar }
        switch scalar {
        case 0xC0...0xDE where scalar != 0xD7: return scalar + 0x20
        case 0x100...0x137, 0x14A...0x177: return scalar | 1 == scalar ? scalar : scalar + 1  // even = capital
        case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1 ? scalar + 1 : scalar       // odd = capital
        case 0x391...0x3A9: return scalar + 0x20
        case 0x410...0x42F: return scalar + 0x20
        case 0x400...0x40F: return scalar + 0x50
        case 0x490, 0x4E6: return scalar + 1  // Ґ, Ӧ
        default: return scalar
        }
    }

    /// The hash of a run of words, as phrase tables store whole phrases.
    static func hash(of words: ArraySlice<UInt64>) -> UInt64 {
        var hash = TokenHash.seed
        for word in words { hash = (hash &* 0x9E37_79B9_7F4A_7C15) ^ (word &+ 0x632B_E59B_D9B4_E019) }
        return hash
    }
}
