/// Turns the text of a `<script type=application/ld+json>` into JSON that a strict parser
/// accepts, undoing the usual ways pages break it.
///
/// Handles: HTML comment and CDATA wrappers, trailing commas, raw control characters
/// (newlines, tabs) inside strings, and several top-level values in one script. Works on
/// bytes, outside strings only where it matters, in one pass each.
enum LinkedDataRepair {
    /// The bytes from the first `{`/`[` to the last `}`/`]`: drops `<!--`, `<![CDATA[`, `//`
    /// and whatever else wraps the JSON.
    static func unwrapped(_ text: String) -> ArraySlice<UInt8> {
        var bytes = Array(text.utf8)
        // The CDATA markers hold brackets of their own; they go before the JSON is looked for.
        for marker in [cdataOpen, cdataClose] { remove(marker, from: &bytes) }
        guard let first = bytes.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
              let last = bytes.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }),
              first < last
        else { return [] }
        return bytes[first...last]
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)

    /// Removes the first occurrence of `marker` within the first or last 64 bytes, where
    /// wrappers sit.
    private static func remove(_ marker: [UInt8], from bytes: inout [UInt8]) {
        let windows = [0..<min(bytes.count, 64), max(0, bytes.count - 64)..<bytes.count]
        for window in windows {
            var index = window.lowerBound
            while index + marker.count <= window.upperBound {
                if bytes[index..<(index + marker.count)].elementsEqual(marker) {
                    bytes.removeSubrange(index..<(index + marker.count))
                    return
                }
                index += 1
            }
        }
    }

    /// `json` with trailing commas removed and control characters inside strings turned
    /// into spaces.
    static func repaired(_ json: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(json.count)
        var inString = false
        var escaped = false
        for byte in json {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                output.append(byte < 0x20 ? UInt8(ascii: " ") : byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                dropTrailingComma(&output)
            default: break
            }
            output.append(byte)
        }
        return output
    }

    private static func dropTrailingComma(_ output: inout [UInt8]) {
        var index = output.count - 1
        while index >= 0, isSpace(output[index]) { index -= 1 }
        if index >= 0, output[index] == UInt8(ascii: ",") { output.remove(at: index) }
    }

    /// The balanced top-level objects and arrays in `json`, for scripts that hold several
    /// values one after another (`{...}{...}` or `{...},{...}`).
    static func topLevelValues(_ json: [UInt8]) -> [ArraySlice<UInt8>] {
        var values: [ArraySlice<UInt8>] = []
        var depth = 0
        var start = 0
        var inString = false
        var escaped = false
        for (index, byte) in json.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 { start = index }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { values.append(json[start...index]) }
                if depth < 0 { depth = 0 }
            default: break
            }
        }
        return values
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
