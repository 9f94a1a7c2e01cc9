import Foundation

/// One fetch of a job's URL and what came of it. Every check is recorded, changed or not.
public struct Check: Sendable, Equatable {
    /// The store's row id.
    public let id: Int64
    public let jobID: Int64
    public let checkedAt: Date
    public let outcome: CheckOutcome
    /// The HTTP status, nil when no response arrived (or for `file://`).
    public let status: Int?
    public let finalURL: String?
    public let etag: String?
    public let lastModified: String?
    /// A readable message when the check failed.
    public let error: String?
    /// A short machine-readable kind (`dns`, `http`, `blocked`, `shrunk`, ...) when it failed.
    public let errorKind: String?
    /// How long the fetch and extraction took.
    public let durationMilliseconds: Int
    /// The revision the check added, if it added one.
    public let revision: Int?
}

/// What a check concluded.
public enum CheckOutcome: String, Sendable, Equatable, CaseIterable {
    /// The first snapshot of the job.
    case new
    /// A snapshot with a different key than the baseline.
    case changed
    /// Fetched and extracted; the article is the baseline's.
    case unchanged
    /// The server answered 304 to the stored validators.
    case notModified = "not_modified"
    /// No usable article: a fetch error, or an extraction that must not replace the baseline.
    case failed
}

/// A check to record.
public struct NewCheck: Sendable {
    public var checkedAt: Date
    public var outcome: CheckOutcome
    public var status: Int?
    public var finalURL: String?
    public var etag: String?
    public var lastModified: String?
    public var error: String?
    public var errorKind: String?
    public var durationMilliseconds: Int

    public init(
        checkedAt: Date, outcome: CheckOutcome, status: Int? = nil, finalURL: String? = nil, etag: String? = nil,
        lastModified: String? = nil, error: String? = nil, errorKind: String? = nil, durationMilliseconds: Int
    ) {
        self.checkedAt = checkedAt
        self.outcome = outcome
        self.status = status
        self.finalURL = finalURL
        self.etag = etag
        self.lastModified = lastModified
        self.error = error
        self.errorKind = errorKind
        self.durationMilliseconds = durationMilliseconds
    }
}
