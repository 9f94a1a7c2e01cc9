/// Why the history store could not do what was asked.
///
/// Every case names the store file, so a message printed from cron says which file to look at.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or created as a SQLite database.
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a Pith store (another program's database, or not SQLite at all).
    case notAPithStore(path: String, reason: String)
    /// The store was written by a newer Pith whose schema this version does not know.
    case newerSchema(path: String, found: Int, supported: Int, writtenBy: String?)
    /// SQLite reported an error while running a statement.
    case sqlite(path: String, code: Int32, message: String)
    /// A stored raw page could not be decompressed: the row is damaged.
    case damagedSnapshot(path: String, snapshotID: Int64, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open the history store \(path): \(reason)"
        case let .notAPithStore(path, reason):
            return "\(path) is not a Pith history store (\(reason)); pass another file with --store"
        case let .newerSchema(path, found, supported, writtenBy):
            let by = writtenBy.map { " by pith \($0)" } ?? ""
            return "the history store \(path) was written\(by) with schema version \(found), "
                + "but this pith only knows versions up to \(supported): upgrade pith, or use another --store"
        case let .sqlite(path, code, message):
            return "history store \(path): SQLite error \(code): \(message)"
        case let .damagedSnapshot(path, snapshotID, reason):
            return "history store \(path): the raw page of snapshot \(snapshotID) is damaged: \(reason)"
        }
    }
}
