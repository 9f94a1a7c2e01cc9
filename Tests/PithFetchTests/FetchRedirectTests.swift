import Foundation
import PithFetch
import Testing
import _PithTestSupport

/// Redirects: followed to the end, capped, never to a scheme other than http/https, and each
/// hop as polite as a request made there (robots.txt, per-host gap).
@Suite struct FetchRedirectTests {
    @Test func chainOfThreeHopsEndsAtTheLastURL() async throws {
        let final = try LoopbackServer(host: "127.0.0.3", routes: ["/final?from=chain": .html(page("/final"))])
        defer { final.stop() }
        // Absolute, relative, then to another host, with the three usual statuses.
        let start = try LoopbackServer(host: "127.0.0.2", routes: [
            "/start": .redirect(to: "/hop-1", status: 301),
            "/hop-1": .redirect(to: "hop-2", status: 302),
            "/hop-2": .redirect(to: final.url("/final?from=chain"), status: 307),
        ])
        defer { start.stop() }
        let response = try requireResponse(await fetch(start.url("/start")))

        #expect(response.status == 200)
        #expect(response.url == start.url("/start"))
        #expect(response.finalURL == final.url("/final?from=chain"))
        #expect(response.body == Array(page("/final").utf8))
        #expect(final.requests(to: "/final").count == 1)
    }

    /// Cookies given for a page are that site's (a session, a consent choice); a redirect to
    /// another host must not carry them there. On the same host they stay.
    @Test func cookiesDoNotFollowARedirectToAnotherHost() async throws {
        let other = try LoopbackServer(host: "127.0.0.3", routes: ["/landing": .html(page("/landing"))])
        defer { other.stop() }
        let origin = try LoopbackServer(host: "127.0.0.2", routes: [
            "/start": .redirect(to: "/moved"),
            "/moved": .redirect(to: other.url("/landing")),
        ])
        defer { origin.stop() }
        let response = try requireResponse(await fetch(origin.url("/start")) { $0.cookies = "session=secret-token" })

        #expect(response.finalURL == other.url("/landing"))
        #expect(origin.requests(to: "/moved").first?.headers["Cookie"] == "session=secret-token")
        let landing = try #require(other.requests(to: "/landing").first)
        #expect(landing.headers["Cookie"] == nil)
    }

    @Test func finalResponseHeadersAreTheLastHopsOnly() async throws {
        let server = try LoopbackServer(routes: [
            "/old": .redirect(to: "/new", status: 301),
            "/new": .html(page("/new"), headers: [("X-Served-By", "final")]),
        ])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/old")))

        #expect(response.header("x-served-by") == "final")
        #expect(response.header("Location") == nil)
        #expect(response.headers.filter { $0.name == "content-type" }.count == 1)
    }

    @Test func loopFailsAsTooManyRedirects() async throws {
        let server = try LoopbackServer(routes: ["/a": .redirect(to: "/b"), "/b": .redirect(to: "/a")])
        defer { server.stop() }
        let url = server.url("/a")
        let error = try requireError(await fetch(url, configuration: testConfiguration { $0.limits.maxRedirects = 5 }))

        #expect(error == .tooManyRedirects(url: url, limit: 5))
        #expect(error.kind == "redirects")
        // Following a loop is not worth retrying.
        #expect(server.requests.filter { $0.path == "/a" || $0.path == "/b" }.count <= 6)
    }

    @Test func chainLongerThanTheLimitFails() async throws {
        let server = try LoopbackServer(routes: [
            "/1": .redirect(to: "/2"), "/2": .redirect(to: "/3"), "/3": .redirect(to: "/4"), "/4": .html(page("/4")),
        ])
        defer { server.stop() }
        let error = try requireError(await fetch(server.url("/1"), configuration: testConfiguration { $0.limits.maxRedirects = 2 }))

        #expect(error.kind == "redirects", "\(error)")
        #expect(server.requests(to: "/4").isEmpty)
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/pub/file.html", "gopher://127.0.0.1/"])
    func redirectToAnotherSchemeIsRefused(target: String) async throws {
        let server = try LoopbackServer(routes: ["/go": .redirect(to: target)])
        defer { server.stop() }
        let url = server.url("/go")
        let result = await fetch(url)
        let error = try requireError(result)

        #expect(error == .forbiddenRedirect(from: url, to: target))
        #expect(error.kind == "redirects")
        // Whatever the target holds never reaches the caller.
        #expect(!error.description.contains("root:"))
        #expect(server.requests(to: "/go").count == 1)
    }

    /// A redirect asks the host it points to: that host's robots.txt decides, as if the page
    /// had been requested there, and a disallowed target is never fetched.
    @Test func aRedirectObeysTheTargetHostsRobots() async throws {
        let target = try LoopbackServer(host: "127.0.0.3", routes: [
            "/robots.txt": .text("User-agent: *\nDisallow: /private\n"),
            "/private/page": .html(page("/private/page")),
        ])
        defer { target.stop() }
        let origin = try LoopbackServer(host: "127.0.0.2", routes: ["/go": .redirect(to: target.url("/private/page"))])
        defer { origin.stop() }
        let error = try requireError(await fetch(origin.url("/go")))

        #expect(error == .robotsDisallowed(url: target.url("/private/page")))
        #expect(target.requests(to: "/robots.txt").count == 1)
        #expect(target.requests(to: "/private/page").isEmpty)
    }

    /// A hop back to the same host waits for the host's gap like any other request to it.
    @Test func aRedirectWaitsForTheHostsGap() async throws {
        let server = try LoopbackServer(routes: ["/old": .redirect(to: "/new", status: 301), "/new": .html(page("/new"))])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/old"), configuration: testConfiguration { $0.perHostDelay = 0.4 }))

        #expect(response.finalURL == server.url("/new"))
        let old = try #require(server.requests(to: "/old").first?.arrival)
        let new = try #require(server.requests(to: "/new").first?.arrival)
        #expect(new - old >= .milliseconds(350), "the hop came \(new - old) after the first request")
    }
}
