import PithExtract

/// The article as a snapshot keeps it: normalized text and Markdown plus the metadata.
public struct StoredArticle: Sendable, Equatable, Codable {
    /// The normalized article text (blocks separated by one blank line).
    public var text: String
    /// The article as Markdown.
    public var markdown: String
    /// Title, authors, dates and the rest.
    public var metadata: ArticleMetadata

    public init(text: String, markdown: String, metadata: ArticleMetadata) {
        self.text = text
        self.markdown = markdown
        self.metadata = metadata
    }
}
