import PithHTML

/// Part of the clean phase: the top edge of the article. Many pages put the headline, a
/// kicker or section label, and a byline or dateline inside the container that wins; the
/// title is metadata and the rest is not body text.
///
/// Contract: find the block that repeats the title among the first blocks of the selection;
/// drop it, drop the short labels before it (kickers, breadcrumbs, section names), and drop
/// short byline, dateline or reading-time blocks right after it (or at the very top when no
/// title block is there). At the bottom edge, short "last updated" and date lines go too.
extension ExtractionAttempt {
    mutating func trimTopEdge(title: String?) {
        let blocks = leadingTextBlocks(limit: 16)
        guard !blocks.isEmpty else { return }
        var titleIndex: Int?
        if let title = title.map(Self.comparable), title.count >= 8 {
            titleIndex = blocks.firstIndex { Self.matchesTitle(Self.comparable(keptText(of: $0.node, limit: 600)), title) }
        }
        // The headline comes before the prose: a block echoing the title after sentences of
        // the body beside it ("Here are 7 simple ways to ...") is itself a sentence of the
        // body, and the sentences before it are no kickers. (A sentence in another box, such
        // as a sign-up widget above the post, says nothing about the echo.)
        if let index = titleIndex {
            let parent = document.parent(blocks[index].node)
            if blocks[..<index].contains(where: { document.parent($0.node) == parent && Self.isSentence(keptText(of: $0.node, limit: 300)) }) {
                titleIndex = nil
            }
        }
        var afterTitle = 0
        if let titleIndex {
            remove(blocks[titleIndex].node, reason: .titleRepeat)
            for block in blocks[..<titleIndex] where block.chars < 100 {
                remove(block.node, reason: .preamble)
            }
            afterTitle = titleIndex + 1
        }
        let following = Array(blocks[afterTitle...].prefix(3))
        for (index, block) in following.enumerated() {
            let text = keptText(of: block.node, limit: 300)
            guard block.chars <= 120 else { break }
            if Self.isBylineOrDateline(text) {
                remove(block.node, reason: .metadataLine)
                continue
            }
            // With no block repeating the title, a heading first is the headline itself; its
            // dateline may follow.
            if titleIndex == nil && index == 0 && TagClasses.headings.contains(document.tag(block.node)) { continue }
            // A bare name ("Markus Oberländer") is a byline when a dateline follows it.
            let next = index + 1 < following.count ? keptText(of: following[index + 1].node, limit: 300) : ""
            guard Self.looksLikeName(text), Self.isBylineOrDateline(next) else { break }
            remove(block.node, reason: .metadataLine)
        }
    }

