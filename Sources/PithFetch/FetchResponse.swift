/// What came back for one ``FetchRequest``.
///
/// Any HTTP status the fetcher does not turn into an error (2xx, 304) arrives here; 4xx and
/// 5xx are ``FetchError/http(status:url:)`` after the retries.
public struct FetchResponse: Sendable, Equatable {
    /// The URL that was asked for.
    public var url: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status; nil for `file://`.
    public var status: Int?
    /// The response headers of the final response, names lowercased, in arrival order.
    public var headers: [Header]
    /// The body as delivered (decompressed when the server compressed it); empty for a 304.
    public var body: [UInt8]
    /// The `Content-Type` header's media type, lowercased (`text/html`), when there was one.
    public var mediaType: String?
    /// The `charset` parameter of `Content-Type`, handed to the decoder.
    public var charset: String?
    /// How long the transfer took.
    public var timings: FetchTimings
    /// How many attempts were made (1 when the first one succeeded).
    public var attempts: Int

    public init(
        url: String, finalURL: String, status: Int?, headers: [Header] = [], body: [UInt8], mediaType: String? = nil,
        charset: String? = nil, timings: FetchTimings = FetchTimings(), attempts: Int = 1
    ) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.headers = headers
        self.body = body
        self.mediaType = mediaType
        self.charset = charset
        self.timings = timings
        self.attempts = attempts
    }

    /// The server said the page has not changed since the validators sent.
    public var isNotModified: Bool { status == 304 }

    /// The first header with this (case-insensitive) name.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }

    /// The `ETag` to store for the next conditional request.
    public var etag: String? { header("etag") }
    /// The `Last-Modified` to store for the next conditional request.
    public var lastModified: String? { header("last-modified") }

    /// One response header.
    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}

/// Durations of one transfer, in seconds, as libcurl measured them (the last attempt).
public struct FetchTimings: Sendable, Equatable {
    public var nameLookup: Double
    public var connect: Double
    public var tlsHandshake: Double
    public var firstByte: Double
    public var total: Double

    public init(nameLookup: Double = 0, connect: Double = 0, tlsHandshake: Double = 0, firstByte: Double = 0, total: Double = 0) {
        self.nameLookup = nameLookup
        self.connect = connect
        self.tlsHandshake = tlsHandshake
        self.firstByte = firstByte
        self.total = total
    }
}
