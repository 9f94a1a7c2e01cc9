import PithHTML

/// Splits `class` and `id` values into word tokens the way rule tables are written, and hashes
/// them: `relatedPosts`, `related-posts`, `related_posts` and `relatedposts` all offer the key
/// of `relatedposts`.
///
/// Each class name is split at `-`, `_`, digits and camelCase humps and lowercased. Its single
/// tokens, each adjacent pair and each adjacent triple are offered to the lookup as the hash of
/// their concatenation, so a rule token `most-popular` matches `most-popular`, `mostPopular` and
/// `MostPopularList`, while `ad` matches `ad-slot` but not `header` or `load`.
enum ClassTokens {
    /// Calls `visit` with the key of every token, pair and triple in `bytes`, and whether the
    /// key covers a whole class name. Stops early when `visit` returns false.
    static func forEachKey(in bytes: ArraySlice<UInt8>, _ visit: (_ key: UInt64, _ isWholeName: Bool) -> Bool) {
        // A name of n bytes has at most n tokens. The token bounds live in one temporary
        // buffer (on the stack for ordinary values) rather than two arrays per call.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * max(bytes.count, 1)) { buffer in
            let starts = UnsafeMutableBufferPointer(rebasing: buffer[..<max(bytes.count, 1)])
            let ends = UnsafeMutableBufferPointer(rebasing: buffer[max(bytes.count, 1)...])
            var nameStart = bytes.startIndex
            var index = bytes.startIndex
            while index <= bytes.endIndex {
                let atEnd = index == bytes.endIndex
                if atEnd || isSpace(bytes[index]) {
                    if index > nameStart && !isStateModifier(bytes, nameStart..<index) {
                        let count = tokenize(bytes, nameStart..<index, starts: starts, ends: ends)
                        if !visitName(bytes, starts, ends, count, visit) { return }
                    }
                    nameStart = index + 1
                }
                index += 1
            }
        }
    }

    /// The lookup key of a rule token such as `most-popular` or `relatedPosts`: the key the
    /// element side offers for a class name made of exactly those words.
    static func key(for ruleToken: String) -> UInt64? {
        var found: UInt64?
        forEachKey(in: ArraySlice(Array(ruleToken.utf8))) { key, isWhole in
            if isWhole { found = key }
            return !isWhole
        }
        return found
    }

    /// `has-medium-font-size`, `has-text-align-center`, `has-background`: block editors put
    /// these presentational modifiers on ordinary paragraphs; they say how text looks, never
    /// what it is, so `font-size` inside one must not mark a page tool.
    private static func isStateModifier(_ bytes: ArraySlice<UInt8>, _ name: Range<Int>) -> Bool {
        guard name.count > 4 else { return false }
        let start = name.lowerBound
        // Elementor wraps every block of a page, the article text too, in `elementor-widget-*`
        // and `elementor-element-*`: a page builder's "widget" is not a sidebar widget.
        if name.count >= 16 && bytes[start..<(start + 10)].elementsEqual("elementor-".utf8) {
            let rest = bytes[(start + 10)..<name.upperBound]
            if rest.starts(with: "widget".utf8) || rest.starts(with: "element".utf8) || rest.starts(with: "column".utf8) { return true }
        }
        return bytes[start] | 0x20 == UInt8(ascii: "h") && bytes[start + 1] | 0x20 == UInt8(ascii: "a")
            && bytes[start + 2] | 0x20 == UInt8(ascii: "s") && (bytes[start + 3] == UInt8(ascii: "-") || bytes[start + 3] == UInt8(ascii: "_"))
    }

    /// The bytes that separate class names.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 || byte >= 0x80 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Token boundaries inside one class name.
    /// Writes the bounds of each token to `starts` and `ends` and returns how many there are.
    private static func tokenize(
        _ bytes: ArraySlice<UInt8>, _ name: Range<Int>, starts: UnsafeMutableBufferPointer<Int>, ends: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        var count = 0
        var tokenStart = -1
        var previous: UInt8 = 0
        for index in name {
            let byte = bytes[index]
            let isWord = isUpper(byte) || isLower(byte) || isDigit(byte)
            var breaksBefore = false
            if isWord && tokenStart >= 0 {
                if isUpper(byte) {
                    // A hump starts a token, unless it continues an acronym ("URLField" → url, field).
                    let next = index + 1 < name.upperBound ? bytes[index + 1] : 0
                    breaksBefore = (isLower(previous) && previous < 0x80) || isDigit(previous)
                        || (isUpper(previous) && next >= 97 && next <= 122)
                } else if isDigit(byte) != isDigit(previous) {
                    breaksBefore = true
                }
            }
            if !isWord || breaksBefore, tokenStart >= 0 {
                starts[count] = tokenStart
                ends[count] = index
                count += 1
                tokenStart = -1
            }
            if isWord && tokenStart < 0 { tokenStart = index }
            previous = byte
        }
        if tokenStart >= 0 {
            starts[count] = tokenStart
            ends[count] = name.upperBound
            count += 1
        }
        return count
    }

    @inline(__always) private static func extend(_ hash: UInt64, _ bytes: ArraySlice<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = hash
        for index in range {
            let byte = bytes[index]
            hash = TokenHash.add(isUpper(byte) ? byte | 0x20 : byte, to: hash)
        }
        return hash
    }

    /// Offers single tokens, joined pairs and joined triples of one class name.
    private static func visitName(
        _ bytes: ArraySlice<UInt8>, _ starts: UnsafeMutableBufferPointer<Int>, _ ends: UnsafeMutableBufferPointer<Int>, _ count: Int,
        _ visit: (UInt64, Bool) -> Bool
    ) -> Bool {
        for first in 0..<count {
            var hash = TokenHash.seed
            for last in first..<min(count, first + 3) {
                hash = extend(hash, bytes, starts[last]..<ends[last])
                if !visit(hash, first == 0 && last == count - 1) { return false }
            }
        }
        return true
    }
}

extension HTMLDocument {
    /// Bytes of an attribute's value, or an empty slice.
    func attributeBytes(_ name: AttributeName, of node: Node) -> ArraySlice<UInt8> {
        guard let range = attributeRange(name, of: node) else { return [] }
        return bytes[range]
    }
}
