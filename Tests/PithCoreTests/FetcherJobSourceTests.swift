import PithFetch
import Testing

@testable import PithCore

/// How `pith run` turns the jobs file's settings and the fetcher's errors into its own terms.
@Suite struct FetcherJobSourceTests {
    @Test func settingsBecomeTheFetchersPoliteness() {
        let configuration = FetcherJobSource.configuration(JobsSettings(fetch: FetchSettings(contact: "me@example.org", perHostDelay: 3, perHostConcurrency: 2)))
        #expect(configuration.userAgent == FetchConfiguration.userAgent(contact: "me@example.org"))
        #expect(configuration.perHostDelay == 3)
        #expect(configuration.perHostConcurrency == 2)
        #expect(configuration.respectRobots)
        let replaced = FetcherJobSource.configuration(JobsSettings(fetch: FetchSettings(contact: "me@example.org", userAgent: "MyBot/1.0")))
        #expect(replaced.userAgent == "MyBot/1.0")
        #expect(replaced.perHostDelay == FetchConfiguration().perHostDelay)
    }

    @Test(arguments: [
        (FetchError.deferred(host: "example.org", seconds: 120), true),
        (FetchError.cancelled(url: "https://example.org/"), true),
        (FetchError.http(status: 503, url: "https://example.org/"), false),
        (FetchError.dns(host: "example.org", message: "no such host"), false),
        (FetchError.robotsDisallowed(url: "https://example.org/"), false),
    ])
    func onlyAPutOffOrAStopIsRetriedLater(_ error: FetchError, _ later: Bool) {
        let failure = PageFetchFailure(error)
        #expect(failure.retryLater == later)
        #expect(failure.kind == error.kind)
        #expect(failure.status == error.status)
        #expect(failure.message == error.description)
    }
}
