/// Turns a page's bytes into the valid, NUL-free UTF-8 that ``HTMLParser`` expects.
///
/// Provisional: handles UTF-8 (with or without BOM) and replaces invalid sequences.
/// The extraction issue brings the full browser-style charset detection.
public enum HTMLDecoder {
    /// The result of decoding: UTF-8 bytes and the encoding they were decoded from.
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        /// The WHATWG name of the encoding used, e.g. `utf-8` or `windows-1252`.
        public var encoding: String
    }

    /// Decodes `bytes`. `declaredCharset` is the `charset` parameter of an HTTP `Content-Type`.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> Decoded {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        return Decoded(utf8: UTF8Repair.repaired(body), encoding: "utf-8")
    }
}

/// Fast checks and repairs for UTF-8 input.
enum UTF8Repair {
    /// `bytes` unchanged when they are valid UTF-8 without NUL; otherwise a copy with invalid
    /// sequences replaced by U+FFFD and NUL bytes removed.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        if isCleanUTF8(bytes) { return bytes }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 16)
        for byte in String(decoding: bytes, as: UTF8.self).utf8 where byte != 0 { output.append(byte) }
        return output
    }

    /// Whether `bytes` are valid UTF-8 (no overlongs, surrogates or values past U+10FFFF)
    /// and contain no NUL byte.
    static func isCleanUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
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
                    if lead == 0 { return false }
                    index += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= lower, second <= upper else { return false }
                for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
    }
}
