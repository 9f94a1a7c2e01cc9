import PithHTML

/// Turns the kept nodes of the selection into ``Block``s: the render phase.
///
/// Walks the tree in document order without recursion (pages nest thousands deep), keeping a
/// stack of open elements so it knows when a list, quote, heading or styled run ends. A block
/// element ends the current paragraph; inline elements only change the style of the runs;
/// `<br>` breaks a line and two in a row break the paragraph, as Readability does.
struct BlockBuilder {
    private let attempt: ExtractionAttempt
    private let links: LinkResolver
    private var document: HTMLDocument { attempt.document }

    private(set) var blocks: [Block] = []
    private var collector = InlineCollector()
    private var open: [OpenElement] = []
    private var lists: [(ordered: Bool, counter: Int)] = []
    private var quoteDepth = 0
    private var headingLevel: Int?
    private var inCaption = false
    private var listItemOpen = false
    private var consecutiveBreaks = 0

    private struct OpenElement {
        let end: Int
        let tag: HTMLTag
        let style: Inline.Style
        let link: String?
    }

    init(attempt: ExtractionAttempt, links: LinkResolver) {
        self.attempt = attempt
        self.links = links
    }

    /// Renders each root's kept subtree, in order.
    mutating func build(roots: [Int]) -> [Block] {
        for root in roots { walk(root) }
        flush()
        return blocks
    }

    private mutating func walk(_ root: Int) {
        var node = root
        let end = document.subtreeEnd(root)
        while node < end {
            closeElements(before: node)
            if attempt.removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            let tag = document.tag(node)
            if tag == .text {
                if attempt.facts.textChars[node] > 0 { consecutiveBreaks = 0 }
                collector.append(document.bytes[attempt.keptTextRange(node)])
                node += 1
                continue
            }
            node = enter(node, tag: tag)
        }
        closeElements(before: Int.max)
    }

    /// Opens an element; returns the next node to visit (past the subtree when it was consumed).
    private mutating func enter(_ node: Int, tag: HTMLTag) -> Int {
        if tag == .br {
            consecutiveBreaks += 1
            if consecutiveBreaks >= 2 { flush() } else { collector.lineBreak() }
            return node + 1
        }
        if tag == .pre {
            flush()
            emitCode(node)
            return document.subtreeEnd(node)
        }
        if tag == .table && attempt.isDataTable(node) {
            flush()
            emitTable(node)
            return document.subtreeEnd(node)
        }
        let current = open.last
        var style = current?.style ?? []
        var link = current?.link
        if TagClasses.block.contains(tag) || !TagClasses.inline.contains(tag) && tag.rawValue >= HTMLTag.firstDocumentLocal {
            flush()
            consecutiveBreaks = 0
            enterBlock(tag)
        } else {
            switch tag {
            case .b, .strong: style.insert(.bold)
            case .i, .em: style.insert(.italic)
            case .code, .kbd, .samp, .tt: style.insert(.code)
            case .a: link = document.attribute(.href, of: node).flatMap(links.resolve) ?? link
            default: break
            }
        }
        open.append(OpenElement(end: document.subtreeEnd(node), tag: tag, style: style, link: link))
        collector.setStyle(style, link: link)
        return node + 1
    }

    private mutating func enterBlock(_ tag: HTMLTag) {
        switch tag {
        case .h1: headingLevel = 1
        case .h2: headingLevel = 2
        case .h3: headingLevel = 3
        case .h4: headingLevel = 4
        case .h5: headingLevel = 5
        case .h6: headingLevel = 6
        case .ul, .menu: lists.append((false, 0))
        case .ol: lists.append((true, 0))
        case .li:
            if !lists.isEmpty { lists[lists.count - 1].counter += 1 }
            listItemOpen = true
        case .blockquote: quoteDepth += 1
        case .figcaption, .caption: inCaption = true
        default: break
        }
    }

