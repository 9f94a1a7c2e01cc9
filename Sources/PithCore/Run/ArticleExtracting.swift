import PithExtract
import PithStore

/// What a run asks of the extractor: a page's bytes in, the article out.
///
/// ``ExtractorAdapter`` is the real one: PithExtract's ``ArticleExtractor`` with the user's
/// rules. The protocol lets a test present the same extractor under another version.
public protocol ArticleExtracting: Sendable {
    /// The extractor's version; stored with each snapshot.
    var extractorVersion: String { get }
    /// A fingerprint of the user's rules file (built-in rules are covered by the version).
    var rulesFingerprint: String { get }
    /// Extracts the article; throws when the page has none.
    func extract(html: [UInt8], charset: String?, url: String, finalURL: String?, selectors: SiteRule?) throws -> Article
}

/// PithExtract's ``ArticleExtractor`` with the user's rules file, as a run uses it.
public struct ExtractorAdapter: ArticleExtracting {
    public let extractor: ArticleExtractor
    public let rulesFingerprint: String

    public init(overrides: RuleOverrides = .none) {
        extractor = ArticleExtractor(overrides: overrides)
        rulesFingerprint = Self.fingerprint(of: overrides)
    }

    public var extractorVersion: String { ArticleExtractor.version }

    public func extract(html: [UInt8], charset: String?, url: String, finalURL: String?, selectors: SiteRule?) throws -> Article {
        try extractor.extract(ExtractionInput(bytes: html, declaredCharset: charset, url: url, finalURL: finalURL, siteRule: selectors))
    }

    /// `default` without overrides, else a hash of everything the rules file changes.
    static func fingerprint(of overrides: RuleOverrides) -> String {
        guard !overrides.isEmpty else { return "default" }
        var lines = overrides.disabled.sorted().map { "disable \($0)" }
        lines += overrides.added.map { "add \($0.id) \($0.category.rawValue) \($0.matcher)" }
        for (host, rule) in overrides.sites.byHost.sorted(by: { $0.key < $1.key }) {
            lines.append("site \(host) \(rule.content?.source ?? "") \(rule.strip.map(\.source).joined(separator: " | "))")
        }
        return String(SHA256.hex(lines.joined(separator: "\n").utf8).prefix(16))
    }
}

extension Article {
    /// What a snapshot keeps: the text, the Markdown document (front matter, title, body)
    /// exactly as `pith extract --format markdown` prints it, and the metadata.
    var stored: StoredArticle {
        StoredArticle(text: text, markdown: markdownDocument(), metadata: metadata)
    }
}

extension ArticleExtracting {
    /// The rules version stored with a snapshot of `job`: its own selectors and filters, and
    /// the user's rules file. A change re-extracts the baseline before comparing.
    func rulesVersion(for job: Job) -> String {
        "job:\(job.rulesFingerprint);rules:\(rulesFingerprint)"
    }
}
