/// Where a `<title>` joins the headline to the site's name and sections.
enum TitleSeparators {
    /// Separators written with a space on each side: "Headline | Site", "Site » Section » Headline".
    static let spaced: [String] = ["|", "-", "–", "—", "·", "•", "»", "«", "/", "\\", ">", "<", "::", "~", "｜", "‹", "›", "*", "⁄"]

    /// Separators written with a space after only: "Site: Headline". They are common inside
    /// headlines too, so a segment is cut at them only when it is the site's name.
    static let trailingSpaceOnly: [String] = [":"]
}

/// A title cut at its separators, keeping the separators so parts can be joined back as written.
struct TitleSegments {
    /// The segments' text, trimmed.
    var parts: [String]
    /// `separators[i]` joins `parts[i]` and `parts[i + 1]`, as written (with its spaces).
    var separators: [String]

    init(_ title: String) {
        parts = []
        separators = []
        let bytes = Array(title.utf8)
        var segmentStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x20, index > segmentStart, let length = TitleSegments.separatorLength(at: index + 1, in: bytes) {
                parts.append(TitleSegments.text(bytes[segmentStart..<index]).trimmingSpaces)
                separators.append(TitleSegments.text(bytes[index..<(index + length + 2)]))
                index += length + 2
                segmentStart = index
                continue
            }
            index += 1
        }
        parts.append(TitleSegments.text(bytes[segmentStart..<bytes.count]).trimmingSpaces)
    }

    /// The byte length of a separator starting at `index` and followed by a space, or nil.
    private static func separatorLength(at index: Int, in bytes: [UInt8]) -> Int? {
        guard index < bytes.count else { return nil }
        for separator in TitleSeparators.spacedBytes where separator[0] == bytes[index] {
            let end = index + separator.count
            if end < bytes.count, bytes[end] == 0x20, bytes[index..<end].elementsEqual(separator) { return separator.count }
        }
        return nil
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The parts `range` joined with their original separators.
    func joined(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if index > range.lowerBound { text += separators[index - 1] }
            text += parts[index]
        }
        return text
    }
}

extension TitleSeparators {
    static let spacedBytes: [[UInt8]] = spaced.map { Array($0.utf8) }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
