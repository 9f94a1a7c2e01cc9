import Foundation
import PithExtract
import Synchronization

/// `pith extract`: many pages in, one article file each out, in parallel.
///
/// Each input is loaded, extracted and rendered on one of `jobs` worker threads (extraction is
/// CPU-bound, so plain threads rather than the cooperative pool); outputs are written
/// atomically. One failing input never stops the others: its error is reported through
/// `report` and counted.
public struct ExtractPipeline: Sendable {
    /// What to produce and where.
    public struct Options: Sendable {
        public var format: ArticleFormat
        /// Where files go; nil writes the single article to standard output.
        public var outputDirectory: String?
        public var jobs: Int
        /// The page's URL for file and stdin inputs.
        public var pageURL: String?
        public var extraction: ExtractionOptions

        public init(format: ArticleFormat = .text, outputDirectory: String? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                    pageURL: String? = nil, extraction: ExtractionOptions = ExtractionOptions()) {
            self.format = format
            self.outputDirectory = outputDirectory
            self.jobs = jobs
            self.pageURL = pageURL
            self.extraction = extraction
        }
    }

    /// What happened to one input.
    public struct Outcome: Sendable {
        public var source: PageSource
        /// The file written, or nil when writing to standard output or on failure.
        public var outputPath: String?
        /// The rendered article when writing to standard output.
        public var rendered: String?
        public var article: Article?
        public var error: PipelineError?
    }

    public let extractor: ArticleExtractor
    public let loader: PageLoader
    public let options: Options

    public init(extractor: ArticleExtractor, loader: PageLoader, options: Options) {
        self.extractor = extractor
        self.loader = loader
        self.options = options
    }

    /// Runs every source; `report` is called once per source as it finishes, from worker
    /// threads, one call at a time.
    public func run(_ sources: [PageSource], report: @escaping @Sendable (Outcome) -> Void) {
        var naming = OutputNaming()
        let names = sources.map { naming.name(for: $0) }
        let inputFiles = Set(sources.compactMap { source -> FileIdentity? in
            if case .file(let path) = source { return FileIdentity(path) }
            return nil
        })
        let next = Atomic<Int>(0)
        let reporting = Mutex(())
        let workers = max(1, min(options.jobs, sources.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < sources.count else { break }
                    let outcome = process(sources[index], name: names[index], inputFiles: inputFiles)
                    reporting.withLock { _ in report(outcome) }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    private func process(_ source: PageSource, name: String, inputFiles: Set<FileIdentity>) -> Outcome {
        var outcome = Outcome(source: source)
        do throws(PipelineError) {
            outcome.article = try extract(source)
            let rendered = outcome.article!.rendered(as: options.format, includeDropped: options.extraction.explain)
            guard let folder = options.outputDirectory else {
                outcome.rendered = rendered
                return outcome
            }
            let path = (folder as NSString).appendingPathComponent(name + "." + options.format.fileExtension)
            if let output = FileIdentity(path), inputFiles.contains(output) {
                throw PipelineError.output(.wouldOverwriteInput(path))
            }
            do { try AtomicFile.write(rendered, to: path) } catch { throw PipelineError.output(error) }
            outcome.outputPath = path
        } catch {
            outcome.error = error
        }
        return outcome
    }

    /// Loads and extracts one page.
    public func extract(_ source: PageSource) throws(PipelineError) -> Article {
        let page: LoadedPage
        do { page = try loader.load(source) } catch { throw .load(error) }
        var pageURL = options.pageURL
        if case .url(let url) = source { pageURL = url }
        return try extract(page, url: pageURL)
    }

    /// Extracts a page that is already loaded (`pith scrape` hands its fetched bodies here, so
    /// its files are the ones `pith extract URL` writes for the same bytes).
    public func extract(_ page: LoadedPage, url: String?) throws(PipelineError) -> Article {
        let input = ExtractionInput(bytes: page.bytes, declaredCharset: page.declaredCharset, url: url,
                                    finalURL: page.finalURL, options: options.extraction)
        do { return try extractor.extract(input) } catch { throw .extraction(error) }
    }

}

/// Which file a path names, symbolic links followed: two paths name the same file exactly when
/// their identities are equal. One `stat` per path, where resolving each path's symbolic links
/// component by component cost a system call per folder on the way, for every page.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// Nil when nothing exists at `path` (an output not written yet is no input).
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Why one input of a pipeline gave no article.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case load(LoadError)
    case extraction(ExtractionError)
    case output(OutputError)

    public var description: String {
        switch self {
        case .load(let error): error.description
        case .extraction(let error): error.description
        case .output(let error): error.description
        }
    }

    /// A stable machine-readable kind (`read`, `no_article`, `content_type`, `output`, fetch kinds).
    public var kind: String {
        switch self {
        case .load(let error): error.kind
        case .extraction(let error): error.kind
        case .output: "output"
        }
    }
}
