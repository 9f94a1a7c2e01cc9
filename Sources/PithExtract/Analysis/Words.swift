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
        text.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        // A word and its separator take two bytes or more: one allocation per array, rather
        // than one per doubling.
        hashes.reserveCapacity(bytes.count / 2 + 1)
        numeric.reserveCapacity(bytes.count / 2 + 1)
        var hash = TokenHash.seed
        var inWord = false
        var allDigits = true
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            var scalar = UInt32(lead)
            var length = 1
            if lead >= 0xC0 {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                scalar = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
                for offset in 1..<length where index + offset < bytes.count {
                    scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
            }
            index += length
            if Self.isWordScalar(scalar) {
                if scalar < 48 || scalar > 57 { allDigits = false }
                let lower = Self.lowercase(scalar)
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
                inWord = true
                continue
            }
            if inWord {
                hashes.append(hash)
                numeric.append(allDigits)
                hash = TokenHash.seed
                inWord = false
                allDigits = true
            }
            if scalar == 0xA9 { hasCopyrightSign = true }
            // "Read also: <headline>", and "À lire aussi » <headline>" as French and German
            // sites write the lead-in.
            if (scalar == 0x3A || scalar == 0xBB) && wordsBeforeFirstColon == nil { wordsBeforeFirstColon = hashes.count }
        }
        if inWord {
            hashes.append(hash)
            numeric.append(allDigits)
        }
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
