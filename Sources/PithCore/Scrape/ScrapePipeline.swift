import Foundation
import PithExtract
import PithFetch
import PithStore
import Synchronization

/// What `pith scrape` writes for each URL.
public enum ScrapeFormat: String, Sendable, CaseIterable {
    case json, markdown, text
    /// The response body as fetched, for archiving and later re-extraction.
    case raw

    /// The article format, or nil for `raw`.
    public var articleFormat: ArticleFormat? {
        switch self {
        case .json: .json
        case .markdown: .markdown
        case .text: .text
        case .raw: nil
        }
    }

    public var fileExtension: String { articleFormat?.fileExtension ?? "html" }
}

/// How a scrape runs.
public struct ScrapeOptions: Sendable {
    public var outputDirectory: String
    public var format: ScrapeFormat
    /// Extraction worker threads (transfers in flight are `fetch.maxConcurrent`).
    public var extractJobs: Int
    /// Skip URLs whose file already exists, keeping their index lines.
    public var resume: Bool
    public var fetch: FetchConfiguration
    public var extraction: ExtractionOptions

    public init(outputDirectory: String, format: ScrapeFormat = .json, extractJobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                resume: Bool = false, fetch: FetchConfiguration = FetchConfiguration(), extraction: ExtractionOptions = ExtractionOptions()) {
        self.outputDirectory = outputDirectory
        self.format = format
        self.extractJobs = extractJobs
        self.resume = resume
        self.fetch = fetch
        self.extraction = extraction
    }
}

/// The totals of one scrape.
public struct ScrapeSummary: Sendable, Equatable {
    /// URLs in the list (after duplicates were dropped), including skipped ones.
    public var total: Int
    /// URLs fetched in this run that gave a file.
    public var written: Int
    /// URLs fetched in this run that did not give a file (not counting cancelled ones).
    public var failed: Int
    /// URLs whose fetch was cancelled because the run was stopped.
    public var notFetched: Int
    /// URLs `--resume` skipped because their file exists.
    public var skipped: Int
    /// The run was stopped by ``ScrapePipeline/cancel()``.
    public var cancelled: Bool
    public var seconds: Double
}

/// Why a scrape could not run at all (a failing URL is only an index line).
public enum ScrapeError: Error, Sendable, Equatable, CustomStringConvertible {
    case outputFolder(String, reason: String)
    case index(String, reason: String)

    public var description: String {
        switch self {
        case .outputFolder(let path, let reason): "cannot create the output folder \(path): \(reason)"
        case .index(let path, let reason): "cannot write the index \(path): \(reason)"
        }
    }
}

/// `pith scrape`: a list of URLs in, one article file per URL and `index.jsonl` out.
///
/// One ``Fetcher`` runs every transfer; as each finishes, its body is handed through a
/// ``BoundedQueue`` to `extractJobs` worker threads that extract, write the file and append
/// the index line. The fetch thread never extracts; when the workers fall behind, the queue
/// fills and the fetch thread waits, so at most ``queueCapacity`` bodies (`extractJobs × 2`,
/// at least 16 for `raw`) wait in memory (besides the transfers in flight). Results are not
/// kept: each goes to the index and to `report`, then is dropped, so lists of hundreds of
/// thousands of URLs run in bounded memory.
public final class ScrapePipeline: Sendable {
    public let options: ScrapeOptions
    private let articles: ExtractPipeline
    private let fetcher: Fetcher
    private let cancelled = Atomic<Bool>(false)

    public init(options: ScrapeOptions, extractor: ArticleExtractor) {
        self.options = options
        // The loader is never asked: the scrape hands fetched bodies to `extract(_:url:)`.
        articles = ExtractPipeline(
            extractor: extractor, loader: PageLoader(fetch: { url throws(LoadError) in
                throw .fetchFailed(url, kind: "unsupported", message: "pith scrape fetches pages itself")
            }),
            options: .init(format: options.format.articleFormat ?? .json, extraction: options.extraction))
        fetcher = Fetcher(configuration: options.fetch)
    }

    /// Stops the scrape: queued and in-flight transfers end as `cancelled`, bodies already
    /// fetched are still written, and ``run(_:report:)`` returns with a complete index.
    /// Safe to call from any thread, more than once.
    public func cancel() {
        guard !cancelled.exchange(true, ordering: .relaxed) else { return }
        fetcher.cancelAll()
    }

