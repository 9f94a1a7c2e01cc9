import PithFetch
import Synchronization

/// POSTs run events to webhooks through PithFetch (the only libcurl user).
///
/// A webhook is the user's own endpoint, not a site being read: robots.txt does not apply and
/// there is no per-host delay. Its fetcher is made on the first POST, so runs without
/// webhooks start no second fetch thread.
public final class FetcherWebhook: WebhookPosting {
    private let configuration: FetchConfiguration
    private let fetcher = Mutex<Fetcher?>(nil)

    public init(userAgent: String) {
        var configuration = FetchConfiguration()
        configuration.respectRobots = false
        configuration.perHostDelay = 0
        configuration.userAgent = userAgent
        // One quick retry: an undelivered event stays in the outbox and the next run posts it
        // again, so long backoffs here would only hold up this run.
        configuration.limits.maxRetries = 1
        configuration.limits.totalTimeout = 30
        self.configuration = configuration
    }

    public func post(json: String, to url: String) async -> Result<Void, PageFetchFailure> {
        let request = FetchRequest(
            url: url, requireHTML: false, post: FetchRequest.PostBody(contentType: "application/json", bytes: Array(json.utf8)))
        switch await sharedFetcher().fetch(request) {
        case .success(let response):
            guard let status = response.status, (200..<300).contains(status) else {
                let answer = response.status.map { "HTTP \($0)" } ?? "no HTTP status"
                return .failure(PageFetchFailure(message: "\(answer) from \(url), expected 2xx", kind: "http", status: response.status))
            }
            return .success(())
        case .failure(let error):
            return .failure(PageFetchFailure(error))
        }
    }

    private func sharedFetcher() -> Fetcher {
        fetcher.withLock { fetcher in
            if let fetcher { return fetcher }
            let made = Fetcher(configuration: configuration)
            fetcher = made
            return made
        }
    }
}
