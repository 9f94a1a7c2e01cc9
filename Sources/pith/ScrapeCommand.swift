import ArgumentParser
import Foundation
import PithCore
import PithExtract
import PithFetch

/// `pith scrape`: a list of URLs in, one article file per URL and an index out.
struct ScrapeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrape",
        abstract: "Fetch a list of URLs politely and write one article file per URL, plus DIR/index.jsonl.",
        discussion: """
            LIST has one URL per line (blank lines and # comments are ignored; - or no LIST reads standard \
            input). Files go to DIR/HOST[_PORT]/PATH.EXT; DIR/index.jsonl gets one line per URL. \
            SIGINT/SIGTERM stop cleanly (exit 130/143). The jobs file's settings: (contact, user_agent, \
            per_host_delay, per_host_concurrency, the limits and hosts:) apply; flags override them. Exit status: 0 when every URL gave a file, 1 when \
            any did not, 64 on bad usage.
            """
    )

    @Argument(help: "The URL list, one per line; - or nothing for standard input.")
    var list: String = "-"

    @Option(name: .long, help: "Write the files and index.jsonl into this folder (required).")
    var outputDir: String?

    @Option(name: .long, help: "json, markdown, text, or raw (the body as fetched, .html).")
    var format: ScrapeFormat = .json

    @Option(name: .long, help: "Transfers in flight at once, across all hosts.")
    var jobs: Int = 32

    @Option(name: .long, help: "Pages extracted in parallel (default: the number of cores).")
    var extractJobs: Int?

    @Option(name: .long, help: "Transfers in flight at once per host (default: 1).")
    var perHost: Int?

    @Option(name: .long, help: "Seconds between requests to one host (default: 1).")
    var delay: Double?

    @Flag(name: .long, help: "Do not read or honour robots.txt (a warning is printed).")
    var noRobots = false

    @Option(name: .long, help: "Contact details (e-mail or URL) put into the User-Agent.")
    var contact: String?

    @Flag(name: .long, help: "Skip URLs whose file already exists in DIR, keeping their index lines.")
    var resume = false

    @OptionGroup var limits: FetchLimitOptions

    @Option(name: .long, help: ArgumentHelp(StoreOptions.configHelp + " Only its settings: are used.", valueName: "file"))
    var config: String?

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        guard let outputDir, !outputDir.isEmpty else { throw ValidationError("--output-dir is required") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard extractJobs ?? 1 >= 1 else { throw ValidationError("--extract-jobs must be at least 1") }
        guard perHost ?? 1 >= 1 else { throw ValidationError("--per-host must be at least 1") }
        guard delay.map({ $0 >= 0 && $0.isFinite }) ?? true else { throw ValidationError("--delay must be 0 or more seconds") }
    }

    func run() async throws {
        FetchMemory.keepFreedMemory()
        let overrides = try rulesOptions.load()
        let settings = try loadSettings()
        let urls: URLList
        do { urls = try URLList.read(path: list) } catch {
            Console.error("pith: \(error)")
            throw ExitCode(64)
        }
        let listName = list == "-" ? "stdin" : list
        for line in urls.invalid { Console.error("pith: \(listName):\(line.number): \(line.message)") }
        if noRobots { Console.error("pith: warning: --no-robots: robots.txt is not read and not honoured") }

        let pipeline = ScrapePipeline(options: options(settings: settings), extractor: ArticleExtractor(overrides: overrides))
        let progress = ScrapeProgress(total: urls.urls.count, terminal: isatty(STDERR_FILENO) == 1) { Console.errorText($0) }
        let stopSignal = SignalStopper.install { pipeline.cancel() }
        let summary: ScrapeSummary
        do { summary = try await pipeline.run(urls.urls) { progress.record($0) } } catch {
            Console.error("pith: \(error)")
            throw ExitCode(error.isUsage ? 64 : 1)
        }
        progress.finish(summary)
        if let signal = stopSignal.caught { throw ExitCode(128 + signal) }
        if summary.failed > 0 || summary.notFetched > 0 || !urls.invalid.isEmpty { throw ExitCode(1) }
    }

    /// The jobs file's fetch settings; none when the default file is missing. A missing
    /// `--config` file or an invalid one is a usage error (exit 64).
    private func loadSettings() throws -> FetchSettings {
        do {
            return try StoreContext(configPath: config, environment: ProcessInfo.processInfo.environment).loadSettings().fetch
        } catch {
            Console.error("pith: \(error)")
            throw ExitCode(64)
        }
    }

    /// The flags that say how to fetch; nil for those not given.
    private var fetchFlags: FetchSettings {
        FetchSettings(contact: contact, perHostDelay: delay, perHostConcurrency: perHost, limits: limits.settings)
    }

    private func options(settings: FetchSettings) -> ScrapeOptions {
        var fetch = FetchSettings.configuration(settings: settings, flags: fetchFlags)
        fetch.maxConcurrent = jobs
        fetch.respectRobots = !noRobots
        return ScrapeOptions(outputDirectory: outputDir ?? ".", format: format, extractJobs: extractJobs ?? ProcessInfo.processInfo.activeProcessorCount, resume: resume,
                             fetch: fetch, extraction: ExtractionOptions(referenceDate: Date()))
    }
}

extension ScrapeFormat: ExpressibleByArgument {}

extension ScrapeError {
    /// The folder given by the user cannot be used: a usage problem rather than a failed URL.
    var isUsage: Bool {
        if case .outputFolder = self { return true }
        return false
    }
}
