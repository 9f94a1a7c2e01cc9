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
            let isMarked = hasBylineClass(line.block) || hasBylineClass(document.parent(line.firstNode) ?? line.block)
            let names = AuthorNames.fromByline(line.text, requirePrefix: !isMarked)
            if !names.isEmpty { return (names, [line.block]) }
        }
        return ([], [])
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

    private func hasBylineClass(_ node: HTMLDocument.Node) -> Bool {
        ClassTokens.tokens(of: node, in: document).contains(where: BylineSelection.bylineClassWords.contains)
    }

    /// Class and id words of byline elements.
    static let bylineClassWords: Set<String> = [
        "byline", "bylines", "byl", "author", "authors", "autor", "autoren", "auteur", "auteurs", "writer",
        "writers", "contributor", "contributors", "reporter", "creator", "firma", "autore", "autori",
    ]

    /// The header right after the title first, then lines just before it, then later ones.
    private func orderedLines() -> [TextLine] {
        let lines = region.lines.filter { $0.proseBefore < BylineSelection.proseLimitForBylines }
        let header = lines.filter { $0.followsAnchor && $0.proseBefore == 0 }
        let before = lines.filter { !$0.followsAnchor }.reversed()
        let later = lines.filter { $0.followsAnchor && $0.proseBefore > 0 }
        return header + before + later
    }
}
