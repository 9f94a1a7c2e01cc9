import Foundation
import Testing
import _PithTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The test server checked on its own, with a raw socket client, so that a fetch test failing
/// later points at the fetcher and not at the server.
@Suite struct LoopbackServerTests {
    @Test func servesTwoRequestsOnOneKeptAliveConnection() throws {
        let server = try LoopbackServer(host: "127.0.0.2") { request in
            .html("<p>\(request.path) visit \(request.visit)</p>")
        }
        defer { server.stop() }
        let client = try RawClient(server)
        let first = try client.exchange("GET /a?x=1 HTTP/1.1\r\nHost: h\r\nuser-agent: probe/1\r\n\r\n")
        let second = try client.exchange("GET /a?x=1 HTTP/1.1\r\nHost: h\r\n\r\n")

        #expect(first.status == 200)
        #expect(first.text == "<p>/a?x=1 visit 1</p>")
        #expect(second.text == "<p>/a?x=1 visit 2</p>")
        #expect(server.baseURL == "http://127.0.0.2:\(server.port)")
        let requests = server.requests(to: "/a")
        try #require(requests.count == 2)
        #expect(requests[0].headers["User-Agent"] == "probe/1")
        #expect(requests[0].connection == requests[1].connection)
        #expect(server.acceptedConnections == 1)
    }

    @Test func readsAPostBodyPerContentLength() throws {
        let server = try LoopbackServer { _ in .status(204) }
        defer { server.stop() }
        let payload = String(repeating: "{\"event\":\"changed\"}", count: 100)
        let response = try RawClient(server).exchange(
            "POST /hook HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: \(payload.utf8.count)\r\n\r\n\(payload)")

        #expect(response.status == 204)
        let hook = try #require(server.requests(to: "/hook").first)
        #expect(hook.method == "POST")
        #expect(hook.text == payload)
    }

    @Test func dripsTheBodyAndWaitsBeforeHeaders() throws {
        let server = try LoopbackServer { _ in
            LoopbackResponse(body: Array("0123456789".utf8), delayBeforeHeaders: 0.2, drip: .init(bytes: 4, every: 0.1))
        }
        defer { server.stop() }
        let started = ContinuousClock.now
        let response = try RawClient(server).exchange("GET / HTTP/1.1\r\nHost: h\r\n\r\n")

        #expect(response.text == "0123456789")
        // 0.2 s before the headers, then two pauses between three pieces.
        #expect(ContinuousClock.now - started >= .milliseconds(400) - clockSlack)
    }

    @Test func shortBodyEndsInAClosedConnection() throws {
        let server = try LoopbackServer { _ in LoopbackResponse(body: Array("abc".utf8), framing: .declaredLength(100)) }
        defer { server.stop() }
        let client = try RawClient(server)
        try client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        let raw = String(decoding: client.readToEnd(), as: UTF8.self)

        #expect(raw.contains("Content-Length: 100\r\n"))
        #expect(raw.hasSuffix("\r\n\r\nabc"))
    }

