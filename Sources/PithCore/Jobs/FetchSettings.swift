import PithFetch

/// How to fetch, as one layer of settings: every value optional, nil meaning "not said here".
///
/// Layers stack: Pith's defaults (``FetchConfiguration``), then the jobs file's `settings:`,
/// then a command's flags. ``configuration(settings:flags:)`` builds the fetcher's
/// configuration from them.
public struct FetchSettings: Sendable, Equatable {
    /// Who to contact about Pith's requests, put into the User-Agent.
    public var contact: String?
    /// Replaces Pith's User-Agent (and so the contact).
    public var userAgent: String?
    /// Minimum gap between requests to one host, in seconds.
    public var perHostDelay: Double?
    /// Requests in flight to one host at a time.
    public var perHostConcurrency: Int?
    /// Time, speed, size, redirect and retry limits.
    public var limits: FetchLimitSettings
    /// Per-host exceptions to `perHostDelay` and `perHostConcurrency`, keyed by lower-case host name.
    public var hosts: [String: HostSettings]

    public init(
        contact: String? = nil, userAgent: String? = nil, perHostDelay: Double? = nil, perHostConcurrency: Int? = nil,
        limits: FetchLimitSettings = FetchLimitSettings(), hosts: [String: HostSettings] = [:]
    ) {
        self.contact = contact
        self.userAgent = userAgent
        self.perHostDelay = perHostDelay
        self.perHostConcurrency = perHostConcurrency
        self.limits = limits
        self.hosts = hosts
    }

    /// Pith's defaults, changed by `settings`, changed in turn by `flags`.
    public static func configuration(
        settings: FetchSettings, flags: FetchSettings, defaults: FetchConfiguration = FetchConfiguration()
    ) -> FetchConfiguration {
        settings.overridden(by: flags).applied(to: defaults)
    }

    /// These settings with every value `other` gives replacing this one's.
    ///
    /// The identity is replaced as a whole: a layer giving a contact or a User-Agent drops the
    /// lower layer's, so `--contact` wins over a `user_agent` from the jobs file. Host
    /// policies are merged by host name.
    public func overridden(by other: FetchSettings) -> FetchSettings {
        var result = self
        if other.contact != nil || other.userAgent != nil {
            result.contact = other.contact
            result.userAgent = other.userAgent
        }
        result.perHostDelay = other.perHostDelay ?? perHostDelay
        result.perHostConcurrency = other.perHostConcurrency ?? perHostConcurrency
        result.limits = limits.overridden(by: other.limits)
        result.hosts = hosts.merging(other.hosts) { $0.overridden(by: $1) }
        return result
    }

    /// `base` with the values these settings give; a host policy's missing value is the
    /// global one (after these settings).
    public func applied(to base: FetchConfiguration) -> FetchConfiguration {
        var configuration = base
        if userAgent != nil || contact != nil {
            configuration.userAgent = userAgent ?? FetchConfiguration.userAgent(contact: contact)
        }
        configuration.perHostDelay = perHostDelay ?? base.perHostDelay
        configuration.perHostConcurrency = perHostConcurrency ?? base.perHostConcurrency
        configuration.limits = limits.applied(to: base.limits)
        for (host, policy) in hosts {
            configuration.hostPolicies[host] = HostPolicy(
                concurrency: policy.concurrency ?? configuration.perHostConcurrency,
                delay: policy.delay ?? configuration.perHostDelay)
        }
        return configuration
    }
}

/// A per-host exception in the jobs file's `hosts:`; a missing value is the global setting's.
public struct HostSettings: Sendable, Equatable {
    /// Minimum gap between requests to this host, in seconds.
    public var delay: Double?
    /// Requests in flight to this host at a time.
    public var concurrency: Int?

    public init(delay: Double? = nil, concurrency: Int? = nil) {
        self.delay = delay
        self.concurrency = concurrency
    }