    private mutating func closeElements(before node: Int) {
        while let last = open.last, last.end <= node {
            open.removeLast()
            if TagClasses.block.contains(last.tag) || last.tag.rawValue >= HTMLTag.firstDocumentLocal {
                flush()
                leaveBlock(last.tag)
            }
            collector.setStyle(open.last?.style ?? [], link: open.last?.link)
        }
    }

    private mutating func leaveBlock(_ tag: HTMLTag) {
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: headingLevel = nil
        case .ul, .ol, .menu: if !lists.isEmpty { lists.removeLast() }
        case .li: listItemOpen = false
        case .blockquote: quoteDepth = max(0, quoteDepth - 1)
        case .figcaption, .caption: inCaption = false
        default: break
        }
    }

    /// Ends the current paragraph, emitting it as a block of the kind its context gives.
    private mutating func flush() {
        let inlines = collector.finish()
        guard !inlines.isEmpty else { return }
        blocks.append(Block(kind: currentKind(), inlines: inlines))
    }

    private func currentKind() -> Block.Kind {
        if let level = headingLevel { return .heading(level: level) }
        if listItemOpen, let list = lists.last {
            return .listItem(depth: lists.count - 1, number: list.ordered ? list.counter : nil)
        }
        if inCaption { return .caption }
        if quoteDepth > 0 { return .quote(depth: quoteDepth) }
        return .paragraph
    }

    // MARK: Code and tables

    private mutating func emitCode(_ pre: Int) {
        var utf8: [UInt8] = []
        var node = pre + 1
        let end = document.subtreeEnd(pre)
        while node < end {
            if attempt.removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) == .text {
                utf8.append(contentsOf: document.bytes[document.textRange(node)])
            } else if document.tag(node) == .br {
                utf8.append(0x0A)
            }
            node += 1
        }
        var code = String(decoding: utf8, as: UTF8.self).replacingNonBreakingSpaces()
        while code.hasPrefix("\n") { code.removeFirst() }
        while let last = code.last, last.isWhitespace { code.removeLast() }
        guard !code.isEmpty else { return }
        blocks.append(Block(kind: .code, inlines: [Inline(code)]))
    }

    private mutating func emitTable(_ table: Int) {
        var node = table + 1
        let end = document.subtreeEnd(table)
        while node < end {
            if attempt.removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) == .tr {
                emitRow(node)
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) == .caption {
                var cell = BlockBuilder(attempt: attempt, links: links)
                let caption = cell.collectInline(node)
                if !caption.isEmpty { blocks.append(Block(kind: .caption, inlines: caption)) }
                node = document.subtreeEnd(node)
                continue
            }
            node += 1
        }
    }

    private mutating func emitRow(_ row: Int) {
        var cells: [[Inline]] = []
        var allHeaders = true
        for cell in document.children(row) where document.tag(cell) == .td || document.tag(cell) == .th {
            guard attempt.removed[cell] < 0 else { continue }
            if document.tag(cell) == .td { allHeaders = false }
            var builder = BlockBuilder(attempt: attempt, links: links)
            cells.append(builder.collectInline(cell))
        }
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        blocks.append(Block(kind: .tableRow(isHeader: allHeaders), inlines: [], cells: cells))
    }

    /// A subtree's content as one run list, block boundaries turned into spaces.
    private mutating func collectInline(_ root: Int) -> [Inline] {
        walkFlat(root)
        return collector.finish()
    }

    private mutating func walkFlat(_ root: Int) {
        var node = root + 1
        let end = document.subtreeEnd(root)
        while node < end {
            if attempt.removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            let tag = document.tag(node)
            if tag == .text {
                collector.append(document.bytes[attempt.keptTextRange(node)])
            } else if tag == .br || TagClasses.block.contains(tag) {
                collector.append([0x20][...])
            }
            node += 1
        }
    }
}

extension String {
    func replacingNonBreakingSpaces() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{00A0}" || $0 == "\u{200B}" || $0 == "\u{FEFF}" }) else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar {
            case "\u{00A0}": scalars.append(" ")
            case "\u{200B}", "\u{FEFF}": break
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
