import PithHTML

/// The bounded part of the page where an article's visible byline and date live: just before
/// and after the title heading, and the start of the article root. Footers, comment
/// sections, navigation and sidebars are left out.
///
/// Only candidate lines are kept: lines with a digit (dates), lines starting with a byline
/// word, and lines in elements marked as bylines. Most lines are neither, and skipping them
/// early keeps the region cheap.
struct VisibleRegion {
    private(set) var lines: [TextLine] = []
    /// The node ranges scanned, to tell whether an element lies in the region.
    private(set) var scannedRanges: [Range<HTMLDocument.Node>] = []
    private var seen: Set<HTMLDocument.Node> = []
    /// A line that is only a byline label ("Autor:"), waiting for the name in the next line.
    private var pendingLabel: TextLine?

    /// Text nodes scanned after an anchor, at most.
    static let forwardTextNodes = 80
    /// Text nodes scanned before an anchor inside its header block, at most.
    static let backwardTextNodes = 30
    /// Text nodes scanned before an anchor whatever the blocks, at most.
    static let backwardBeyondHeader = 24
    /// Prose (text in lines too long to be a byline) after which the forward scan stops.
    static let forwardProseCharacters = 1200
    /// Lines longer than this are prose, not bylines or datelines.
    static let maximumLineLength = 220

    /// A region with no lines, for when structured data answers everything.
    static var empty: VisibleRegion { VisibleRegion() }

    private init() {}

    init(document: HTMLDocument, context: PageContext, anchor: HTMLDocument.Node?, articleRoot: HTMLDocument.Node?) {
        if let anchor {
            // Back to the heading's header block, and at least a few text nodes further: the
            // dateline can sit above the headline in a sibling block.
            let container = VisibleRegion.headerContainer(of: anchor, document)
            let start = min(VisibleRegion.backwardStart(from: anchor, limit: container, document),
                            VisibleRegion.backwardStart(from: anchor, limit: 0, document, texts: VisibleRegion.backwardBeyondHeader))
            scan(document, context, from: start, to: anchor, follows: false, stopAtProse: false)
            scan(document, context, from: document.subtreeEnd(anchor), to: document.nodeCount, follows: true, stopAtProse: true)
        }
        if let root = articleRoot, anchor.map({ !document.isInside($0, root) }) ?? true {
            let limit = document.parent(root) ?? root
            scan(document, context, from: VisibleRegion.backwardStart(from: root, limit: limit, document), to: root,
                 follows: false, stopAtProse: false)
            scan(document, context, from: root, to: document.subtreeEnd(root), follows: true, stopAtProse: true)
        }
    }

    /// The element whose start bounds the backward scan: the heading's grandparent, unless
    /// that wraps most of the page.
    private static func headerContainer(of anchor: HTMLDocument.Node, _ document: HTMLDocument) -> HTMLDocument.Node {
        var container = anchor
        for _ in 0..<2 {
            guard let parent = document.parent(container), document.tag(parent) != .body, document.tag(parent) != .document,
                  document.subtreeEnd(parent) - parent < max(300, document.nodeCount / 4) else { break }
            container = parent
        }
        return container
    }

    /// The node from which a backward scan of at most ``backwardTextNodes`` text nodes starts,
    /// not before `limit`.
    private static func backwardStart(from node: HTMLDocument.Node, limit: HTMLDocument.Node, _ document: HTMLDocument,
                                      texts maximum: Int = backwardTextNodes) -> HTMLDocument.Node {
        var start = node
        var texts = 0
        while start > limit, texts < maximum {
            start -= 1
            if document.isText(start) { texts += 1 }
        }
        return start
    }

    private mutating func scan(_ document: HTMLDocument, _ context: PageContext, from start: HTMLDocument.Node,
                               to end: HTMLDocument.Node, follows: Bool, stopAtProse: Bool) {
        let skipped = VisibleRegion.skippedSubtrees
        let inline = VisibleRegion.inlineTags
        let sectionHeadings = VisibleRegion.sectionHeadings
        var builder = LineBuilder(follows: follows)
        var node = start
        var texts = 0
        var prose = 0
        defer { scannedRanges.append(start..<max(start, node)) }
        while node < end, texts < VisibleRegion.forwardTextNodes {
            let tag = document.tag(node)
            if tag != .text {
                if skipped.contains(tag), !ArticleFooter.isArticlePart(node, document) {
                    flush(&builder, context)
                    node = document.subtreeEnd(node)
                    continue
                }
                if stopAtProse, VisibleRegion.isCommentsHeading(node, document, headings: sectionHeadings) { break }
                if !inline.contains(tag) { flush(&builder, context) }
                node += 1
                continue
            }
            texts += 1
            // Lengths are measured without the indentation around the text, which depends on
            // how the page was printed, not on what a reader sees.
            let range = VisibleRegion.trimmed(document.textRange(node), in: document)
            if !range.isEmpty {
                let block = VisibleRegion.blockAncestor(of: node, document, inline: inline)
                if builder.block != block { flush(&builder, context) }
                if builder.isTooLong || range.count > VisibleRegion.maximumLineLength
                    || builder.byteCount + range.count > VisibleRegion.maximumLineLength {
                    // Prose: too long for a byline or dateline, so its text is never built. What
                    // came before it in the block stays a line of its own: "Pressemitteilung vom
                    // 25. Januar 2022 | Berlin" opening a paragraph.
                    builder.markTooLong(node: node, block: block)
                } else {
                    let marked = VisibleRegion.hasMarkedInlineAncestor(node, below: block, document)
                    builder.append(node: node, block: block, range: range, proseBefore: prose, marked: marked)
                }
                if range.count > VisibleRegion.maximumLineLength {
                    prose += range.count
                    if stopAtProse, prose >= VisibleRegion.forwardProseCharacters { break }
                }
            }
            node += 1
        }
        flush(&builder, context)
    }

