/// Word-level similarity between short texts (titles, headings, site names).
enum TextSimilarity {
    /// Lowercased runs of letters and digits. ASCII is handled byte by byte; only words with
    /// other characters go through Unicode case mapping.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var hasNonASCII = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(hasNonASCII ? word.lowercased() : word)
            current = String.UnicodeScalarView()
            hasNonASCII = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x30...0x39: current.append(scalar)
                case 0x41...0x5A: current.append(Unicode.Scalar(value + 32)!)
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
                hasNonASCII = true
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Dice coefficient over the two texts' word sets: 1 for the same words, 0 for none shared.
    static func dice(_ first: String, _ second: String) -> Double {
        dice(words(first), words(second))
    }

    static func dice(_ first: [String], _ second: [String]) -> Double {
        let a = Set(first)
        let b = Set(second)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
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
