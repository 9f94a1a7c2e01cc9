/// One space-separated word of a byline, with the lowercased form used for lookups.
struct BylineWord {
    /// The word as written, punctuation included.
    var text: Substring
    /// Lowercased, without surrounding punctuation: what the vocabularies are checked against.
    var core: String
    /// One past the word's last UTF-8 byte in the line.
    var end: Int

    static func words(_ text: String) -> [BylineWord] {
        var words: [BylineWord] = []
        var offset = 0
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let count = piece.utf8.count
            defer { offset += count + 1 }
            guard count > 0 else { continue }
            words.append(BylineWord(text: piece, core: BylineWord.core(piece), end: offset + count))
        }
        return words
    }

    /// The core of the line's first word.
    static func firstCore(_ text: String) -> String {
        core(text.prefix { $0 != " " })
    }

    private static func core(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        let trimmed = Substring(scalars[first...last])
        return trimmed.utf8.allSatisfy({ $0 < 0x80 }) ? String(trimmed).asciiLowercased : trimmed.lowercased()
    }

    /// Punctuation around a word that is not part of it.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ":", ";", "-", "–", "—", "\"", "'", "“", "”", "«", "»", "@", "|", "/", "(", ")", "!", "?": return true
        default: return false
        }
    }

    var endsWithColon: Bool { text.utf8.last == UInt8(ascii: ":") }

    /// "," or ";" (or "/") after the word: the next word starts another name.
    var endsPiece: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "," || last == ";" || last == "/" || last == "|" || last == "•" || last == "·"
    }

    var isDash: Bool { text == "-" || text == "–" || text == "—" || text == "|" || text == "•" || text == "·" || text == "/" }

    var opensParenthesis: Bool { text.utf8.first == UInt8(ascii: "(") }

    /// A job title, or a compound ending in one ("FOCUS-Online-Experte").
    var isRole: Bool {
        if BylineVocabulary.roles.contains(core) { return true }
        guard let hyphen = core.lastIndex(of: "-") else { return false }
        return BylineVocabulary.roles.contains(String(core[core.index(after: hyphen)...]))
    }

    var isWeekday: Bool { BylineVocabulary.weekdays.contains(core) }

    var isParticle: Bool { BylineVocabulary.nameParticles.contains(core) }

    /// Whether the word starts with a lowercase letter (words in caseless scripts never do).
    var isLowercase: Bool {
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isLowercase
    }
}
