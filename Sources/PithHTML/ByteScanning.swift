extension UnsafeBufferPointer<UInt8> {
    /// The index of the first byte at or after `index` with the high bit set, or `count`.
    /// Skips ASCII eight bytes at a time: most of a page is ASCII markup.
    func indexOfHighByte(from index: Int) -> Int {
        var index = index
        while index + 8 <= count, UnsafeRawPointer(baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < count, self[index] < 0x80 { index += 1 }
        return index
    }
}
