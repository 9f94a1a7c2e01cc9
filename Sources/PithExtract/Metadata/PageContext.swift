import PithHTML

/// Decides whether a node sits in a part of the page whose bylines and dates belong to
/// something other than the article: footers, comment sections, navigation, sidebars.
///
/// Only ancestors are inspected, so the cost is bounded by the depth of the few nodes asked
/// about; answers for ancestors are cached.
final class PageContext {
    let document: HTMLDocument
    private var cache: [HTMLDocument.Node: Bool] = [:]
    private let excludedTags = ContextVocabulary.excludedTags
    private let bodyTag = HTMLTag.body
    private let documentTag = HTMLTag.document
    /// Class words on wrappers bigger than this many nodes are ignored: a page-wide wrapper
    /// named `layout-with-sidebar` does not make the whole page a sidebar.
    private let largeWrapperSize: Int

    /// Nodes known to be the article's (its title heading, its root): an element holding one
    /// of them is never boilerplate, whatever its class says (`intro--breadcrumb-navigation`).
    private let protectedNodes: [HTMLDocument.Node]

    init(document: HTMLDocument, protecting protectedNodes: [HTMLDocument.Node] = []) {
        self.document = document
        self.largeWrapperSize = max(200, document.nodeCount / 3)
        self.protectedNodes = protectedNodes
    }

    /// Whether `node` lies in a footer, comment section, navigation or similar.
    func isOutsideArticle(_ node: HTMLDocument.Node) -> Bool {
        var current = document.isText(node) ? document.parent(node) : node
        var visited: [HTMLDocument.Node] = []
        var answer = false
        while let element = current, document.tag(element) != bodyTag, document.tag(element) != documentTag {
            if let known = cache[element] {
                answer = known
                break
            }
            visited.append(element)
            if isBoilerplateElement(element) {
                answer = true
                break
            }
            current = document.parent(element)
        }
        for element in visited { cache[element] = answer }
        return answer
    }

    private func isBoilerplateElement(_ element: HTMLDocument.Node) -> Bool {
        if protectedNodes.contains(where: { document.isInside($0, element) }) { return false }
        if excludedTags.contains(document.tag(element)) {
            // An article's own <footer> or <aside class=meta> holds its byline and date; the
            // page's footer and sidebar do not.
            return !ArticleFooter.isArticlePart(element, document)
        }
        if document.attributeRange(.role, of: element) != nil, let role = document.attribute(.role, of: element),
           ContextVocabulary.excludedRoles.contains(role.asciiLowercased) {
            return true
        }
        guard document.attributeRange(.class, of: element) != nil || document.attributeRange(.id, of: element) != nil else {
            return false
        }
        let words = ClassWords.tokens(of: element, in: document)
        // Comment threads can be most of a page, so they count whatever their size.
        if words.contains(where: ContextVocabulary.isCommentWord) { return true }
        let size = document.subtreeEnd(element) - element
        // "footer" on a small element is a news item's footer line (its date), not the page's.
        if size < ContextVocabulary.smallFooterSize, words.contains("footer"),
           !words.contains(where: { $0 != "footer" && ContextVocabulary.excludedClassWords.contains($0) }) {
            return false
        }
        return size < largeWrapperSize && words.contains(where: ContextVocabulary.excludedClassWords.contains)
    }
}

/// Recognizes an article's own `<footer>` (byline, date and tags under the text), which HTML
/// puts inside the `<article>`, as opposed to the page's footer.
enum ArticleFooter {
    /// Whether a `<footer>` or `<aside>` belongs to an article: it lies inside an `<article>`,
    /// or its class says it holds the article's meta data.
    static func isArticlePart(_ element: HTMLDocument.Node, _ document: HTMLDocument) -> Bool {
        let tag = document.tag(element)
        guard tag == .footer || tag == .aside else { return false }
        if ClassWords.tokens(of: element, in: document).contains(where: BylineMarkup.metaClassWords.contains) { return true }
        guard tag == .footer else { return false }
        var current = document.parent(element)
        while let ancestor = current {
            if document.tag(ancestor) == .article { return true }
            current = document.parent(ancestor)
        }
        return false
    }
}

/// The words and tags that mark page parts outside the article.
enum ContextVocabulary {
    /// Elements whose text is never the article's byline or date.
    static let excludedTags = TagSet([
        .footer, .nav, .aside, .form, .button, .select, .option, .textarea, .template, .dialog,
        .figcaption, .noscript,
    ])

    /// Elements named "footer" smaller than this many nodes are an item's footer line.
    static let smallFooterSize = 25

    static let excludedRoles: Set<String> = ["navigation", "complementary", "contentinfo", "dialog", "menu"]

    /// Class and id words of footers, sidebars and other chrome.
    static let excludedClassWords: Set<String> = [
        "footer", "copyright", "sidebar", "widget", "related", "recommended", "recommendations",
        "promo", "newsletter", "breadcrumb", "breadcrumbs", "nav", "navigation", "navbar", "menu",
        "share", "sharing", "social", "cookie", "cookies", "consent", "popular", "trending",
        "ad", "ads", "advert", "advertisement", "sponsored", "outbrain",
        "taboola", "signup", "subscribe", "subscription", "paywall", "toolbar", "pagination",
        "pager", "ticker", "masthead", "topbar",
    ]

    /// Comment sections in several languages: `comments`, `comment-list`, `commentlist`,
    /// `replies`, `disqus`, `kommentare`, `commentaires`...
    static func isCommentWord(_ word: String) -> Bool {
        let bytes = word.utf8
        // Every comment prefix starts with "c", "k" or a Cyrillic letter (lead byte 0xD0).
        guard let lead = bytes.first, lead == UInt8(ascii: "c") || lead == UInt8(ascii: "k") || lead == 0xD0 else {
            return commentWords.contains(word)
        }
        // "commentary" and "commentator" are opinion articles and their authors, not comments.
        if bytes.starts(with: "commentar".utf8) || bytes.starts(with: "commentator".utf8) { return false }
        return commentPrefixes.contains { bytes.starts(with: $0) } || commentWords.contains(word)
    }

    /// Words of comment-section headings besides "comment...": "Leave a reply", "Reacties".
    static let commentHeadingWords: Set<String> = [
        "reply", "replies", "responses", "reactions", "discussion", "kommentare", "commentaires",
        "comentarios", "commenti", "reacties", "komentarze", "комментарии", "коментарі", "leserkommentare",
    ]

    private static let commentPrefixes: [[UInt8]] = ["comment", "kommentar", "komentar", "коммент", "комент"].map { Array($0.utf8) }
    private static let commentWords: Set<String> = [
        "reply", "replies", "respond", "disqus", "discussion", "discussions", "reactions",
        "opinions", "talkback", "responses", "commentaires", "comentarios", "commenti",
        "reacties", "comentários",
    ]
}
