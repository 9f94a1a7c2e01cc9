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
        let prefix = prefixMatch(words, colonOptional: !requirePrefix)
        if requirePrefix, prefix == nil { return [] }
        let end = dateStart(in: text, words: words)
        let start = min(prefix?.length ?? 0, end)
        let body = pieces(words[start..<end])
        var names = body.compactMap { cleanedName($0, strict: true) }
        // Text alone is weaker evidence than markup: "Von Berlin aus" is not a byline, so a
        // prefix-only byline keeps only full names ("NDR" after the names is an affiliation).
        if requirePrefix { names = names.filter { $0.utf8.contains(0x20) } }
        // "Posted by rasos": forum and blog software puts user names there, one word, any case.
        if names.isEmpty, prefix?.allowsUserName == true || !requirePrefix, body.count == 1, body[0].count == 1,
           let name = userName(body[0][body[0].startIndex]) {
            return [name]
        }
        return names
    }

    /// A user name ("rasos", "HansEhrlich", "c1ph4"), or nil when the word is not one.
    static func userName(_ word: BylineWord) -> String? {
        let name = String(word.text).trimmingCharacters(in: nameTrim)
        guard (3...30).contains(name.count), name.unicodeScalars.first?.properties.isAlphabetic == true,
              name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0) }),
              !word.isRole, !word.isWeekday, !BylineVocabulary.nonNames.contains(word.core),
              !BylineVocabulary.stopWords.contains(word.core), !BylineVocabulary.conjunctions.contains(word.core),
              DateVocabulary.months[word.core] == nil, !looksLikeDomain(name)
        else { return nil }
        return name
    }

    /// The full names (two words or more) written before a date that follows them through
    /// a separator: "Gunter Frank / 22.04.2020 / 06:15".
    static func nameBeforeDate(_ line: String) -> [String] {
        let text = MetadataText.normalized(line)
        let words = BylineWord.words(text)
        let end = dateStart(in: text, words: words)
        guard end > 0, end < words.count, words[end - 1].isDash || words[end - 1].endsPiece else { return [] }
        return pieces(words[..<end]).compactMap { cleanedName($0, strict: true) }.filter { $0.utf8.contains(0x20) }
    }

    /// Whether `text` is a byline prefix and nothing else ("Autor:", "By").
    static func isBarePrefix(_ text: String) -> Bool {
        let words = BylineWord.words(text)
        return !words.isEmpty && prefixLength(words, colonOptional: true) == words.count
    }

    /// How many words of `words` form a byline prefix, or nil when they do not start with one.
    static func prefixLength(_ words: [BylineWord], colonOptional: Bool) -> Int? {
        prefixMatch(words, colonOptional: colonOptional)?.length
    }

    /// The byline prefix `words` start with: its length in words, and whether a user name may
    /// follow it.
    static func prefixMatch(_ words: [BylineWord], colonOptional: Bool) -> (length: Int, allowsUserName: Bool)? {
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
            return (length, prefix.allowsUserName)
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
        guard !words.isEmpty, words.count <= (strict ? 5 : 8), !words.contains(where: \.isWeekday) else { return nil }
        var name = words.map(\.text).joined(separator: " ").trimmingCharacters(in: nameTrim)
        // "Perry Bacon Jr.", "Juan Carlos Muñoz C.": a short last word keeps its dot.
        if let last = words.last, last.text.hasSuffix("."), last.core.count <= 3, last.core.count >= 1, words.count > 1 {
            name += "."
        }
        return isPlausibleName(name, words: words, strict: strict) ? name : nil
    }

    /// Whether a declared value's first piece is the site's name or host ("hessenschau.de, ...").
    static func namesSite(_ value: String, _ cleanup: TitleCleanup) -> Bool {
        let first = value.split(separator: ",").first.map(String.init) ?? value
        return cleanup.isSiteName(TextSimilarity.words(first))
    }

    /// "example.com", "auto-motor.at": a host name, not a person.
    static func looksLikeDomain(_ text: String) -> Bool {
        guard let dot = text.lastIndex(of: "."), !text.contains(" ") else { return false }
        let tld = text[text.index(after: dot)...]
        return (2...6).contains(tld.count) && tld.allSatisfy { $0.isLetter }
    }

    static let nameTrim: Set<Character> = [" ", ".", ",", ":", ";", "-", "–", "—", "\"", "'", "“", "”", "«", "»", "@", "|", "/", "(", ")"]

    private static func isPlausibleName(_ name: String, words: ArraySlice<BylineWord>, strict: Bool) -> Bool {
        let length = name.utf8.count
        guard length >= 2, length <= (strict ? 80 : 120) else { return false }
        guard !BylineVocabulary.nonNames.contains(words.map(\.core).joined(separator: " ")) else { return false }
        guard !name.hasASCIIDigit, !name.utf8.contains(UInt8(ascii: "@")), !name.containsBytes("©") else { return false }
        guard !MetadataText.looksLikeURL(name), name.unicodeScalars.first?.properties.isAlphabetic == true else { return false }
        // "hessenschau.de" is a site, "christian.stadtfeld" a user name: neither names a person.
        if words.count == 1, name.utf8.contains(UInt8(ascii: ".")) || name.utf8.contains(UInt8(ascii: "_")), !name.utf8.contains(0x20),
           name.unicodeScalars.allSatisfy({ !$0.properties.isUppercase }) || looksLikeDomain(name) {
            return false
        }
        // Declared names may be user names ("gnaddrig"); several words all in lowercase are prose.
        guard strict else { return words.count == 1 || words.contains { !$0.isLowercase } }
        // Visible text: every word capitalized, or a particle, or in a script without case.
        return words.allSatisfy { !$0.isLowercase || $0.isParticle }
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
