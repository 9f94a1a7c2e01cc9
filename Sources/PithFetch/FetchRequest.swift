/// One page to fetch.
///
/// Validators (`etag`, `lastModified`) make the request conditional: a server that still has
/// that version answers 304 and the response comes back with ``FetchResponse/isNotModified``.
public struct FetchRequest: Sendable, Equatable {
    /// An `http://`, `https://` or `file://` URL.
    public var url: String
    /// Extra request headers (name → value), sent as given.
    public var headers: [String: String]
    /// Overrides the fetcher's User-Agent for this request.
    public var userAgent: String?
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`.
    public var lastModified: String?
    /// Sent as the `Cookie` header (`name=value; name2=value2`).
    public var cookies: String?
    /// When true, a response whose `Content-Type` is neither HTML nor XHTML fails with
    /// ``FetchError/unsupportedContentType(_:)`` as soon as the headers arrive.
    public var requireHTML: Bool
    /// A body to POST instead of a GET (webhooks).
    public var post: PostBody?

    public init(
        url: String, headers: [String: String] = [:], userAgent: String? = nil, etag: String? = nil,
        lastModified: String? = nil, cookies: String? = nil, requireHTML: Bool = true, post: PostBody? = nil
    ) {
        self.url = url
        self.headers = headers
        self.userAgent = userAgent
        self.etag = etag
        self.lastModified = lastModified
        self.cookies = cookies
        self.requireHTML = requireHTML
        self.post = post
    }

    /// A request body and its media type.
    public struct PostBody: Sendable, Equatable {
        public var contentType: String
        public var bytes: [UInt8]

        public init(contentType: String, bytes: [UInt8]) {
            self.contentType = contentType
            self.bytes = bytes
        }
    }
}
