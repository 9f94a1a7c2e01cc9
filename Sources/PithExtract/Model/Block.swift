/// One block of an extracted article: a paragraph, heading, list item, quote, code block or
/// table row. Blocks are what the renderers turn into text and Markdown, and what diffs compare.
public struct Block: Sendable, Equatable, Hashable {
    /// What kind of block this is, with what the renderers need to lay it out.
    public enum Kind: Sendable, Equatable, Hashable {
        case paragraph
        /// A heading, level 1 to 6.
        case heading(level: Int)
        /// A list item; `depth` 0 for a top-level item. `number` is set in ordered lists.
        case listItem(depth: Int, number: Int?)
        /// A paragraph inside a `<blockquote>`; `depth` counts nested quotes from 1.
        case quote(depth: Int)
        /// Preformatted text; its single inline keeps line breaks and spacing.
        case code
        /// A table row; each inline run list is one cell. `isHeader` for `<th>` rows.
        case tableRow(isHeader: Bool)
        /// A figure caption or image description.
        case caption
    }

    public var kind: Kind
    /// The block's content. For table rows, `cells` holds the cells and `inlines` is empty.
    public var inlines: [Inline]
    public var cells: [[Inline]]

    public init(kind: Kind, inlines: [Inline], cells: [[Inline]] = []) {
        self.kind = kind
        self.inlines = inlines
        self.cells = cells
    }

    /// The block's plain text, as the text renderer prints it.
    public var plainText: String {
        if case .tableRow = kind {
            return cells.map { Inline.plainText(of: $0) }.joined(separator: " | ")
        }
        return Inline.plainText(of: inlines)
    }
}

/// A run of text inside a block, with its inline formatting.
public struct Inline: Sendable, Equatable, Hashable {
    /// Inline styles that Markdown keeps.
    public struct Style: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Style(rawValue: 1)
        public static let italic = Style(rawValue: 2)
        public static let code = Style(rawValue: 4)
    }

    public var text: String
    public var style: Style
    /// The absolute link target when the run is inside `<a href>`.
    public var link: String?

    public init(_ text: String, style: Style = [], link: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }

    /// The concatenated text of a run list.
    public static func plainText(of inlines: [Inline]) -> String {
        if inlines.count == 1 { return inlines[0].text }
        var text = ""
        for inline in inlines { text += inline.text }
        return text
    }
}
