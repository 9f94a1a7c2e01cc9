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
        let scalars = Array(title.unicodeScalars)
        var segmentStart = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == " ", index > segmentStart, let length = TitleSegments.separatorLength(at: index + 1, in: scalars) {
                parts.append(TitleSegments.text(scalars[segmentStart..<index]))
                separators.append(TitleSegments.text(scalars[index..<(index + length + 2)], trimmed: false))
                index += length + 2
                segmentStart = index
                continue
            }
            index += 1
        }
        parts.append(TitleSegments.text(scalars[segmentStart..<scalars.count]))
    }

    /// The length of a separator starting at `index` and followed by a space, or nil.
    private static func separatorLength(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for separator in TitleSeparators.spacedScalars {
            let end = index + separator.count
            guard end < scalars.count, scalars[end] == " ", scalars[index] == separator[0] else { continue }
            if separator.count == 1 || Array(scalars[index..<end]) == separator { return separator.count }
        }
        return nil
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>, trimmed: Bool = true) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return trimmed ? String(view).trimmingSpaces : String(view)
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
    static let spacedScalars: [[Unicode.Scalar]] = spaced.map { Array($0.unicodeScalars) }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
