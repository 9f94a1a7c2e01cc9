import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on a loopback address, scripted by a test, that records every request.
///
/// Each server binds `host` (any of 127.0.0.1 ... 127.255.255.254 works on Linux without setup,
/// so several servers can play several hosts) on an ephemeral port, and serves each connection
/// on its own thread, with keep-alive. The handler decides the response, including misbehaviour
/// (slow headers, a dripping body, a short body); see ``LoopbackResponse``.
///
/// ```swift
/// let server = try LoopbackServer(host: "127.0.0.2") { request in
///     request.path == "/page" ? .html("<p>hi</p>") : .status(404)
/// }
/// defer { server.stop() }
/// // fetch server.url("/page"), then check server.requests(to: "/page")
/// ```
public final class LoopbackServer: Sendable {
    /// Answers one request; called on the connection's thread, possibly on several at once.
    public typealias Handler = @Sendable (LoopbackRequest) -> LoopbackResponse

    /// The address the server listens on (`127.0.0.2`).
    public let host: String
    /// The ephemeral port the system gave it.
    public let port: UInt16
    private let core: LoopbackServerCore

    /// Starts listening on `host` at once; the handler may be replaced later with ``setHandler(_:)``.
    public init(host: String = "127.0.0.1", handler: @escaping Handler = { _ in .status(404) }) throws {
        let (listener, port) = try LoopbackServerCore.listen(host: host)
        self.host = host
        self.port = port
        core = LoopbackServerCore(listener: listener, handler: handler)
        core.startAccepting()
    }

    /// A server answering from a fixed table of paths (with query, as requested), 404 for the rest.
    public convenience init(host: String = "127.0.0.1", routes: [String: LoopbackResponse]) throws {
        try self.init(host: host) { request in routes[request.path] ?? .status(404) }
    }

    deinit { core.stop() }

    /// `http://HOST:PORT`, without a trailing slash.
    public var baseURL: String { "http://\(host):\(port)" }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    public func url(_ path: String) -> String { baseURL + path }

    /// Replaces the handler for requests that arrive from now on.
    public func setHandler(_ handler: @escaping Handler) { core.setHandler(handler) }

    /// Every request received so far, in arrival order.
    public var requests: [LoopbackRequest] { core.recordedRequests }

    /// The requests whose path, with or without its query, is `path`.
    public func requests(to path: String) -> [LoopbackRequest] {
        requests.filter { $0.path == path || $0.pathWithoutQuery == path }
    }

    /// The most requests that were being answered at the same moment (from arrival of the head
    /// to the last byte of the response).
    public var maxConcurrentRequests: Int { core.statistics.maxInFlight }

    /// The most connections that were open at the same moment.
    public var maxConcurrentConnections: Int { core.statistics.maxOpenConnections }

    /// How many connections were accepted in all.
    public var acceptedConnections: Int { core.statistics.accepted }

    /// Closes the listener and every connection, and waits (a few seconds at most) for the
    /// server's threads to finish. Safe to call more than once; `deinit` calls it too.
    public func stop() { core.stop() }

    /// A loopback URL on which nothing listens: a port the system handed out and took back, so
    /// a connection to it is refused.
    public static func refusingURL(host: String = "127.0.0.1") throws -> String {
        let (listener, port) = try LoopbackServerCore.listen(host: host)
        close(listener)
        return "http://\(host):\(port)"
    }
}

/// Why a ``LoopbackServer`` could not start.
public struct LoopbackServerError: Error, CustomStringConvertible {
    public var description: String
}

/// The server's shared state and threads. Kept apart from ``LoopbackServer`` so that the
/// threads never hold the server itself, and its `deinit` can still run and stop them.
private final class LoopbackServerCore: @unchecked Sendable {
    struct Statistics {
        var accepted = 0
        var openConnections = 0
        var maxOpenConnections = 0
        var inFlight = 0
        var maxInFlight = 0
    }

    private let listener: Int32
    // One condition guards every var below and wakes paused senders and `stop()`.
    private let condition = NSCondition()
    private var handler: LoopbackServer.Handler
    private var requests: [LoopbackRequest] = []
    private var visits: [String: Int] = [:]
    private var stats = Statistics()
    private var stopped = false
    private var acceptorRunning = false
    private var connectionThreads = 0
    private var connectionSockets: Set<Int32> = []

    init(listener: Int32, handler: @escaping LoopbackServer.Handler) {
        self.listener = listener
        self.handler = handler
    }

