/// What a page says about its article besides the text: title, authors, dates and so on.
///
/// Every field is normalized (whitespace collapsed, Unicode NFC) and nil or empty when the
/// page gives no trustworthy evidence: a wrong date is worse than none.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    /// The headline, without a site-name prefix or suffix.
    public var title: String?
    /// Author names, without "By", in page order, no duplicates.
    public var authors: [String]
    /// First publication: RFC 3339 (`2019-11-23T17:20:00+01:00`, or with `Z`), or `YYYY-MM-DD`
    /// when the page gives no time of day.
    public var published: String?
    /// Last modification, in the same form as `published`.
    public var modified: String?
    /// The site's name (`og:site_name`, JSON-LD publisher), not its domain.
    public var siteName: String?
    /// BCP 47 language tag, e.g. `en`, `de-AT`.
    public var language: String?
    /// The canonical URL, absolute.
    public var canonicalURL: String?
    /// The page's own summary (`description`, `og:description`).
    public var description: String?
    /// The lead image, absolute URL.
    public var image: String?
    /// Keywords and article tags, in page order, no duplicates.
    public var tags: [String]

    public init(
        title: String? = nil, authors: [String] = [], published: String? = nil, modified: String? = nil,
        siteName: String? = nil, language: String? = nil, canonicalURL: String? = nil,
        description: String? = nil, image: String? = nil, tags: [String] = []
    ) {
        self.title = title
        self.authors = authors
        self.published = published
        self.modified = modified
        self.siteName = siteName
        self.language = language
        self.canonicalURL = canonicalURL
        self.description = description
        self.image = image
        self.tags = tags
    }
}
