import PithExtract
import PithStore

/// One URL to watch, with everything the jobs file says about it (defaults applied).
public struct Job: Sendable, Equatable {
    /// Unique in the file; the URL when the file gives no name. The store keys history by it.
    public var name: String
    public var url: String
    public var tags: [String]
    public var enabled: Bool
    /// Extra request headers, merged over the defaults' headers.
    public var headers: [String: String]
    public var userAgent: String?
    public var schedule: Schedule
    /// Applied to the normalized text before comparing; ``IgnoreRule/defaults`` when unset.
    public var ignore: [IgnoreRule]
    /// Where the article is and what to strip, overriding site rules.
    public var selectors: SiteRule?
    /// Consecutive failures before the job's failure is reported (once).
    public var maxTries: Int
    /// A shell command run with the event on stdin.
    public var onChange: String?
    /// A URL the event is POSTed to as JSON.
    public var webhook: String?
    /// The line where the job starts in its file (0 when it did not come from a file).
    public var line: Int

    public init(
        name: String, url: String, tags: [String] = [], enabled: Bool = true, headers: [String: String] = [:],
        userAgent: String? = nil, schedule: Schedule = .everyRun, ignore: [IgnoreRule] = IgnoreRule.defaults,
        selectors: SiteRule? = nil, maxTries: Int = 3, onChange: String? = nil, webhook: String? = nil, line: Int = 0
    ) {
        self.name = name
        self.url = url
        self.tags = tags
        self.enabled = enabled
        self.headers = headers
        self.userAgent = userAgent
        self.schedule = schedule
        self.ignore = ignore
        self.selectors = selectors
        self.maxTries = maxTries
        self.onChange = onChange
        self.webhook = webhook
        self.line = line
    }

    /// A fingerprint of everything in the job that shapes the compared article (selectors and
    /// ignore rules). When it changes, the baseline is re-extracted before comparing.
    public var rulesFingerprint: String {
        var parts = ["content=\(selectors?.content?.source ?? "")"]
        parts += (selectors?.strip ?? []).map { "strip=\($0.source)" }
        parts += ignore.map { "ignore=\($0.source)" }
        return String(SHA256.hex(parts.joined(separator: "\n").utf8).prefix(16))
    }

    /// Where events of this job go.
    public var deliveryTargets: [DeliveryTarget] {
        [onChange.map { DeliveryTarget(channel: .onChange, target: $0) }, webhook.map { DeliveryTarget(channel: .webhook, target: $0) }]
            .compactMap { $0 }
    }
}
