import Foundation

/// Fetches pages with libcurl: many transfers at once, politely.
///
/// One fetch thread drives a `curl_multi` handle (as `curl --parallel` does); callers on any
/// thread or task hand it requests and get results back. No blocking call runs on Swift's
/// cooperative pool. The fetcher owns every libcurl handle; none leaves this module.
///
/// Politeness: robots.txt is fetched once per host and obeyed (RFC 9309), at most
/// ``FetchConfiguration/perHostConcurrency`` requests run per host, each starting at least
/// ``FetchConfiguration/perHostDelay`` (or the host's Crawl-delay) after the previous one.
/// Proxies come from the usual environment variables (`http_proxy`, `https_proxy`,
/// `no_proxy`), which libcurl reads itself.
public final class Fetcher: Sendable {
    public let configuration: FetchConfiguration
    private let engine: FetchEngine

    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
        engine = FetchEngine(configuration: configuration)
    }

    deinit {
        engine.shutdown()
    }

    /// Fetches one page, honouring robots.txt, the per-host limits and retries.
    public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchError> {
        await withCheckedContinuation { continuation in
            submit(request) { continuation.resume(returning: $0) }
        }
    }

    /// Fetches one page, blocking the calling thread (for synchronous callers such as
    /// `pith extract`'s loader). Never call it from a Swift concurrency task.
    public func fetchAndWait(_ request: FetchRequest) -> Result<FetchResponse, FetchError> {
        let box = ResultBox()
        submit(request) { box.set($0) }
        return box.wait()
    }

    /// Fetches many pages, calling `completion` (on the fetch thread; keep it short, or block
    /// it on purpose to hold transfers back) with each request's index as it finishes, in
    /// completion order. Returns when every request has completed.
    public func fetchAll(_ requests: [FetchRequest], completion: @escaping @Sendable (Int, Result<FetchResponse, FetchError>) -> Void) async {
        guard !requests.isEmpty else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let countdown = Countdown(requests.count) { continuation.resume() }
            var jobs: [FetchJob] = []
            jobs.reserveCapacity(requests.count)
            for (index, request) in requests.enumerated() {
                let report: @Sendable (Result<FetchResponse, FetchError>) -> Void = { result in
                    completion(index, result)
                    countdown.tick()
                }
                switch FetchTarget.parse(request.url) {
                case .success(let target): jobs.append(FetchJob(request: request, target: target, completion: report))
                case .failure(let error): report(.failure(error))
                }
            }
            engine.submit(jobs)
        }
    }

    /// Aborts every queued and in-flight transfer; each completes with ``FetchError/cancelled(url:)``.
    /// Requests submitted afterwards are fetched normally.
    public func cancelAll() {
        engine.cancelAll()
    }

    private func submit(_ request: FetchRequest, completion: @escaping @Sendable (Result<FetchResponse, FetchError>) -> Void) {
        switch FetchTarget.parse(request.url) {
        case .success(let target): engine.submit([FetchJob(request: request, target: target, completion: completion)])
        case .failure(let error): completion(.failure(error))
        }
    }
}

/// Hands one result from the fetch thread to a waiting thread.
private final class ResultBox: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<FetchResponse, FetchError>?

    func set(_ value: Result<FetchResponse, FetchError>) {
        condition.lock()
        result = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Result<FetchResponse, FetchError> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

/// Calls `done` once after `count` ticks, from whichever thread ticks last.
private final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private let done: @Sendable () -> Void

    init(_ count: Int, done: @escaping @Sendable () -> Void) {
        remaining = count
        self.done = done
    }

    func tick() {
        let finished = lock.withLock {
            remaining -= 1
            return remaining == 0
        }
        if finished { done() }
    }
}
