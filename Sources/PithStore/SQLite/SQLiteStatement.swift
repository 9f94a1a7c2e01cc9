import CSQLite

/// A prepared statement: the only owner of its `sqlite3_stmt *`, finalized in `deinit`.
///
/// Owned by the connection's cache, which finalizes every statement before closing the handle.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private unowned let connection: SQLiteConnection

    init(_ handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to parameters 1, 2, ... in order.
    func bind(_ values: [SQLiteValue]) throws {
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case let .integer(number):
                code = sqlite3_bind_int64(handle, index, number)
            case let .text(string):
                code = sqlite3_bind_text(handle, index, string, -1, pith_sqlite_transient())
            case let .blob(bytes):
                code = bytes.withUnsafeBytes { buffer in
                    // A zero-length blob needs a non-null pointer or SQLite stores NULL.
                    sqlite3_bind_blob64(handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(buffer.count), pith_sqlite_transient())
                }
            }
            guard code == SQLITE_OK else { throw connection.error(code: code) }
        }
    }

    /// Advances to the next row: true when there is one, false when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code: code)
        }
    }

    /// Makes the statement ready to run again (bindings are replaced by the next `bind`).
    func reset() { sqlite3_reset(handle) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// The current row of a running statement, valid only inside the row callback.
struct SQLiteRow {
    fileprivate let statement: SQLiteStatement

    init(statement: SQLiteStatement) { self.statement = statement }

    func int(_ column: Int32) -> Int { Int(statement.int64(column)) }
    func int64(_ column: Int32) -> Int64 { statement.int64(column) }
    func optionalInt(_ column: Int32) -> Int? { statement.isNull(column) ? nil : Int(statement.int64(column)) }
    func optionalInt64(_ column: Int32) -> Int64? { statement.isNull(column) ? nil : statement.int64(column) }
    func text(_ column: Int32) -> String { statement.text(column) }
    func optionalText(_ column: Int32) -> String? { statement.isNull(column) ? nil : statement.text(column) }
    func blob(_ column: Int32) -> [UInt8] { statement.blob(column) }
    func bool(_ column: Int32) -> Bool { statement.int64(column) != 0 }
}
