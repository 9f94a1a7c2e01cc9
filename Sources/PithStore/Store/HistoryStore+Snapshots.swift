import Foundation
import PithExtract

extension HistoryStore {
    /// The job's latest snapshot: the baseline the next check is compared with.
    public func latestSnapshot(ofJob jobID: Int64) throws -> Snapshot? {
        try connection.queryFirst(
            "SELECT \(Self.snapshotColumns) FROM snapshots WHERE job_id = ? ORDER BY rev DESC LIMIT 1",
            [.integer(jobID)], row: snapshot)
    }

    /// The job's snapshots, oldest first.
    public func snapshots(ofJob jobID: Int64) throws -> [Snapshot] {
        try connection.query(
            "SELECT \(Self.snapshotColumns) FROM snapshots WHERE job_id = ? ORDER BY rev", [.integer(jobID)], row: snapshot)
    }

    /// The job's snapshot with this revision number.
    public func snapshot(ofJob jobID: Int64, revision: Int) throws -> Snapshot? {
        try connection.queryFirst(
            "SELECT \(Self.snapshotColumns) FROM snapshots WHERE job_id = ? AND rev = ?",
            [.integer(jobID), .integer(revision)], row: snapshot)
    }

    /// The page a snapshot was extracted from, decompressed.
    public func rawHTML(of snapshot: Snapshot) throws -> [UInt8] {
        let compressed = try connection.queryFirst("SELECT raw_html FROM snapshots WHERE id = ?", [.integer(snapshot.id)]) {
            $0.blob(0)
        }
        guard let compressed else {
            throw StoreError.damagedSnapshot(path: path, snapshotID: snapshot.id, reason: "the snapshot is gone")
        }
        do {
            return try Zlib.decompress(compressed, originalCount: snapshot.rawSize)
        } catch {
            throw StoreError.damagedSnapshot(path: path, snapshotID: snapshot.id, reason: "\(error)")
        }
    }

    /// The job's checks, newest first, at most `limit`.
    public func checks(ofJob jobID: Int64, limit: Int = .max) throws -> [Check] {
        try connection.query(
            """
            SELECT id, job_id, checked_at, outcome, status, final_url, etag, last_modified, error, error_kind,
                   duration_ms, rev
            FROM checks WHERE job_id = ? ORDER BY id DESC LIMIT ?
            """,
            [.integer(jobID), .integer(Int64(min(limit, Int(Int64.max))))]
        ) { row in
            Check(
                id: row.int64(0), jobID: row.int64(1), checkedAt: Timestamp.parse(row.text(2)) ?? .distantPast,
                outcome: CheckOutcome(rawValue: row.text(3)) ?? .failed, status: row.optionalInt(4),
                finalURL: row.optionalText(5), etag: row.optionalText(6), lastModified: row.optionalText(7),
                error: row.optionalText(8), errorKind: row.optionalText(9), durationMilliseconds: row.int(10),
                revision: row.optionalInt(11))
        }
    }

    static let snapshotColumns = """
        id, job_id, rev, captured_at, snapshot_key, final_url, text, markdown, metadata, charset, raw_size,
        extractor_version, rules_version, origin
        """

    func snapshot(_ row: SQLiteRow) throws -> Snapshot {
        let metadata: ArticleMetadata
        do {
            metadata = try JSONDecoder().decode(ArticleMetadata.self, from: Data(row.text(8).utf8))
        } catch {
            throw StoreError.damagedSnapshot(path: path, snapshotID: row.int64(0), reason: "unreadable metadata: \(error)")
        }
        return Snapshot(
            id: row.int64(0), jobID: row.int64(1), revision: row.int(2),
            capturedAt: Timestamp.parse(row.text(3)) ?? .distantPast, key: row.text(4), finalURL: row.optionalText(5),
            article: StoredArticle(text: row.text(6), markdown: row.text(7), metadata: metadata),
            charset: row.optionalText(9), rawSize: row.int(10), extractorVersion: row.text(11),
            rulesVersion: row.text(12), origin: SnapshotOrigin(rawValue: row.text(13)) ?? .fetched)
    }
}

extension HistoryStore {
    /// Marks a snapshot as produced by another extractor and rules version, for when
    /// extracting its raw page again gave the same text and metadata: only the versions and
    /// the Markdown (whose front matter names the extractor version) change.
    public func restamp(_ snapshot: Snapshot, extractorVersion: String, rulesVersion: String, markdown: String) throws {
        try connection.run(
            "UPDATE snapshots SET extractor_version = ?, rules_version = ?, markdown = ? WHERE id = ?",
            [.text(extractorVersion), .text(rulesVersion), .text(markdown), .integer(snapshot.id)])
    }
}
