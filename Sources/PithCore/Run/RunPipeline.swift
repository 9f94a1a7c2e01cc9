import Foundation
import PithStore

/// One `pith run` over an open store: select the due jobs, fetch them concurrently, compare
/// each with its baseline, record every check, deliver the outbox.
///
/// Each job's check is recorded in its own transaction as soon as its page arrives, so a run
/// stopped at any point keeps every finished check, and the jobs it did not reach stay due.
/// A job's failure never stops the others. The caller holds the run lock.
public struct RunPipeline {
    let file: JobsFile
    let store: HistoryStore
    let fetcher: any JobFetching
    let extractor: any ArticleExtracting
    let webhook: any WebhookPosting
    let clock: RunClock
    let options: RunOptions
    let log: @Sendable (String) -> Void

    public init(
        file: JobsFile, store: HistoryStore, fetcher: any JobFetching, extractor: any ArticleExtracting,
        webhook: any WebhookPosting, clock: RunClock, options: RunOptions, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.file = file
        self.store = store
        self.fetcher = fetcher
        self.extractor = extractor
        self.webhook = webhook
        self.clock = clock
        self.options = options
        self.log = log
    }

    public func run() async throws -> RunResult {
        var result = RunResult()
        let due = try DueJobs.select(file, lastChecked: try store.lastCheckTimes(), options: options, clock: clock)
        if options.dryRun {
            result.wouldCheck = due
            return result
        }
        log("\(due.count) of \(file.jobs.count) jobs due")
        try await check(due, into: &result)
        // Report in the jobs file's order, whatever order the pages arrived in.
        let order = Dictionary(file.jobs.enumerated().map { ($1.name, $0) }) { first, _ in first }
        result.events = result.events.enumerated().sorted { a, b in
            (order[a.element.job] ?? 0, a.offset) < (order[b.element.job] ?? 0, b.offset)
        }.map(\.element)
        let delivery = OutboxDelivery(store: store, webhook: webhook, commandTimeout: options.commandTimeout)
        result.problems += try await delivery.deliverPending(now: clock.checkTime())
        return result
    }

    /// A fetch that finished, or the deadline.
    private enum Arrival: Sendable {
        case fetched(index: Int, Result<FetchedPage, PageFetchFailure>, milliseconds: Int)
        case deadline
    }

    private func check(_ jobs: [Job], into result: inout RunResult) async throws {
        let requests = try jobs.map { job in try request(for: job) }
        var unrecorded = Set(jobs.indices)
        var arrived = 0
        let fetcher = fetcher
        let maxRuntime = options.maxRuntime
        await withTaskGroup(of: Arrival.self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask {
                    let started = ContinuousClock.now
                    let fetched = await fetcher.fetch(request)
                    return .fetched(index: index, fetched, milliseconds: Self.milliseconds(since: started))
                }
            }
            if let maxRuntime {
                group.addTask {
                    try? await Task.sleep(for: maxRuntime)
                    return .deadline
                }
            }
            for await arrival in group {
                guard case let .fetched(index, fetched, milliseconds) = arrival else {
                    log("--max-runtime reached: \(unrecorded.count) jobs left for the next run")
                    break
                }
                arrived += 1
                if case let .failure(failure) = fetched, failure.retryLater {
                    log("\(jobs[index].name): \(failure.message); left for the next run")
                } else {
                    unrecorded.remove(index)
                    process(jobs[index], fetched, milliseconds: milliseconds, into: &result)
                }
                if arrived == jobs.count { break }
            }
            group.cancelAll()
        }
        result.unfinished = unrecorded.sorted().map { jobs[$0].name }
    }

    private func request(for job: Job) throws -> PageRequest {
        let stored = try store.ensureJob(name: job.name, url: job.url, at: clock.now)
        let sameURL = stored.url == job.url
        return PageRequest(
            url: job.url, headers: job.headers, userAgent: job.userAgent,
            etag: sameURL ? stored.state.etag : nil, lastModified: sameURL ? stored.state.lastModified : nil)
    }

    private func process(_ job: Job, _ fetched: Result<FetchedPage, PageFetchFailure>, milliseconds: Int, into result: inout RunResult) {
        do {
            result.events += try record(job, fetched, milliseconds: milliseconds)
            result.checked.append(job.name)
        } catch {
            result.problems.append("\(job.name): could not record the check: \(error)")
        }
    }

    /// Evaluates and records one check in one transaction; returns its events.
    private func record(_ job: Job, _ fetched: Result<FetchedPage, PageFetchFailure>, milliseconds: Int) throws -> [RunEvent] {
        let stored = try store.ensureJob(name: job.name, url: job.url, at: clock.now)
        let baseline = try store.latestSnapshot(ofJob: stored.id)
        let store = store
        let evaluation = CheckEvaluator(
            job: job, extractor: extractor, state: stored.state, baseline: baseline,
            baselineHTML: { try baseline.map(store.rawHTML) ?? [] }, checkedAt: clock.checkTime(),
            durationMilliseconds: milliseconds
        ).evaluate(fetched)
        if let restamp = evaluation.restamp {
            try store.restamp(
                restamp.snapshot, extractorVersion: extractor.extractorVersion, rulesVersion: extractor.rulesVersion(for: job),
                markdown: restamp.markdown)
        }
        var events: [RunEvent] = []
        try store.record(check: evaluation.check, snapshots: evaluation.snapshots, state: evaluation.state, forJob: stored.id) { revisions in
            events = evaluation.events(revisions)
            return events.map { NewEvent(kind: $0.kind.rawValue, payload: $0.json, deliveries: job.deliveryTargets) }
        }
        log("\(job.name): \(evaluation.check.outcome.rawValue)\(evaluation.check.error.map { " (\($0))" } ?? "")")
        return events
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
