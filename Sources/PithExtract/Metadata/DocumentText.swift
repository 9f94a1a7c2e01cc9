import PithHTML

extension HTMLDocument {
    /// The text inside `node`, or nil when it is longer than `limit` bytes: for elements that
    /// should be short (headings, bylines), without building the text of a large one.
    func boundedText(_ node: Node, limit: Int) -> String? {
        var total = 0
        for descendant in node..<subtreeEnd(node) where isText(descendant) {
            total += textRange(descendant).count
            if total > limit { return nil }
        }
        return textContent(node)
    }
}
