/// What `pith gc` removed.
public struct GarbageCollectionSummary: Sendable, Equatable {
    public var snapshotsRemoved: Int
    public var checksRemoved: Int
    public var eventsRemoved: Int
    /// File size before and after vacuuming, in bytes.
    public var bytesBefore: Int
    public var bytesAfter: Int
}

extension HistoryStore {
    /// Keeps the newest `keep` snapshots of each job (never fewer than one: the baseline),
    /// drops checks and delivered events older than the oldest kept snapshot, then vacuums.
    public func collectGarbage(keep: Int) throws -> GarbageCollectionSummary {
        let keep = max(keep, 1)
        let before = try fileSize()
        let (snapshots, checks, events) = try connection.transaction {
            let snapshots = try connection.run(
                """
                DELETE FROM snapshots WHERE id IN (
                    SELECT id FROM (
                        SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY rev DESC) AS newer
                        FROM snapshots)
                    WHERE newer > ?)
                """,
                [.integer(keep)])
            // A job's horizon is its oldest kept snapshot; the latest check always stays.
            let checks = try connection.run(
                """
                DELETE FROM checks WHERE checked_at < (SELECT min(captured_at) FROM snapshots s WHERE s.job_id = checks.job_id)
                  AND id NOT IN (SELECT max(id) FROM checks GROUP BY job_id)
                """)
            // Undelivered events stay: the outbox still owes them.
            let events = try connection.run(
                """
                DELETE FROM events WHERE created_at < (SELECT min(captured_at) FROM snapshots s WHERE s.job_id = events.job_id)
                  AND NOT EXISTS (
                      SELECT 1 FROM deliveries d
                      WHERE d.event_id = events.id AND d.delivered_at IS NULL AND d.given_up_at IS NULL)
                """)
            return (snapshots, checks, events)
        }
        try connection.execute("VACUUM")
        try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return GarbageCollectionSummary(
            snapshotsRemoved: snapshots, checksRemoved: checks, eventsRemoved: events, bytesBefore: before,
            bytesAfter: try fileSize())
    }

    private func fileSize() throws -> Int {
        let pages = try connection.queryFirst("PRAGMA page_count") { $0.int(0) } ?? 0
        let size = try connection.queryFirst("PRAGMA page_size") { $0.int(0) } ?? 0
        return pages * size
    }
}
