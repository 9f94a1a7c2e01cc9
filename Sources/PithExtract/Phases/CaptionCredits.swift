import PithHTML

/// Picture credits in captions: "… im Winter. Foto: Jane Doe", "… (REUTERS/Jane Doe)",
/// "… | © Agency/Jane Doe", or an agency's name in an element of its own after the caption.
///
/// A credit says who took a picture, not what it shows or what the article says; readers skip
/// it and an extract is better without it. It usually shares a text node with the caption, so
/// removing elements cannot reach it: the caption's text is cut where the credit starts. The
/// vocabulary is the rule tables' (the `copyright` prefixes such as "Foto:" and the agency
/// labels such as "Getty Images"), so disabling those rules disables this too.
///
/// Only captions are trimmed: a `<figcaption>`, an element named for a caption, or a short
/// block right after a picture. In running text "(Quelle: Destatis)" cites a source and stays.
extension ExtractionAttempt {
    /// Trims the credit off every caption in the selection.
    mutating func removeCaptionCredits() {
        let captionKeys = CaptionCredits.captionKeys
        for root in selection {
            var node = root
            let end = document.subtreeEnd(root)
            // The last picture with no text of its own (an <img>, or a link or wrapper around
            // one): the element right after it, under the same parent, may be its caption.
            var picture = (end: -1, parent: nil as Int?)
            // A sibling that joined the article can be the caption of the picture before it.
            if let parent = document.parent(root), isBarePicture(previousElement(of: root, in: parent)) {
                picture = (root, parent)
            }
            while node < end {
                let tag = document.tag(node)
                if tag == .text || removed[node] >= 0 {
                    let next = tag == .text ? node + 1 : document.subtreeEnd(node)
                    // Whitespace and removed nodes between a picture and its caption do not part them.
                    if node == picture.end && (tag != .text || facts.textChars[node] == 0) { picture.end = next }
                    node = next
                    continue
                }
                let followsPicture = node == picture.end && document.parent(node) == picture.parent
                if node != root, isBarePicture(node) {
                    picture = (document.subtreeEnd(node), document.parent(node))
                    node = document.subtreeEnd(node)
                    continue
                }
                if tag == .figcaption || hasClassToken(node, in: captionKeys) || (followsPicture && isShortBlock(node)) {
                    trimCredit(inCaption: node)
                    node = document.subtreeEnd(node)
                    continue
                }
                node += 1
            }
        }
    }

    /// An `<img>`, or a link or wrapper holding pictures and no text.
    private func isBarePicture(_ node: Int?) -> Bool {
        guard let node else { return false }
        return aggregates.chars[node] == 0 && (document.tag(node) == .img || aggregates.images[node] > 0)
    }

    /// The kept element before `node` under `parent`, with only whitespace between them.
    private func previousElement(of node: Int, in parent: Int) -> Int? {
        var previous: Int?
        for child in document.children(parent) {
            if child == node { return previous }
            if document.tag(child) == .text {
                if facts.textChars[child] > 0 { previous = nil }
            } else if removed[child] < 0 {
                previous = child
            }
        }
        return nil
    }

    /// A block (or a `<small>` line) short enough to be a caption by place, after a picture,
    /// whatever its name.
    private func isShortBlock(_ node: Int) -> Bool {
        (TagClasses.block.contains(document.tag(node)) || document.tag(node) == .small) && aggregates.chars[node] <= 300
    }

    private func hasClassToken(_ node: Int, in keys: Set<UInt64>) -> Bool {
        guard let range = document.attributeRange(.class, of: node), !range.isEmpty else { return false }
        var found = false
        ClassTokens.forEachKey(in: document.bytes[range]) { key, _ in
            found = keys.contains(key)
            return !found
        }
        return found
    }

    /// Cuts the caption's kept text where a credit starts: the text nodes after that point go,
    /// the one it falls in keeps only its beginning.
    private mutating func trimCredit(inCaption caption: Int) {
        var pieces: [CaptionCredits.Piece] = []
        var text: [UInt8] = []
        var node = caption + 1
        let end = document.subtreeEnd(caption)
        while node < end {
            if removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) == .text {
                let range = keptTextRange(node)
                if !range.isEmpty {
                    // Element boundaries separate like a space: "Caption</span><span>Credit".
                    if !text.isEmpty { text.append(0x20) }
                    pieces.append(CaptionCredits.Piece(node: node, start: text.count, range: range))
                    text.append(contentsOf: document.bytes[range])
                }
            }
            node += 1
        }
        guard text.count <= 1500,
              let start = CaptionCredits(rules: rules).creditStart(in: text, pieceStarts: pieces.map(\.start)) else { return }
        for piece in pieces where piece.start + piece.range.count > start {
            let kept = start - piece.start
            if kept <= 0 {
                remove(piece.node, reason: .captionCredit)
            } else {
                textEnds[piece.node] = piece.range.lowerBound + kept
            }
        }
    }

    /// The part of a text node's bytes that is kept: all of it, unless a credit was cut off.
    func keptTextRange(_ node: Int) -> Range<Int> {
        let range = document.textRange(node)
        guard !textEnds.isEmpty, let end = textEnds[node] else { return range }
        return range.lowerBound..<min(end, range.upperBound)
    }
}

