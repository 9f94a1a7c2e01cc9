/// What one pass over a page's bytes learned about them as UTF-8.
struct UTF8Scan: Equatable {
    /// Well-formed sequences of two to four bytes (non-ASCII characters).
    var multiByteSequences = 0
    /// Bytes that cannot start or continue a well-formed sequence where they stand.
    var invalidBytes = 0
    /// Whether a NUL byte occurs (valid UTF-8, but it would end libxml2's input).
    var hasNUL = false

    /// Valid UTF-8: no overlongs, surrogates, values past U+10FFFF or stray bytes.
    var isValid: Bool { invalidBytes == 0 }
    /// Valid and NUL-free: exactly what ``HTMLParser`` takes, as is.
    var isClean: Bool { isValid && !hasNUL }
    /// Valid and containing non-ASCII text: bytes that are almost never anything but UTF-8.
    var hasUTF8Text: Bool { isValid && multiByteSequences > 0 }
    /// Whether the bytes read better as UTF-8 than as anything else: no more than two invalid
    /// bytes per well-formed multi-byte sequence. Legacy text (Latin-1 accents, GBK, ...) makes
    /// a few accidental well-formed sequences but many more invalid bytes; a UTF-8 page with
    /// a few damaged bytes is the other way round.
    var isMostlyUTF8: Bool { invalidBytes <= 2 * multiByteSequences }
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
    static func scan(_ bytes: [UInt8]) -> UTF8Scan {
        bytes.withUnsafeBufferPointer { buffer in
            var result = UTF8Scan()
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: no high bit set and no zero byte.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    if !hasHighBit && !hasZero {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    if lead == 0 { result.hasNUL = true }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    result.invalidBytes += 1
                    index += 1
                } else {
                    result.multiByteSequences += 1
                    index += length
                }
            }
            return result
        }
    }

    /// The length of the well-formed sequence of two to four bytes starting at `index`, or 0.
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch buffer[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= buffer.count else { return 0 }
        let second = buffer[index + 1]
        guard second >= lower, second <= upper else { return 0 }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
