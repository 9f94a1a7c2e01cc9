/// Decoding one multi-byte UTF-8 sequence by hand, for the loops that read a String's bytes
/// (ASCII, most of any page, costs them a compare per byte instead of a trip through the scalar
/// view).
enum UTF8Scalar {
    /// The scalar whose sequence starts with the lead byte (0xC0 or above) at `index`, and the
    /// sequence's length. Continuation bytes past the end of `bytes` are not read.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }

    /// The scalar at `index`, ASCII or not, with `index` moved past it.
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt32 {
        let lead = bytes[index]
        guard lead >= 0x80 else {
            index += 1
            return UInt32(lead)
        }
        let (value, length) = decode(bytes, at: index)
        index += length
        return value
    }
}
