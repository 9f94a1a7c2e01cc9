/// Header fields in arrival order, looked up by name without regard to case (as HTTP does).
public struct LoopbackHeaders: Sendable, Equatable {
    /// One header line.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields as they arrived, names spelled as sent.
    public var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// The value of the first field with this name (case-insensitive), or nil.
    public subscript(_ name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// Every value of the fields with this name (case-insensitive), in arrival order.
    public func values(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return fields.filter { $0.name.lowercased() == lowered }.map(\.value)
    }
}

/// One request as the ``LoopbackServer`` received it.
public struct LoopbackRequest: Sendable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The request target as sent: the path with its query (`/page?x=1`).
    public var path: String
    /// The path without the query (`/page`).
    public var pathWithoutQuery: String {
        path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
    }
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    public var headers: LoopbackHeaders
    /// The body, read per `Content-Length` (empty when there was none).
    public var body: [UInt8]
    /// When the request head had fully arrived (monotonic clock, for gaps between requests).
    public var arrival: ContinuousClock.Instant
    /// 1 for the first request to this exact `path` on this server, 2 for the next, ...: lets a
    /// handler script "500, then 200" without keeping its own counter.
    public var visit: Int
    /// Which accepted connection carried it (1, 2, ...): equal numbers mean a reused connection.
    public var connection: Int

    public init(
        method: String, path: String, version: String = "HTTP/1.1", headers: LoopbackHeaders = LoopbackHeaders(),
        body: [UInt8] = [], arrival: ContinuousClock.Instant = .now, visit: Int = 1, connection: Int = 1
    ) {
        self.method = method
        self.path = path
        self.version = version
        self.headers = headers
        self.body = body
        self.arrival = arrival
        self.visit = visit
        self.connection = connection
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// What a ``LoopbackServer`` handler answers, including how badly to behave while sending it.
public struct LoopbackResponse: Sendable {
    /// How the end of the body is signalled.
    public enum Framing: Sendable, Equatable {
        /// `Content-Length` of the body (none for 1xx, 204 and 304, which carry no body).
        case automatic
        /// `Content-Length: n` whatever the body's size; with a shorter body the connection is
        /// closed after it, so the client sees a truncated transfer.
        case declaredLength(Int)
        /// No length: the body ends when the server closes the connection.
        case closeDelimited
        /// `Transfer-Encoding: chunked`, one chunk per write (per drip step when dripping).
        case chunked
    }

    /// Send the body `bytes` at a time with a pause of `interval` seconds between writes.
    public struct Drip: Sendable, Equatable {
        public var bytes: Int
        public var interval: Double

        public init(bytes: Int, every interval: Double) {
            self.bytes = max(1, bytes)
            self.interval = interval
        }
    }

    public var status: Int
    /// Header fields sent as given, after the status line; the server adds only the framing
    /// header and `Connection: close` when it will close.
    public var headers: [LoopbackHeaders.Field]
    public var body: [UInt8]
    public var framing: Framing
    /// Seconds to wait after the request arrived before sending anything.
    public var delayBeforeHeaders: Double
    /// Slow body delivery, or nil to send it at once.
    public var drip: Drip?
    /// Close the connection after this response even if the client wants to keep it.
    public var closeConnection: Bool

    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
        framing: Framing = .automatic, delayBeforeHeaders: Double = 0, drip: Drip? = nil, closeConnection: Bool = false
    ) {
        self.status = status
        self.headers = headers.map { LoopbackHeaders.Field(name: $0.name, value: $0.value) }
        self.body = body
        self.framing = framing
        self.delayBeforeHeaders = delayBeforeHeaders
        self.drip = drip
        self.closeConnection = closeConnection
    }

    /// A 200 (or `status`) HTML page; `contentType` is sent as given, or left out when nil.
    public static func html(
        _ text: String, status: Int = 200, contentType: String? = "text/html; charset=utf-8",
        headers: [(name: String, value: String)] = []
    ) -> LoopbackResponse {
        let typeHeader = contentType.map { [(name: "Content-Type", value: $0)] } ?? []
        return LoopbackResponse(status: status, headers: typeHeader + headers, body: Array(text.utf8))
    }

    /// A plain-text response (robots.txt).
    public static func text(_ text: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [("Content-Type", "text/plain")] + headers, body: Array(text.utf8))
    }

    /// An empty response with this status (a short body names it, except for 204 and 304).
    public static func status(_ status: Int, headers: [(name: String, value: String)] = []) -> LoopbackResponse {
        let body = status == 204 || status == 304 ? [] : Array("status \(status)\n".utf8)
        return LoopbackResponse(status: status, headers: [("Content-Type", "text/plain")] + headers, body: body)
    }

    /// A redirect to `location` (absolute or relative), with a small HTML body as servers send.
    public static func redirect(to location: String, status: Int = 302) -> LoopbackResponse {
        .html("<a href=\"\(location)\">moved</a>", status: status, headers: [("Location", location)])
    }

    /// A response whose body is already gzip-compressed (see ``Gzip``), labelled as such.
    public static func gzipped(_ compressed: [UInt8], contentType: String = "text/html; charset=utf-8") -> LoopbackResponse {
        LoopbackResponse(headers: [("Content-Type", contentType), ("Content-Encoding", "gzip")], body: compressed)
    }

    /// The standard reason phrase, for the status line.
    var reason: String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 408: "Request Timeout"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    /// Whether this status may carry a body at all.
    var allowsBody: Bool { !(100..<200).contains(status) && status != 204 && status != 304 }
}
