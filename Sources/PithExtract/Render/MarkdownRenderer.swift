import Foundation

/// Renders blocks as Markdown (CommonMark with GitHub tables): headings, lists, quotes, code
/// fences, tables, emphasis, and links when asked for.
struct MarkdownRenderer {
    /// Whether inline links are written as `[text](url)`.
    var includeLinks: Bool

    func render(_ blocks: [Block]) -> String {
        var output = ""
        var previous: Block.Kind?
        for block in blocks {
            var text: String
            if case .tableRow = block.kind {
                // GitHub tables need a header row: the first row of each table serves as one.
                let startsTable: Bool = { if case .tableRow = previous { false } else { true } }()
                text = row(block.cells)
                if startsTable { text += "\n" + separator(count: block.cells.count) }
            } else {
                text = markdown(for: block)
            }
            guard !text.isEmpty else { continue }
            if let previous { output += TextRenderer.groupsWith(previous, block.kind) ? "\n" : "\n\n" }
            output += text
            previous = block.kind
        }
        return output
    }

    private func markdown(for block: Block) -> String {
        switch block.kind {
        case .heading(let level):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + inline(block.inlines).replacingNewlines(with: " ")
        case .paragraph:
            return escapeLineStarts(inline(block.inlines)).replacingNewlines(with: "  \n")
        case .caption:
            return "*" + inline(block.inlines).replacingNewlines(with: " ") + "*"
        case .listItem(let depth, let number):
            let marker = number.map { "\($0). " } ?? "- "
            let indent = String(repeating: "  ", count: depth)
            let continuation = indent + String(repeating: " ", count: marker.count)
            return indent + marker + inline(block.inlines).replacingNewlines(with: "  \n" + continuation)
        case .quote(let depth):
            let prefix = String(repeating: ">", count: depth) + " "
            return inline(block.inlines).split(separator: "\n", omittingEmptySubsequences: false)
                .map { prefix + $0 }.joined(separator: "\n")
        case .code:
            let code = block.plainText
            let fence = code.utf8.contains(UInt8(ascii: "`")) && code.contains("```") ? "~~~~" : "```"
            return fence + "\n" + code + "\n" + fence
        case .tableRow:
            return row(block.cells)
        }
    }

    private func row(_ cells: [[Inline]]) -> String {
        "| " + cells.map { cell in
            let text = inline(cell).replacingNewlines(with: " ")
            return text.utf8.contains(UInt8(ascii: "|")) ? text.replacingOccurrences(of: "|", with: "\\|") : text
        }.joined(separator: " | ") + " |"
    }

    private func separator(count: Int) -> String {
        "|" + String(repeating: " --- |", count: max(count, 1))
    }

    /// Inline runs with emphasis, code spans and (optionally) links.
    func inline(_ runs: [Inline]) -> String {
        var output = ""
        for run in runs {
            var text = run.style.contains(.code) ? codeSpan(run.text) : escape(run.text)
            if run.style.contains(.code) == false {
                if run.style.contains(.italic) { text = wrap(text, "*") }
                if run.style.contains(.bold) { text = wrap(text, "**") }
            }
            if includeLinks, let link = run.link, !text.trimmed.isEmpty {
                text = "[" + text + "](" + link.replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: " ", with: "%20") + ")"
            }
            output += text
        }
        return output
    }

    /// Emphasis markers must hug the text: spaces at the edges stay outside.
    private func wrap(_ text: String, _ marker: String) -> String {
        let core = text.trimmed
        guard !core.isEmpty else { return text }
        let leading = text.prefix { $0 == " " }
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + marker + core + marker + trailing
    }

    private func codeSpan(_ text: String) -> String {
        let fence = text.utf8.contains(UInt8(ascii: "`")) ? "``" : "`"
        return fence + text + fence
    }

    /// Escapes characters Markdown would read as markup inside text.
    private func escape(_ text: String) -> String {
        guard text.utf8.contains(where: Self.isMarkup) else { return text }
        return Self.escapingASCII(text) ?? Self.escapingCharacters(text)
    }

    /// `\\`, `` ` ``, `*`, `_`, `[`, `]` and `<`: the characters ``escape(_:)`` escapes.
    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C: true
        default: false
        }
    }

    /// The escaped text, worked on bytes; nil when a markup character has a non-ASCII scalar
    /// beside it, which may join it into one character that is not markup (a keycap `*️⃣`, an
    /// Arabic sign that prepends itself): ``escapingCharacters(_:)`` decides those.
    private static func escapingASCII(_ text: String) -> String? {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 8)
        var text = text
        let complete: Bool = text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                if isMarkup(byte) {
                    let before = index > 0 ? bytes[index - 1] : 0
                    let after = index + 1 < bytes.count ? bytes[index + 1] : 0
                    if before >= 0x80 || after >= 0x80 { return false }
                    escaped.append(UInt8(ascii: "\\"))
                }
                escaped.append(byte)
            }
            return true
        }
        return complete ? String(decoding: escaped, as: UTF8.self) : nil
    }

    private static func escapingCharacters(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }

    /// A paragraph that starts like a heading, list or quote is escaped so it stays a paragraph.
    private func escapeLineStarts(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>+-".contains(first) { return "\\" + text }
        if first.isNumber, let dot = text.firstIndex(where: { !$0.isNumber }), text[dot] == "." || text[dot] == ")" {
            return String(text[..<dot]) + "\\" + text[dot...]
        }
        return text
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        utf8.contains(10) ? split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement) : self
    }
}
