/// Decodes the single-byte encodings (windows-125x, ISO-8859-x, KOI8, ...) to UTF-8 through the
/// code point tables of ``SingleByteEncodings``.
enum SingleByteDecoder {
    /// `bytes` read with `table` (the code points of bytes 0x80–0xFF), as UTF-8. NUL bytes are
    /// dropped; a byte the table leaves undefined becomes U+FFFD and is counted.
    static func decode(_ bytes: [UInt8], table: [UInt16]) -> (utf8: [UInt8], invalidBytes: Int) {
        let expansions = utf8Expansions(of: table)
        // Counted without a branch per byte, which dense non-ASCII text would mispredict.
        let highBytes = bytes.reduce(0) { $0 &+ Int($1 >> 7) }
        var invalidBytes = 0
        // Each high byte becomes at most three UTF-8 bytes; three bytes of slack let the inner
        // loop store four bytes for every character, even a last one-byte character.
        let utf8 = [UInt8](unsafeUninitializedCapacity: bytes.count + 2 * highBytes + 3) { output, written in
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
        var invalid = 0
        while index < count {
            // Copy runs of ASCII eight bytes at a time while no high bit and no NUL shows up.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word | (word &- 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 == 0 {
                    raw.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                    index += 8
                    written += 8
                    continue
                }
            }
            // Otherwise the next eight bytes through the table, without branches: all four
            // bytes of an expansion are stored, and its length (0 for NUL) says how many count.
            let stop = min(index + 8, count)
            while index < stop {
                let expansion = expansions[Int(base[index])]
                raw.storeBytes(of: expansion.littleEndian, toByteOffset: written, as: UInt32.self)
                written &+= Int(expansion >> 24)
                invalid &+= expansion == replacementExpansion ? 1 : 0
                index &+= 1
            }
        }
        invalidBytes = invalid
        return written
    }

    /// U+FFFD packed as ``utf8Expansions(of:)`` packs it.
    private static let replacementExpansion = packedUTF8(0xFFFD)

    /// For each byte value, its UTF-8 bytes packed little-endian in the low 24 bits and their
    /// count in the top 8: ASCII as itself, NUL as nothing, high bytes through `table`.
    private static func utf8Expansions(of table: [UInt16]) -> [UInt32] {
        (0..<0x80).map { $0 == 0 ? 0 : 1 << 24 | UInt32($0) } + table.map(packedUTF8)
    }

    /// A code point of 0x80 or more (every table entry) as packed UTF-8.
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
