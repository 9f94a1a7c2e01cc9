import Foundation

/// What ``HistoryStore/record(check:snapshots:state:forJob:events:)`` wrote.
public struct RecordedCheck: Sendable, Equatable {
    public let checkID: Int64
    /// The revisions given to the new snapshots, in the order they were passed.
    public let revisions: [Int]
    /// The events recorded, in order.
    public let eventIDs: [Int64]
}

extension HistoryStore {
    /// Records one check atomically: the check row, its new snapshots, the job's new state,
    /// and the events it raised with their outbox entries. All of it or nothing is committed.
    ///
    /// - Parameter events: builds the events once the snapshots have revision numbers (their
    ///   payloads carry `from_rev`/`to_rev`); it receives the new revisions in order.
    @discardableResult
    public func record(
        check: NewCheck, snapshots: [NewSnapshot], state: JobState, forJob jobID: Int64,
        events: ([Int]) throws -> [NewEvent] = { _ in [] }
    ) throws -> RecordedCheck {
        // Compress before taking the write lock: it is the slow part.
        let compressed = try snapshots.map { snapshot in
            do { return try Zlib.compress(snapshot.rawHTML) } catch {
                throw StoreError.damagedSnapshot(path: path, snapshotID: 0, reason: "\(error)")
            }
        }
        let metadata = try snapshots.map { String(decoding: try JSONEncoder.sorted.encode($0.article.metadata), as: UTF8.self) }
        return try connection.transaction {
            var revisions: [Int] = []
            for (index, snapshot) in snapshots.enumerated() {
                revisions.append(try insert(snapshot, compressed: compressed[index], metadata: metadata[index], jobID: jobID))
            }
            let checkID = try insert(check, revision: revisions.last, jobID: jobID)
            try update(state, jobID: jobID)
            let eventIDs = try events(revisions).map { try insert($0, jobID: jobID, at: check.checkedAt) }
            return RecordedCheck(checkID: checkID, revisions: revisions, eventIDs: eventIDs)
        }
    }

    private func insert(_ snapshot: NewSnapshot, compressed: [UInt8], metadata: String, jobID: Int64) throws -> Int {
        let revision = (try connection.queryFirst("SELECT max(rev) FROM snapshots WHERE job_id = ?", [.integer(jobID)]) {
            $0.optionalInt(0)
        } ?? nil).map { $0 + 1 } ?? 1
        try connection.run(
            """
            INSERT INTO snapshots (job_id, rev, captured_at, snapshot_key, final_url, text, markdown, metadata,
                                   raw_html, raw_size, charset, extractor_version, rules_version, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(jobID), .integer(revision), .text(Timestamp.format(snapshot.capturedAt)), .text(snapshot.key),
                .text(snapshot.finalURL), .text(snapshot.article.text), .text(snapshot.article.markdown), .text(metadata),
                .blob(compressed), .integer(snapshot.rawHTML.count), .text(snapshot.charset),
                .text(snapshot.extractorVersion), .text(snapshot.rulesVersion), .text(snapshot.origin.rawValue),
            ])
        return revision
    }

    private func insert(_ check: NewCheck, revision: Int?, jobID: Int64) throws -> Int64 {
        try connection.run(
            """
            INSERT INTO checks (job_id, checked_at, outcome, status, final_url, etag, last_modified, error, error_kind,
                                duration_ms, rev)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(jobID), .text(Timestamp.format(check.checkedAt)), .text(check.outcome.rawValue),
                .integer(check.status), .text(check.finalURL), .text(check.etag), .text(check.lastModified),
                .text(check.error), .text(check.errorKind), .integer(check.durationMilliseconds), .integer(revision),
            ])
        return connection.lastInsertRowID
    }

    private func update(_ state: JobState, jobID: Int64) throws {
        try connection.run(
            """
            UPDATE jobs SET etag = ?, last_modified = ?, consecutive_failures = ?, failure_reported = ?,
                            last_checked_at = ?
            WHERE id = ?
            """,
            [
                .text(state.etag), .text(state.lastModified), .integer(state.consecutiveFailures),
                .bool(state.failureReported), .text(state.lastCheckedAt.map(Timestamp.format)), .integer(jobID),
            ])
    }

    private func insert(_ event: NewEvent, jobID: Int64, at date: Date) throws -> Int64 {
        try connection.run(
            "INSERT INTO events (job_id, kind, created_at, payload) VALUES (?, ?, ?, ?)",
            [.integer(jobID), .text(event.kind), .text(Timestamp.format(date)), .text(event.payload)])
        let eventID = connection.lastInsertRowID
        for destination in event.deliveries {
            try connection.run(
                "INSERT INTO deliveries (event_id, channel, target) VALUES (?, ?, ?)",
                [.integer(eventID), .text(destination.channel.rawValue), .text(destination.target)])
        }
        return eventID
    }
}

extension JSONEncoder {
    /// Keys sorted: the same metadata always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
