import Foundation

/// The SQLite history of every job: checks, distinct snapshots, events and their outbox.
///
/// One file, in WAL mode: readers (`pith diff`) never block the writer (`pith run`), and a
/// process killed at any point leaves every committed transaction intact. Each check is
/// recorded in one transaction together with its snapshots, the job's new state and the events
/// it raised, so the store never holds half a check.
///
/// A `HistoryStore` owns its connection and is used from one task at a time.
public final class HistoryStore {
    /// The store file.
    public let path: String
    let connection: SQLiteConnection

    private init(path: String, connection: SQLiteConnection) {
        self.path = path
        self.connection = connection
    }

    /// Opens the store at `path`, creating it (and its folder) when `create` is true, and
    /// brings its schema up to date.
    ///
    /// - Parameter writerVersion: the running Pith's version, recorded so a future older Pith
    ///   can say which version wrote the store it refuses.
    /// - Throws: ``StoreError/newerSchema(path:found:supported:writtenBy:)`` for a store from a
    ///   newer Pith, ``StoreError/notAPithStore(path:reason:)`` for any other file.
    public static func open(at path: String, create: Bool = true, writerVersion: String) throws -> HistoryStore {
        if create { try makeParentFolder(of: path) }
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "no such file")
        }
        let connection = try SQLiteConnection(path: path, create: create)
        let store = HistoryStore(path: path, connection: connection)
        try store.prepare(writerVersion: writerVersion)
        return store
    }

    /// The schema version of the open store.
    public func schemaVersion() throws -> Int {
        try connection.queryFirst("PRAGMA user_version") { $0.int(0) } ?? 0
    }

    /// SQLite's own consistency check: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try connection.query("PRAGMA integrity_check") { $0.text(0) }
    }

    private func prepare(writerVersion: String) throws {
        let version = try checkIdentity()
        try configure()
        if version < Schema.latestVersion { try migrate() }
        let recorded = try connection.queryFirst("SELECT value FROM meta WHERE key = 'last_writer'") { $0.text(0) }
        if recorded != writerVersion {
            try connection.run(
                "INSERT INTO meta (key, value) VALUES ('last_writer', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [.text(writerVersion)])
        }
    }

    /// Refuses files that are not Pith stores, or come from a newer Pith; returns the version.
    private func checkIdentity() throws -> Int {
        let applicationID: Int64
        do {
            applicationID = try connection.queryFirst("PRAGMA application_id") { $0.int64(0) } ?? 0
        } catch let StoreError.sqlite(_, _, message) {
            throw StoreError.notAPithStore(path: path, reason: message)
        }
        let version = try schemaVersion()
        let tableCount = try connection.queryFirst("SELECT count(*) FROM sqlite_master") { $0.int(0) } ?? 0
        if applicationID != Schema.applicationID && (applicationID != 0 || tableCount > 0) {
            throw StoreError.notAPithStore(path: path, reason: "it is a SQLite database of another program")
        }
        if version > Schema.latestVersion {
            let writer = try? connection.queryFirst("SELECT value FROM meta WHERE key = 'last_writer'") { $0.text(0) }
            throw StoreError.newerSchema(path: path, found: version, supported: Schema.latestVersion, writtenBy: writer)
        }
        return version
    }

    private func configure() throws {
        // WAL: committed transactions survive any crash of the process; FULL also survives
        // power loss. Foreign keys make deleting a job remove its history.
        _ = try connection.query("PRAGMA journal_mode = WAL") { $0.text(0) }
        try connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON")
    }

    private func migrate() throws {
        try connection.transaction {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            let current = try schemaVersion()
            guard current < Schema.latestVersion else { return }
            if current == 0 { try connection.execute("PRAGMA application_id = \(Schema.applicationID)") }
            for (index, migration) in Schema.migrations.enumerated().dropFirst(current) {
                try connection.execute(migration)
                try connection.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    private static func makeParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "cannot create the folder \(folder)")
        }
    }
}