    /// Five words or more ending in a full stop, question or exclamation mark: prose, which
    /// labels, kickers and bylines never are.
    static func isSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last, ".!?…".contains(last) else { return false }
        return trimmed.split(whereSeparator: { $0.isWhitespace }).count >= 5
    }

    /// Two to five words, each starting with a capital letter, no digits or sentence punctuation.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard words.count >= 2, words.count <= 5, !text.contains(where: { $0.isNumber || ".!?:;".contains($0) }) else {
            return false
        }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The bottom edge: the last blocks of the selection that only say when the page was
    /// updated or published, or are only a navigation or tool label ("zurück zur Übersicht",
    /// "Drucken"), also when it is a link loose after the last paragraph.
    mutating func trimBottomEdge() {
        for block in trailingTextBlocks(limit: 2, looseInline: true) {
            let text = keptText(of: block.node, limit: 300)
            guard block.chars <= 120 else { break }
            if Self.isUpdateLine(text) || isAgencySignOff(text) {
                remove(block.node, reason: .metadataLine)
            } else if let label = rules.labelRule(for: Words(text)), Self.edgeLabelCategories.contains(rules.rules[Int(label)].category) {
                // Only page tools and navigation: a "Donate now" button is evidence the clean
                // walk weighs with the appeal above it.
                remove(block.node, rule: label, phase: .clean)
            } else {
                break
            }
        }
    }

    /// "aja/PAP", "(dpa/lnw)", "EFE": an editor's initials and a news agency closing a report.
    private func isAgencySignOff(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "/(),;".contains($0) || $0.isWhitespace })
        guard !parts.isEmpty, parts.count <= 4, parts.allSatisfy({ $0.count <= 12 }) else { return false }
        return parts.contains { part in
            guard let rule = rules.labelRule(for: Words(String(part))) else { return false }
            return rules.rules[Int(rule)].category == .copyright
        }
    }

    private static let edgeLabelCategories: Set<BoilerplateCategory> = [.navigation, .toolbar]

    /// The last block of the selection still holding text of its own and nothing else.
    func lastTextBlock() -> Int? {
        trailingTextBlocks(limit: 1).first?.node
    }

    /// The last blocks of the selection holding text of their own and nothing else, last first;
    /// with `looseInline`, an inline element loose in a container of blocks counts as one.
    private func trailingTextBlocks(limit: Int, looseInline: Bool = false) -> [(node: Int, chars: Int32)] {
        var blocks: [(node: Int, chars: Int32)] = []
        var seen = Set<Int>()
        for root in selection.reversed() {
            var node = document.subtreeEnd(root) - 1
            while node >= root && blocks.count < limit {
                if document.tag(node) == .text && facts.textChars[node] > 0 && !isRemoved(node) {
                    var owner = textOwner(node, root: root)
                    // A link or label loose after the last paragraph (`<p>…</p><a>zurück</a>`):
                    // its inline wrapper stands for it, as at the top edge.
                    if looseInline, !holdsOnlyInlineText(owner), let wrapper = inlineWrapper(of: node, under: owner) {
                        owner = wrapper
                    }
                    guard owner != root || root != topCandidate else { return blocks }
                    if !seen.contains(owner) {
                        seen.insert(owner)
                        guard holdsOnlyInlineText(owner) else { return blocks }
                        blocks.append((owner, aggregates.chars[owner]))
                    }
                }
                node -= 1
            }
        }
        return blocks
    }

    /// The child of `container` that holds `text`, when it is an inline element.
    private func inlineWrapper(of text: Int, under container: Int) -> Int? {
        var node = text
        while let parent = document.parent(node), parent != container { node = parent }
        guard node != text, TagClasses.inline.contains(document.tag(node)) else { return nil }
        return node
    }

    private func textOwner(_ text: Int, root: Int) -> Int {
        var owner = document.parent(text) ?? root
        while !TagClasses.block.contains(document.tag(owner)) && owner != root, let parent = document.parent(owner) {
            owner = parent
        }
        return owner
    }

    /// The first blocks of the selection that hold text of their own and nothing else.
    private func leadingTextBlocks(limit: Int) -> [(node: Int, chars: Int32)] {
        var blocks: [(node: Int, chars: Int32)] = []
        var seen = Set<Int>()
        for root in selection {
            var node = root
            let end = document.subtreeEnd(root)
            while node < end && blocks.count < limit {
                if removed[node] >= 0 {
                    node = document.subtreeEnd(node)
                    continue
                }
                if document.tag(node) == .text && facts.textChars[node] > 0 {
                    var owner = textOwner(node, root: root)
                    // Text loose in a container that also holds blocks (a kicker <span> beside the
                    // <h1>): its inline wrapper directly under the container stands for it.
                    if !holdsOnlyInlineText(owner), let wrapper = inlineWrapper(of: node, under: owner) { owner = wrapper }
                    if !seen.contains(owner) {
                        seen.insert(owner)
                        // Only a block whose whole text is its own can go without taking other text,
                        // and never the top candidate itself.
                        if owner != topCandidate && holdsOnlyInlineText(owner) {
                            blocks.append((owner, aggregates.chars[owner]))
                        } else {
                            return blocks
                        }
                    }
                }
                node += 1
            }
        }
        return blocks
    }

    private func holdsOnlyInlineText(_ block: Int) -> Bool {
        var node = block + 1
        let end = document.subtreeEnd(block)
        while node < end {
            let tag = document.tag(node)
            if tag != .text && tag != .br && TagClasses.block.contains(tag) && removed[node] < 0 && aggregates.chars[node] > 0 {
                return false
            }
            node += 1
        }
        return true
    }

    /// The block repeats the title: equal, or one contains the other and covers most of it
    /// (page titles often carry the site name, headlines sometimes a kicker).
    static func matchesTitle(_ block: ComparableText, _ title: ComparableText) -> Bool {
        guard !block.isEmpty else { return false }
        if block == title { return true }
        if title.contains(block) { return block.count * 10 >= title.count * 6 }
        if block.contains(title) { return title.count * 10 >= block.count * 8 }
        return false
    }

    /// "By Jane Doe", "Von Max Muster", "Saturday, 23 November 2019 5:20 PM", "23.11.2019 | 17:20",
    /// "7 min read".
    static func isBylineOrDateline(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 15 else { return false }
        let firstWord = words[0].lowercased()
        if Self.bylineWords.contains(firstWord.trimmingCharacters(in: ":")) { return true }
        if firstWord.hasSuffix(":"), Self.sourceWords.contains(String(firstWord.dropLast())) { return true }
        if isReadingTime(text) || isLabelledDate(words) { return true }
        // A year alone does not make a dateline: a subtitle naming an event year, a link to a
        // 2013 petition or a phone number ending in -2012 are text. The line must be mostly
        // the date (with a place or a name beside it).
        return containsYear(text) && !isPhoneNumber(text) && isMostlyDate(text)
    }

    /// "Release date: March 14, 2024 ...", "Datum: 3. Mai 2024": a line labelled as a date.
    private static func isLabelledDate(_ words: [Substring]) -> Bool {
        guard let labelEnd = words.prefix(3).firstIndex(where: { $0.hasSuffix(":") }) else { return false }
        return Self.dateLabelWords.contains(words[labelEnd].dropLast().lowercased())
    }

    private static let dateLabelWords: Set<String> = [
        "date", "datum", "fecha", "data", "дата", "erscheinungsdatum", "veröffentlichungsdatum",
    ]

    /// "+49 30 1234-2012": an international prefix opens a phone number, not a date.
    static func isPhoneNumber(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "+", let second = trimmed.dropFirst().first else { return false }
        return second.isNumber
    }

    /// "Page last updated: 03/14/2024", "Updated March 3, 2024", "Stand: 12.01.2024".
    static func isUpdateLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 15, containsYear(text), !isPhoneNumber(text) else { return false }
        // A bare short line must be the date itself: a closing link to a 2013 petition is not.
        return Self.updateWords.contains { lower.contains($0) } || (words.count <= 5 && isMostlyDate(text))
    }

    private static let updateWords = [
        "updated", "last modified", "published", "posted", "aktualisiert", "stand:", "veröffentlicht", "publiziert",
        "erschienen", "erstellt am", "mis à jour",
        "publié", "actualizado", "publicado", "aggiornato", "pubblicato", "atualizado", "bijgewerkt",
        "zaktualizowano", "обновлено", "опубликовано", "оновлено", "опубліковано",
    ]

    /// "7 min read", "5 minutes", "Lesezeit: 4 Minuten", "Temps de lecture : 3 min".
    static func isReadingTime(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.count <= 40, lower.contains(where: { $0.isNumber }) else { return false }
        return Self.readingTimeWords.contains { lower.contains($0) }
    }

    private static let readingTimeWords = [
        "min read", "minute read", "minutes read", "reading time", "lesezeit", "min. lesezeit", "temps de lecture",
        "min de lecture", "min de lectura", "tiempo de lectura", "min di lettura", "tempo di lettura", "min de leitura",
        "leestijd", "min czytania", "мин чтения", "хв читання", "хвилин читання",
    ]

    /// Words that open a source line only with a colon ("From: Herald Sun", "Quelle: dpa").
    private static let sourceWords: Set<String> = [
        "from", "source", "sources", "quelle", "quellen", "fuente", "fonte", "bron", "źródło", "источник", "джерело",
        "photo", "foto", "fotos", "bild", "image", "credit", "text", "redaktion",
    ]

    private static let bylineWords: Set<String> = [
        "by", "von", "par", "por", "di", "door", "przez", "autor", "author", "auteur", "autore", "автор",
        "posted", "published", "updated", "veröffentlicht", "aktualisiert", "publié", "publicado", "pubblicato",
        "gepubliceerd", "opublikowano", "опубликовано", "опубліковано", "stand:",
    ]

    /// A four-digit year between 1995 and 2039 standing alone.
    static func containsYear(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        var index = 0
        while index + 4 <= digits.count {
            let window = digits[index..<(index + 4)]
            let isYear = window.allSatisfy { $0 >= 48 && $0 <= 57 }
                && ((window.first == 49 && digits[index + 1] == 57 && digits[index + 2] >= 57)
                    || (window.first == 50 && digits[index + 1] == 48 && digits[index + 2] <= 51))
            let before = index == 0 ? 32 : digits[index - 1]
            let after = index + 4 < digits.count ? digits[index + 4] : 32
            if isYear && !(before >= 48 && before <= 57) && !(after >= 48 && after <= 57) { return true }
            index += 1
        }
        return false
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) { result.removeFirst() }
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return String(result)
    }
}
