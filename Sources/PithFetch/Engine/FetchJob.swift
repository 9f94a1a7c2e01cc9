import Foundation

/// One requested page on its way through the engine: the request, where it goes now (a
/// redirect moves it to another URL, possibly another host's queue), how many attempts it has
/// had, and whom to tell when it is done.
final class FetchJob {
    let request: FetchRequest
    let completion: @Sendable (Result<FetchResponse, FetchError>) -> Void
    /// The URL to fetch next: the request's, then each redirect's target.
    private(set) var url: String
    private(set) var target: FetchTarget
    /// Attempts at the current URL.
    var attempts = 0
    /// URLs already requested, to stop a redirect loop at its first repeat.
    private var visited: Set<String> = []
    /// The host the request was made for: cookies go to it only.
    let originHostKey: String

    init(request: FetchRequest, target: FetchTarget, completion: @escaping @Sendable (Result<FetchResponse, FetchError>) -> Void) {
        self.request = request
        self.url = request.url
        self.target = target
        self.originHostKey = target.hostKey
        self.completion = completion
        visited.insert(request.url)
    }

    /// Redirects followed so far.
    var redirects: Int { visited.count - 1 }

    /// Moves the job to a redirect's target, or says why it may not go there.
    func follow(redirectTo location: String, limit: Int) -> FetchError? {
        let next: FetchTarget
        switch FetchTarget.parse(location) {
        case .success(let parsed) where !parsed.isFile: next = parsed
        default: return .forbiddenRedirect(from: request.url, to: location)
        }
        guard visited.insert(location).inserted, redirects <= limit else {
            return .tooManyRedirects(url: request.url, limit: limit)
        }
        url = location
        target = next
        attempts = 0
        return nil
    }
}

/// What the engine needs to know about a URL before fetching it.
struct FetchTarget {
    /// `scheme://host:port`, the unit of politeness; `file://` for local files.
    let hostKey: String
    /// The host name, for messages.
    let host: String
    /// Path and query as sent, matched against robots.txt.
    let pathAndQuery: String
    let isFile: Bool

    /// Parses and checks a URL: only http, https and file may be requested.
    static func parse(_ url: String) -> Result<FetchTarget, FetchError> {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return .failure(.invalidURL(url))
        }
        switch scheme {
        case "file":
            guard !components.path.isEmpty else { return .failure(.invalidURL(url)) }
            return .success(FetchTarget(hostKey: "file://", host: "", pathAndQuery: components.path, isFile: true))
        case "http", "https":
            guard let host = components.host?.lowercased(), !host.isEmpty else { return .failure(.invalidURL(url)) }
            let port = components.port ?? (scheme == "https" ? 443 : 80)
            let hostPart = host.utf8.contains(UInt8(ascii: ":")) ? "[\(host)]" : host
            var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
            if let query = components.percentEncodedQuery { path += "?" + query }
            return .success(FetchTarget(hostKey: "\(scheme)://\(hostPart):\(port)", host: host, pathAndQuery: path, isFile: false))
        default:
            return .failure(.unsupportedScheme(url))
        }
    }
}

/// How fast one host name may be asked, owned by the engine thread. Shared by every origin
/// of the name (`http` and `https`, other ports): they are one server to be polite to, so one
/// gap and one concurrency limit hold across them, while robots.txt stays per origin.
final class HostPace {
    var inFlight = 0
    /// Monotonic time before which no request may start.
    var nextStart: Double = 0
    var concurrency: Int
    var delay: Double

    init(concurrency: Int, delay: Double) {
        self.concurrency = concurrency
        self.delay = delay
    }
}

/// Politeness state of one origin (`scheme://host:port`), owned by the engine thread.
final class HostState {
    enum Robots {
        case unknown, fetching
        case ready(RobotsRules)
    }

    let key: String
    let host: String
    /// The host name's pace, shared with its other origins.
    let pace: HostPace
    var queue: [FetchJob] = []
    var queueHead = 0
    var robots: Robots = .unknown
    /// A Crawl-delay over the cap: every page of this host is deferred.
    var deferredFor: Double?
    var isWaiting = false
    /// Attempts at robots.txt so far; a host that cannot be reached is tried like a page.
    var robotsAttempts = 0
    /// Why the host could not be reached for its robots.txt, after the retries: every page
    /// of the host fails with it (RFC 9309: an unreachable robots.txt means keep away).
    var unreachable: FetchError?

    init(key: String, host: String, pace: HostPace) {
        self.key = key
        self.host = host
        self.pace = pace
    }

    var hasQueued: Bool { queueHead < queue.count }

    func popJob() -> FetchJob {
        let job = queue[queueHead]
        queueHead += 1
        if queueHead > 64 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return job
    }

    func pushFront(_ job: FetchJob) {
        if queueHead > 0 {
            queueHead -= 1
            queue[queueHead] = job
        } else {
            queue.insert(job, at: 0)
        }
    }

    func drain() -> [FetchJob] {
        let jobs = Array(queue[queueHead...])
        queue.removeAll()
        queueHead = 0
        return jobs
    }
}
