import Foundation
import PithExtract
import PithStore
import _PithTestSupport

@testable import PithCore

/// A jobs file, a real SQLite store and the real extractor in a scratch folder, and a way to
/// run `pith run`'s pipeline at a chosen time.
final class RunHarness {
    let folder = TemporaryFolder("pith-run")
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var fetcher: any JobFetching = FileJobFetcher()
    var extractor: any ArticleExtracting = ExtractorAdapter()
    var webhook: any WebhookPosting = NoWebhook()

    var storePath: String { folder.file("pith.sqlite") }

    /// Writes the jobs file.
    func jobs(_ yaml: String) throws -> JobsFile {
        try JobsFileLoader.parse(yaml, path: try folder.write(yaml, to: "jobs.yaml"))
    }

    /// Writes a page into the scratch folder and returns its `file://` URL.
    @discardableResult
    func page(_ html: String, named name: String = "page.html") throws -> String {
        "file://" + (try folder.write(html, to: name))
    }

    /// One run at `start + hours`.
    func run(_ file: JobsFile, hours: Double, options: RunOptions = RunOptions(all: true)) async throws -> RunResult {
        let store = try HistoryStore.open(at: storePath, writerVersion: "test")
        let pipeline = RunPipeline(
            file: file, store: store, fetcher: fetcher, extractor: extractor, webhook: webhook,
            clock: RunClock(now: start.addingTimeInterval(hours * 3600), timeZone: TimeZone(identifier: "UTC")!), options: options)
        return try await pipeline.run()
    }

    func store() throws -> HistoryStore {
        try HistoryStore.open(at: storePath, create: false, writerVersion: "test")
    }
}

/// An extractor presented under another version, as after upgrading Pith.
struct RenamedExtractor: ArticleExtracting {
    let base = ExtractorAdapter()
    let extractorVersion: String
    var rulesFingerprint: String { base.rulesFingerprint }

    func extract(html: [UInt8], charset: String?, url: String, finalURL: String?, selectors: SiteRule?) throws -> Article {
        try base.extract(html: html, charset: charset, url: url, finalURL: finalURL, selectors: selectors)
    }
}

/// Reads `file://` pages directly, so the run loop's tests need no fetch thread.
struct FileJobFetcher: JobFetching {
    func fetch(_ request: PageRequest) async -> Result<FetchedPage, PageFetchFailure> {
        guard let path = URLComponents(string: request.url)?.path, let data = FileManager.default.contents(atPath: path) else {
            return .failure(PageFetchFailure(message: "cannot read \(request.url)", kind: "file"))
        }
        return .success(FetchedPage(status: nil, finalURL: request.url, body: Array(data)))
    }
}

/// A webhook that cannot be reached.
struct NoWebhook: WebhookPosting {
    func post(json: String, to url: String) async -> Result<Void, PageFetchFailure> {
        .failure(PageFetchFailure(message: "no webhooks in this test", kind: "unsupported"))
    }
}
