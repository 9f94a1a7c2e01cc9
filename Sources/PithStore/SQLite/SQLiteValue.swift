/// A value bound to a statement parameter.
enum SQLiteValue: Equatable {
    case null
    case integer(Int64)
    case text(String)
    case blob([UInt8])

    /// `text` for a string, `null` for nil.
    static func text(_ value: String?) -> SQLiteValue {
        value.map { .text($0) } ?? .null
    }

    /// `integer` for a number, `null` for nil.
    static func integer(_ value: Int?) -> SQLiteValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    static func integer(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }

    static func bool(_ value: Bool) -> SQLiteValue { .integer(value ? 1 : 0) }
}
