import PithHTML

/// Where the page shows its visible metadata, so the content extractor can leave those lines
/// out of the article text.
///
/// Nodes are elements of the document the metadata was read from. Each is the smallest block
/// holding the line (a byline `<p>`, a dateline `<div>`), or the marked element itself
/// (`<time>`, `itemprop=author`), never a container of article text.
public struct MetadataNodes: Sendable, Equatable {
    /// The heading that shows the title (usually the article's `<h1>`).
    public var titleHeading: HTMLDocument.Node?
    /// The elements the visible byline was read from, empty when the authors came from
    /// structured data only.
    public var byline: [HTMLDocument.Node]
    /// The elements the published or modified date was read from, if visible.
    public var dates: [HTMLDocument.Node]

    public init(titleHeading: HTMLDocument.Node? = nil, byline: [HTMLDocument.Node] = [], dates: [HTMLDocument.Node] = []) {
        self.titleHeading = titleHeading
        self.byline = byline
        self.dates = dates
    }
}

/// The result of ``MetadataExtractor/extractWithNodes(articleRoot:)``: the metadata and where
/// the page shows it.
public struct MetadataExtraction: Sendable, Equatable {
    public var metadata: ArticleMetadata
    public var nodes: MetadataNodes

    public init(metadata: ArticleMetadata, nodes: MetadataNodes) {
        self.metadata = metadata
        self.nodes = nodes
    }
}
