import Foundation
import PithExtract
import PithStore

/// `pith show --format`.
public enum ShowFormat: String, Sendable, CaseIterable {
    case text, markdown, json
}

extension HistoryViews {
    /// A stored article: the latest, or the one `revision` names.
    public func show(_ name: String, revision: String?, format: ShowFormat) throws -> String {
        let (job, snapshots) = try history(of: name)
        guard let latest = snapshots.last else { return "\(job.name) has no snapshots yet\n" }
        let snapshot = try revision.map { try select($0, in: snapshots, job: job.name) } ?? latest
        switch format {
        case .text: return snapshot.article.text + "\n"
        case .markdown: return snapshot.article.markdown + (snapshot.article.markdown.hasSuffix("\n") ? "" : "\n")
        case .json: return Self.articleJSON(job: job, snapshot: snapshot)
        }
    }

    /// A stored article in the shape of `pith extract --format json`, with its revision.
    static func articleJSON(job: StoredJob, snapshot: Snapshot) -> String {
        json(ShownArticle(job: job, snapshot: snapshot))
    }
}

/// A stored article in the shape of `pith extract --format json`, plus its place in history.
private struct ShownArticle: Encodable {
    let job: StoredJob
    let snapshot: Snapshot

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", job, rev, capturedAt = "captured_at", url, finalURL = "final_url"
        case canonicalURL = "canonical_url", title, authors, published, modified, siteName = "site_name", language
        case description, image, tags, text, markdown, wordCount = "word_count", contentHash = "content_hash"
        case extractorVersion = "extractor_version"
    }

    func encode(to encoder: any Encoder) throws {
        let article = snapshot.article
        let metadata = article.metadata
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(1, forKey: .schemaVersion)
        try container.encode(job.name, forKey: .job)
        try container.encode(snapshot.revision, forKey: .rev)
        try container.encode(Timestamp.format(snapshot.capturedAt), forKey: .capturedAt)
        try container.encode(job.url, forKey: .url)
        try container.encode(snapshot.finalURL, forKey: .finalURL)
        try container.encode(metadata.canonicalURL, forKey: .canonicalURL)
        try container.encode(metadata.title, forKey: .title)
        try container.encode(metadata.authors, forKey: .authors)
        try container.encode(metadata.published, forKey: .published)
        try container.encode(metadata.modified, forKey: .modified)
        try container.encode(metadata.siteName, forKey: .siteName)
        try container.encode(metadata.language, forKey: .language)
        try container.encode(metadata.description, forKey: .description)
        try container.encode(metadata.image, forKey: .image)
        try container.encode(metadata.tags, forKey: .tags)
        try container.encode(article.text, forKey: .text)
        try container.encode(article.markdown, forKey: .markdown)
        try container.encode(PageAcceptance.wordCount(article.text), forKey: .wordCount)
        try container.encode(SHA256.hex(article.text.utf8), forKey: .contentHash)
        try container.encode(snapshot.extractorVersion, forKey: .extractorVersion)
    }
}
