import PithHTML

/// Finds the article's visible byline: elements marked as the author (`itemprop=author`,
/// `rel=author`), then lines near the title that are marked by class (`byline`, `author`)
/// or start like a byline ("By", "Von", "Par", "Автор:"...).
struct BylineSelection {
    let document: HTMLDocument
    let survey: PageSurvey
    let region: VisibleRegion
    let context: PageContext
    let articleRoot: HTMLDocument.Node?

    /// Lines further than this much prose after the title are not the article's byline.
    static let proseLimitForBylines = 1200

    func select() -> (names: [String], nodes: [HTMLDocument.Node]) {
        let marked = markedElements()
        if !marked.names.isEmpty { return marked }
        for line in orderedLines() {
            let names = names(in: line)
            if !names.isEmpty { return (names, line.ownElement.map { [$0] } ?? []) }
        }
        return ([], [])
    }

    /// The visible lines that show declared authors' names ("By Jane Doe" when JSON-LD already
    /// named her), so the content extractor can drop them too.
    func lines(naming names: [String]) -> [HTMLDocument.Node] {
        guard let first = names.first else { return [] }
        let limit = first.utf8.count * 3 + 40
        for line in orderedLines() where line.text.utf8.count <= limit && line.text.containsBytes(first) {
            return line.ownElement.map { [$0] } ?? []
        }
        return []
    }

    /// The names a line gives: all of a marked line, a marked part of it, a line starting like
    /// a byline, or the name before the date in a meta line ("Gunter Frank / 22.04.2020").
    private func names(in line: TextLine) -> [String] {
        if line.isMarkedByline { return AuthorNames.fromByline(line.text, requirePrefix: false) }
        if let marked = line.markedText {
            let names = AuthorNames.fromByline(marked, requirePrefix: false)
            if !names.isEmpty { return names }
            // The marked part was a button or label next to the name: a short line is the byline.
            if BylineWord.words(line.text).count <= 6 {
                let names = AuthorNames.fromByline(line.text, requirePrefix: false)
                if !names.isEmpty { return names }
            }
        }
        let names = AuthorNames.fromByline(line.text, requirePrefix: true)
        if !names.isEmpty { return names }
        // "yas! | By Cara Stiles | April 13, 2020": the byline is one part of the line.
        for part in BylineSelection.parts(of: line.text).dropFirst() {
            let names = AuthorNames.fromByline(part, requirePrefix: true)
            if !names.isEmpty { return names }
        }
        guard line.text.hasASCIIDigit else { return [] }
        // "Published 4 March 2024 by Alastair Greaves": the byline follows the date.
        for match in TextDateParser.matches(in: line.text) {
            let names = AuthorNames.fromByline(String(line.text[match.range.upperBound...]), requirePrefix: true)
            if !names.isEmpty { return names }
        }
        return isMetaLine(line) ? AuthorNames.nameBeforeDate(line.text) : []
    }

    /// A line cut at its strong separators (" | ", " • ", " · ").
    static func parts(of text: String) -> [String] {
        guard text.containsBytes(" | ") || text.containsBytes(" • ") || text.containsBytes(" · ") else { return [text] }
        return TitleSegments(text).parts
    }

    /// Whether the line's block is marked as article meta data (`entry-meta`, `post-info`).
    private func isMetaLine(_ line: TextLine) -> Bool {
        ClassWords.tokens(of: line.block, in: document).contains(where: BylineMarkup.metaClassWords.contains)
    }

    /// Names from microdata and `rel=author` elements, those near the article first.
    private func markedElements() -> (names: [String], nodes: [HTMLDocument.Node]) {
        let candidates = survey.authorElements.filter { !context.isOutsideArticle($0) }
        let near = candidates.filter(isNearArticle)
        var names: [String] = []
        var nodes: [HTMLDocument.Node] = []
        for node in near.isEmpty ? candidates : near {
            // Nested author markup (`itemprop=author` around `rel=author`) counts once.
            if nodes.contains(where: { document.isInside(node, $0) }) { continue }
            let found = AuthorNames.fromByline(authorText(node), requirePrefix: false)
            guard !found.isEmpty else { continue }
            names += found
            nodes.append(node)
        }
        return (names, nodes)
    }

    private func isNearArticle(_ node: HTMLDocument.Node) -> Bool {
        if let root = articleRoot, document.isInside(node, root) { return true }
        return region.scannedRanges.contains { $0.contains(node) }
    }

    /// The name an author element shows: its `itemprop=name` part when it has one.
    private func authorText(_ node: HTMLDocument.Node) -> String {
        for descendant in (node + 1)..<document.subtreeEnd(node) where document.isElement(descendant) {
            guard document.attribute(.itemprop, of: descendant) == "name" else { continue }
            return document.attribute(.content, of: descendant) ?? document.textContent(descendant)
        }
        if document.tag(node) == .meta || document.tag(node) == .link { return document.attribute(.content, of: node) ?? "" }
        return document.textContent(node)
    }

    /// The header right after the title first, then lines just before it, then later ones.
    private func orderedLines() -> [TextLine] {
        let lines = region.lines.filter { $0.proseBefore < BylineSelection.proseLimitForBylines }
        let header = lines.filter { $0.followsAnchor && $0.proseBefore == 0 }
        let before = lines.filter { !$0.followsAnchor }.reversed()
        let later = lines.filter { $0.followsAnchor && $0.proseBefore > 0 }
        return header + before + later
    }
}

/// Recognizes elements marked as bylines by their class or id (`byline`, `author-name`,
/// `articleAuthor`...).
enum BylineMarkup {
    /// Class and id words of the line holding an article's date and author.
    static let metaClassWords: Set<String> = [
        "meta", "metadata", "info", "details", "dateline", "postinfo", "posted", "submitted", "published",
    ]

    /// Class and id words of byline elements.
    static let classWords: Set<String> = [
        "byline", "bylines", "byl", "author", "authors", "autor", "autoren", "auteur", "auteurs", "writer",
        "writers", "contributor", "contributors", "reporter", "creator", "firma", "autore", "autori",
    ]

    static func isMarked(_ node: HTMLDocument.Node, _ document: HTMLDocument) -> Bool {
        // A byte search rules most elements out before any word is built.
        let hinted = [AttributeName.class, .id].contains { name in
            guard let range = document.attributeRange(name, of: node), range.count >= 3 else { return false }
            return document.bytes.withUnsafeBufferPointer { hasHint(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return hinted && ClassWords.tokens(of: node, in: document).contains(where: classWords.contains)
    }

    /// Whether the bytes hold the start of a byline word: "byl", "auth", "autor", "auteur",
    /// "writer", "contribut", "reporter", "creator", "firma", in any ASCII case.
    private static func hasHint(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 3 <= bytes.count {
            switch asciiLowercase(bytes[index]) {
            case UInt8(ascii: "b"), UInt8(ascii: "a"), UInt8(ascii: "w"), UInt8(ascii: "c"), UInt8(ascii: "r"), UInt8(ascii: "f"):
                for hint in hints where hint.first == asciiLowercase(bytes[index]) && index + hint.count <= bytes.count {
                    var offset = 1
                    while offset < hint.count, asciiLowercase(bytes[index + offset]) == hint[offset] { offset += 1 }
                    if offset == hint.count { return true }
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    private static let hints: [[UInt8]] = ["byl", "auth", "autor", "auteur", "writer", "contribut", "reporter", "creator", "firma"]
        .map { Array($0.utf8) }
}
