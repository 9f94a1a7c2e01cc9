/// How a ``Fetcher`` behaves: concurrency, politeness and limits.
///
/// The defaults are the polite ones the README documents; `pith scrape` flags and the jobs
/// file's `settings:` change them.
public struct FetchConfiguration: Sendable, Equatable {
    /// Transfers in flight at once, across all hosts.
    public var maxConcurrent: Int = 32
    /// Transfers in flight at once per host.
    public var perHostConcurrency: Int = 1
    /// Seconds between the start of one request to a host and the next (0 for none).
    public var perHostDelay: Double = 1
    /// Per-host exceptions to `perHostConcurrency` and `perHostDelay`, keyed by host name.
    public var hostPolicies: [String: HostPolicy] = [:]
    /// Honour robots.txt (RFC 9309). Turning it off is logged as a warning by the caller.
    public var respectRobots: Bool = true
    /// The User-Agent sent with every request, and matched against robots.txt groups.
    public var userAgent: String = FetchConfiguration.userAgent(contact: nil)
    /// Size, time, redirect and retry limits.
    public var limits: FetchLimits = FetchLimits()
    /// Seconds of the first retry's backoff; each further retry doubles it (plus jitter).
    public var retryBackoff: Double = 1

    public init() {}

    /// The honest User-Agent: `pith/VERSION (+https://github.com/pith-scraper/pith; CONTACT)`.
    public static func userAgent(contact: String?, version: String = FetchConfiguration.version) -> String {
        let project = "+https://github.com/pith-scraper/pith"
        guard let contact, !contact.isEmpty else { return "pith/\(version) (\(project))" }
        return "pith/\(version) (\(project); \(contact))"
    }

    /// Pith's version, the one place it is written: the User-Agent carries it, and PithCore's
    /// `PithVersion.tool` (what `pith --version` prints) reads it from here.
    public static let version = "0.1.0"
}

/// A per-host exception to the politeness defaults.
public struct HostPolicy: Sendable, Equatable {
    public var concurrency: Int
    public var delay: Double

    public init(concurrency: Int, delay: Double) {
        self.concurrency = concurrency
        self.delay = delay
    }
}

/// Caps on one fetch. Each has a `pith scrape` flag and a jobs-file key.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds to establish a connection.
    public var connectTimeout: Double = 10
    /// Seconds for a whole transfer.
    public var totalTimeout: Double = 60
    /// Bytes per second below which a transfer is too slow ...
    public var lowSpeedBytesPerSecond: Int = 1024
    /// ... for this many seconds, and is cut off.
    public var lowSpeedSeconds: Double = 15
    /// Redirects followed before giving up.
    public var maxRedirects: Int = 10
    /// Bytes accepted on the wire.
    public var maxBodyBytes: Int = 10 << 20
    /// Bytes accepted after decompression.
    public var maxDecodedBytes: Int = 50 << 20
    /// Retries after the first attempt, for network errors, 408, 429 and 5xx.
    public var maxRetries: Int = 3
    /// The longest Crawl-delay honoured; a host asking for more is deferred.
    public var crawlDelayCap: Double = 10
    /// The longest Retry-After waited for within a run; a longer one defers the host.
    public var retryAfterCap: Double = 30

    public init() {}
}
