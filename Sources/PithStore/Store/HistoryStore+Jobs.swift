import Foundation

extension HistoryStore {
    /// Every job that has been checked at least once, by name.
    public func jobs() throws -> [StoredJob] {
        try connection.query("SELECT \(Self.jobColumns) FROM jobs ORDER BY name", row: Self.job)
    }

    /// The job with this name, or failing that the first whose URL is `nameOrURL`.
    public func job(named nameOrURL: String) throws -> StoredJob? {
        if let job = try connection.queryFirst("SELECT \(Self.jobColumns) FROM jobs WHERE name = ?", [.text(nameOrURL)], row: Self.job) {
            return job
        }
        return try connection.queryFirst(
            "SELECT \(Self.jobColumns) FROM jobs WHERE url = ? ORDER BY id LIMIT 1", [.text(nameOrURL)], row: Self.job)
    }

    /// The job named `name`, created if new; its URL is updated when the jobs file changed it.
    public func ensureJob(name: String, url: String, at date: Date) throws -> StoredJob {
        try connection.run(
            """
            INSERT INTO jobs (name, url, created_at) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET url = excluded.url WHERE url <> excluded.url
            """,
            [.text(name), .text(url), .text(Timestamp.format(date))])
        guard let job = try connection.queryFirst("SELECT \(Self.jobColumns) FROM jobs WHERE name = ?", [.text(name)], row: Self.job) else {
            throw StoreError.sqlite(path: path, code: 0, message: "job \(name) vanished after insert")
        }
        return job
    }

    /// Last check time of every stored job, by name: what due-job selection needs.
    public func lastCheckTimes() throws -> [String: Date] {
        let rows = try connection.query("SELECT name, last_checked_at FROM jobs WHERE last_checked_at IS NOT NULL") {
            ($0.text(0), $0.text(1))
        }
        var times: [String: Date] = [:]
        for (name, text) in rows { times[name] = Timestamp.parse(text) }
        return times
    }

    static let jobColumns =
        "id, name, url, created_at, etag, last_modified, consecutive_failures, failure_reported, last_checked_at"

    static func job(_ row: SQLiteRow) -> StoredJob {
        StoredJob(
            id: row.int64(0), name: row.text(1), url: row.text(2),
            createdAt: Timestamp.parse(row.text(3)) ?? Date(timeIntervalSince1970: 0),
            state: JobState(
                etag: row.optionalText(4), lastModified: row.optionalText(5), consecutiveFailures: row.int(6),
                failureReported: row.bool(7), lastCheckedAt: row.optionalText(8).flatMap(Timestamp.parse)))
    }
}
