import PithExtract
import PithStore

/// What a run asks of the extractor: a page's bytes in, the article out.
///
/// The real one wraps PithExtract's `ArticleExtractor` with the user's rules; see
/// ``ExtractorArticleSource``.
public protocol ArticleExtracting: Sendable {
    /// The extractor's version; stored with each snapshot.
    var extractorVersion: String { get }
    /// A fingerprint of the user's rules file (built-in rules are covered by the version).
    var rulesFingerprint: String { get }
    /// Extracts the article; throws when the page has none.
    func extract(html: [UInt8], charset: String?, url: String, selectors: SiteRule?) throws -> StoredArticle
}

extension ArticleExtracting {
    /// The rules version stored with a snapshot of `job`: its own selectors and filters, and
    /// the user's rules file. A change re-extracts the baseline before comparing.
    func rulesVersion(for job: Job) -> String {
        "job:\(job.rulesFingerprint);rules:\(rulesFingerprint)"
    }
}
