import Foundation
import PithStore

/// The read-only commands over a store: `pith diff`, `pith history` and `pith show`.
///
/// Texts are compared after the job's `ignore` filters (from the jobs file when the job is
/// still in it, else the defaults), so a diff shows exactly what a run compared.
public struct HistoryViews {
    let store: HistoryStore
    let jobs: JobsFile?
    let calendar: Calendar

    public init(store: HistoryStore, jobs: JobsFile?, calendar: Calendar = Calendar(identifier: .gregorian)) {
        self.store = store
        self.jobs = jobs
        self.calendar = calendar
    }

    /// The job and its snapshots, oldest first.
    func history(of name: String) throws -> (job: StoredJob, snapshots: [Snapshot]) {
        guard let job = try store.job(named: name) else { throw HistoryError.unknownJob(name, store: store.path) }
        return (job, try store.snapshots(ofJob: job.id))
    }

    func select(_ text: String, in snapshots: [Snapshot], job: String) throws -> Snapshot {
        guard let selector = RevisionSelector.parse(text, calendar: calendar) else { throw HistoryError.badRevision(text) }
        guard let snapshot = selector.resolve(in: snapshots) else { throw HistoryError.noSuchRevision(text, job: job) }
        return snapshot
    }

    func filter(for job: StoredJob) -> IgnoreFilter {
        IgnoreFilter((jobs?.jobs.first { $0.name == job.name })?.ignore ?? IgnoreRule.defaults)
    }

    static func label(_ job: StoredJob, _ snapshot: Snapshot) -> String {
        "\(job.name) rev \(snapshot.revision) (\(Timestamp.format(snapshot.capturedAt)))"
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }
}