    /// These values, with the ones `other` gives replacing them.
    public func overridden(by other: HostSettings) -> HostSettings {
        HostSettings(delay: other.delay ?? delay, concurrency: other.concurrency ?? concurrency)
    }
}

/// One layer of ``FetchLimits``: each value optional, nil meaning "not said here".
public struct FetchLimitSettings: Sendable, Equatable {
    /// Seconds to establish a connection.
    public var connectTimeout: Double?
    /// Seconds for a whole transfer.
    public var totalTimeout: Double?
    /// Bytes per second below which a transfer is too slow (0: no speed check) ...
    public var lowSpeedBytesPerSecond: Int?
    /// ... for this many seconds, and is cut off.
    public var lowSpeedSeconds: Double?
    /// Redirects followed before giving up.
    public var maxRedirects: Int?
    /// Bytes accepted on the wire.
    public var maxBodyBytes: Int?
    /// Bytes accepted after decompression (never less than `maxBodyBytes` once applied).
    public var maxDecodedBytes: Int?
    /// Retries after the first attempt.
    public var maxRetries: Int?
    /// The longest robots.txt Crawl-delay honoured, in seconds.
    public var crawlDelayCap: Double?

    public init(
        connectTimeout: Double? = nil, totalTimeout: Double? = nil, lowSpeedBytesPerSecond: Int? = nil,
        lowSpeedSeconds: Double? = nil, maxRedirects: Int? = nil, maxBodyBytes: Int? = nil, maxDecodedBytes: Int? = nil,
        maxRetries: Int? = nil, crawlDelayCap: Double? = nil
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedSeconds = lowSpeedSeconds
        self.maxRedirects = maxRedirects
        self.maxBodyBytes = maxBodyBytes
        self.maxDecodedBytes = maxDecodedBytes
        self.maxRetries = maxRetries
        self.crawlDelayCap = crawlDelayCap
    }

    /// Bytes in `megabytes` MB (MiB, as the flags and keys count them); at least 1.
    public static func bytes(megabytes: Double) -> Int { max(1, Int(megabytes * Double(1 << 20))) }

    /// These limits with every value `other` gives replacing this one's.
    public func overridden(by other: FetchLimitSettings) -> FetchLimitSettings {
        FetchLimitSettings(
            connectTimeout: other.connectTimeout ?? connectTimeout, totalTimeout: other.totalTimeout ?? totalTimeout,
            lowSpeedBytesPerSecond: other.lowSpeedBytesPerSecond ?? lowSpeedBytesPerSecond,
            lowSpeedSeconds: other.lowSpeedSeconds ?? lowSpeedSeconds, maxRedirects: other.maxRedirects ?? maxRedirects,
            maxBodyBytes: other.maxBodyBytes ?? maxBodyBytes, maxDecodedBytes: other.maxDecodedBytes ?? maxDecodedBytes,
            maxRetries: other.maxRetries ?? maxRetries, crawlDelayCap: other.crawlDelayCap ?? crawlDelayCap)
    }

    /// `base` with the values these settings give.
    public func applied(to base: FetchLimits) -> FetchLimits {
        var limits = base
        limits.connectTimeout = connectTimeout ?? base.connectTimeout
        limits.totalTimeout = totalTimeout ?? base.totalTimeout
        limits.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond ?? base.lowSpeedBytesPerSecond
        limits.lowSpeedSeconds = lowSpeedSeconds ?? base.lowSpeedSeconds
        limits.maxRedirects = maxRedirects ?? base.maxRedirects
        limits.maxBodyBytes = maxBodyBytes ?? base.maxBodyBytes
        // A compressed body may grow; the decoded cap is never below the wire cap.
        limits.maxDecodedBytes = max(maxDecodedBytes ?? base.maxDecodedBytes, limits.maxBodyBytes)
        limits.maxRetries = maxRetries ?? base.maxRetries
        limits.crawlDelayCap = crawlDelayCap ?? base.crawlDelayCap
        return limits
    }
}
