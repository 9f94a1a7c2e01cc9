import PithHTML

/// Everything metadata needs from the page, gathered in one pass over the node tags.
///
/// The pass reads only a node's tag for most nodes; attributes are read for the few kinds
/// of elements that carry metadata (meta, link, script, time, a, and elements with
/// `itemprop`). Lists are capped so a pathological page cannot make metadata slow.
struct PageSurvey: Sendable {
    var titleText: String?
    var htmlLanguage: String?
    var baseHref: String?
    var meta = MetaTags()
    /// `<link rel=...>` hrefs by lowercased rel word (`canonical`, `image_src`, ...).
    var links: [String: [String]] = [:]
    var linkedDataScripts: [HTMLDocument.Node] = []
    /// Top-level headings (h1, then h2 when the page has few h1s) in page order.
    var headings: [HTMLDocument.Node] = []
    var timeElements: [HTMLDocument.Node] = []
    /// Visible elements marked as the author by microdata or `rel=author`.
    var authorElements: [HTMLDocument.Node] = []
    /// Visible elements marked with `itemprop=datePublished` / `dateModified`.
    var publishedElements: [HTMLDocument.Node] = []
    var modifiedElements: [HTMLDocument.Node] = []
    /// `<a rel=tag>` links.
    var tagLinks: [HTMLDocument.Node] = []
    var firstArticle: HTMLDocument.Node?
    /// `<article>` elements on the page: one marks the article, several a listing.
    var articleCount = 0
    var firstMain: HTMLDocument.Node?

    static let listCap = 64
    /// Headings of each level kept for title matching: the article's h1 comes early, and
    /// teaser lists of h2s can be long.
    static let headingCap = 10

    /// The `<link rel>` kinds metadata reads.
    static let linkKinds: [(name: String, pattern: StaticString)] = [("canonical", "canonical"), ("image_src", "image_src")]

    init(document: HTMLDocument) {
        // Tag constants are read once: each `HTMLTag.x` is a call into PithHTML, and this loop
        // runs over every node of the page.
        let kinds = PageSurvey.kinds
        let h1Tag = HTMLTag.h1
        var h1Count = 0
        var h2Count = 0
        let count = document.nodeCount
        var node = 0
        while node < count {
            let tag = document.tag(node)
            let kind = tag.rawValue < HTMLTag.firstDocumentLocal ? kinds[Int(tag.rawValue)] : .other
            switch kind {
            case .text: break
            case .skipped:
                // Nothing of ours lives in these; skip their subtrees.
                node = document.subtreeEnd(node)
                continue
            case .meta: recordMeta(node, document)
            case .link: recordLink(node, document)
            case .script:
                if document.attribute(.type, of: node, contains: "ld+json") { linkedDataScripts.append(node) }
            case .title:
                if titleText == nil { titleText = document.textContent(node) }
            case .html:
                if htmlLanguage == nil {
                    htmlLanguage = document.attribute(.lang, of: node) ?? document.attribute(.xmlLang, of: node)
                }
            case .base:
                if baseHref == nil { baseHref = document.attribute(.href, of: node) }
            case .heading:
                if tag == h1Tag ? h1Count < PageSurvey.headingCap : h2Count < PageSurvey.headingCap {
                    headings.append(node)
                    if tag == h1Tag { h1Count += 1 } else { h2Count += 1 }
                }
                recordMicrodata(node, document)
            case .time:
                if timeElements.count < PageSurvey.listCap { timeElements.append(node) }
                recordMicrodata(node, document)
            case .article:
                if firstArticle == nil { firstArticle = node }
                articleCount += 1
                recordMicrodata(node, document)
            case .main:
                if firstMain == nil { firstMain = node }
                recordMicrodata(node, document)
            case .anchor:
                recordAnchor(node, document)
                recordMicrodata(node, document)
            case .other:
                recordMicrodata(node, document)
            }
            node += 1
        }
    }

    /// What the survey does with each kind of tag.
    private enum Kind {
        case text, skipped, meta, link, script, title, html, base, heading, time, article, main, anchor, other
    }

    private static let kinds: [Kind] = {
        var kinds = [Kind](repeating: .other, count: Int(HTMLTag.firstDocumentLocal))
        let assignments: [(HTMLTag, Kind)] = [
            (.text, .text), (.svg, .skipped), (.math, .skipped), (.style, .skipped), (.template, .skipped),
            (.meta, .meta), (.link, .link), (.script, .script), (.title, .title), (.html, .html), (.base, .base),
            (.h1, .heading), (.h2, .heading), (.time, .time), (.article, .article), (.main, .main),
            (.a, .anchor),
        ]
        for (tag, kind) in assignments { kinds[Int(tag.rawValue)] = kind }
        return kinds
    }()

    private mutating func recordAnchor(_ node: HTMLDocument.Node, _ document: HTMLDocument) {
        guard document.attributeRange(.rel, of: node) != nil else { return }
        if document.attribute(.rel, of: node, hasWord: "author"), authorElements.count < PageSurvey.listCap {
            authorElements.append(node)
        }
        if document.attribute(.rel, of: node, hasWord: "tag"), tagLinks.count < PageSurvey.listCap { tagLinks.append(node) }
    }

    private mutating func recordMicrodata(_ node: HTMLDocument.Node, _ document: HTMLDocument) {
        guard document.attributeRange(.itemprop, of: node) != nil else { return }
        recordItemprop(node, document)
    }

    private mutating func recordItemprop(_ node: HTMLDocument.Node, _ document: HTMLDocument) {
        if document.attribute(.itemprop, of: node, hasWord: "author") || document.attribute(.itemprop, of: node, hasWord: "creator") {
            if authorElements.count < PageSurvey.listCap { authorElements.append(node) }
        }
        if document.attribute(.itemprop, of: node, hasWord: "datepublished") || document.attribute(.itemprop, of: node, hasWord: "datecreated") {
            if publishedElements.count < PageSurvey.listCap { publishedElements.append(node) }
        }
        if document.attribute(.itemprop, of: node, hasWord: "datemodified"), modifiedElements.count < PageSurvey.listCap {
            modifiedElements.append(node)
        }
    }

    private mutating func recordMeta(_ node: HTMLDocument.Node, _ document: HTMLDocument) {
        guard let content = document.attribute(.content, of: node) else { return }
        if let name = document.attribute(.name, of: node) { meta.add(key: name, value: content) }
        if let property = document.attribute(.property, of: node) { meta.add(key: property, value: content) }
        if let itemprop = document.attribute(.itemprop, of: node) {
            meta.add(key: itemprop, value: content)
        }
        if let httpEquiv = document.attribute(.httpEquiv, of: node) { meta.add(key: httpEquiv, value: content) }
    }

    private mutating func recordLink(_ node: HTMLDocument.Node, _ document: HTMLDocument) {
        guard document.attributeRange(.rel, of: node) != nil, let href = document.attribute(.href, of: node) else { return }
        // Only the link kinds metadata reads: stylesheets and icons are most of a page's links.
        for word in PageSurvey.linkKinds where document.attribute(.rel, of: node, hasWord: word.pattern) {
            links[word.name, default: []].append(href)
        }
        if let itemprop = document.attribute(.itemprop, of: node) { meta.add(key: itemprop, value: href) }
    }
}
