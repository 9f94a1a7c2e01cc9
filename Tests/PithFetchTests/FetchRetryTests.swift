import Foundation
import PithFetch
import Testing
import _PithTestSupport

/// Which failures are retried, how often, and how long the fetcher waits when asked to.
@Suite struct FetchRetryTests {
    @Test(arguments: [400, 403, 404, 410])
    func clientErrorsFailAtOnce(status: Int) async throws {
        let server = try LoopbackServer(handler: site { _ in .status(status) })
        defer { server.stop() }
        let url = server.url("/missing")
        let error = try requireError(await fetch(url))

        #expect(error == .http(status: status, url: url))
        #expect(error.status == status)
        #expect(server.requests(to: "/missing").count == 1)
    }

    @Test(arguments: [408, 429, 500, 502, 503])
    func retryableStatusThenSuccess(status: Int) async throws {
        let server = try LoopbackServer(handler: site { request in
            request.visit == 1 ? .status(status) : .html(page(request.path))
        })
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/flaky")))

        #expect(response.status == 200)
        #expect(response.attempts == 2)
        #expect(response.body == Array(page("/flaky").utf8))
        #expect(server.requests(to: "/flaky").count == 2)
    }

    @Test func serverErrorForeverFailsAfterAllRetries() async throws {
        let server = try LoopbackServer(handler: site { _ in .status(500) })
        defer { server.stop() }
        let configuration = testConfiguration { $0.limits.maxRetries = 3 }
        let url = server.url("/broken")
        let error = try requireError(await fetch(url, configuration: configuration))

        #expect(error == .http(status: 500, url: url))
        #expect(server.requests(to: "/broken").count == 4)
    }

    @Test func zeroRetriesMeansOneAttempt() async throws {
        let server = try LoopbackServer(handler: site { _ in .status(503) })
        defer { server.stop() }
        let error = try requireError(await fetch(server.url("/down"), configuration: testConfiguration { $0.limits.maxRetries = 0 }))

        #expect(error.status == 503)
        #expect(server.requests(to: "/down").count == 1)
    }

    @Test func retriesBackOff() async throws {
        let server = try LoopbackServer(handler: site { _ in .status(500) })
        defer { server.stop() }
        // Backoff 0.2 s, doubling: at least 0.2 + 0.4 s between the three attempts.
        let configuration = testConfiguration {
            $0.retryBackoff = 0.2
            $0.limits.maxRetries = 2
        }
        _ = try requireError(await fetch(server.url("/broken"), configuration: configuration))

        let gaps = arrivalGaps(server.requests(to: "/broken"))
        try #require(gaps.count == 2)
        #expect(gaps[0] >= .milliseconds(200) - clockSlack)
        #expect(gaps[1] >= .milliseconds(400) - clockSlack)
    }

    @Test func retryAfterSecondsIsWaitedFor() async throws {
        let server = try LoopbackServer(handler: site { request in
            request.visit == 1 ? .status(429, headers: [("Retry-After", "1")]) : .html(page(request.path))
        })
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/busy")))

        #expect(response.status == 200)
        #expect(response.attempts == 2)
        let gaps = arrivalGaps(server.requests(to: "/busy"))
        #expect(gaps.count == 1)
        #expect(gaps.allSatisfy { $0 >= .seconds(1) - clockSlack })
    }

    @Test func retryAfterHTTPDateIsWaitedFor() async throws {
        let server = try LoopbackServer(handler: site { request in
            guard request.visit == 1 else { return .html(page(request.path)) }
            // Three seconds ahead, truncated to whole seconds by the format: over two seconds away,
            // so even a fetcher that rounds the wait down waits at least one second.
            return .status(503, headers: [("Retry-After", httpDate(Date().addingTimeInterval(3)))])
        })
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/busy")))

        #expect(response.attempts == 2)
        let gaps = arrivalGaps(server.requests(to: "/busy"))
        #expect(gaps.count == 1)
        #expect(gaps.allSatisfy { $0 >= .seconds(1) - clockSlack })
    }

    @Test func retryAfterOverTheCapDefersTheHost() async throws {
        let server = try LoopbackServer(handler: site { _ in .status(429, headers: [("Retry-After", "120")]) })
        defer { server.stop() }
        let error = try requireError(await fetch(server.url("/busy"), configuration: testConfiguration { $0.limits.retryAfterCap = 30 }))

        #expect(error.kind == "deferred", "\(error)")
        if case .deferred(_, let seconds) = error { #expect(seconds == 120) }
        #expect(server.requests(to: "/busy").count == 1)
    }

    @Test func truncatedBodyIsANetworkErrorAndRetried() async throws {
        let server = try LoopbackServer(handler: site { _ in
            LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array("<p>cut".utf8), framing: .declaredLength(5000))
        })
        defer { server.stop() }
        let error = try requireError(await fetch(server.url("/cut"), configuration: testConfiguration { $0.limits.maxRetries = 1 }))

        #expect(error.kind == "network", "\(error)")
        #expect(server.requests(to: "/cut").count == 2)
    }

    @Test func refusedConnectionIsRetried() async throws {
        let url = try LoopbackServer.refusingURL(host: "127.0.0.4") + "/"
        let started = ContinuousClock.now
        // Backoff 0.2 s, doubling: two retries take at least 0.6 s if they happen at all.
        // robots.txt is off so that only the page's own connection attempts are timed.
        let error = try requireError(
            await fetch(url, configuration: testConfiguration {
                $0.retryBackoff = 0.2
                $0.limits.maxRetries = 2
                $0.respectRobots = false
            }))

        #expect(error.kind == "connect")
        #expect(ContinuousClock.now - started >= .milliseconds(600) - clockSlack)
    }
}

/// An IMF-fixdate (`Sun, 06 Dec 2026 18:00:00 GMT`), as Retry-After and Last-Modified use.
func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
}
