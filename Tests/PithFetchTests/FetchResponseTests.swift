import Foundation
import PithFetch
import Testing
import _PithTestSupport

/// What comes back for ordinary pages: body, status, media type and charset, validators,
/// the headers we send, and the non-HTTP inputs (file URLs, bad URLs, refused connections).
@Suite struct FetchResponseTests {
    @Test func okPageHasBodyStatusMediaTypeAndCharset() async throws {
        let html = page("/article")
        let server = try LoopbackServer(routes: [
            "/article": .html(html, contentType: "Text/HTML; charset=utf-8", headers: [("X-Served-By", "loopback"), ("Cache-Control", "max-age=60")])
        ])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/article")))

        #expect(response.status == 200)
        #expect(response.body == Array(html.utf8))
        #expect(response.mediaType == "text/html")
        #expect(response.charset == "utf-8")
        #expect(response.url == server.url("/article"))
        #expect(response.finalURL == server.url("/article"))
        #expect(response.attempts == 1)
        #expect(response.header("Content-Type") == "Text/HTML; charset=utf-8")
        #expect(response.header("X-SERVED-BY") == "loopback")
        #expect(response.headers.allSatisfy { $0.name == $0.name.lowercased() })
        // In arrival order: the server sent these three first, in this order.
        #expect(Array(response.headers.map(\.name).prefix(3)) == ["content-type", "x-served-by", "cache-control"])
        #expect(response.timings.total > 0)
    }

