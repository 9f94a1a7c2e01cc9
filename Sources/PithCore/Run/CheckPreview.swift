import Foundation
import PithStore

/// `pith check`: fetch and extract one job once, show the article and what a run would
/// compare and conclude, and store nothing (urlwatch's `--test-filter`).
public struct CheckPreview {
    let job: Job
    let fetcher: any JobFetching
    let extractor: any ArticleExtracting
    /// The store to compare with, when there is one; only read.
    let store: HistoryStore?
    let clock: RunClock

    public init(job: Job, fetcher: any JobFetching, extractor: any ArticleExtracting, store: HistoryStore?, clock: RunClock) {
        self.job = job
        self.fetcher = fetcher
        self.extractor = extractor
        self.store = store
        self.clock = clock
    }

    /// The report to print, and whether an article came out.
    public func run() async throws -> (output: String, succeeded: Bool) {
        let fetched = await fetcher.fetch(PageRequest(url: job.url, headers: job.headers, userAgent: job.userAgent))
        return try report(fetched)
    }

    /// Everything after the fetch, synchronously: the store is only touched here.
    private func report(_ fetched: Result<FetchedPage, PageFetchFailure>) throws -> (output: String, succeeded: Bool) {
        let baseline = try currentBaseline()
        let evaluation = CheckEvaluator(
            job: job, extractor: extractor, state: JobState(), baseline: baseline, baselineHTML: loadBaselineHTML,
            checkedAt: clock.checkTime(), durationMilliseconds: 0
        ).evaluate(fetched)
        var lines = ["job: \(job.name) <\(job.url)>"]
        if case let .success(page) = fetched {
            lines.append("fetched: \(page.status.map { "HTTP \($0)" } ?? "file") from \(page.finalURL), \(page.body.count) bytes")
        }
        guard evaluation.check.outcome != .failed else {
            lines.append("error: \(evaluation.check.error ?? "failed") [\(evaluation.check.errorKind ?? "")]")
            lines.append("a run would record a failed check and keep the baseline")
            return (lines.joined(separator: "\n") + "\n", false)
        }
        guard let snapshot = evaluation.candidate else {
            return (lines.joined(separator: "\n") + "\n", true)
        }
        let metadata = snapshot.article.metadata
        let compared = IgnoreFilter(job.ignore).apply(snapshot.article.text)
        lines.append("title: \(metadata.title ?? "(none)")")
        if !metadata.authors.isEmpty { lines.append("authors: \(metadata.authors.joined(separator: ", "))") }
        if let published = metadata.published { lines.append("published: \(published)") }
        if let modified = metadata.modified { lines.append("modified: \(modified)") }
        lines.append(
            "words: \(PageAcceptance.wordCount(snapshot.article.text)) (\(PageAcceptance.wordCount(compared)) compared, after \(job.ignore.map(\.source).joined(separator: ", ").nonEmpty ?? "no") ignore rules)")
        lines.append("snapshot key: \(snapshot.key)")
        lines.append(verdict(evaluation, baseline: baseline))
        var output = lines.joined(separator: "\n") + "\n\n" + compared + "\n"
        if let changed = evaluation.events([]).first(where: { $0.kind == .changed }), let diff = changed.textDiff {
            output += "\nchanges a run would report:\n" + WordDiffFormatter.format(diff)
        }
        return (output, true)
    }

    private func currentBaseline() throws -> Snapshot? {
        guard let store, let stored = try store.job(named: job.name) else { return nil }
        return try store.latestSnapshot(ofJob: stored.id)
    }

    private func loadBaselineHTML() throws -> [UInt8] {
        guard let baseline = try currentBaseline(), let store else { return [] }
        return try store.rawHTML(of: baseline)
    }

    private func verdict(_ evaluation: Evaluation, baseline: Snapshot?) -> String {
        guard let baseline else { return "no baseline: a run would report this job as new" }
        let against = "compared with rev \(baseline.revision) (\(Timestamp.format(baseline.capturedAt)))"
        switch evaluation.check.outcome {
        case .changed: return "\(against): a run would report a change"
        default: return "\(against): unchanged, a run would report nothing"
        }
    }
}

extension String {
    /// nil for an empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
