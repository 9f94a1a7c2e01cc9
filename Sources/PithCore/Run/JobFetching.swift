/// What a run asks of the fetcher: one page, conditionally when validators are known.
///
/// ``FetcherJobSource`` is the real one (PithFetch); the protocol keeps the run loop free of
/// libcurl types and lets `pith check` and `pith run` share one code path.
public protocol JobFetching: Sendable {
    func fetch(_ request: PageRequest) async -> Result<FetchedPage, PageFetchFailure>
}

/// One page request of a run.
public struct PageRequest: Sendable, Equatable {
    public var url: String
    public var headers: [String: String]
    public var userAgent: String?
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`.
    public var lastModified: String?

    public init(url: String, headers: [String: String] = [:], userAgent: String? = nil, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.headers = headers
        self.userAgent = userAgent
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// A page as fetched, or a 304.
public struct FetchedPage: Sendable, Equatable {
    /// The HTTP status; nil for `file://`.
    public var status: Int?
    public var finalURL: String
    /// Empty for a 304.
    public var body: [UInt8]
    /// The `Content-Type` charset, for the decoder.
    public var charset: String?
    public var etag: String?
    public var lastModified: String?

    public init(status: Int?, finalURL: String, body: [UInt8], charset: String? = nil, etag: String? = nil, lastModified: String? = nil) {
        self.status = status
        self.finalURL = finalURL
        self.body = body
        self.charset = charset
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The server said the page is unchanged since the validators sent.
    public var isNotModified: Bool { status == 304 }
}

/// Why a page could not be fetched, as the run reports it.
public struct PageFetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// A readable message.
    public var message: String
    /// The fetcher's stable kind (`dns`, `http`, `timeout`, ...).
    public var kind: String
    /// The HTTP status, when a response arrived.
    public var status: Int?
    /// Not the page's fault: the fetcher put the host off (politeness) or the run was
    /// stopped. Such a fetch is not recorded as a check; the job stays due.
    public var retryLater: Bool

    public init(message: String, kind: String, status: Int? = nil, retryLater: Bool = false) {
        self.message = message
        self.kind = kind
        self.status = status
        self.retryLater = retryLater
    }

    public var description: String { message }
}
