import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of one page and what is known about where they came from.
public struct LoadedPage: Sendable {
    public var bytes: [UInt8]
    /// The charset from an HTTP `Content-Type`, when the page was fetched.
    public var declaredCharset: String?
    /// The URL after redirects, when the page was fetched.
    public var finalURL: String?

    public init(bytes: [UInt8], declaredCharset: String? = nil, finalURL: String? = nil) {
        self.bytes = bytes
        self.declaredCharset = declaredCharset
        self.finalURL = finalURL
    }
}

/// Why a page could not be read.
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, reason: String)
    case fetchFailed(String, kind: String, message: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .fetchFailed(_, _, let message): message
        }
    }

    /// A stable machine-readable kind.
    public var kind: String {
        switch self {
        case .unreadable: "read"
        case .fetchFailed(_, let kind, _): kind
        }
    }
}

/// Reads a ``PageSource``: files and standard input directly, URLs through the fetcher.
public struct PageLoader: Sendable {
    /// Fetches one URL; provided by the fetch module.
    public typealias Fetch = @Sendable (String) throws(LoadError) -> LoadedPage

    private let fetch: Fetch

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    public func load(_ source: PageSource) throws(LoadError) -> LoadedPage {
        switch source {
        case .file(let path):
            return LoadedPage(bytes: try Self.readFile(path))
        case .standardInput:
            return LoadedPage(bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
        case .url(let url):
            return try fetch(url)
        }
    }

    static func readFile(_ path: String) throws(LoadError) -> [UInt8] {
        // open and fstat answer what a separate existence check would, without its own path walk.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno))
            throw .unreadable(path, reason: reason)
        }
        defer { close(descriptor) }
        var info = stat()
        let known = fstat(descriptor, &info) == 0
        guard !known || (info.st_mode & S_IFMT) != S_IFDIR else { throw .unreadable(path, reason: "is a folder") }
        // One byte more than the size, so that the read that meets the end fits; the bytes are
        // read straight into the array, never zeroed first.
        let capacity = max((known ? Int(info.st_size) : 0) + 1, 4096)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                guard read > 0 else { return }
                count += read
            }
        }
        // A file that grew since fstat: the rest in chunks.
        if failure == 0 && bytes.count == capacity {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                guard read > 0 else { break }
                bytes.append(contentsOf: chunk[..<read])
            }
        }
        guard failure == 0 else { throw .unreadable(path, reason: String(cString: strerror(failure))) }
        return bytes
    }
}
