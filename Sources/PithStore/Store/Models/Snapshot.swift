import Foundation

/// One distinct version of a job's article, numbered per job from 1 (its revision).
public struct Snapshot: Sendable, Equatable {
    /// The store's row id.
    public let id: Int64
    /// The job it belongs to.
    public let jobID: Int64
    /// The per-job number shown by `pith history` and taken by `--from`/`--to`/`--rev`.
    public let revision: Int
    /// When the page this snapshot was extracted from was fetched.
    public let capturedAt: Date
    /// The hash of what a reader would call the article, after the job's `ignore` filters.
    public let key: String
    /// The URL after redirects.
    public let finalURL: String?
    /// The extracted article.
    public let article: StoredArticle
    /// The charset the page was fetched with, if the server named one.
    public let charset: String?
    /// The size of the raw page, uncompressed.
    public let rawSize: Int
    /// The extractor version that produced `article`.
    public let extractorVersion: String
    /// The fingerprint of the job's rules, selectors and filters that produced `article`.
    public let rulesVersion: String
    /// Whether it came from a fetch or from re-extracting an older page with a newer extractor.
    public let origin: SnapshotOrigin
}

/// Where a snapshot's article came from.
public enum SnapshotOrigin: String, Sendable, Equatable {
    /// A page fetched by a check.
    case fetched
    /// The previous baseline's raw page, extracted again after the extractor or the job's
    /// rules changed, so the next comparison is like for like.
    case reextracted
}

/// A snapshot to add: what a check (or a re-extraction) produced.
public struct NewSnapshot: Sendable {
    public var capturedAt: Date
    public var key: String
    public var finalURL: String?
    public var article: StoredArticle
    public var rawHTML: [UInt8]
    public var charset: String?
    public var extractorVersion: String
    public var rulesVersion: String
    public var origin: SnapshotOrigin

    public init(
        capturedAt: Date, key: String, finalURL: String?, article: StoredArticle, rawHTML: [UInt8],
        charset: String?, extractorVersion: String, rulesVersion: String, origin: SnapshotOrigin = .fetched
    ) {
        self.capturedAt = capturedAt
        self.key = key
        self.finalURL = finalURL
        self.article = article
        self.rawHTML = rawHTML
        self.charset = charset
        self.extractorVersion = extractorVersion
        self.rulesVersion = rulesVersion
        self.origin = origin
    }
}
