import Foundation
import PithExtract
import PithStore

/// `pith run` from flags to exit status: config, lock, store, pipeline, outputs, report.
public struct RunSession {
    public var context: StoreContext
    public var options: RunOptions
    public var report: RunReportFormatter.Format
    public var style: DiffStyle

    public init(context: StoreContext, options: RunOptions, report: RunReportFormatter.Format = .text, style: DiffStyle = DiffStyle()) {
        self.context = context
        self.options = options
        self.report = report
        self.style = style
    }

    /// Runs; `services` builds the fetcher and friends from the jobs file's settings, `log`
    /// receives stderr lines (only problems, unless `verbose`).
    public func run(
        verbose: Bool, services: (JobsSettings) -> RunServices, log: @escaping @Sendable (String) -> Void
    ) async -> CommandOutcome {
        let file: JobsFile
        let clock: RunClock
        do {
            clock = try RunClock.fromEnvironment(context.environment)
            file = try context.loadJobs(required: true)!
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        }
        if verbose { file.warnings.forEach(log) }
        let storePath = context.store(settings: file.settings)
        do {
            guard let lock = try RunLock.acquire(forStore: storePath) else {
                if verbose { log("pith: another pith run is using \(storePath); exiting") }
                return CommandOutcome()
            }
            defer { withExtendedLifetime(lock) {} }  // held until the run is over
            return try await locked(file: file, storePath: storePath, clock: clock, services: services(file.settings), verbose: verbose, log: log)
        } catch let error as RunUsageError {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: 1)
        }
    }

    private func locked(
        file: JobsFile, storePath: String, clock: RunClock, services: RunServices, verbose: Bool, log: @escaping @Sendable (String) -> Void
    ) async throws -> CommandOutcome {
        let store = try HistoryStore.open(at: storePath, writerVersion: PithVersion.tool)
        let progress: @Sendable (String) -> Void = { line in if verbose { log("pith: " + line) } }
        let pipeline = RunPipeline(
            file: file, store: store, fetcher: services.fetcher, extractor: services.extractor, webhook: services.webhook,
            clock: clock, options: options, log: progress)
        let result = try await pipeline.run()
        if options.dryRun { return CommandOutcome(output: dryRunListing(result.wouldCheck)) }
        var problems = result.problems
        problems += writeOutputs(result, settings: file.settings, store: store, clock: clock)
        problems.forEach { log("pith: \($0)") }
        let exitCode: Int32 = result.exitCode == 0 && problems.isEmpty ? 0 : 1
        return CommandOutcome(output: RunReportFormatter.format(result.events, as: report, style: style), exitCode: exitCode)
    }

    /// Article files for new and changed jobs, and the Atom feed; problems as messages.
    private func writeOutputs(_ result: RunResult, settings: JobsSettings, store: HistoryStore, clock: RunClock) -> [String] {
        var problems: [String] = []
        if let folder = settings.outputDirectory {
            let format = ArticleFormat(rawValue: settings.outputFormat) ?? .json
            for event in result.events where event.kind == .new || event.kind == .changed {
                do {
                    try ArticleFiles.write(event: event, store: store, folder: folder, format: format)
                } catch {
                    problems.append("\(event.job): cannot write the article: \(error)")
                }
            }
        }
        if let feed = settings.atomFeed, !result.events.isEmpty || !FileManager.default.fileExists(atPath: feed) {
            do {
                try AtomFeedWriter.write(from: store, to: feed, now: clock.now)
            } catch {
                problems.append("cannot write the Atom feed \(feed): \(error)")
            }
        }
        return problems
    }

    private func dryRunListing(_ jobs: [Job]) -> String {
        guard !jobs.isEmpty else { return "nothing is due\n" }
        return jobs.map { "would check: \($0.name) <\($0.url)> (\($0.schedule.summary))\n" }.joined()
    }
}
