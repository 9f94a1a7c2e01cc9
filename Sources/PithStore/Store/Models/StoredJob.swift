import Foundation

/// A job as the store knows it: its identity, and what the next check needs from the last ones.
public struct StoredJob: Sendable, Equatable {
    /// The store's row id.
    public let id: Int64
    /// The job's unique name (the URL when the jobs file gives none).
    public var name: String
    /// The URL last checked for this job.
    public var url: String
    /// When the job was first seen.
    public var createdAt: Date
    /// Validators, failure count and last check time.
    public var state: JobState
}

/// The part of a job's record that each check updates.
public struct JobState: Sendable, Equatable {
    /// The `ETag` of the response that produced or confirmed the baseline.
    public var etag: String?
    /// The `Last-Modified` of that response.
    public var lastModified: String?
    /// Failed checks in a row since the last success.
    public var consecutiveFailures: Int
    /// Whether the current run of failures has already been reported (it is reported once).
    public var failureReported: Bool
    /// When the job was last checked, whatever the outcome.
    public var lastCheckedAt: Date?

    public init(
        etag: String? = nil, lastModified: String? = nil, consecutiveFailures: Int = 0,
        failureReported: Bool = false, lastCheckedAt: Date? = nil
    ) {
        self.etag = etag
        self.lastModified = lastModified
        self.consecutiveFailures = consecutiveFailures
        self.failureReported = failureReported
        self.lastCheckedAt = lastCheckedAt
    }
}
