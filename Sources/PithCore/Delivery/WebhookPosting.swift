/// POSTs an event to a webhook. The real one goes through PithFetch (the only libcurl user).
public protocol WebhookPosting: Sendable {
    /// Sends `json` as `application/json`; succeeds on a 2xx answer.
    func post(json: String, to url: String) async -> Result<Void, PageFetchFailure>
}
