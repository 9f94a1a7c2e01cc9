/// Turns byline text into clean author names: no "By", no dates or job titles glued on,
/// several authors split apart.
///
/// Works on the text's words (split once, lowercased once) rather than re-scanning strings:
/// it runs on every candidate line near the title.
enum AuthorNames {
    /// Names from a value a page declares as the author (meta tag, JSON-LD). Lenient about
    /// case, strict about URLs and non-names.
    static func fromDeclared(_ value: String) -> [String] {
        let text = MetadataText.normalized(value)
        guard !text.isEmpty, text.utf8.count <= 300, !MetadataText.looksLikeURL(text) else { return [] }
        let words = BylineWord.words(text)
        let start = prefixLength(words, colonOptional: false) ?? 0
        return pieces(words[start...]).compactMap { cleanedName($0, strict: false) }
    }

    /// Names from a line of visible text, or an empty list when it is not a byline. With
    /// `requirePrefix`, the line must start like a byline ("By", "Von", "Автор:"...); without,
    /// it is known to be one from its markup.
    static func fromByline(_ line: String, requirePrefix: Bool) -> [String] {
        let text = MetadataText.normalized(line)
        guard !text.isEmpty, text.utf8.count <= 300 else { return [] }
        // Most lines are not bylines: look at the first word before splitting the rest.
        if requirePrefix, !BylineVocabulary.prefixFirstWords.contains(BylineWord.firstCore(text)) { return [] }
        let words = BylineWord.words(text)
        let prefix = prefixLength(words, colonOptional: !requirePrefix)
        if requirePrefix, prefix == nil { return [] }
        let end = dateStart(in: text, words: words)
        let start = min(prefix ?? 0, end)
        var names = pieces(words[start..<end]).compactMap { cleanedName($0, strict: true) }
        // Text alone is weaker evidence than markup: "Von Berlin aus" is not a byline, so a
        // prefix-only byline keeps only full names ("NDR" after the names is an affiliation).
        if requirePrefix { names = names.filter { $0.utf8.contains(0x20) } }
        return names
    }

    /// `text` after a byline prefix ("By", "Autor:"...), or nil when it has none.
    static func strippingPrefix(_ text: String, colonOptional: Bool = false) -> String? {
        let words = BylineWord.words(text)
        guard let length = prefixLength(words, colonOptional: colonOptional) else { return nil }
        return words[length...].map { String($0.text) }.joined(separator: " ")
    }

    /// How many words of `words` form a byline prefix, or nil when they do not start with one.
    static func prefixLength(_ words: [BylineWord], colonOptional: Bool) -> Int? {
        guard let first = words.first, BylineVocabulary.prefixFirstWords.contains(first.core) else { return nil }
        for prefix in BylineVocabulary.prefixEntries where prefix.words.count <= words.count {
            guard zip(prefix.words, words).allSatisfy({ $0 == $1.core }) else { continue }
            let last = words[prefix.words.count - 1]
            var length = prefix.words.count
            var hasColon = last.endsWithColon
            if !hasColon, length < words.count, words[length].text == ":" {
                hasColon = true
                length += 1
            }
            if prefix.needsColon, !hasColon, !colonOptional { continue }
            return length
        }
        return nil
    }

    /// The index of the first word of a date in the line, or the word count.
    private static func dateStart(in text: String, words: [BylineWord]) -> Int {
        guard text.hasASCIIDigit, let match = TextDateParser.matches(in: text).first else { return words.count }
        let offset = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
        return words.firstIndex { $0.end > offset } ?? words.count
    }

    /// The pieces of a list of names, cut at separators and conjunctions, and ended at the
    /// first stop word (what follows a name: "for Reuters", "| Updated ...").
    static func pieces(_ words: ArraySlice<BylineWord>) -> [ArraySlice<BylineWord>] {
        var pieces: [ArraySlice<BylineWord>] = []
        var start = words.startIndex
        var index = words.startIndex
        func cut(at end: Int) {
            if end > start { pieces.append(words[start..<end]) }
        }
        while index < words.endIndex {
            let word = words[index]
            if BylineVocabulary.conjunctions.contains(word.core) {
                cut(at: index)
                start = index + 1
            } else if BylineVocabulary.stopWords.contains(word.core) || word.isDash || word.opensParenthesis {
                break
            } else if word.endsPiece {
                cut(at: index + 1)
                start = index + 1
            }
            index += 1
        }
        cut(at: index)
        return pieces
    }

    /// A piece as a name, or nil: roles and leading lowercase words removed, then checked.
    static func cleanedName(_ piece: ArraySlice<BylineWord>, strict: Bool) -> String? {
        var words = piece
        // "unserer Korrespondentin Anna Müller" → "Anna Müller".
        while let first = words.first,
              first.isRole || (strict && first.isLowercase && !first.isParticle) || first.core.isEmpty {
            words = words.dropFirst()
        }
        // "Anna Müller Redakteurin" → "Anna Müller".
        if let role = words.firstIndex(where: \.isRole) { words = words[..<role] }
        while let last = words.last, last.isParticle || last.core.isEmpty { words = words.dropLast() }
        guard !words.isEmpty, words.count <= (strict ? 5 : 8) else { return nil }
        let name = words.map(\.text).joined(separator: " ").trimmingCharacters(in: nameTrim)
        return isPlausibleName(name, words: words, strict: strict) ? name : nil
    }

    static let nameTrim: Set<Character> = [" ", ".", ",", ":", ";", "-", "–", "—", "\"", "'", "“", "”", "«", "»", "@", "|", "/", "(", ")"]

    /// `name` as a string, checked against what names look like.
    static func isPlausibleName(_ name: String, strict: Bool) -> Bool {
        isPlausibleName(name, words: BylineWord.words(name)[...], strict: strict)
    }

    private static func isPlausibleName(_ name: String, words: ArraySlice<BylineWord>, strict: Bool) -> Bool {
        let length = name.utf8.count
        guard length >= 2, length <= (strict ? 80 : 120) else { return false }
        guard !BylineVocabulary.nonNames.contains(words.map(\.core).joined(separator: " ")) else { return false }
        guard !name.hasASCIIDigit, !name.utf8.contains(UInt8(ascii: "@")), !name.containsBytes("©") else { return false }
        guard !MetadataText.looksLikeURL(name), name.unicodeScalars.first?.properties.isAlphabetic == true else { return false }
        guard strict else { return true }
        // Visible text: every word capitalized, or a particle, or in a script without case.
        return words.allSatisfy { !$0.isLowercase || $0.isParticle }
    }
}

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

    var isRole: Bool { BylineVocabulary.roles.contains(core) }

    var isParticle: Bool { BylineVocabulary.nameParticles.contains(core) }

    /// Whether the word starts with a lowercase letter (words in caseless scripts never do).
    var isLowercase: Bool {
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isLowercase
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// Whether the string has an ASCII digit, checked on its bytes.
    var hasASCIIDigit: Bool { utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
}
