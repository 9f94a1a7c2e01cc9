/// A small JSON writer with a fixed key order, so the same article always serializes to the
/// same bytes (Foundation's encoder does not promise key order).
public struct JSONWriter: Sendable {
    /// A JSON value.
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        case number(Int)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])

        public static func == (lhs: Value, rhs: Value) -> Bool {
            JSONWriter(pretty: false).write(lhs) == JSONWriter(pretty: false).write(rhs)
        }

        public static func optional(_ string: String?) -> Value { string.map(Value.string) ?? .null }
    }

    /// Two-space indentation and one key per line when true; one line when false.
    public var pretty: Bool

    public init(pretty: Bool) { self.pretty = pretty }

    public func write(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output
    }

    private func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .string(let string): Self.quote(string, into: &output)
        case .number(let number): output += String(number)
        case .bool(let bool): output += bool ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(indent + 1, into: &output)
                write(item, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(indent + 1, into: &output)
                Self.quote(member.0, into: &output)
                output += pretty ? ": " : ":"
                write(member.1, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output += "}"
        }
    }

    private func newline(_ indent: Int, into output: inout String) {
        guard pretty else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped.
    public static func quote(_ string: String, into output: inout String) {
        output += "\""
        // Most text needs no escaping: copy it whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
