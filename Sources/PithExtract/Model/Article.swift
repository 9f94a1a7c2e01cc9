/// An extracted article: its normalized content, its metadata, and how it was obtained.
///
/// The same input always gives an equal `Article`, byte for byte in every rendering: history
/// diffs depend on it.
public struct Article: Sendable, Equatable {
    /// The URL the caller gave for the page (`--url`, or the fetched URL), if any.
    public var url: String?
    /// The URL after redirects, when the page was fetched.
    public var finalURL: String?
    public var metadata: ArticleMetadata
    /// The article body.
    public var blocks: [Block]
    /// The body as plain text: blocks separated by one blank line.
    public var text: String
    /// The body as Markdown (without front matter or title), rendered when asked for.
    public var markdown: String { MarkdownRenderer(includeLinks: markdownLinks).render(blocks) }
    /// Whether the Markdown keeps links.
    public var markdownLinks: Bool
    /// Words in `text`, counted as runs of letters and digits. Counted when read, like the
    /// hash below: plain-text output, the default, needs neither.
    public var wordCount: Int { TextNormalizer.wordCount(text) }
    /// Lowercase hex SHA-256 of `text`'s UTF-8 bytes.
    public var contentHash: String { SHA256.hex(text.utf8) }
    /// The encoding the page was decoded from.
    public var encoding: String
    /// What the extractor removed and why, when explaining was asked for.
    public var dropped: [DroppedBlock]
    /// Which rung of the fallback ladder produced the body.
    public var strategy: String
    /// The version of the extraction algorithm, recorded with stored snapshots.
    public var extractorVersion: String { ArticleExtractor.version }

    /// Words in `text` counted as ``wordCount`` counts them (runs of letters and digits), for
    /// texts read back from the store: every word figure Pith prints agrees with `word_count`.
    public static func countWords(in text: String) -> Int { TextNormalizer.wordCount(text) }
}

/// A block the extractor dropped, for `--explain`.
public struct DroppedBlock: Sendable, Equatable {
    /// The rule that dropped it.
    public var ruleID: String
    /// The phase that applied the rule (`prepare`, `prune`, `select`, `clean`).
    public var phase: String
    /// The first words of the dropped text.
    public var excerpt: String

    public init(ruleID: String, phase: String, excerpt: String) {
        self.ruleID = ruleID
        self.phase = phase
        self.excerpt = excerpt
    }
}
