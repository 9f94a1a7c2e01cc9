/// Finds which link-target rule an `href` or form `action` matches, in one pass over its bytes.
///
/// The rule tables hold about a hundred targets (`/donate`, `facebook.com/sharer`, ...) and a
/// page has hundreds of links: testing each target against each link by substring search was
/// a measurable share of extraction. Here each position of the link is tested only against the
/// targets that start with the two bytes found there, which is usually none. The answer is the
/// one the tables' order gives: the first target, in table order, that occurs.
struct LinkTargetMatcher: Sendable {
    /// Lowercase targets and their rules, in table order.
    private let targets: [[UInt8]]
    private let rules: [Int32]
    /// Indices of targets by their first two bytes (`first << 8 | second`); only pairs that
    /// start some target have an entry.
    private let byPair: [UInt16: [Int]]
    /// Whether some target starts with this pair: a bit per pair, checked before the dictionary.
    private let pairBits: [UInt64]
    /// Targets of a single byte, which no pair can announce.
    private let singleBytes: [Int]

    init(_ entries: [(target: [UInt8], rule: Int32)]) {
        targets = entries.map(\.target)
        rules = entries.map(\.rule)
        var byPair: [UInt16: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: 1024)
        var singles: [Int] = []
        for (index, target) in targets.enumerated() {
            if target.count == 1 {
                singles.append(index)
            } else if target.count > 1 {
                let pair = UInt16(target[0]) << 8 | UInt16(target[1])
                byPair[pair, default: []].append(index)
                bits[Int(pair) >> 6] |= 1 << (UInt64(pair) & 63)
            }
        }
        self.byPair = byPair
        pairBits = bits
        singleBytes = singles
    }

    /// The rule of the first target (in table order) that `href` contains, ASCII case ignored.
    /// A path target (`/donate`) must end at a segment boundary: the next byte is not a letter
    /// or digit.
    func rule(for href: ArraySlice<UInt8>) -> Int32? {
        href.withUnsafeBufferPointer { bytes -> Int32? in
            var best = Int.max
            let count = bytes.count
            var index = 0
            while index + 1 < count {
                let pair = UInt16(Self.lower(bytes[index])) << 8 | UInt16(Self.lower(bytes[index + 1]))
                if pairBits[Int(pair) >> 6] & (1 << (UInt64(pair) & 63)) != 0, let candidates = byPair[pair] {
                    for candidate in candidates where candidate < best && matches(targets[candidate], in: bytes, at: index) {
                        best = candidate
                    }
                }
                index += 1
            }
            for candidate in singleBytes where candidate < best {
                for start in 0..<count where matches(targets[candidate], in: bytes, at: start) {
                    best = candidate
                    break
                }
            }
            return best == Int.max ? nil : rules[best]
        }
    }

    private func matches(_ target: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + target.count
        guard end <= bytes.count else { return false }
        for offset in 0..<target.count where Self.lower(bytes[start + offset]) != target[offset] { return false }
        let isPath = target[0] == UInt8(ascii: "/") && target[target.count - 1] != UInt8(ascii: "/")
        guard isPath, end < bytes.count else { return true }
        let next = Self.lower(bytes[end])
        return !((next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next >= 0x80)
    }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }
}
