/// Known element or attribute names looked up by their bytes, so that the builder resolves a
/// name libxml2 hands it without first making a `String` of it and hashing that.
///
/// An open-addressing table keyed by the FNV-1a hash of the name; a hit is confirmed byte for
/// byte, so the answer is exactly the one the `String` lookup gives.
struct KnownNameTable: Sendable {
    private let hashes: [UInt64]
    private let ids: [UInt16]
    private let names: [[UInt8]]
    /// The names again, end to end, for comparisons that must not retain a nested array.
    private let flatNames: [UInt8]
    private let flatStarts: [Int32]
    private let flatLengths: [Int32]
    private let mask: Int

    init(_ knownNames: [String]) {
        var capacity = 16
        while capacity < knownNames.count * 4 { capacity <<= 1 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var ids = [UInt16](repeating: UInt16.max, count: capacity)
        var names = [[UInt8]](repeating: [], count: capacity)
        for (index, name) in knownNames.enumerated() {
            let bytes = Array(name.utf8)
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while ids[slot] != UInt16.max && names[slot] != bytes { slot = (slot + 1) & (capacity - 1) }
            // A repeated name takes its last id, as in the dictionary the `String` lookup uses.
            hashes[slot] = hash
            ids[slot] = UInt16(index)
            names[slot] = bytes
        }
        self.hashes = hashes
        self.ids = ids
        self.names = names
        flatNames = names.flatMap { $0 }
        var starts: [Int32] = []
        var offset: Int32 = 0
        for name in names {
            starts.append(offset)
            offset += Int32(name.count)
        }
        flatStarts = starts
        flatLengths = names.map { Int32($0.count) }
        mask = capacity - 1
    }

    /// The id of the known name spelled by `bytes`, or nil.
    func id(for bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] != UInt16.max {
            if hashes[slot] == hash && names[slot].elementsEqual(bytes) { return ids[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The id of the known name that `bytes` spell with ASCII capitals lowered, or nil. For names read
    /// straight from markup, before libxml2 has lowercased them.
    func id(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(Self.lowercase(byte))) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] != UInt16.max {
            if hashes[slot] == hash && Int(flatLengths[slot]) == bytes.count {
                let start = Int(flatStarts[slot])
                var equal = true
                for offset in 0..<bytes.count where flatNames[start + offset] != Self.lowercase(bytes[offset]) {
                    equal = false
                    break
                }
                if equal { return ids[slot] }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 32)
    }
}