    /// `range` without the ASCII whitespace at either end.
    static func trimmed(_ range: Range<Int>, in document: HTMLDocument) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && document.bytes[lower] <= 0x20 { lower += 1 }
        while upper > lower && document.bytes[upper - 1] <= 0x20 { upper -= 1 }
        return lower..<upper
    }

    private mutating func flush(_ builder: inout LineBuilder, _ context: PageContext) {
        defer { builder.reset() }
        let label = pendingLabel
        pendingLabel = nil
        guard let block = builder.block, let firstNode = builder.firstNode, !builder.pieces.isEmpty, !seen.contains(firstNode) else {
            return
        }
        // Cheap tests on the raw bytes first: most lines hold neither a date nor a byline, and
        // their text is never built.
        let document = context.document
        let raw = builder.bytes(in: document)
        let isMarked = VisibleRegion.isMarkedBlock(block, document)
        let startsLikeByline = BylineVocabulary.startsWithPrefixWord(raw)
        guard isMarked || label != nil || builder.hasMarkedPiece || startsLikeByline || DateHints.mayHoldDate(raw),
              !context.isOutsideArticle(block) else { return }
        let text = MetadataText.normalized(String(decoding: raw, as: UTF8.self))
        guard !text.isEmpty else { return }
        var line = TextLine(text: text, block: block, firstNode: firstNode, followsAnchor: builder.follows,
                            proseBefore: builder.proseBefore, isMarkedByline: isMarked || label?.isMarkedByline == true)
        line.ownElement = VisibleRegion.ownElement(of: line, byteCount: raw.count, document)
        if builder.hasMarkedPiece {
            line.markedText = MetadataText.normalized(String(decoding: builder.bytes(in: document, markedOnly: true), as: UTF8.self))
        }
        if let label {
            // "Autor:" in one element and the name in the next: one byline.
            line.text = label.text + " " + line.text
        } else if startsLikeByline, raw.count <= VisibleRegion.longestBarePrefix, AuthorNames.isBarePrefix(line.text) {
            pendingLabel = line
            return
        }
        seen.insert(firstNode)
        lines.append(line)
    }

    /// The element that holds exactly the line: the block if the line is all its text, else
    /// the first text node's inline parent if that holds all of the line.
    private static func ownElement(of line: TextLine, byteCount: Int, _ document: HTMLDocument) -> HTMLDocument.Node? {
        // Room for the indentation between elements, which the line's text leaves out.
        let limit = byteCount + byteCount / 2 + 64
        if document.boundedText(line.block, limit: limit).map({ MetadataText.normalized($0) == line.text }) == true {
            return line.block
        }
        guard let parent = document.parent(line.firstNode), parent != line.block,
              let text = document.boundedText(parent, limit: limit) else { return nil }
        return MetadataText.normalized(text) == line.text ? parent : nil
    }

    /// Whether the block, or one of its two nearest small ancestors, is marked as a byline
    /// (`<ul class="author-list"><li>Name</li></ul>`).
    private static func isMarkedBlock(_ block: HTMLDocument.Node, _ document: HTMLDocument) -> Bool {
        var current: HTMLDocument.Node? = block
        for _ in 0..<3 {
            guard let element = current, document.subtreeEnd(element) - element <= markedAncestorSize else { return false }
            if BylineMarkup.isMarked(element, document) { return true }
            current = document.parent(element)
        }
        return false
    }

    /// A line longer than this many bytes is more than a byline label ("Geschrieben von:").
    static let longestBarePrefix = 40

    /// An ancestor bigger than this many nodes is a container, not a byline.
    static let markedAncestorSize = 80

    /// Whether an inline element between a text node and its block is marked as the author.
    private static func hasMarkedInlineAncestor(_ node: HTMLDocument.Node, below block: HTMLDocument.Node, _ document: HTMLDocument) -> Bool {
        var current = document.parent(node)
        while let element = current, element != block {
            if BylineMarkup.isMarked(element, document) { return true }
            current = document.parent(element)
        }
        return false
    }

    /// Whether `node` is a heading that opens the comment section ("3 Comments", "Kommentare",
    /// "Leave a reply"): the article is over there.
    static func isCommentsHeading(_ node: HTMLDocument.Node, _ document: HTMLDocument, headings: TagSet) -> Bool {
        guard headings.contains(document.tag(node)) else { return false }
        let words = TextSimilarity.words(document.textContent(node))
        guard words.count <= 6 else { return false }
        return words.contains { ContextVocabulary.isCommentWord(String($0)) || ContextVocabulary.commentHeadingWords.contains(String($0)) }
    }

    static func blockAncestor(of node: HTMLDocument.Node, _ document: HTMLDocument, inline: TagSet) -> HTMLDocument.Node {
        var current = document.parent(node) ?? node
        while inline.contains(document.tag(current)), let parent = document.parent(current) { current = parent }
        return current
    }

    /// Elements that flow inside a line of text.
    static let inlineTags = TagSet(names: [
        "a", "span", "b", "strong", "i", "em", "small", "time", "font", "abbr", "code", "q", "sub", "sup", "img",
        "picture", "source", "label", "u", "cite", "mark", "bdi", "data", "s", "big", "acronym", "wbr",
    ])

    static let sectionHeadings = TagSet([.h2, .h3, .h4, .h5])

    /// Elements whose text is never a byline or date line of the article.
    static let skippedSubtrees = TagSet([
        .script, .style, .noscript, .template, .svg, .math, .select, .textarea, .button, .iframe, .nav,
        .footer, .aside, .form, .figcaption, .dialog,
    ])
}