    /// A listening socket on `host`, port chosen by the system.
    static func listen(host: String) throws -> (Int32, UInt16) {
        // CLOEXEC: other tests spawn processes, which must not inherit test sockets.
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socketFD >= 0 else { throw LoopbackServerError(description: "socket: \(errnoText())") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(socketFD)
            throw LoopbackServerError(description: "not an IPv4 address: \(host)")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(socketFD, 128) == 0 else {
            let message = errnoText()
            close(socketFD)
            throw LoopbackServerError(description: "cannot listen on \(host): \(message)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        guard named == 0 else {
            close(socketFD)
            throw LoopbackServerError(description: "getsockname: \(errnoText())")
        }
        return (socketFD, UInt16(bigEndian: address.sin_port))
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    // MARK: State

    func setHandler(_ handler: @escaping LoopbackServer.Handler) {
        locked { self.handler = handler }
    }

    var recordedRequests: [LoopbackRequest] { locked { requests } }
    var statistics: Statistics { locked { stats } }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    /// Sleeps for `seconds` unless the server stops first; false when it stopped.
    private func pause(_ seconds: Double) -> Bool {
        guard seconds > 0 else { return locked { !stopped } }
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            if !condition.wait(until: deadline) { return true }
        }
        return false
    }

    func stop() {
        condition.lock()
        if !stopped {
            stopped = true
            // Shutting down (not closing) wakes the threads blocked in poll/recv/send; each
            // thread closes its own socket, so a descriptor number is never reused under it.
            shutdown(listener, Int32(SHUT_RDWR))
            for socketFD in connectionSockets { shutdown(socketFD, Int32(SHUT_RDWR)) }
            condition.broadcast()
        }
        // A handler stuck in its own code cannot be interrupted; don't hang the test run on it.
        let deadline = Date(timeIntervalSinceNow: 5)
        while acceptorRunning || connectionThreads > 0 {
            if !condition.wait(until: deadline) { break }
        }
        condition.unlock()
    }

    // MARK: Accepting

    func startAccepting() {
        acceptorRunning = true
        let thread = Thread { [self] in
            acceptLoop()
            close(listener)
            locked {
                acceptorRunning = false
                condition.broadcast()
            }
        }
        thread.name = "loopback-accept"
        thread.start()
    }

    private func acceptLoop() {
        while !locked({ stopped }) {
            // Poll with a timeout as well as relying on shutdown() to wake accept: belt and braces.
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready <= 0 { continue }
            let socketFD = accept(listener, nil, nil)
            if socketFD < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EAGAIN { continue }
                if errno == EMFILE || errno == ENFILE {
                    _ = pause(0.05)
                    continue
                }
                return
            }
            // accept4 is hidden behind _GNU_SOURCE; set close-on-exec right after instead.
            _ = fcntl(socketFD, F_SETFD, FD_CLOEXEC)
            var enabled: Int32 = 1
            // Drip tests send a few bytes at a time; Nagle's algorithm would bunch them up.
            setsockopt(socketFD, Int32(IPPROTO_TCP), TCP_NODELAY, &enabled, socklen_t(MemoryLayout<Int32>.size))
            let connection: Int? = locked {
                if stopped { return nil }
                stats.accepted += 1
                stats.openConnections += 1
                stats.maxOpenConnections = max(stats.maxOpenConnections, stats.openConnections)
                connectionSockets.insert(socketFD)
                connectionThreads += 1
                return stats.accepted
            }
            guard let connection else {
                close(socketFD)
                return
            }
            let thread = Thread { [self] in
                serve(socketFD, connection: connection)
                locked {
                    connectionSockets.remove(socketFD)
                    close(socketFD)
                    stats.openConnections -= 1
                    connectionThreads -= 1
                    condition.broadcast()
                }
            }
            thread.name = "loopback-connection-\(connection)"
            thread.start()
        }
    }

    // MARK: One connection

    /// Answers requests on one connection until either side closes it or the server stops.
    private func serve(_ socketFD: Int32, connection: Int) {
        var reader = SocketReader(socketFD: socketFD)
        while !locked({ stopped }) {
            guard let head = reader.readHead() else { return }
            guard var request = Self.parseHead(head, connection: connection) else {
                _ = write(LoopbackResponse.status(400, headers: [("Connection", "close")]), to: socketFD, request: nil)
                return
            }
            let length = Int(request.headers["Content-Length"]?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
            if length > 0 {
                // curl asks before sending a large POST body; answer so it need not wait a second.
                if request.headers["Expect"]?.lowercased() == "100-continue" {
                    guard send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: socketFD) else { return }
                }
                guard let body = reader.read(count: length) else { return }
                request.body = body
            }
            let handler: LoopbackServer.Handler = locked {
                let visit = (visits[request.path] ?? 0) + 1
                visits[request.path] = visit
                request.visit = visit
                requests.append(request)
                stats.inFlight += 1
                stats.maxInFlight = max(stats.maxInFlight, stats.inFlight)
                return self.handler
            }
            let response = handler(request)
            let keepOpen = write(response, to: socketFD, request: request)
            locked { stats.inFlight -= 1 }
            if !keepOpen { return }
        }
    }

    /// The request line and header fields, or nil when they are malformed.
    private static func parseHead(_ head: [UInt8], connection: Int) -> LoopbackRequest? {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3 else { return nil }
        var fields: [LoopbackHeaders.Field] = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            fields.append(
                LoopbackHeaders.Field(
                    name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return LoopbackRequest(
            method: String(requestLine[0]), path: String(requestLine[1]), version: String(requestLine[2]),
            headers: LoopbackHeaders(fields), arrival: .now, connection: connection)
    }

    /// Sends `response` as scripted; true when the connection may carry another request.
    private func write(_ response: LoopbackResponse, to socketFD: Int32, request: LoopbackRequest?) -> Bool {
        let clientKeepsAlive: Bool = {
            guard let request else { return false }
            let connectionHeader = request.headers["Connection"]?.lowercased() ?? ""
            return request.version == "HTTP/1.0" ? connectionHeader.contains("keep-alive") : !connectionHeader.contains("close")
        }()
        let sendsBody = response.allowsBody && request?.method != "HEAD"
        var keepOpen = clientKeepsAlive && !response.closeConnection
        var head = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
        for field in response.headers { head += "\(field.name): \(field.value)\r\n" }
        var body = response.allowsBody ? response.body : []
        switch response.framing {
        case .automatic:
            if response.allowsBody { head += "Content-Length: \(body.count)\r\n" }
        case .declaredLength(let length):
            head += "Content-Length: \(length)\r\n"
            if body.count > length { body = Array(body.prefix(length)) }
            if body.count < length { keepOpen = false }
        case .closeDelimited:
            keepOpen = false
        case .chunked:
            head += "Transfer-Encoding: chunked\r\n"
        }
        if !keepOpen { head += "Connection: close\r\n" }
        head += "\r\n"

        guard pause(response.delayBeforeHeaders), send(Array(head.utf8), to: socketFD) else { return false }
        guard sendsBody else { return keepOpen }
        let step = response.drip?.bytes ?? max(body.count, 1)
        var offset = 0
        while offset < body.count {
            let end = min(offset + step, body.count)
            var piece = Array(body[offset..<end])
            if response.framing == .chunked {
                piece = Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
            }
            guard send(piece, to: socketFD) else { return false }
            offset = end
            if offset < body.count, let drip = response.drip, !pause(drip.interval) { return false }
        }
        if response.framing == .chunked, !send(Array("0\r\n\r\n".utf8), to: socketFD) { return false }
        return keepOpen
    }

    /// Writes all of `bytes`; false when the peer went away (never raises SIGPIPE).
    private func send(_ bytes: [UInt8], to socketFD: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let result = Glibc.send(socketFD, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if result < 0, errno == EINTR { continue }
                if result <= 0 { return false }
                sent += result
            }
            return true
        }
    }
}

/// Buffered reads from a connected socket.
private struct SocketReader {
    let socketFD: Int32
    private var buffer: [UInt8] = []
    /// A request head larger than this is refused (the connection is dropped).
    private static let maxHeadBytes = 64 << 10

    init(socketFD: Int32) {
        self.socketFD = socketFD
    }

    /// The bytes up to the blank line ending a request head (without it), or nil at EOF.
    mutating func readHead() -> [UInt8]? {
        var searchFrom = 0
        while true {
            if let end = Self.headEnd(in: buffer, from: searchFrom) {
                let head = Array(buffer[..<end])
                buffer.removeFirst(end + 4)
                return head
            }
            searchFrom = max(0, buffer.count - 3)
            guard buffer.count < Self.maxHeadBytes, fill() else { return nil }
        }
    }

    /// Exactly `count` bytes, or nil when the peer closes first.
    mutating func read(count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private static func headEnd(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= 4 else { return nil }
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// Appends what the socket has; false at EOF, on error, or after `stop()` shut it down.
    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let received = chunk.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
            if received < 0, errno == EINTR { continue }
            guard received > 0 else { return false }
            buffer.append(contentsOf: chunk[..<received])
            return true
        }
    }
}
