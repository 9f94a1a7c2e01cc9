import PithHTML

/// Byte-level checks on attribute values, for the survey pass that looks at many elements:
/// no String is built unless the element turns out to matter.
extension HTMLDocument {
    /// Whether the attribute, split at ASCII whitespace, holds `word` (lowercase ASCII),
    /// compared without regard to ASCII case: `rel="Author nofollow"` has `author`.
    func attribute(_ name: AttributeName, of node: Node, hasWord word: StaticString) -> Bool {
        guard let range = attributeRange(name, of: node), range.count >= word.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            word.withUTF8Buffer { pattern in
                var start = range.lowerBound
                while start < range.upperBound {
                    while start < range.upperBound, isASCIISpace(buffer[start]) { start += 1 }
                    var end = start
                    while end < range.upperBound, !isASCIISpace(buffer[end]) { end += 1 }
                    if end - start == pattern.count,
                       zip(buffer[start..<end], pattern).allSatisfy({ asciiLowercase($0) == $1 }) {
                        return true
                    }
                    start = end
                }
                return false
            }
        }
    }

    /// Whether the attribute's value contains `needle` (lowercase ASCII), ignoring ASCII case.
    func attribute(_ name: AttributeName, of node: Node, contains needle: StaticString) -> Bool {
        guard let range = attributeRange(name, of: node), range.count >= needle.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            needle.withUTF8Buffer { pattern in
                guard let first = pattern.first else { return true }
                var index = range.lowerBound
                while index + pattern.count <= range.upperBound {
                    if asciiLowercase(buffer[index]) == first,
                       zip(buffer[index..<(index + pattern.count)], pattern).allSatisfy({ asciiLowercase($0) == $1 }) {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }
}

@inline(__always) func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

@inline(__always) func asciiLowercase(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
}

extension String {
    /// The string with ASCII letters lowercased; other characters as they are. Returns
    /// `self` without copying when there is nothing to change.
    var asciiLowercased: String {
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return self }
        return String(decoding: utf8.map(asciiLowercase), as: UTF8.self)
    }
}
