/// 64-bit FNV-1a hashes of lowercase ASCII-folded words, so class names and phrases can be
/// looked up in tables without allocating a `String` per token.
enum TokenHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Extends `hash` with one byte.
    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of a string's UTF-8 bytes (the caller lowercases).
    static func of(_ string: String) -> UInt64 {
        var hash = seed
        for byte in string.utf8 { hash = add(byte, to: hash) }
        return hash
    }

    /// The hash of words joined with one separator, as phrase tables store them.
    static func of(words: [String]) -> UInt64 {
        of(words.joined(separator: " "))
    }
}

/// A fixed-size open-addressing table from 64-bit hashes to small values: the hot lookup of the
/// prune and clean phases.
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries where self[key] == nil { insert(key, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[slot] != nil { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    @inline(__always) subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
