/// Decodes the single-byte encodings (windows-125x, ISO-8859-x, KOI8, ...) to UTF-8 through the
/// code point tables of ``SingleByteEncodings``.
enum SingleByteDecoder {
    /// `bytes` read with `table` (the code points of bytes 0x80–0xFF), as UTF-8. NUL bytes are
    /// dropped; a byte the table leaves undefined becomes U+FFFD and is counted.
    static func decode(_ bytes: [UInt8], table: [UInt16]) -> (utf8: [UInt8], invalidBytes: Int) {
        let expansions = utf8Expansions(of: table)
        var highBytes = 0
        for byte in bytes where byte >= 0x80 { highBytes += 1 }
        var invalidBytes = 0
        // Each high byte becomes at most three UTF-8 bytes; one byte of slack lets the inner
        // loop store four bytes at a time.
        let utf8 = [UInt8](unsafeUninitializedCapacity: bytes.count + 2 * highBytes + 1) { output, written in
            bytes.withUnsafeBufferPointer { input in
                expansions.withUnsafeBufferPointer { expansions in
                    written = decode(input, into: output.baseAddress!, expansions: expansions, invalidBytes: &invalidBytes)
                }
            }
        }
        return (utf8, invalidBytes)
    }

    private static func decode(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>,
        expansions: UnsafeBufferPointer<UInt32>, invalidBytes: inout Int
    ) -> Int {
        guard let base = input.baseAddress else { return 0 }
        let count = input.count
        let raw = UnsafeMutableRawPointer(output)
        var index = 0
        var written = 0
        while index < count {
            // Copy runs of ASCII eight bytes at a time while no high bit and no NUL shows up.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && !hasZero {
                    raw.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                    index += 8
                    written += 8
                    continue
                }
            }
            let byte = base[index]
            index += 1
            if byte < 0x80 {
                output[written] = byte
                written += byte == 0 ? 0 : 1
                continue
            }
            let expansion = expansions[Int(byte &- 0x80)]
            if expansion == replacementExpansion { invalidBytes += 1 }
            // All four bytes are stored; the length in the top byte says how many count.
            raw.storeBytes(of: expansion.littleEndian, toByteOffset: written, as: UInt32.self)
            written += Int(expansion >> 24)
        }
        return written
    }

    /// U+FFFD packed as ``utf8Expansions(of:)`` packs it.
    private static let replacementExpansion = packedUTF8(0xFFFD)

    /// For each high byte, its UTF-8 bytes packed little-endian in the low 24 bits and their
    /// count in the top 8, so the inner loop does one load per byte.
    private static func utf8Expansions(of table: [UInt16]) -> [UInt32] {
        table.map(packedUTF8)
    }

    private static func packedUTF8(_ codePoint: UInt16) -> UInt32 {
        let value = UInt32(codePoint)
        if value < 0x800 {
            let first = 0xC0 | value >> 6
            let second = 0x80 | value & 0x3F
            return 2 << 24 | second << 8 | first
        }
        let first = 0xE0 | value >> 12
        let second = 0x80 | (value >> 6) & 0x3F
        let third = 0x80 | value & 0x3F
        return 3 << 24 | third << 16 | second << 8 | first
    }
}
