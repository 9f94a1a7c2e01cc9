import Foundation
import PithFetch
import Testing
import _PithTestSupport

/// The size and time limits that protect a run from hostile or broken servers.
@Suite struct FetchLimitTests {
    /// 50 MB of zeros in about 50 KB: built once, it takes a moment.
    static let bomb = Gzip.bomb(decodedSize: 50 << 20)

    @Test func slowDripIsCutOffAsTimeout() async throws {
        // 10 bytes every 0.5 s is 20 B/s, far under 1000 B/s. The whole 200-byte body would
        // arrive in 10 s, well within the total timeout, so only the low-speed cut-off can
        // make this fail.
        let server = try LoopbackServer(handler: site { _ in
            LoopbackResponse(
                headers: [("Content-Type", "text/html")], body: Array(String(repeating: "x", count: 200).utf8),
                drip: .init(bytes: 10, every: 0.5))
        })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.limits.lowSpeedBytesPerSecond = 1000
            $0.limits.lowSpeedSeconds = 1
            $0.limits.totalTimeout = 60
            $0.limits.maxRetries = 0
        }
        let error = try requireError(await fetch(server.url("/slow"), configuration: configuration))

        #expect(error.kind == "timeout", "\(error)")
    }

    @Test func slowHeadersHitTheTotalTimeout() async throws {
        let server = try LoopbackServer(handler: site { request in
            LoopbackResponse(headers: [("Content-Type", "text/html")], body: Array(page(request.path).utf8), delayBeforeHeaders: 3)
        })
        defer { server.stop() }
        let configuration = testConfiguration {
            $0.limits.totalTimeout = 1
            $0.limits.maxRetries = 0
        }
        let error = try requireError(await fetch(server.url("/stalled"), configuration: configuration))

        #expect(error.kind == "timeout", "\(error)")
    }

    /// With a Content-Length the fetcher can refuse before reading; without one (close-delimited
    /// or chunked) it must count as the bytes arrive.
    @Test(arguments: [LoopbackResponse.Framing.automatic, .closeDelimited, .chunked])
    func bodyOverTheCapIsTooLarge(framing: LoopbackResponse.Framing) async throws {
        let megabyte = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        let server = try LoopbackServer(handler: site { _ in
            LoopbackResponse(headers: [("Content-Type", "text/html")], body: megabyte, framing: framing,
                             drip: framing == .chunked ? .init(bytes: 16 << 10, every: 0) : nil)
        })
        defer { server.stop() }
        let url = server.url("/huge")
        let error = try requireError(await fetch(url, configuration: testConfiguration { $0.limits.maxBodyBytes = 64 << 10 }))

        #expect(error == .tooLarge(url: url, limit: 64 << 10))
        // The answer will be the same next time: fetching it again only wastes bandwidth.
        #expect(server.requests(to: "/huge").count == 1)
    }

    @Test func bodyJustUnderTheCapIsDelivered() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "b"), count: 60 << 10)
        let server = try LoopbackServer(handler: site { _ in LoopbackResponse(headers: [("Content-Type", "text/html")], body: body) })
        defer { server.stop() }
        let response = try requireResponse(await fetch(server.url("/fits"), configuration: testConfiguration { $0.limits.maxBodyBytes = 64 << 10 }))

        #expect(response.body.count == body.count)
    }

    @Test func gzipBombIsTooLarge() async throws {
        let bomb = Self.bomb
        let server = try LoopbackServer(handler: site { _ in .gzipped(bomb) })
        defer { server.stop() }
        let url = server.url("/bomb")
        let error = try requireError(await fetch(url, configuration: testConfiguration { $0.limits.maxDecodedBytes = 1 << 20 }))

        #expect(error == .tooLarge(url: url, limit: 1 << 20))
    }
}
