import Foundation
import PithFetch
import Testing
import _PithTestSupport

/// robots.txt (RFC 9309): fetched once per host, obeyed for our User-Agent, and its failure
/// modes (4xx allows everything, 5xx or unreachable disallows everything).
@Suite struct FetchRobotsTests {
    static let disallowPrivate = "User-agent: *\nDisallow: /private\n"

    @Test func disallowedPathFailsWithoutBeingRequested() async throws {
        let server = try LoopbackServer(host: "127.0.0.5", routes: [
            "/robots.txt": .text(Self.disallowPrivate),
            "/public": .html(page("/public")),
            "/private/page": .html(page("/private/page")),
        ])
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())
        let url = server.url("/private/page")

        let error = try requireError(await fetcher.fetch(FetchRequest(url: url)))
        #expect(error == .robotsDisallowed(url: url))
        #expect(error.kind == "robots")
        let allowed = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/public"))))
        #expect(allowed.body == Array(page("/public").utf8))

        #expect(server.requests(to: "/private/page").isEmpty)
        #expect(server.requests(to: "/robots.txt").count == 1)
    }

    @Test func robotsIsFetchedOncePerHostEvenForConcurrentRequests() async throws {
        let server = try LoopbackServer(host: "127.0.0.5") { request in
            request.path == "/robots.txt" ? .text(Self.disallowPrivate) : .html(page(request.path))
        }
        defer { server.stop() }
        let paths = ["/a", "/b", "/private/c", "/d", "/private/e"]
        let configuration = testConfiguration { $0.perHostConcurrency = 4 }
        let results = await fetchAll(paths.map { FetchRequest(url: server.url($0)) }, with: Fetcher(configuration: configuration))

        #expect(server.requests(to: "/robots.txt").count == 1)
        for (index, path) in paths.enumerated() {
            if path.hasPrefix("/private") {
                #expect(try requireError(results[index]).kind == "robots")
            } else {
                #expect(try requireResponse(results[index]).status == 200)
            }
        }
        #expect(server.requests.filter { $0.path.hasPrefix("/private") }.isEmpty)
    }

    @Test func groupForPithOverridesTheStarGroup() async throws {
        let robots = "User-agent: *\nAllow: /\n\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: Pith\nDisallow: /drafts/\n"
        let server = try LoopbackServer(routes: [
            "/robots.txt": .text(robots), "/drafts/x": .html(page("/drafts/x")), "/news": .html(page("/news")),
        ])
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())

        let error = try requireError(await fetcher.fetch(FetchRequest(url: server.url("/drafts/x"))))
        #expect(error.kind == "robots")
        _ = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/news"))))
    }

    /// RFC 9309 §2.3.1.3: any 4xx, 401 and 403 included, means there are no rules.
    @Test(arguments: [401, 403, 404, 410])
    func unavailableRobotsAllowsEverything(status: Int) async throws {
        let server = try LoopbackServer(routes: ["/robots.txt": .status(status), "/private/page": .html(page("/private/page"))])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/private/page")))

        #expect(response.status == 200)
        #expect(server.requests(to: "/robots.txt").count == 1)
    }

    @Test(arguments: [500, 503])
    func robotsServerErrorDisallowsEverything(status: Int) async throws {
        let server = try LoopbackServer(routes: ["/robots.txt": .status(status), "/page": .html(page("/page"))])
        defer { server.stop() }
        let url = server.url("/page")
        let error = try requireError(await fetch(url))

        #expect(error == .robotsDisallowed(url: url))
        #expect(server.requests(to: "/page").isEmpty)
    }

    /// RFC 9309 §2.3.1.2: redirects of robots.txt are followed (up to five).
    @Test func redirectedRobotsIsFollowed() async throws {
        let server = try LoopbackServer(routes: [
            "/robots.txt": .redirect(to: "/config/robots.txt", status: 301),
            "/config/robots.txt": .text(Self.disallowPrivate),
            "/private/page": .html(page("/private/page")),
            "/public": .html(page("/public")),
        ])
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())

        #expect(try requireError(await fetcher.fetch(FetchRequest(url: server.url("/private/page")))).kind == "robots")
        _ = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/public"))))
        #expect(server.requests(to: "/private/page").isEmpty)
    }

    @Test func respectRobotsOffIgnoresIt() async throws {
        let server = try LoopbackServer(routes: ["/robots.txt": .text("User-agent: *\nDisallow: /\n"), "/page": .html(page("/page"))])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/page"), configuration: testConfiguration { $0.respectRobots = false }))

        #expect(response.status == 200)
        #expect(server.requests(to: "/robots.txt").isEmpty)
    }

    @Test func crawlDelaySpacesPagesOnTheHost() async throws {
        let server = try LoopbackServer(handler: { request in
            request.path == "/robots.txt" ? .text("User-agent: *\nCrawl-delay: 1\n") : .html(page(request.path))
        })
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())
        let results = await fetchAll([FetchRequest(url: server.url("/one")), FetchRequest(url: server.url("/two"))], with: fetcher)

        #expect(results.values.allSatisfy { (try? $0.get()) != nil })
        let pages = server.requests.filter { $0.path != "/robots.txt" }
        #expect(pages.count == 2)
        #expect(arrivalGaps(pages).allSatisfy { $0 >= .seconds(1) - clockSlack })
    }

    @Test func crawlDelayOverTheCapDefersTheHost() async throws {
        let server = try LoopbackServer { request in
            request.path == "/robots.txt" ? .text("User-agent: *\nCrawl-delay: 60\n") : .html(page(request.path))
        }
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration { $0.limits.crawlDelayCap = 10 })
        let results = await fetchAll([FetchRequest(url: server.url("/one")), FetchRequest(url: server.url("/two"))], with: fetcher)

        for index in 0..<2 {
            let error = try requireError(results[index])
            #expect(error.kind == "deferred", "\(error)")
            if case .deferred(_, let seconds) = error { #expect(seconds == 60) }
        }
        #expect(server.requests.filter { $0.path != "/robots.txt" }.isEmpty)
    }

    /// A robots.txt that breaks off mid-transfer was not read: RFC 9309 treats it as unreachable.
    @Test func robotsCutOffMidTransferDisallows() async throws {
        let server = try LoopbackServer { request in
            guard request.path == "/robots.txt" else { return .html(page(request.path)) }
            return LoopbackResponse(headers: [("Content-Type", "text/plain")], body: Array("User-agent: *\n".utf8), framing: .declaredLength(4000))
        }
        defer { server.stop() }
        let url = server.url("/page")
        let error = try requireError(await fetch(url))

        #expect(error == .robotsDisallowed(url: url))
        #expect(server.requests(to: "/page").isEmpty)
    }
}
