import PithHTML

/// The words in an element's `class` and `id`: split at anything not a letter or digit and at
/// camelCase humps, lowercased. `post-byline` and `postByline` both give `post`, `byline`.
///
/// Looking words up in sets, never substrings, keeps "meta" from matching "metabolism".
/// Works on the attribute's bytes: ASCII is split and lowercased directly, other bytes count
/// as letters.
enum ClassWords {
    static func tokens(of node: HTMLDocument.Node, in document: HTMLDocument) -> [String] {
        var words: [String] = []
        for name in [AttributeName.class, .id] {
            guard let range = document.attributeRange(name, of: node), !range.isEmpty else { continue }
            document.bytes.withUnsafeBufferPointer { split(UnsafeBufferPointer(rebasing: $0[range]), into: &words) }
        }
        return words
    }

    static func split(_ value: String, into words: inout [String]) {
        var bytes = Array(value.utf8)
        bytes.withUnsafeMutableBufferPointer { split(UnsafeBufferPointer($0), into: &words) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [String]) {
        var current: [UInt8] = []
        var previousWasLower = false
        var hasNonASCII = false
        func flush() {
            if !current.isEmpty {
                let word = String(decoding: current, as: UTF8.self)
                words.append(hasNonASCII ? word.lowercased() : word)
            }
            current.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
                previousWasLower = byte >= UInt8(ascii: "a")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower { flush() }
                current.append(byte + 32)
                previousWasLower = false
            case 0x80...:
                current.append(byte)
                hasNonASCII = true
                previousWasLower = false
            default:
                flush()
                previousWasLower = false
            }
        }
        flush()
    }
}
