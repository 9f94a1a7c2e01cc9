import PithHTML

/// A short line of visible text near the article's start: the unit in which bylines and
/// dates are looked for.
struct TextLine {
    /// The line's text, whitespace-normalized.
    var text: String
    /// The nearest block element holding the line.
    var block: HTMLDocument.Node
    /// The line's first text node.
    var firstNode: HTMLDocument.Node
    /// Whether the line comes after the title heading (or is inside the article root).
    var followsAnchor: Bool
    /// Characters of prose between the anchor and this line: a date line deep in the text is
    /// less likely the article's own.
    var proseBefore: Int
    /// Whether the line's element is marked as a byline by its class or id.
    var isMarkedByline: Bool
    /// The text of the line's inline parts marked as the author (`<a class="author">` in
    /// "September 17, 2019 <a class=author>Helmut Rubik</a>"), when the line itself is not.
    var markedText: String? = nil
    /// The smallest element holding the line and nothing else, if there is one: the block
    /// when the line is all of its text, else the inline element around the line's text
    /// (`<time>` directly in an `<article>`). Only this may be reported for the content
    /// extractor to drop.
    var ownElement: HTMLDocument.Node? = nil
}

/// Accumulates consecutive text nodes of one block into a line.
/// Accumulates consecutive text nodes of one block into a line, as byte ranges of the
/// document: the text is built only for lines that turn out to matter.
struct LineBuilder {
    let follows: Bool
    var block: HTMLDocument.Node?
    var firstNode: HTMLDocument.Node?
    /// The line's text nodes, and whether each sits in an element marked as the author.
    var pieces: [(range: Range<Int>, marked: Bool)] = []
    var proseBefore = 0
    var isTooLong = false

    /// The line's length in bytes, with one space between pieces.
    var byteCount: Int { pieces.reduce(max(0, pieces.count - 1)) { $0 + $1.range.count } }

    var hasMarkedPiece: Bool { pieces.contains { $0.marked } }

    init(follows: Bool) { self.follows = follows }

    mutating func append(node: HTMLDocument.Node, block: HTMLDocument.Node, range: Range<Int>, proseBefore: Int, marked: Bool) {
        if firstNode == nil {
            firstNode = node
            self.block = block
            self.proseBefore = proseBefore
        }
        pieces.append((range, marked))
    }

    mutating func markTooLong(node: HTMLDocument.Node, block: HTMLDocument.Node) {
        if firstNode == nil {
            firstNode = node
            self.block = block
        }
        isTooLong = true
    }

    /// The pieces' bytes joined by spaces: inline elements next to each other ("<span>23</span>
    /// <span>Nov</span>") are usually spaced by CSS, and a doubled space collapses anyway.
    func bytes(in document: HTMLDocument, markedOnly: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        for piece in pieces where !markedOnly || piece.marked {
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: document.bytes[piece.range])
        }
        return bytes
    }

    mutating func reset() {
        block = nil
        firstNode = nil
        pieces.removeAll(keepingCapacity: true)
        isTooLong = false
    }
}
