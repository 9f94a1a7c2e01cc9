/// The jobs file's `settings:` section: how runs behave as a whole.
///
/// Paths are absolute after loading (relative ones are taken from the jobs file's folder,
/// `~` is the home folder). Command-line options and environment variables override them.
public struct JobsSettings: Sendable, Equatable {
    /// How pages are fetched: identity, politeness, limits and per-host policies. `pith run`,
    /// `pith check` and `pith scrape` use them.
    public var fetch: FetchSettings
    /// Where new and changed articles are written (scrape naming); nil: not written.
    public var outputDirectory: String?
    /// Format of the written articles: `json`, `markdown` or `text`.
    public var outputFormat: String
    /// Where the Atom feed of changes is written; nil: no feed.
    public var atomFeed: String?
    /// The history store; nil: `$PITH_STORE` or the XDG default.
    public var store: String?

    public init(
        fetch: FetchSettings = FetchSettings(), outputDirectory: String? = nil, outputFormat: String = "json",
        atomFeed: String? = nil, store: String? = nil
    ) {
        self.fetch = fetch
        self.outputDirectory = outputDirectory
        self.outputFormat = outputFormat
        self.atomFeed = atomFeed
        self.store = store
    }
}
