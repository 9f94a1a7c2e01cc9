/// Gathers the inline runs of one block, collapsing whitespace as a browser does: runs of
/// spaces, tabs and newlines become one space, non-breaking and other Unicode spaces count as
/// spaces, zero-width characters vanish, and nothing is inserted between adjacent inline
/// elements (so `<b>Hel</b>lo` stays one word).
struct InlineCollector {
    private(set) var inlines: [Inline] = []
    private var text: [UInt8] = []
    private var style: Inline.Style = []
    private var link: String?
    private var pendingSpace = false

    var isEmpty: Bool { inlines.isEmpty && text.isEmpty }

    /// Appends valid UTF-8 text in the current style.
    mutating func append(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        var runStart = index
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte <= 0x20 {
                if runStart < index { emit(bytes[runStart..<index]) }
                pendingSpace = true
                index += 1
                runStart = index
                continue
            }
            guard byte >= 0xC2 else {
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let next = min(index + length, end)
            let kind = Self.classify(bytes[index..<next])
            if kind != .visible {
                if runStart < index { emit(bytes[runStart..<index]) }
                if kind == .space { pendingSpace = true }
                runStart = next
            }
            index = next
        }
        if runStart < end { emit(bytes[runStart..<end]) }
    }

    /// A hard line break (`<br>`).
    mutating func lineBreak() {
        pendingSpace = false
        emitRaw(0x0A)
    }

    mutating func setStyle(_ newStyle: Inline.Style, link newLink: String?) {
        guard newStyle != style || newLink != link else { return }
        closeRun()
        style = newStyle
        link = newLink
    }

    /// The finished runs, trimmed at both ends; the collector starts over.
    mutating func finish() -> [Inline] {
        closeRun()
        pendingSpace = false
        var result = inlines
        inlines = []
        trim(&result)
        return result
    }

    private mutating func emit(_ bytes: ArraySlice<UInt8>) {
        if pendingSpace {
            if !(text.isEmpty && inlines.isEmpty) && text.last != 0x0A { text.append(0x20) }
            pendingSpace = false
        }
        text.append(contentsOf: bytes)
    }

    private mutating func emitRaw(_ byte: UInt8) {
        // Drop a space before a line break.
        if text.last == 0x20 { text.removeLast() }
        text.append(byte)
    }

    private mutating func closeRun() {
        guard !text.isEmpty else { return }
        let string = String(decoding: text, as: UTF8.self)
        text.removeAll(keepingCapacity: true)
        if let last = inlines.last, last.style == style, last.link == link {
            inlines[inlines.count - 1].text += string
        } else {
            inlines.append(Inline(string, style: style, link: link))
        }
    }

    private func trim(_ runs: inout [Inline]) {
        while let first = runs.first {
            let trimmed = String(first.text.drop { $0 == " " || $0 == "\n" })
            if trimmed.isEmpty { runs.removeFirst() } else { runs[0].text = trimmed; break }
        }
        while let last = runs.last {
            var text = last.text
            while let tail = text.last, tail == " " || tail == "\n" { text.removeLast() }
            if text.isEmpty { runs.removeLast() } else { runs[runs.count - 1].text = text; break }
        }
    }

    private enum Kind { case space, invisible, visible }

    private static func classify(_ sequence: ArraySlice<UInt8>) -> Kind {
        let first = sequence.startIndex
        switch sequence.count {
        case 2:
            // U+00A0 no-break space, U+0085 next line; U+00AD soft hyphen is invisible.
            if sequence[first] == 0xC2 && (sequence[first + 1] == 0xA0 || sequence[first + 1] == 0x85) { return .space }
            if sequence[first] == 0xC2 && sequence[first + 1] == 0xAD { return .invisible }
        case 3:
            let scalar = (UInt32(sequence[first] & 0x0F) << 12) | (UInt32(sequence[first + 1] & 0x3F) << 6)
                | UInt32(sequence[first + 2] & 0x3F)
            switch scalar {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .invisible
            case 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x1680: return .space
            default: break
            }
        default: break
        }
        return .visible
    }
}
