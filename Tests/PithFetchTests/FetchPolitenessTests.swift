import Foundation
import PithFetch
import Synchronization
import Testing
import _PithTestSupport

/// One host is treated gently (a gap between requests, a cap on parallel ones) while many
/// hosts are fetched in parallel; and a run can be stopped.
@Suite struct FetchPolitenessTests {
    @Test func perHostDelaySpacesRequestsToOneHost() async throws {
        let server = try LoopbackServer(handler: site { request in .html(page(request.path)) })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.perHostDelay = 0.5
            $0.respectRobots = false
        }
        let results = await fetchAll(["/1", "/2", "/3"].map { FetchRequest(url: server.url($0)) }, with: Fetcher(configuration: configuration))

        #expect(results.count == 3)
        let gaps = arrivalGaps(server.requests)
        #expect(gaps.count == 2)
        #expect(gaps.allSatisfy { $0 >= .milliseconds(500) - clockSlack }, "gaps: \(gaps)")
    }

    @Test func hostPolicyDelayOverridesTheDefault() async throws {
        let server = try LoopbackServer(host: "127.0.0.6", handler: site { request in .html(page(request.path)) })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.perHostDelay = 0
            $0.hostPolicies = ["127.0.0.6": HostPolicy(concurrency: 1, delay: 0.4)]
            $0.respectRobots = false
        }
        _ = await fetchAll(["/1", "/2"].map { FetchRequest(url: server.url($0)) }, with: Fetcher(configuration: configuration))

        let gaps = arrivalGaps(server.requests)
        #expect(gaps.count == 1)
        #expect(gaps.allSatisfy { $0 >= .milliseconds(400) - clockSlack }, "gaps: \(gaps)")
    }

    /// Two origins of one host name (here two ports; http and https alike) are one server:
    /// the gap holds across them.
    @Test func theGapHoldsAcrossOriginsOfOneHostName() async throws {
        let first = try LoopbackServer(host: "127.0.0.7", handler: site { request in .html(page(request.path)) })
        let second = try LoopbackServer(host: "127.0.0.7", handler: site { request in .html(page(request.path)) })
        defer { first.stop(); second.stop() }
        let configuration = testConfiguration {
            $0.perHostDelay = 0.4
            $0.respectRobots = false
        }
        let results = await fetchAll([first.url("/a"), second.url("/b")].map { FetchRequest(url: $0) }, with: Fetcher(configuration: configuration))

        #expect(results.count == 2)
        let gaps = arrivalGaps(first.requests + second.requests)
        #expect(gaps.count == 1)
        #expect(gaps.allSatisfy { $0 >= .milliseconds(400) - clockSlack }, "gaps: \(gaps)")
    }

    @Test func differentHostsAreFetchedInParallel() async throws {
        // Eight hosts, each taking a second to answer: one after another would take 8 s.
        let servers = try (2...9).map { number in
            try LoopbackServer(host: "127.0.0.\(number)", handler: site { request in
                LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array(page(request.path).utf8), delayBeforeHeaders: 1)
            })
        }
        defer { servers.forEach { $0.stop() } }
        let configuration = testConfiguration { $0.perHostDelay = 0.5 }
        let results = await fetchAll(servers.map { FetchRequest(url: $0.url("/slow")) }, with: Fetcher(configuration: configuration))

        #expect(results.count == 8)
        #expect(results.values.allSatisfy { (try? $0.get())?.status == 200 })
        // Judged by when the servers saw the requests, not by when this task resumed (other
        // suites may hold the test runner's threads): a fetcher that serializes hosts cannot
        // send the last request before the first seven answered, 7 s after the first.
        let arrivals = servers.flatMap { $0.requests(to: "/slow").map(\.arrival) }.sorted()
        #expect(arrivals.count == 8)
        if let first = arrivals.first, let last = arrivals.last {
            #expect(last - first < .seconds(4), "requests reached the 8 hosts over \(last - first)")
        }
    }

    @Test(arguments: [1, 2])
    func perHostConcurrencyCapsRequestsInFlight(limit: Int) async throws {
        let server = try LoopbackServer(handler: site { request in
            LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array(page(request.path).utf8), delayBeforeHeaders: 0.3)
        })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.perHostConcurrency = limit
            $0.respectRobots = false
        }
        let results = await fetchAll((1...5).map { FetchRequest(url: server.url("/\($0)")) }, with: Fetcher(configuration: configuration))

        #expect(results.values.allSatisfy { (try? $0.get()) != nil })
        #expect(server.requests.count == 5)
        #expect(server.maxConcurrentRequests <= limit)
    }

    @Test func hostPolicyConcurrencyOverridesTheDefault() async throws {
        let server = try LoopbackServer(host: "127.0.0.7", handler: site { request in
            LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array(page(request.path).utf8), delayBeforeHeaders: 0.3)
        })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.perHostConcurrency = 4
            $0.hostPolicies = ["127.0.0.7": HostPolicy(concurrency: 1, delay: 0)]
            $0.respectRobots = false
        }
        _ = await fetchAll((1...4).map { FetchRequest(url: server.url("/\($0)")) }, with: Fetcher(configuration: configuration))

        #expect(server.requests.count == 4)
        #expect(server.maxConcurrentRequests == 1)
    }

    @Test func maxConcurrentCapsTransfersAcrossHosts() async throws {
        // The handlers block their connection threads while counting, so the count is of
        // requests being answered at once, across all four servers.
        let gauge = ConcurrencyGauge()
        let servers = try (2...5).map { number in
            try LoopbackServer(host: "127.0.0.\(number)", handler: site { request in
                gauge.measure(for: 0.3)
                return .html(page(request.path))
            })
        }
        defer { servers.forEach { $0.stop() } }
        let configuration = testConfiguration {
            $0.maxConcurrent = 2
            $0.perHostConcurrency = 2
            $0.respectRobots = false
        }
        let requests = servers.flatMap { server in ["/a", "/b"].map { FetchRequest(url: server.url($0)) } }
        let results = await fetchAll(requests, with: Fetcher(configuration: configuration))

        #expect(results.count == 8)
        #expect(results.values.allSatisfy { (try? $0.get()) != nil })
        #expect(gauge.maximum <= 2)
    }

    @Test func fetchAllOfNothingReturnsAtOnce() async throws {
        let results = await fetchAll([], with: Fetcher(configuration: testConfiguration()))
        #expect(results.isEmpty)
    }

    @Test func cancelAllEndsInFlightFetchesAsCancelled() async throws {
        let servers = try (2...5).map { number in
            try LoopbackServer(host: "127.0.0.\(number)", handler: site { request in
                LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array(page(request.path).utf8), delayBeforeHeaders: 20)
            })
        }
        defer { servers.forEach { $0.stop() } }
        let fetcher = Fetcher(configuration: testConfiguration())
        // Three hosts through fetchAll, a fourth through fetch, all stuck waiting for headers;
        // one more request queued behind the first host's (one request per host at a time).
        let requests = servers.dropLast().map { FetchRequest(url: $0.url("/stuck")) } + [FetchRequest(url: servers[0].url("/queued"))]
        let all = Task { await fetchAll(requests, with: fetcher) }
        let single = Task { await fetcher.fetch(FetchRequest(url: servers[3].url("/stuck"))) }

        // Generous: the runner's threads may be busy with other suites; the requests stall for 20 s.
        let allArrived = await waitUntil(timeout: 15) { servers.allSatisfy { !$0.requests(to: "/stuck").isEmpty } }
        #expect(allArrived, "the slow requests never reached the servers")
        fetcher.cancelAll()
        let results = await all.value
        let singleResult = await single.value

        #expect(results.count == requests.count)
        for (index, request) in requests.enumerated() {
            #expect(try requireError(results[index]) == .cancelled(url: request.url))
        }
        #expect(try requireError(singleResult).kind == "cancelled")
        #expect(servers[0].requests(to: "/queued").isEmpty)
    }
}

/// Counts how many callers are inside ``measure(for:)`` at once, and the most there ever were.
final class ConcurrencyGauge: Sendable {
    private let state = Mutex((current: 0, maximum: 0))

    /// Blocks the calling thread for `seconds`, counted as one concurrent caller.
    func measure(for seconds: Double) {
        state.withLock {
            $0.current += 1
            $0.maximum = max($0.maximum, $0.current)
        }
        Thread.sleep(forTimeInterval: seconds)
        state.withLock { $0.current -= 1 }
    }

    var maximum: Int { state.withLock { $0.maximum } }
}