    @Test func chunkedAndCloseDelimitedBodies() throws {
        let server = try LoopbackServer { request in
            LoopbackResponse(body: Array("hello".utf8), framing: request.path == "/chunked" ? .chunked : .closeDelimited,
                             drip: .init(bytes: 2, every: 0))
        }
        defer { server.stop() }
        let chunkedClient = try RawClient(server)
        try chunkedClient.send("GET /chunked HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
        let chunked = String(decoding: chunkedClient.readToEnd(), as: UTF8.self)
        let closingClient = try RawClient(server)
        try closingClient.send("GET /closed HTTP/1.1\r\nHost: h\r\n\r\n")
        let closed = String(decoding: closingClient.readToEnd(), as: UTF8.self)

        #expect(chunked.hasSuffix("\r\n\r\n2\r\nhe\r\n2\r\nll\r\n1\r\no\r\n0\r\n\r\n"))
        #expect(!closed.contains("Content-Length"))
        #expect(closed.hasSuffix("Connection: close\r\n\r\nhello"))
    }

    @Test func survivesAClientThatHangsUpMidBody() throws {
        let server = try LoopbackServer { _ in
            LoopbackResponse(body: [UInt8](repeating: 65, count: 4 << 20), drip: .init(bytes: 64 << 10, every: 0.01))
        }
        defer { server.stop() }
        do {
            let client = try RawClient(server)
            try client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
            _ = try client.read(atLeast: 10)
        }  // the client is closed here, with most of the body unsent
        Thread.sleep(forTimeInterval: 0.2)
        let response = try RawClient(server).exchange("GET /again HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")

        #expect(response.body.count == 4 << 20)
        #expect(server.requests.count == 2)
    }

    @Test func stopRefusesNewConnectionsAndEndsIdleOnes() throws {
        let server = try LoopbackServer { _ in .html("ok") }
        let idle = try RawClient(server)
        _ = try idle.exchange("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        let started = ContinuousClock.now
        server.stop()

        // stop() gives up waiting for its threads after 5 s; well before that means the idle
        // connection's thread woke up at once, as it should.
        #expect(ContinuousClock.now - started < .seconds(4))
        #expect(idle.readToEnd().isEmpty)
        #expect(throws: RawClient.Failure.self) { try RawClient(server) }
    }

    @Test func refusingURLRefuses() throws {
        let url = try LoopbackServer.refusingURL(host: "127.0.0.3")
        let port = try #require(url.split(separator: ":").last.flatMap { UInt16($0) })
        #expect(throws: RawClient.Failure.self) { try RawClient(host: "127.0.0.3", port: port) }
    }

    @Test func countsConcurrentRequests() throws {
        let server = try LoopbackServer { _ in LoopbackResponse(body: Array("x".utf8), delayBeforeHeaders: 0.3) }
        defer { server.stop() }
        let clients = try (0..<3).map { _ in try RawClient(server) }
        for client in clients { try client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n") }
        for client in clients { _ = try client.read(atLeast: 1) }

        #expect(server.maxConcurrentRequests == 3)
        #expect(server.maxConcurrentConnections == 3)
    }

    @Test func gzipHelpersRoundTripAndBombsAreSmall() throws {
        let text = Array(String(repeating: "Pith keeps the article. ", count: 200).utf8)
        let compressed = Gzip.compress(text)
        #expect(compressed.starts(with: [0x1F, 0x8B]))
        #expect(Gzip.decompress(compressed) == text)

        let bomb = Gzip.bomb(decodedSize: 5 << 20)
        #expect(bomb.count < 64 << 10)
        let inflated = try #require(Gzip.decompress(bomb))
        #expect(inflated.count == 5 << 20)
        #expect(inflated.allSatisfy { $0 == 0 })
    }
}

/// A bare HTTP/1.1 client on a socket, enough to drive the server byte by byte.
final class RawClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A parsed response: the status, the head as text, the body per Content-Length.
    struct Response {
        var status: Int
        var head: String
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let socketFD: Int32
    private var pending: [UInt8] = []

    convenience init(_ server: LoopbackServer) throws {
        try self.init(host: server.host, port: server.port)
    }

    init(host: String, port: UInt16) throws {
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let message = String(cString: strerror(errno))
            close(socketFD)
            throw Failure(description: "connect: \(message)")
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socketFD) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Failure(description: "send failed") }
    }

    /// Sends a request and reads one response framed by Content-Length.
    func exchange(_ request: String) throws -> Response {
        try send(request)
        while findHeadEnd() == nil { try fill() }
        let end = findHeadEnd()!
        let head = String(decoding: pending[..<end], as: UTF8.self)
        pending.removeFirst(end + 4)
        let status = Int(head.split(separator: " ")[1]) ?? 0
        let lengthLine = head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        let length = lengthLine.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        while pending.count < length { try fill() }
        let body = Array(pending[..<length])
        pending.removeFirst(length)
        return Response(status: status, head: head, body: body)
    }

    /// Reads until at least `count` bytes are buffered.
    func read(atLeast count: Int) throws -> [UInt8] {
        while pending.count < count { try fill() }
        return pending
    }

    /// Everything until the server closes the connection.
    func readToEnd() -> [UInt8] {
        while (try? fill()) != nil {}
        defer { pending = [] }
        return pending
    }

    private func findHeadEnd() -> Int? {
        guard pending.count >= 4 else { return nil }
        return (0...(pending.count - 4)).first { pending[$0..<($0 + 4)].elementsEqual([13, 10, 13, 10]) }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let received = chunk.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
        guard received > 0 else { throw Failure(description: "connection closed") }
        pending.append(contentsOf: chunk[..<received])
    }
}
