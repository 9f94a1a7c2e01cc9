/// A user's extraction rule for one host: where the article is and what to drop from it.
///
/// The same `{content, strip}` schema serves the rules file's `sites:` entries and a job's
/// `selectors:`; precedence is job over site rule over the built-in defaults.
public struct SiteRule: Sendable, Equatable {
    /// XPath 1.0 of the article node; when it matches, scoring is skipped.
    public var content: String?
    /// XPaths of nodes to remove before anything else runs.
    public var strip: [String]

    public init(content: String? = nil, strip: [String] = []) {
        self.content = content
        self.strip = strip
    }
}