/// Finds where a credit starts at the end of a caption's text.
struct CaptionCredits {
    let rules: BoilerplateRules

    /// A stretch of caption text from one text node.
    struct Piece {
        let node: Int
        /// Where it starts in the caption's joined text.
        let start: Int
        /// Its bytes in the document.
        let range: Range<Int>
    }

    /// Class tokens that name a caption.
    static let captionKeys: Set<UInt64> = Set(
        ["caption", "captions", "figcaption", "subcaption", "bildunterschrift", "bildtext", "legend", "legende", "leyenda",
         "didascalia"].compactMap(ClassTokens.key(for:)))

    /// A credit is a few words at the end.
    private static let maximumWords = 12

    /// The byte offset where the trailing credit of `text` starts, or nil when it ends in none.
    /// A credit starts at a text node's start, after a sentence's end or a separator (" | ",
    /// " / ", " - "), or at the opening parenthesis of a closing remark; the earliest such
    /// place whose rest of the text is a credit wins.
    func creditStart(in text: [UInt8], pieceStarts: [Int]) -> Int? {
        var end = text.count
        while end > 0 && text[end - 1] <= 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        for start in Self.candidates(in: text[..<end], pieceStarts: pieceStarts) where isCredit(text[start..<end]) {
            return keptEnd(of: text, before: start)
        }
        return nil
    }

    /// Where the caption's own text ends before a credit at `start`: a label such as "Foto" or
    /// "fot." before "© …" or "shutterstock" belongs to the credit, and so does the separator
    /// (" | ", " – ") between caption and credit. A sentence's closing period stays.
    private func keptEnd(of text: [UInt8], before start: Int) -> Int {
        var end = Self.trimmedEnd(of: text, before: start)
        var wordStart = end
        while wordStart > 0 && text[wordStart - 1] > 0x20 { wordStart -= 1 }
        if wordStart < end {
            var label = Array(text[wordStart..<end])
            if label.last == 0x3A { label.removeLast() }
            // An abbreviation ("fot.") keeps its period; a word ending a sentence ("… ein Bild.")
            // is the caption's.
            if label.last == 0x2E && label.count <= 4 { label.removeLast() }
            let words = Words(String(decoding: label + [0x3A, 0x20, 0x78], as: UTF8.self))  // "<label>: x"
            if words.count == 2, let rule = rules.prefixRule(for: words), rules.rules[Int(rule)].category == .copyright {
                end = Self.trimmedEnd(of: text, before: wordStart)
            }
        }
        return end
    }

    /// `before`, moved back over spaces and the separators that stand between caption and credit.
    private static func trimmedEnd(of text: [UInt8], before: Int) -> Int {
        var end = before
        while end > 0 {
            let byte = text[end - 1]
            if byte <= 0x20 || byte == 0x7C || byte == 0x2F || byte == 0x2D {  // space | / -
                end -= 1
            } else if end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && (byte == 0x93 || byte == 0x94) {  // – —
                end -= 3
            } else if end >= 2 && text[end - 2] == 0xC2 && byte == 0xA0 {  // no-break space
                end -= 2
            } else {
                break
            }
        }
        return end
    }

