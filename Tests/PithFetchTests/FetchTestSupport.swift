import Foundation
import PithFetch
import Synchronization
import Testing
import _PithTestSupport

/// The contact every test configuration puts in its User-Agent.
let testContact = "fetch-tests@pith.example"

/// A configuration that keeps tests fast: no per-host pause, short backoffs, few retries.
/// Tests that check a limit set it explicitly.
func testConfiguration(_ adjust: (inout FetchConfiguration) -> Void = { _ in }) -> FetchConfiguration {
    var configuration = FetchConfiguration()
    configuration.perHostDelay = 0
    configuration.retryBackoff = 0.05
    configuration.limits.maxRetries = 2
    configuration.limits.connectTimeout = 5
    configuration.limits.totalTimeout = 30
    configuration.userAgent = FetchConfiguration.userAgent(contact: testContact)
    adjust(&configuration)
    return configuration
}

/// Fetches one URL with a fresh fetcher.
func fetch(
    _ url: String, configuration: FetchConfiguration = testConfiguration(), _ adjust: (inout FetchRequest) -> Void = { _ in }
) async -> Result<FetchResponse, FetchError> {
    var request = FetchRequest(url: url)
    adjust(&request)
    return await Fetcher(configuration: configuration).fetch(request)
}

/// Runs `fetchAll` and returns the results by request index.
func fetchAll(_ requests: [FetchRequest], with fetcher: Fetcher) async -> [Int: Result<FetchResponse, FetchError>] {
    let collected = ResultCollector()
    await fetcher.fetchAll(requests) { index, result in collected.add(index, result) }
    #expect(collected.duplicateCount == 0, "fetchAll reported some request more than once")
    return collected.results
}

/// Results delivered on the fetch thread, gathered for the test to read.
final class ResultCollector: Sendable {
    private let storage = Mutex<(results: [Int: Result<FetchResponse, FetchError>], duplicates: Int)>(([:], 0))

    func add(_ index: Int, _ result: Result<FetchResponse, FetchError>) {
        storage.withLock { state in
            if state.results[index] != nil { state.duplicates += 1 }
            state.results[index] = result
        }
    }

    var results: [Int: Result<FetchResponse, FetchError>] { storage.withLock { $0.results } }
    /// Completions delivered more than once for the same index (there should be none).
    var duplicateCount: Int { storage.withLock { $0.duplicates } }
}

/// The response, or a recorded issue naming the error that came instead.
func requireResponse(
    _ result: Result<FetchResponse, FetchError>?, sourceLocation: SourceLocation = #_sourceLocation
) throws -> FetchResponse {
    switch result {
    case .success(let response):
        return response
    case .failure(let error):
        Issue.record("expected a response, got \(error.kind) error: \(error)", sourceLocation: sourceLocation)
        throw UnexpectedOutcome()
    case nil:
        Issue.record("no result was delivered", sourceLocation: sourceLocation)
        throw UnexpectedOutcome()
    }
}

/// The error, or a recorded issue describing the response that came instead.
func requireError(
    _ result: Result<FetchResponse, FetchError>?, sourceLocation: SourceLocation = #_sourceLocation
) throws -> FetchError {
    switch result {
    case .failure(let error):
        return error
    case .success(let response):
        Issue.record(
            "expected an error, got status \(response.status.map(String.init) ?? "nil") with \(response.body.count) bytes",
            sourceLocation: sourceLocation)
        throw UnexpectedOutcome()
    case nil:
        Issue.record("no result was delivered", sourceLocation: sourceLocation)
        throw UnexpectedOutcome()
    }
}

struct UnexpectedOutcome: Error {}

/// The server stamps a request when its thread gets to read it; under load that stamp can be
/// a little late for one request and on time for the next. Gap checks forgive this much.
let clockSlack = Duration.milliseconds(50)

/// Gaps between consecutive arrivals of `requests`, in arrival order.
func arrivalGaps(_ requests: [LoopbackRequest]) -> [Duration] {
    let arrivals = requests.map(\.arrival).sorted()
    return zip(arrivals.dropFirst(), arrivals).map { $0 - $1 }
}

/// Waits until `condition` holds, polling, for at most `timeout` seconds; false on timeout.
func waitUntil(timeout: Double = 15, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while !condition() {
        if ContinuousClock.now > deadline { return false }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return true
}

/// A handler for a site without robots.txt (404: everything allowed) whose pages `handler`
/// answers; handlers that count visits use it, so the robots.txt request never counts as one.
func site(_ handler: @escaping LoopbackServer.Handler) -> LoopbackServer.Handler {
    { request in request.path == "/robots.txt" ? .status(404) : handler(request) }
}

/// A small HTML page that names its path, so a test can tell which page it got.
func page(_ path: String) -> String { "<html><body><p>page \(path)</p></body></html>" }
