/// Removes the markup some publishers leave in a declared article body exactly as the two
/// regular expressions of ``StructuredBodyFallback/paragraphs(of:)`` do, without their cost
/// (ICU regular expressions over a long body are most of the fallback's time):
/// `<(/?(p|div|br|h[1-6]|li|blockquote)\b[^>]*)>` becomes a line break, then
/// `<[^>]{1,200}>` goes.
///
/// Where ICU's reading is not certain from ASCII alone (a non-ASCII character in or right
/// after a tag name, characters beyond the BMP inside a short tag), it returns nil and the
/// regular expressions run as before.
enum BodyMarkup {
    static func stripped(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let broken = breakingBlockTags(scalars) else { return nil }
        guard let plain = removingShortTags(broken) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: plain)
        return String(view)
    }

    /// What a match attempt at a `<` found.
    private enum Outcome {
        case match(end: Int)
        case noMatch
        case uncertain
    }

    /// The first pattern: block tags become "\n".
    private static func breakingBlockTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        rewritingTags(scalars, with: "\n") { blockTag(scalars, at: $0, closing: $1) }
    }

    /// Copies `scalars`, replacing each tag that `match` accepts at a `<` with `replacement`
    /// (or nothing); nil as soon as `match` is uncertain.
    private static func rewritingTags(
        _ scalars: [Unicode.Scalar], with replacement: Unicode.Scalar?,
        _ match: (_ start: Int, _ closing: [Int]) -> Outcome
    ) -> [Unicode.Scalar]? {
        let closing = nextClosing(scalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                output.append(scalars[index])
                index += 1
                continue
            }
            switch match(index, closing) {
            case .uncertain: return nil
            case .match(let end):
                if let replacement { output.append(replacement) }
                index = end
            case .noMatch:
                output.append("<")
                index += 1
            }
        }
        return output
    }

    /// Tag names of the first pattern, tried by their first letter (no two share a prefix
    /// that matters: `br` and `blockquote` differ at their second letter).
    private static let blockNames: [[UInt8]] = ["p", "div", "br", "blockquote", "li"].map { Array($0.utf8) }

    private static func blockTag(_ scalars: [Unicode.Scalar], at start: Int, closing: [Int]) -> Outcome {
        var index = start + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        guard let nameEnd = blockNameEnd(scalars, at: index) else { return .noMatch }
        guard nameEnd != -1 else { return .uncertain }
        // `\b` after the name: the next character must not be a word character.
        if nameEnd < scalars.count {
            let next = scalars[nameEnd]
            guard next.isASCII else { return .uncertain }
            if isASCIIWordCharacter(UInt8(next.value)) { return .noMatch }
        }
        let close = nameEnd < scalars.count ? closing[nameEnd] : scalars.count
        return close < scalars.count ? .match(end: close + 1) : .noMatch
    }

    /// The end of a block tag name at `index`; nil when there is none, -1 when a non-ASCII
    /// character makes the case-insensitive comparison uncertain.
    private static func blockNameEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        guard scalars[index].isASCII else { return -1 }
        let first = asciiLower(scalars[index])
        if first == UInt8(ascii: "h") {
            guard index + 1 < scalars.count else { return nil }
            guard scalars[index + 1].isASCII else { return -1 }
            return (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(UInt8(scalars[index + 1].value)) ? index + 2 : nil
        }
        for name in blockNames where name[0] == first {
            var offset = 1
            while offset < name.count, index + offset < scalars.count {
                guard scalars[index + offset].isASCII else { return -1 }
                guard asciiLower(scalars[index + offset]) == name[offset] else { break }
                offset += 1
            }
            if offset == name.count { return index + offset }
        }
        return nil
    }

    /// The second pattern: tags of 1 to 200 characters go.
    private static func removingShortTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        rewritingTags(scalars, with: nil) { shortTag(scalars, at: $0, closing: $1) }
    }

    private static func shortTag(_ scalars: [Unicode.Scalar], at start: Int, closing: [Int]) -> Outcome {
        let close = closing[start]
        guard close < scalars.count else { return .noMatch }
        let inner = close - start - 1
        // ICU counts code points; a character beyond the BMP near the limit is left to it.
        if inner >= 1, inner <= 201, scalars[(start + 1)..<close].contains(where: { $0.value > 0xFFFF }) { return .uncertain }
        return (1...200).contains(inner) ? .match(end: close + 1) : .noMatch
    }

    /// For each position, the index of the first `>` at or after it (`count` when none).
    private static func nextClosing(_ scalars: [Unicode.Scalar]) -> [Int] {
        var closing = [Int](repeating: scalars.count, count: scalars.count)
        var next = scalars.count
        for index in scalars.indices.reversed() {
            if scalars[index] == ">" { next = index }
            closing[index] = next
        }
        return closing
    }

    private static func asciiLower(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(scalar.value)
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isASCIIWordCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
