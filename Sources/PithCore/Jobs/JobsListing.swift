import Foundation
import PithStore

/// `pith jobs list`: every job with its schedule and when it is next due.
public enum JobsListing {
    /// The listing; `lastChecked` comes from the store (empty when there is none yet).
    public static func render(_ file: JobsFile, lastChecked: [String: Date], clock: RunClock, format: HistoryFormat) -> String {
        let rows = file.jobs.map { job -> (job: Job, next: String) in
            let next = job.schedule.nextDue(after: lastChecked[job.name], url: job.url, calendar: clock.calendar)
            let text = next.map { $0 <= clock.now ? "now" : Timestamp.format($0) } ?? "never"
            return (job, text)
        }
        switch format {
        case .json:
            let objects: [[String: Any]] = rows.map { row in
                [
                    "name": row.job.name, "url": row.job.url, "enabled": row.job.enabled, "schedule": row.job.schedule.summary,
                    "next_due": row.next, "tags": row.job.tags,
                    "last_checked": lastChecked[row.job.name].map(Timestamp.format) ?? NSNull(),
                ]
            }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        case .text:
            guard !rows.isEmpty else { return "no jobs in \(file.path); add one with pith jobs add URL\n" }
            let table = HistoryViews.table(
                ["name", "schedule", "next due", "url"],
                rows.map { [$0.job.name + ($0.job.enabled ? "" : " (disabled)"), $0.job.schedule.summary, $0.next, $0.job.url] })
            return table.map { String($0.dropFirst(2)) }.joined(separator: "\n") + "\n"
        }
    }
}
