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

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped, and
    /// U+2028 and U+2029, which JavaScript does not allow unescaped in a string.
    public static func quote(_ string: String, into output: inout String) {
        output += "\""
        // Most text needs no escaping: copy it whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            output += string
            output += "\""
            return
        }
        // Article text and Markdown always hold line breaks: runs between the bytes to escape
        // are copied whole, not appended a scalar at a time.
        var quoted: [UInt8] = []
        quoted.reserveCapacity(string.utf8.count + 16)
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard let (escape, length) = escape(bytes, at: index) else {
                    index += 1
                    continue
                }
                quoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                quoted.append(contentsOf: escape.utf8)
                index += length
                runStart = index
            }
            quoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output += String(decoding: quoted, as: UTF8.self)
        output += "\""
    }

    /// The escape for the character whose UTF-8 starts at `index`, and how many bytes it
    /// replaces; nil for a byte copied as it is.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
        switch bytes[index] {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0x00..<0x20:
            let hex = String(bytes[index], radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        default: return nil
        }
    }
}
