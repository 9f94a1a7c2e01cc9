import Foundation
import PithExtract
import PithFetch
import PithStore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One line of `index.jsonl`: what happened to one URL of a scrape.
public struct ScrapeRecord: Sendable, Equatable {
    public var url: String
    /// The URL after redirects, when a response arrived.
    public var finalURL: String?
    /// The HTTP status, when a response arrived (nil for `file://`).
    public var status: Int?
    /// A readable message when the URL gave no file.
    public var error: String?
    /// The stable kind of the error: a ``FetchError`` kind, `no_article`, `output`, ...
    public var errorKind: String?
    /// The written file, relative to the output folder.
    public var file: String?
    /// The article's `content_hash`, or the SHA-256 of the body for `raw`.
    public var contentHash: String?
    /// When the fetch finished.
    public var fetchedAt: Date?

    public init(url: String, finalURL: String? = nil, status: Int? = nil, error: String? = nil, errorKind: String? = nil,
                file: String? = nil, contentHash: String? = nil, fetchedAt: Date? = nil) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.error = error
        self.errorKind = errorKind
        self.file = file
        self.contentHash = contentHash
        self.fetchedAt = fetchedAt
    }

    /// The URL gave an article (or a raw body) and it was written.
    public var succeeded: Bool { error == nil }

    /// The run was stopped before this URL's fetch finished.
    public var wasCancelled: Bool { errorKind == FetchError.cancelled(url: url).kind }

    /// The record as one line of JSON (no newline), keys in a fixed order.
    public var jsonLine: String {
        JSONWriter(pretty: false).write(.object([
            ("url", .string(url)),
            ("final_url", .optional(finalURL)),
            ("status", status.map(JSONWriter.Value.number) ?? .null),
            ("error", .optional(error)),
            ("error_kind", .optional(errorKind)),
            ("file", .optional(file)),
            ("content_hash", .optional(contentHash)),
            ("fetched_at", .optional(fetchedAt.map(Timestamp.format))),
        ]))
    }
}

/// Writes `DIR/index.jsonl` so that it is always either the previous run's index or a
/// complete one.
///
/// Lines go to `DIR/.index.jsonl.partial` as URLs finish (one `write` each, so a killed run
/// leaves whole lines there); ``finish()`` renames it over `index.jsonl`. A run killed with
/// SIGKILL therefore leaves the previous index untouched, and `--resume` also reads the
/// leftover partial file so nothing done is forgotten.
final class ScrapeIndexWriter: Sendable {
    static let name = "index.jsonl"
    static let partialName = ".index.jsonl.partial"
    /// A leftover partial file, moved aside while `--resume` copies its lines.
    static let resumedName = ".index.jsonl.resumed"

    let folder: String
    private let descriptor: Mutex<Int32>

    /// Opens a fresh partial file. With `resume`, first moves a leftover one aside.
    init(folder: String, resume: Bool) throws(ScrapeError) {
        self.folder = folder
        let partial = Self.path(folder, Self.partialName)
        if resume, FileManager.default.fileExists(atPath: partial) {
            rename(partial, Self.path(folder, Self.resumedName))
        }
        let opened = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw .index(partial, reason: String(cString: strerror(errno))) }
        descriptor = Mutex(opened)
    }

    /// Appends one line; a failed write is reported once by ``finish()``.
    func append(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return }
                    offset += count
                }
            }
        }
    }

    /// Copies the earlier index lines of URLs this run skips: from a leftover partial file
    /// first (newer), then from `index.jsonl`. A skipped URL without an old line gets one built
    /// from its file. `skipped` maps each skipped URL to its relative file path.
    func carryOver(skipped: [String: String]) {
        guard !skipped.isEmpty else { return }
        var pending = skipped
        for name in [Self.resumedName, Self.name] {
            Self.forEachLine(in: Self.path(folder, name)) { line in
                // Only a line that names a file describes the file being kept; a later failure
                // to refetch the URL does not replace the earlier success.
                guard let (url, file) = Self.fields(ofLine: line), file != nil, pending.removeValue(forKey: url) != nil else { return }
                append(line)
            }
        }
        unlink(Self.path(folder, Self.resumedName))
        for (url, file) in pending.sorted(by: { $0.key < $1.key }) {
            let modified = (try? FileManager.default.attributesOfItem(atPath: Self.path(folder, file)))?[.modificationDate] as? Date
            append(ScrapeRecord(url: url, file: file, fetchedAt: modified).jsonLine)
        }
    }

    /// Closes the partial file and renames it to `index.jsonl`.
    func finish() throws(ScrapeError) {
        let fd = descriptor.withLock { fd in
            defer { fd = -1 }
            return fd
        }
        guard fd >= 0 else { return }
        let partial = Self.path(folder, Self.partialName)
        guard fsync(fd) == 0 || errno == EINVAL, close(fd) == 0, rename(partial, Self.path(folder, Self.name)) == 0 else {
            throw .index(partial, reason: String(cString: strerror(errno)))
        }
    }

    static func path(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// The `url` and `file` of an index line.
    static func fields(ofLine line: String) -> (url: String, file: String?)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let url = object["url"] as? String
        else { return nil }
        return (url, object["file"] as? String)
    }

    /// Calls `body` with each non-empty line of a file, without reading it whole.
    static func forEachLine(in path: String, _ body: (String) -> Void) {
        guard let file = fopen(path, "r") else { return }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while getline(&buffer, &capacity, file) > 0, let buffer {
            let line = String(cString: buffer).trimmingCharacters(in: .newlines)
            if !line.isEmpty { body(line) }
        }
    }
}
