/// Why a fetch failed, with a readable message and a stable ``kind``.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL could not be parsed, or has no host.
    case invalidURL(String)
    /// Only `http`, `https` and `file` may be requested.
    case unsupportedScheme(String)
    /// The host name did not resolve.
    case dns(host: String, message: String)
    /// The TCP connection failed (refused, unreachable, reset).
    case connect(host: String, message: String)
    /// The TLS handshake or certificate verification failed.
    case tls(host: String, message: String)
    /// The connect, total or low-speed limit was hit.
    case timeout(url: String, message: String)
    /// The body went over a cap (bytes on the wire, or decompressed).
    case tooLarge(url: String, limit: Int)
    /// More redirects than allowed, or a loop.
    case tooManyRedirects(url: String, limit: Int)
    /// A redirect to a scheme other than http/https (`file://`, `ftp://`, ...).
    case forbiddenRedirect(from: String, to: String)
    /// robots.txt disallows this URL for our User-Agent.
    case robotsDisallowed(url: String)
    /// The server answered 4xx or 5xx (after retries, for the retryable ones).
    case http(status: Int, url: String)
    /// The response is not HTML or XHTML.
    case unsupportedContentType(String)
    /// The host asked us to wait longer than we are willing to in this run (a Crawl-delay over
    /// the cap, or a long Retry-After); try again later.
    case deferred(host: String, seconds: Double)
    /// A `file://` URL could not be read.
    case file(path: String, message: String)
    /// The fetch was cancelled (the run was stopped).
    case cancelled(url: String)
    /// Any other transfer error, with libcurl's message.
    case network(url: String, message: String)

    /// A stable machine-readable name for reports (`index.jsonl`'s `error_kind`).
    public var kind: String {
        switch self {
        case .invalidURL: "invalid_url"
        case .unsupportedScheme: "unsupported_scheme"
        case .dns: "dns"
        case .connect: "connect"
        case .tls: "tls"
        case .timeout: "timeout"
        case .tooLarge: "too_large"
        case .tooManyRedirects, .forbiddenRedirect: "redirects"
        case .robotsDisallowed: "robots"
        case .http: "http"
        case .unsupportedContentType: "content_type"
        case .deferred: "deferred"
        case .file: "file"
        case .cancelled: "cancelled"
        case .network: "network"
        }
    }

    /// The HTTP status, for ``http(status:url:)``.
    public var status: Int? {
        if case .http(let status, _) = self { return status }
        return nil
    }

    public var description: String {
        switch self {
        case .invalidURL(let url): "invalid URL: \(url)"
        case .unsupportedScheme(let url): "unsupported URL scheme (only http, https and file): \(url)"
        case .dns(let host, let message): "cannot resolve host \(host): \(message)"
        case .connect(let host, let message): "cannot connect to \(host): \(message)"
        case .tls(let host, let message): "TLS error with \(host): \(message)"
        case .timeout(let url, let message): "timed out fetching \(url): \(message)"
        case .tooLarge(let url, let limit): "response from \(url) is larger than the \(Self.bytes(limit)) limit"
        case .tooManyRedirects(let url, let limit): "too many redirects (more than \(limit)) from \(url)"
        case .forbiddenRedirect(let from, let to): "refused redirect from \(from) to \(to): only http and https are followed"
        case .robotsDisallowed(let url): "robots.txt disallows \(url)"
        case .http(let status, let url): "HTTP \(status) from \(url)"
        case .unsupportedContentType(let type): "unsupported content type \(type): only HTML is extracted"
        case .deferred(let host, let seconds): "deferred \(host): the server asked to wait \(Int(seconds.rounded())) s"
        case .file(let path, let message): "cannot read \(path): \(message)"
        case .cancelled(let url): "cancelled: \(url)"
        case .network(let url, let message): "network error fetching \(url): \(message)"
        }
    }

    private static func bytes(_ count: Int) -> String {
        count >= 1 << 20 && count % (1 << 20) == 0 ? "\(count >> 20) MB" : "\(count) bytes"
    }
}
