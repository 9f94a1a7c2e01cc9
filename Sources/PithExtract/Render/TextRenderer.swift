/// Renders blocks as plain text: one blank line between blocks, list items and table rows of
/// one list or table on consecutive lines, no markup but list bullets.
enum TextRenderer {
    static func render(_ blocks: [Block]) -> String {
        var output = ""
        var previous: Block.Kind?
        for block in blocks {
            let text = line(for: block)
            guard !text.isEmpty else { continue }
            if let previous { output += Self.groupsWith(previous, block.kind) ? "\n" : "\n\n" }
            output += text
            previous = block.kind
        }
        return output
    }

    private static func line(for block: Block) -> String {
        switch block.kind {
        case .listItem(let depth, let number):
            let marker = number.map { "\($0). " } ?? "- "
            return String(repeating: "  ", count: depth) + marker + block.plainText
        default:
            return block.plainText
        }
    }

    /// List items follow each other on single lines, and so do table rows.
    static func groupsWith(_ previous: Block.Kind, _ next: Block.Kind) -> Bool {
        switch (previous, next) {
        case (.listItem, .listItem), (.tableRow, .tableRow): true
        default: false
        }
    }
}
