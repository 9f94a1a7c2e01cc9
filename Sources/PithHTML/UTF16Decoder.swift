/// Decodes UTF-16 (either byte order) to UTF-8.
enum UTF16Decoder {
    /// `bytes` as UTF-16 code units in the given byte order. Unpaired surrogates and a dangling
    /// last byte become U+FFFD (and are counted); U+0000 is dropped.
    static func decode(_ bytes: [UInt8], bigEndian: Bool) -> (utf8: [UInt8], invalidSequences: Int) {
        let unitCount = bytes.count / 2
        var invalid = 0
        var output = [UInt8]()
        output.reserveCapacity(unitCount * 3 / 2 + 4)
        var index = 0
        func unit(_ at: Int) -> UInt16 {
            let first = UInt16(bytes[2 * at])
            let second = UInt16(bytes[2 * at + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        while index < unitCount {
            let current = unit(index)
            index += 1
            var scalar: Unicode.Scalar
            if UTF16.isLeadSurrogate(current), index < unitCount, UTF16.isTrailSurrogate(unit(index)) {
                let trail = unit(index)
                index += 1
                scalar = Unicode.Scalar(0x10000 + (UInt32(current & 0x3FF) << 10 | UInt32(trail & 0x3FF)))!
            } else if let plain = Unicode.Scalar(current) {
                scalar = plain
            } else {
                scalar = "\u{FFFD}"
                invalid += 1
            }
            if scalar.value != 0 { UTF8.encode(scalar) { output.append($0) } }
        }
        if bytes.count % 2 == 1 {
            UTF8.encode("\u{FFFD}") { output.append($0) }
            invalid += 1
        }
        return (output, invalid)
    }
}
