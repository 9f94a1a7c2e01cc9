/// The extraction metric of the shared benchmark (and of Scrapinghub's article-extraction
/// benchmark): texts are multisets of overlapping 4-word shingles, words being runs of letters
/// and digits; precision and recall count shingles in common.
public enum ShingleScore {
    public struct Result: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public static func score(extracted: String, expected: String) -> Result {
        let got = shingles(extracted)
        let want = shingles(expected)
        if got.isEmpty && want.isEmpty { return Result(precision: 1, recall: 1) }
        var common = 0
        var remaining = want
        for (shingle, count) in got {
            let match = min(count, remaining[shingle] ?? 0)
            common += match
            remaining[shingle] = (remaining[shingle] ?? 0) - match
        }
        let gotTotal = got.values.reduce(0, +)
        let wantTotal = want.values.reduce(0, +)
        return Result(precision: gotTotal == 0 ? 0 : Double(common) / Double(gotTotal),
                      recall: wantTotal == 0 ? 0 : Double(common) / Double(wantTotal))
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func shingles(_ text: String) -> [String: Int] {
        let words = words(text)
        var result: [String: Int] = [:]
        if words.count < 4 {
            if !words.isEmpty { result[words.joined(separator: " "), default: 0] += 1 }
            return result
        }
        for start in 0...(words.count - 4) {
            result[words[start..<(start + 4)].joined(separator: " "), default: 0] += 1
        }
        return result
    }
}

/// Whitespace-insensitive substring test, as the shared scorer checks snippets.
public func containsSnippet(_ text: String, _ snippet: String) -> Bool {
    func normalize(_ string: String) -> String {
        string.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    return normalize(text).contains(normalize(snippet))
}
