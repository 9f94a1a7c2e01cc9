/// What one pass over a page's bytes learned about them as UTF-8.
struct UTF8Scan: Equatable {
    /// Well-formed sequences of two to four bytes (non-ASCII characters).
    var multiByteSequences = 0
    /// Bytes that cannot start or continue a well-formed sequence where they stand.
    var invalidBytes = 0
    /// Whether a NUL byte occurs (valid UTF-8, but it would end libxml2's input).
    var hasNUL = false
    /// False when the pass stopped early because the bytes could no longer be mostly UTF-8;
    /// the counts then cover only the bytes before that point, and a NUL may have gone unseen.
    var isComplete = true

    /// Valid UTF-8: no overlongs, surrogates, values past U+10FFFF or stray bytes.
    var isValid: Bool { invalidBytes == 0 && isComplete }
    /// Valid and NUL-free: exactly what ``HTMLParser`` takes, as is.
    var isClean: Bool { isValid && !hasNUL }
    /// Valid and containing non-ASCII text: bytes that are almost never anything but UTF-8.
    var hasUTF8Text: Bool { isValid && multiByteSequences > 0 }
    /// UTF-8 text with at most a few stray bytes (eight or more good sequences per bad byte):
    /// a UTF-8 page with a damaged spot, not legacy text. Legacy text read as UTF-8 makes
    /// some accidental well-formed sequences, but many more invalid bytes: at most about one
    /// good sequence per two bad bytes for GBK, Big5, Shift_JIS, EUC-JP or EUC-KR Hangul,
    /// and none at all for Cyrillic, Greek or Latin-1 text.
    var isNearlyValid: Bool { isComplete && multiByteSequences >= 8 && multiByteSequences >= 8 * invalidBytes }
    /// Whether the bytes read better as UTF-8 than as anything else: at least as many
    /// well-formed multi-byte sequences as invalid bytes. Decoding them another way would
    /// garble more characters than the invalid bytes that become U+FFFD, and the margin to
    /// legacy text (at most about one sequence per two bad bytes, see ``isNearlyValid``)
    /// stays wide.
    var isMostlyUTF8: Bool { invalidBytes <= multiByteSequences }
}

/// Fast checks and repairs for UTF-8 input.
enum UTF8Repair {
    /// `bytes` unchanged when they are valid UTF-8 without NUL; otherwise a copy with invalid
    /// sequences replaced by U+FFFD and NUL bytes removed.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        repaired(bytes, scan: scan(bytes))
    }

    /// ``repaired(_:)`` when `bytes` were already scanned.
    static func repaired(_ bytes: [UInt8], scan: UTF8Scan) -> [UInt8] {
        if scan.isClean { return bytes }
        if scan.isValid { return bytes.filter { $0 != 0 } }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 2 * scan.invalidBytes)
        for byte in String(decoding: bytes, as: UTF8.self).utf8 where byte != 0 { output.append(byte) }
        return output
    }

    /// Whether `bytes` are valid UTF-8 (no overlongs, surrogates or values past U+10FFFF)
    /// and contain no NUL byte.
    static func isCleanUTF8(_ bytes: [UInt8]) -> Bool {
        scan(bytes).isClean
    }

    /// One pass over `bytes`: ASCII eight bytes at a time, the rest sequence by sequence.
    /// Unless `stoppingEarly` is false, the pass ends early, incomplete, once so many bytes
    /// were invalid that the rest could not make the page mostly UTF-8 (each two remaining
    /// bytes could at best add one sequence): dense legacy text is slow to scan.
    static func scan(_ bytes: [UInt8], stoppingEarly: Bool = true) -> UTF8Scan {
        // The lead table is read once here, not through its lazy global in the loop.
        leadRules.withUnsafeBufferPointer { rules in bytes.withUnsafeBufferPointer { buffer in
            var result = UTF8Scan()
            let count = buffer.count
            var index = 0
            let base = UnsafeRawPointer(buffer.baseAddress)
            while index < count {
                // ASCII 32 and then 8 bytes at a time: no high bit set and no zero byte.
                while index + 32 <= count, isPlainASCII(base!, index, words: 4) { index += 32 }
                if index + 8 <= count && isPlainASCII(base!, index, words: 1) {
                    index += 8
                    continue
                }
                if stoppingEarly && result.invalidBytes > result.multiByteSequences + (count - index) / 2 {
                    result.isComplete = false
                    break
                }
                // Otherwise at least the next eight bytes one by one, so that dense non-ASCII
                // text pays for the word test once per eight bytes, not once per byte.
                let stop = min(index + 8, count)
                while index < stop {
                    let lead = buffer[index]
                    if lead < 0x80 {
                        if lead == 0 { result.hasNUL = true }
                        index += 1
                        continue
                    }
                    let length = sequenceLength(buffer, at: index, rules: rules)
                    if length == 0 {
                        result.invalidBytes += 1
                        index += 1
                    } else {
                        result.multiByteSequences += 1
                        index += length
                    }
                }
            }
            return result
        } }
    }

    /// Whether the `words` eight-byte words from `offset` are all ASCII without NUL: a byte
    /// below 0x80 that is not 0 keeps its high bit clear even after 1 is subtracted from it.
    @inline(__always)
    private static func isPlainASCII(_ base: UnsafeRawPointer, _ offset: Int, words: Int) -> Bool {
        var flags: UInt64 = 0
        for word in 0..<words {
            let value = base.loadUnaligned(fromByteOffset: offset + 8 * word, as: UInt64.self)
            flags |= value | (value &- 0x0101_0101_0101_0101)
        }
        return flags & 0x8080_8080_8080_8080 == 0
    }

    /// The length of the well-formed sequence of two to four bytes starting at `index`, or 0.
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, rules: UnsafeBufferPointer<UInt32>) -> Int {
        // One table load instead of a chain of range tests: the lead's length and the range
        // its second byte must fall in (narrower after E0, ED, F0 and F4).
        let rule = rules[Int(buffer[index])]
        let length = Int(rule & 0xFF)
        guard length != 0, index + length <= buffer.count else { return 0 }
        let second = buffer[index + 1]
        guard second >= UInt8(truncatingIfNeeded: rule >> 8), second <= UInt8(truncatingIfNeeded: rule >> 16) else { return 0 }
        if length > 2 && buffer[index + 2] & 0xC0 != 0x80 { return 0 }
        if length > 3 && buffer[index + 3] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// For each byte: its sequence length as a lead (0 if it cannot lead) in bits 0–7, and the
    /// lowest and highest allowed second byte in bits 8–15 and 16–23.
    private static let leadRules: [UInt32] = (0...255).map { lead -> UInt32 in
        func rule(_ length: UInt32, _ lower: UInt32, _ upper: UInt32) -> UInt32 { length | lower << 8 | upper << 16 }
        switch lead {
        case 0xC2...0xDF: return rule(2, 0x80, 0xBF)
        case 0xE0: return rule(3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return rule(3, 0x80, 0xBF)
        case 0xED: return rule(3, 0x80, 0x9F)
        case 0xF0: return rule(4, 0x90, 0xBF)
        case 0xF1...0xF3: return rule(4, 0x80, 0xBF)
        case 0xF4: return rule(4, 0x80, 0x8F)
        default: return 0
        }
    }
}
