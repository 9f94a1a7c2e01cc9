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
    private let shortKeys: [UInt64]
    private let shortIDs: [UInt16]
    private let shortShift: UInt64
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
        (shortKeys, shortIDs, shortShift) = Self.shortTable(knownNames)
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

    /// The id of the known name spelled by `count` name characters (ASCII letters, digits,
    /// `-`, `_`, `:`, `.`) in any case, at `name`, with at least eight bytes readable there.
    /// Names of up to eight bytes are looked up as one 64-bit word: most attribute names are.
    func id(nameCharacters name: UnsafePointer<UInt8>, count: Int) -> UInt16? {
        guard count <= 8 else { return id(lowercasing: UnsafeBufferPointer(start: name, count: count)) }
        let word = UnsafeRawPointer(name).loadUnaligned(as: UInt64.self)
        // Setting bit 5 lowers ASCII capitals and leaves the other name characters distinct.
        let mask: UInt64 = count == 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
        let key = (word | 0x2020_2020_2020_2020) & mask
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shortShift)
        while shortKeys[slot] != 0 {
            if shortKeys[slot] == key { return shortIDs[slot] }
            slot = (slot + 1) & (shortKeys.count - 1)
        }
        return nil
    }

    /// The known names of up to eight bytes as little-endian words, and their ids, in a table
    /// at most a quarter full; `shift` takes a slot from the top bits of a multiplicative hash.
    private static func shortTable(_ knownNames: [String]) -> (keys: [UInt64], ids: [UInt16], shift: UInt64) {
        let short = knownNames.filter { $0.utf8.count <= 8 }.count
        var bits: UInt64 = 4
        while (1 << bits) < short * 4 { bits += 1 }
        let slots = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: slots)
        var ids = [UInt16](repeating: 0, count: slots)
        for (index, name) in knownNames.enumerated() where name.utf8.count <= 8 {
            var key: UInt64 = 0
            for (offset, byte) in name.utf8.enumerated() { key |= UInt64(byte | 0x20) << (8 * UInt64(offset)) }
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (slots - 1) }
            keys[slot] = key
            ids[slot] = UInt16(index)
        }
        return (keys, ids, 64 - bits)
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