    /// Places a credit can start, in order.
    private static func candidates(in text: ArraySlice<UInt8>, pieceStarts: [Int]) -> [Int] {
        var places = Set(pieceStarts)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            let spaceBefore = index > text.startIndex && text[index - 1] <= 0x20
            let spaceAfter = index + 1 < text.endIndex && text[index + 1] <= 0x20
            if (byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B) && spaceAfter {  // . ! ? ;
                places.insert(index + 1)
            } else if byte == 0x2E, index > text.startIndex, index + 1 < text.endIndex,
                      isLowercase(text[index - 1]), isUppercase(text[index + 1]) {
                // "… am Donnerstag.Jane Doe / AFP": a credit glued to the caption by the layout.
                places.insert(index + 1)
            } else if (byte == 0x7C || byte == 0x2F || byte == 0x2D) && spaceBefore && spaceAfter {  // | / -
                places.insert(index + 1)
            } else if byte == 0xE2, index + 2 < text.endIndex, text[index + 1] == 0x80,
                      text[index + 2] == 0x93 || text[index + 2] == 0x94, spaceBefore {  // – —
                places.insert(index + 3)
            } else if byte == 0x28 || byte == 0xC2 && index + 1 < text.endIndex && text[index + 1] == 0xA9 {  // ( ©
                places.insert(index)
            }
            index += 1
        }
        return places.filter { $0 < text.endIndex }.sorted()
    }

    private static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether `tail` (the rest of a caption) is a credit: "Foto: …", "© …", an agency's name,
    /// or one of these in parentheses.
    private func isCredit(_ tail: ArraySlice<UInt8>) -> Bool {
        var tail = tail
        while let first = tail.first, first <= 0x20 { tail = tail.dropFirst() }
        var parenthesized = false
        if tail.first == 0x28 {
            guard tail.last == 0x29 else { return false }
            tail = tail.dropFirst().dropLast()
            parenthesized = true
        }
        // Most candidates start early in a long caption: rule those out before making any text.
        guard !tail.isEmpty, !Self.hasMoreWords(than: Self.maximumWords, in: tail) else { return false }
        let text = String(decoding: tail, as: UTF8.self)
        let words = Words(text)
        guard words.count > 0, words.count <= Self.maximumWords else { return false }
        // A closing remark that opens a parenthesis inside it is no credit: "(see (a))".
        if parenthesized && tail.contains(0x28) { return false }
        if tail.starts(with: [0xC2, 0xA9]) { return true }
        if let rule = rules.prefixRule(for: words), rules.rules[Int(rule)].category == .copyright { return true }
        // "REUTERS/Jane Doe", "Jane Doe / iStock.com", "Getty Images": short parts, one of
        // which names a picture agency.
        let parts = Self.separatedParts(of: text)
        guard parts.allSatisfy({ $0.count <= 5 }), !(!parenthesized && tail.contains(0x28)) else { return false }
        return parts.contains { part in
            guard let rule = rules.labelRule(for: part) else { return false }
            return rules.rules[Int(rule)].category == .copyright
        }
    }

    /// Whether `bytes` certainly hold more than `limit` words (as `Words` counts them), found
    /// without decoding: every ASCII byte that is no letter or digit separates words, so each
    /// run between such bytes that holds an ASCII letter or digit is at least one word.
    static func hasMoreWords(than limit: Int, in bytes: ArraySlice<UInt8>) -> Bool {
        var runs = 0
        var runHasAlphanumeric = false
        for byte in bytes {
            if byte >= 0x80 { continue }
            if isASCIIAlphanumeric(byte) {
                runHasAlphanumeric = true
            } else if runHasAlphanumeric {
                runs += 1
                runHasAlphanumeric = false
                if runs > limit { return true }
            }
        }
        return runs + (runHasAlphanumeric ? 1 : 0) > limit
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isLowercase(byte) || isUppercase(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The words of the parts of `text` between the separators "/", "|", ",", "-", "–" and "—",
    /// empty parts left out: what splitting its Characters at those gives, found on bytes.
    static func separatedParts(of text: String) -> [Words] {
        let bytes = Array(text.utf8)
        var parts: [Words] = []
        var partStart = 0
        var index = 0
        while index < bytes.count {
            let length = separatorLength(in: bytes, at: index)
            guard length > 0, isOwnCharacter(index..<index + length, in: bytes, of: text) else {
                index += 1
                continue
            }
            if partStart < index { parts.append(Words(String(decoding: bytes[partStart..<index], as: UTF8.self))) }
            index += length
            partStart = index
        }
        if partStart < bytes.count { parts.append(Words(String(decoding: bytes[partStart...], as: UTF8.self))) }
        return parts
    }

    /// The length in bytes of the separator at `index`, or 0 when none starts there.
    private static func separatorLength(in bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0x2F, 0x7C, 0x2C, 0x2D: return 1  // / | , -
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):
            return 3  // – —
        default: return 0
        }
    }

    /// Whether the separator at `range` is a Character of its own, as splitting Characters sees
    /// it: a combining mark after it (or a prepended mark before it) makes it part of a larger
    /// one. Only non-ASCII neighbours can do that, so only those need the grapheme check.
    private static func isOwnCharacter(_ range: Range<Int>, in bytes: [UInt8], of text: String) -> Bool {
        let asciiBefore = range.lowerBound == 0 || bytes[range.lowerBound - 1] < 0x80
        let asciiAfter = range.upperBound == bytes.count || bytes[range.upperBound] < 0x80
        if asciiBefore && asciiAfter { return true }
        let utf8 = text.utf8
        return [range.lowerBound, range.upperBound].allSatisfy { offset in
            String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: text) != nil
        }
    }
}