    @Test func charsetIsNilWhenTheHeaderHasNone() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"), contentType: "text/html")])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/")))

        #expect(response.mediaType == "text/html")
        #expect(response.charset == nil)
    }

    /// The fetcher hands the declared charset and the raw bytes to the decoder; it neither
    /// transcodes nor second-guesses a label, even one that names no real charset.
    @Test(arguments: ["windows-1251", "no-such-charset"])
    func charsetPassesThroughWithUntouchedBytes(label: String) async throws {
        // "Привет" in windows-1251.
        let bytes: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let body = Array("<p>".utf8) + bytes + Array("</p>".utf8)
        let server = try LoopbackServer(routes: [
            "/": LoopbackResponse(headers: [("Content-Type", "text/html; charset=\(label)")], body: body)
        ])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/")))

        #expect(response.charset == label)
        #expect(response.body == body)
    }

    /// Parameter names are case-insensitive and values may be quoted (RFC 9110 §5.6.6); the
    /// decoder wants the bare name either way.
    @Test(arguments: [
        "text/html; charset=\"iso-8859-1\"", "text/html;charset=iso-8859-1", "text/html; Charset=iso-8859-1",
        "text/html ; charset=iso-8859-1", "text/html; level=1; charset=iso-8859-1",
    ])
    func charsetIsReadFromAnyWellFormedContentType(contentType: String) async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"), contentType: contentType)])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/")))

        #expect(response.mediaType == "text/html")
        #expect(response.charset == "iso-8859-1")
    }

    @Test func gzipBodyArrivesDecompressed() async throws {
        let html = String(repeating: page("/compressed"), count: 50)
        let server = try LoopbackServer(routes: ["/": .gzipped(Gzip.compress(Array(html.utf8)))])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/")))

        #expect(response.body == Array(html.utf8))
    }

    @Test func matchingETagGivesNotModifiedWithEmptyBody() async throws {
        let etag = "\"v7\""
        let server = try LoopbackServer { request in
            guard request.path == "/page" else { return .status(404) }
            if request.headers["If-None-Match"] == etag { return .status(304, headers: [("ETag", etag)]) }
            return .html(page("/page"), headers: [("ETag", etag)])
        }
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())

        let first = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/page"))))
        #expect(first.status == 200)
        #expect(first.etag == etag)
        #expect(!first.isNotModified)

        let second = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/page"), etag: first.etag)))
        #expect(second.isNotModified)
        #expect(second.body.isEmpty)
        let sent = server.requests(to: "/page").map { $0.headers["If-None-Match"] }
        #expect(sent == [nil, etag])
    }

    @Test func matchingLastModifiedGivesNotModified() async throws {
        let stamp = "Wed, 02 Dec 2026 08:00:00 GMT"
        let server = try LoopbackServer(handler: site { request in
            if request.headers["If-Modified-Since"] == stamp { return .status(304) }
            return .html(page(request.path), headers: [("Last-Modified", stamp)])
        })
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())

        let first = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/page"))))
        #expect(first.lastModified == stamp)
        let second = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url("/page"), lastModified: first.lastModified)))

        #expect(second.status == 304)
        #expect(second.isNotModified)
        #expect(second.body.isEmpty)
        #expect(server.requests(to: "/page").last?.headers["If-Modified-Since"] == stamp)
    }

    @Test func nonMatchingETagGetsTheNewPage() async throws {
        let server = try LoopbackServer(handler: site { request in
            request.headers["If-None-Match"] == "\"new\"" ? .status(304) : .html(page("/new"), headers: [("ETag", "\"new\"")])
        })
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/page")) { $0.etag = "\"old\"" })

        #expect(response.status == 200)
        #expect(response.body == Array(page("/new").utf8))
        #expect(response.etag == "\"new\"")
    }

    // MARK: What we send

    @Test func userAgentIsTheConfiguredOneWithTheContact() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"))])
        defer { server.stop() }
        let configuration = testConfiguration()
        _ = try requireResponse(await fetch(server.url("/"), configuration: configuration))

        let agents = server.requests.map { $0.headers["User-Agent"] }
        #expect(!agents.isEmpty)
        // robots.txt too: a site's operator sees who is asking, and how to reach them.
        #expect(agents.allSatisfy { $0 == configuration.userAgent })
        #expect(configuration.userAgent.contains(testContact))
        #expect(configuration.userAgent.hasPrefix("pith/"))
    }

    @Test func requestUserAgentOverridesTheConfiguredOne() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"))])
        defer { server.stop() }
        _ = try requireResponse(await fetch(server.url("/")) { $0.userAgent = "pith-custom/2 (+contact@example.org)" })

        #expect(server.requests(to: "/").first?.headers["User-Agent"] == "pith-custom/2 (+contact@example.org)")
    }

    @Test func customHeadersAndCookiesAreSent() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"))])
        defer { server.stop() }
        _ = try requireResponse(
            await fetch(server.url("/")) {
                $0.headers = ["X-Pith-Test": "yes", "Accept-Language": "de-CH"]
                $0.cookies = "session=abc123; consent=1"
            })

        let request = try #require(server.requests(to: "/").first)
        #expect(request.headers["X-Pith-Test"] == "yes")
        #expect(request.headers["Accept-Language"] == "de-CH")
        #expect(request.headers["Cookie"] == "session=abc123; consent=1")
    }

    @Test func postBodyArrivesWithItsContentType() async throws {
        let server = try LoopbackServer(routes: ["/hook": .status(204)])
        defer { server.stop() }
        let payload = Array(#"{"url":"https://example.org/a","changed":true}"#.utf8)
        let response = try requireResponse(
            await fetch(server.url("/hook")) {
                $0.post = FetchRequest.PostBody(contentType: "application/json", bytes: payload)
                $0.requireHTML = false
            })

        #expect(response.status == 204)
        let hook = try #require(server.requests(to: "/hook").first)
        #expect(hook.method == "POST")
        #expect(hook.body == payload)
        #expect(hook.headers["Content-Type"] == "application/json")
    }

    @Test func largePostBodyArrivesWhole() async throws {
        let server = try LoopbackServer(routes: ["/hook": .status(204)])
        defer { server.stop() }
        let payload = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        _ = try requireResponse(
            await fetch(server.url("/hook")) {
                $0.post = FetchRequest.PostBody(contentType: "application/octet-stream", bytes: payload)
                $0.requireHTML = false
            })

        #expect(server.requests(to: "/hook").first?.body == payload)
    }

    // MARK: Content types

    @Test func nonHTMLFailsWhenHTMLIsRequired() async throws {
        let server = try LoopbackServer(routes: ["/doc.pdf": LoopbackResponse(headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7".utf8))])
        defer { server.stop() }
        let error = try requireError(await fetch(server.url("/doc.pdf")))

        #expect(error.kind == "content_type")
        guard case .unsupportedContentType(let type) = error else { return }
        #expect(type.contains("application/pdf"))
    }

    @Test func nonHTMLIsDeliveredWhenHTMLIsNotRequired() async throws {
        let server = try LoopbackServer(routes: ["/doc.pdf": LoopbackResponse(headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7".utf8))])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/doc.pdf")) { $0.requireHTML = false })

        #expect(response.mediaType == "application/pdf")
        #expect(response.body == Array("%PDF-1.7".utf8))
    }

    @Test func xhtmlCountsAsHTML() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"), contentType: "application/xhtml+xml; charset=utf-8")])
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/")))

        #expect(response.mediaType == "application/xhtml+xml")
    }

    // MARK: Other ways in

    @Test func fileURLReturnsTheFileWithoutStatus() async throws {
        let folder = TemporaryFolder("pith-fetch")
        let path = try folder.write(page("/saved"), to: "saved.html")
        let url = URL(fileURLWithPath: path).absoluteString
        let response = try requireResponse(await fetch(url))

        #expect(response.status == nil)
        #expect(response.body == Array(page("/saved").utf8))
        #expect(response.finalURL == url)
    }

    @Test func missingFileFailsAsFile() async throws {
        let folder = TemporaryFolder("pith-fetch")
        let url = URL(fileURLWithPath: folder.file("absent.html")).absoluteString
        let error = try requireError(await fetch(url))

        #expect(error.kind == "file")
    }

    @Test(arguments: ["http://", "https:///no-host", "http://exa mple.org/"])
    func urlWithoutAValidHostIsInvalid(url: String) async throws {
        let error = try requireError(await fetch(url))
        #expect(error.kind == "invalid_url", "\(error)")
    }

    /// Without a scheme there is no telling whether the text was meant as a URL at all, so
    /// either error reads right to a user; what matters is that nothing is fetched.
    @Test(arguments: ["not a url", "", "://example.org/x"])
    func textThatIsNoURLFails(url: String) async throws {
        let error = try requireError(await fetch(url))
        #expect(error.kind == "invalid_url" || error.kind == "unsupported_scheme", "\(error)")
    }

    @Test(arguments: ["ftp://127.0.0.1/file.html", "gopher://127.0.0.1/", "mailto:someone@example.org"])
    func otherSchemesAreUnsupported(url: String) async throws {
        let error = try requireError(await fetch(url))
        #expect(error.kind == "unsupported_scheme", "\(error)")
        #expect(error.description.contains(url))
    }

    /// With robots.txt on (the default), the robots.txt probe is the first thing refused; the
    /// user must still read "cannot connect", not "robots.txt disallows".
    @Test func refusedConnectionFailsAsConnect() async throws {
        let url = try LoopbackServer.refusingURL(host: "127.0.0.3") + "/page"
        let configuration = testConfiguration { $0.limits.maxRetries = 1 }
        let error = try requireError(await fetch(url, configuration: configuration))

        #expect(error.kind == "connect", "\(error)")
    }

    @Test func fetchAndWaitWorksFromAPlainThread() async throws {
        let server = try LoopbackServer(routes: ["/": .html(page("/"))])
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())
        let url = server.url("/")
        let result = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: fetcher.fetchAndWait(FetchRequest(url: url))) }.start()
        }

        #expect(try requireResponse(result).body == Array(page("/").utf8))
    }

    @Test func fetchAllDeliversEveryRequestUnderItsIndex() async throws {
        let server = try LoopbackServer(handler: site { request in .html(page(request.path)) })
        defer { server.stop() }
        let paths = (0..<6).map { "/item-\($0)" }
        let results = await fetchAll(paths.map { FetchRequest(url: server.url($0)) }, with: Fetcher(configuration: testConfiguration()))

        #expect(results.keys.sorted() == Array(0..<6))
        for (index, path) in paths.enumerated() {
            #expect(try requireResponse(results[index]).body == Array(page(path).utf8))
        }
    }

    @Test func connectionsToAHostAreReused() async throws {
        let server = try LoopbackServer(handler: site { request in .html(page(request.path)) })
        defer { server.stop() }
        let fetcher = Fetcher(configuration: testConfiguration())
        for path in ["/one", "/two", "/three"] {
            _ = try requireResponse(await fetcher.fetch(FetchRequest(url: server.url(path))))
        }

        #expect(server.acceptedConnections == 1)
    }
}
