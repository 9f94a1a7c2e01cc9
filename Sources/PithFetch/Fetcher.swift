/// Fetches pages with libcurl: many transfers at once, politely.
///
/// One fetch thread drives a `curl_multi` handle (as `curl --parallel` does); callers on any
/// thread or task hand it requests and get results back. No blocking call runs on Swift's
/// cooperative pool. The fetcher owns every libcurl handle; none leaves this module.
public final class Fetcher: Sendable {
    public let configuration: FetchConfiguration

    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
        fatalError("Fetcher engine: not written yet")
    }

    /// Fetches one page, honouring robots.txt, the per-host limits and retries.
    public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchError> {
        fatalError("Fetcher engine: not written yet")
    }

    /// Fetches one page, blocking the calling thread (for synchronous callers such as
    /// `pith extract`'s loader). Never call it from a Swift concurrency task.
    public func fetchAndWait(_ request: FetchRequest) -> Result<FetchResponse, FetchError> {
        fatalError("Fetcher engine: not written yet")
    }

    /// Fetches many pages, calling `completion` (on the fetch thread; keep it short) as each
    /// finishes, in completion order. Returns when all are done or the fetcher was cancelled.
    public func fetchAll(_ requests: [FetchRequest], completion: @escaping @Sendable (Int, Result<FetchResponse, FetchError>) -> Void) async {
        fatalError("Fetcher engine: not written yet")
    }

    /// Aborts every queued and in-flight transfer; each completes with ``FetchError/cancelled(url:)``.
    public func cancelAll() {
        fatalError("Fetcher engine: not written yet")
    }
}
