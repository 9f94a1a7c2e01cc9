/// Word-level similarity between short texts (titles, headings, site names).
enum TextSimilarity {
    /// Lowercased runs of letters and digits. ASCII is handled byte by byte; only words with
    /// other characters go through Unicode case mapping.
    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var words: [String] = []
            var current: [UInt8] = []
            var hasNonASCII = false
            func flush() {
                guard !current.isEmpty else { return }
                let word = String(decoding: current, as: UTF8.self)
                words.append(hasNonASCII ? word.lowercased() : word)
                current.removeAll(keepingCapacity: true)
                hasNonASCII = false
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: current.append(byte)
                    case 0x41...0x5A: current.append(byte + 32)
                    default: flush()
                    }
                    index += 1
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(bytes.count, index + width)
                if isWordCharacter(bytes, index, width) {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    hasNonASCII = true
                } else {
                    flush()
                }
                index = end
            }
            flush()
            return words
        }
    }

    /// Whether the non-ASCII character at `index` is a letter or digit: Latin, Greek and
    /// Cyrillic letters by their lead bytes, anything else by its Unicode properties.
    private static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        let lead = bytes[index]
        // U+00C0–U+052F (two-byte sequences from 0xC3 to 0xD4), except × and ÷.
        if width == 2, lead >= 0xC3, lead <= 0xD4, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return !(lead == 0xC3 && (next == 0x97 || next == 0xB7))
        }
        guard index + width <= bytes.count else { return false }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        if (0x2000...0x2BFF).contains(value) || (0x80...0xBF).contains(value) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Dice coefficient over the two texts' word sets: 1 for the same words, 0 for none shared.
    static func dice(_ first: String, _ second: String) -> Double {
        dice(words(first), words(second))
    }

    static func dice(_ first: [String], _ second: [String]) -> Double {
        // Titles are a few words: comparing lists beats building hash sets.
        let a = distinct(first)
        let b = distinct(second)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.reduce(0) { $0 + (b.contains($1) ? 1 : 0) }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    private static func distinct(_ words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        for word in words where !result.contains(word) { result.append(word) }
        return result
    }

    /// Whether two word lists of these lengths can reach a Dice coefficient of `threshold`:
    /// a cheap test before building sets.
    static func mayReach(_ threshold: Double, _ first: Int, _ second: Int) -> Bool {
        2 * Double(min(first, second)) >= threshold * Double(first + second)
    }

    /// The share of `part`'s words that also occur in `whole`.
    static func coverage(of part: String, in whole: String) -> Double {
        let partWords = words(part)
        guard !partWords.isEmpty else { return 0 }
        let wholeWords = Set(words(whole))
        return Double(partWords.filter(wholeWords.contains).count) / Double(partWords.count)
    }

    /// Whether two texts are the same words in the same order, ignoring case and punctuation.
    static func sameWords(_ first: String, _ second: String) -> Bool {
        let a = words(first)
        return !a.isEmpty && a == words(second)
    }
}

extension String {
    /// The range of the first (or last) occurrence of `needle`'s bytes: a plain byte search.
    func range(ofBytes needle: String, backwards: Bool = false) -> Range<String.Index>? {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        let starts = Array(0...(haystack.count - pattern.count))
        for start in backwards ? starts.reversed() : starts where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            let lower = utf8.index(startIndex, offsetBy: start)
            return lower..<utf8.index(lower, offsetBy: pattern.count)
        }
        return nil
    }

    /// Whether the UTF-8 bytes of `needle` occur in this string: a plain byte search, for
    /// ASCII needles in hot paths where Foundation's locale-aware search is too slow.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, haystack.count >= pattern.count else { return pattern.isEmpty }
        var index = haystack.startIndex
        while let found = haystack[index...].firstIndex(of: first) {
            if haystack[found...].starts(with: pattern) { return true }
            index = haystack.index(after: found)
        }
        return false
    }
}
