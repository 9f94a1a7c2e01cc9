/// The store's schema, as numbered migrations; `PRAGMA user_version` records the last applied.
///
/// Never edit a released migration: append a new one. A store whose version is above
/// ``Schema/latestVersion`` was written by a newer Pith and is refused.
enum Schema {
    /// `PRAGMA application_id` of a Pith store: "Pith" in ASCII.
    static let applicationID: Int64 = 0x5069_7468

    static var latestVersion: Int { migrations.count }

    /// Migration `n` (1-based) takes a store from version `n - 1` to `n`.
    static let migrations: [String] = [
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            created_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            failure_reported INTEGER NOT NULL DEFAULT 0,
            last_checked_at TEXT
        );
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            rev INTEGER NOT NULL,
            captured_at TEXT NOT NULL,
            snapshot_key TEXT NOT NULL,
            final_url TEXT,
            text TEXT NOT NULL,
            markdown TEXT NOT NULL,
            metadata TEXT NOT NULL,
            raw_html BLOB NOT NULL,
            raw_size INTEGER NOT NULL,
            charset TEXT,
            extractor_version TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            origin TEXT NOT NULL,
            UNIQUE (job_id, rev)
        );
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            checked_at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            status INTEGER,
            final_url TEXT,
            etag TEXT,
            last_modified TEXT,
            error TEXT,
            error_kind TEXT,
            duration_ms INTEGER NOT NULL,
            rev INTEGER
        );
        CREATE INDEX checks_by_job ON checks (job_id, id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            target TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            delivered_at TEXT,
            given_up_at TEXT
        );
        CREATE INDEX pending_deliveries ON deliveries (delivered_at, given_up_at, id);
        """
    ]
}