    /// Scrapes `urls` (valid and without duplicates, as ``URLList`` gives them). `report` is
    /// called once per fetched URL, from worker threads, one call at a time.
    public func run(_ urls: [String], report: @escaping @Sendable (ScrapeRecord) -> Void) async throws(ScrapeError) -> ScrapeSummary {
        let started = ContinuousClock.now
        let folder = options.outputDirectory
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw .outputFolder(folder, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        let (pending, skipped) = plan(urls)
        let index = try ScrapeIndexWriter(folder: folder, resume: options.resume)
        index.carryOver(skipped: skipped)

        let counts = Mutex((written: 0, failed: 0, notFetched: 0))
        let finish: @Sendable (ScrapeRecord) -> Void = { record in
            index.append(record.jsonLine)
            counts.withLock {
                if record.succeeded {
                    $0.written += 1
                } else if record.wasCancelled {
                    $0.notFetched += 1
                } else {
                    $0.failed += 1
                }
            }
            report(record)
        }
        await fetchAndExtract(pending, finish: finish)
        try index.finish()
        let totals = counts.withLock { $0 }
        return ScrapeSummary(
            total: urls.count, written: totals.written, failed: totals.failed, notFetched: totals.notFetched,
            skipped: skipped.count, cancelled: cancelled.load(ordering: .relaxed), seconds: Self.seconds(since: started))
    }

    /// The URLs to fetch, and (with `--resume`) those skipped, mapped to their existing file.
    private func plan(_ urls: [String]) -> (pending: [String], skipped: [String: String]) {
        guard options.resume else { return (urls, [:]) }
        var pending: [String] = []
        var skipped: [String: String] = [:]
        for url in urls {
            if let file = ScrapePathNaming.relativePath(for: url, fileExtension: options.format.fileExtension),
                FileManager.default.fileExists(atPath: ScrapeIndexWriter.path(options.outputDirectory, file)) {
                skipped[url] = file
            } else {
                pending.append(url)
            }
        }
        return (pending, skipped)
    }

    /// One finished transfer on its way to a worker.
    private struct Fetched: Sendable {
        var url: String
        var result: Result<FetchResponse, FetchError>
        var fetchedAt: Date
    }

    /// Bodies that may wait for a worker. Writing a raw body takes a fraction of the time
    /// extracting one does, so with a queue of 4 the fetch thread stopped on a full queue
    /// about once every five pages, and each stop was a sleep and a wake-up; a deeper queue
    /// lets it run through bursts of finished transfers (at the cost of a few more bodies in
    /// memory: 16 typical pages are about 1 MB).
    var queueCapacity: Int {
        options.format == .raw ? max(16, options.extractJobs * 2) : options.extractJobs * 2
    }

    private func fetchAndExtract(_ urls: [String], finish: @escaping @Sendable (ScrapeRecord) -> Void) async {
        let queue = BoundedQueue<Fetched>(capacity: queueCapacity)
        let serial = Mutex(())
        let folders = OutputFolders(root: options.outputDirectory)
        let workers = DispatchGroup()
        for _ in 0..<max(1, options.extractJobs) {
            workers.enter()
            let thread = Thread { [self] in
                while let item = queue.pop() {
                    let record = process(item, folders: folders)
                    serial.withLock { _ in finish(record) }
                }
                workers.leave()
            }
            thread.stackSize = 8 << 20  // the extractor recurses over deep trees
            thread.start()
        }
        if cancelled.load(ordering: .relaxed) {
            for url in urls { queue.push(Fetched(url: url, result: .failure(.cancelled(url: url)), fetchedAt: Date())) }
        } else {
            let requireHTML = options.format != .raw
            let requests = urls.map { FetchRequest(url: $0, requireHTML: requireHTML) }
            // Runs on the fetch thread: a push waits while the workers are behind (backpressure).
            let recancelled = Atomic<Bool>(false)
            await fetcher.fetchAll(requests) { [self] position, result in
                // A stop that came between the check above and the submission would not reach
                // these requests (the fetcher cancels only what it holds): cancel again.
                if cancelled.load(ordering: .relaxed), !recancelled.exchange(true, ordering: .relaxed) { fetcher.cancelAll() }
                queue.push(Fetched(url: urls[position], result: result, fetchedAt: Date()))
            }
        }
        queue.close()
        await withCheckedContinuation { continuation in workers.notify(queue: .global()) { continuation.resume() } }
    }

    /// Extracts (or keeps raw), writes the file, and describes the outcome.
    private func process(_ item: Fetched, folders: OutputFolders) -> ScrapeRecord {
        var record = ScrapeRecord(url: item.url, fetchedAt: item.fetchedAt)
        switch item.result {
        case .failure(let error):
            record.error = error.description
            record.errorKind = error.kind
            record.status = error.status
        case .success(let response):
            record.finalURL = response.finalURL
            record.status = response.status
            do throws(PipelineError) {
                let (relative, hash) = try write(response, url: item.url, folders: folders)
                record.file = relative
                record.contentHash = hash
            } catch {
                record.error = error.description
                record.errorKind = error.kind
            }
        }
        return record
    }

    /// Writes one response's file atomically; returns its relative path and content hash.
    private func write(_ response: FetchResponse, url: String, folders: OutputFolders) throws(PipelineError) -> (String, String) {
        guard let relative = ScrapePathNaming.relativePath(for: url, fileExtension: options.format.fileExtension) else {
            throw .load(.fetchFailed(url, kind: "invalid_url", message: "invalid URL: \(url)"))
        }
        let path = ScrapeIndexWriter.path(options.outputDirectory, relative)
        guard let format = options.format.articleFormat else {
            do {
                let folder = try folders.prepare(for: relative, path: path)
                try AtomicFile.write(response.body, to: path, inExistingFolder: folder.path, descriptor: folder.descriptor)
            } catch {
                throw .output(error)
            }
            return (relative, SHA256.hex(response.body))
        }
        // A link on the way is reported before extracting; the folder is made only for a file.
        if !folders.isReady(relative) {
            do { try Self.refuseSymbolicLinks(in: relative, under: options.outputDirectory) } catch { throw .output(error) }
        }
        let page = LoadedPage(bytes: response.body, declaredCharset: response.charset, finalURL: response.finalURL)
        let article = try articles.extract(page, url: url)
        do {
            let folder = try folders.prepare(for: relative, path: path)
            try AtomicFile.write(Array(article.rendered(as: format).utf8), to: path, inExistingFolder: folder.path, descriptor: folder.descriptor)
        } catch {
            throw .output(error)
        }
        return (relative, article.contentHash)
    }

    /// The naming keeps every path inside the folder, but a symbolic link already there (made
    /// by someone else) could lead out of it: refuse to write through one. The file itself is
    /// safe, since the atomic rename replaces a link rather than following it.
    static func refuseSymbolicLinks(in relative: String, under folder: String) throws(OutputError) {
        var path = folder
        for component in relative.split(separator: "/").dropLast() {
            path = ScrapeIndexWriter.path(path, String(component))
            var info = stat()
            if lstat(path, &info) != 0 { return }  // missing: created as a real folder
            if info.st_mode & S_IFMT == S_IFLNK { throw .symbolicLink(path) }
        }
    }

    /// The folders of one run's output that are known to be real folders: checked for
    /// symbolic links and created once each, rather than with an `lstat` per path component
    /// and a `stat` per file (a scrape writes thousands of files into a few folders). The
    /// first ``maxOpen`` are kept open and files are created and renamed relative to them, so
    /// the kernel does not walk the whole path twice per file, and a link put in place of such
    /// a folder while the run goes on is not followed.
    final class OutputFolders: Sendable {
        /// A folder ready for files: its full path, and an open descriptor when one was kept.
        struct Folder {
            var path: String
            var descriptor: Int32?
        }

        /// Descriptors kept open; a run over more folders writes the rest by path.
        static let maxOpen = 256
        let root: String
        private let ready = Mutex<[Substring: Int32]>([:])

        init(root: String) {
            self.root = root
        }

        deinit {
            for descriptor in ready.withLock({ $0.values }) where descriptor >= 0 { close(descriptor) }
        }

        /// Makes sure the folder of `relative` (whose full path is `path`) exists and is
        /// reached without a symbolic link.
        func prepare(for relative: String, path: String) throws(OutputError) -> Folder {
            let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            let key = Self.key(relative)
            if let descriptor = ready.withLock({ $0[key] }) { return Folder(path: folder, descriptor: descriptor >= 0 ? descriptor : nil) }
            try ScrapePipeline.refuseSymbolicLinks(in: relative, under: root)
            if !folder.isEmpty {
                do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                    throw .cannotCreateFolder(folder, reason: error.localizedDescription)
                }
            }
            // O_NOFOLLOW: the folder just checked, not a link put there since.
            var opened = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let descriptor = ready.withLock { folders -> Int32 in
                if let existing = folders[key] { return existing }  // another worker was first
                let kept = folders.count < Self.maxOpen ? opened : -1
                folders[key] = kept
                if kept >= 0 { opened = -1 }
                return kept
            }
            if opened >= 0 { close(opened) }
            return Folder(path: folder, descriptor: descriptor >= 0 ? descriptor : nil)
        }

        /// Whether the folder of `relative` was already checked and made.
        func isReady(_ relative: String) -> Bool {
            ready.withLock { $0[Self.key(relative)] != nil }
        }

        private static func key(_ relative: String) -> Substring {
            relative[..<(relative.lastIndex(of: "/") ?? relative.startIndex)]
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
