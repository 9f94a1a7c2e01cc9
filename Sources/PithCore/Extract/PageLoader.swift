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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw .unreadable(path, reason: "is a folder") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 4096))
        var length = 0
        while true {
            if length == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + length, $0.count - length) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            length += count
        }
        bytes.removeSubrange(length...)
        return bytes
    }
}
