import PithHTML

extension HTMLDocument {
    /// The text inside `node`, or nil when it is longer than `limit` bytes: for elements that
    /// should be short (headings, bylines), without building the text of a large one.
    ///
    /// A run of whitespace counts as one byte, as a reader sees it: the indentation between a
    /// pretty-printed page's elements must not make a byline "long" that the same page,
    /// minified, keeps short.
    func boundedText(_ node: Node, limit: Int) -> String? {
        var total = 0
        var afterBlank = false
        let exceeded: Bool = bytes.withUnsafeBufferPointer { bytes in
            for descendant in node..<subtreeEnd(node) where isText(descendant) {
                for index in textRange(descendant) {
                    if bytes[index] <= 0x20 {
                        if !afterBlank { total += 1 }
                        afterBlank = true
                    } else {
                        total += 1
                        afterBlank = false
                    }
                }
                if total > limit { return true }
            }
            return false
        }
        return exceeded ? nil : textContent(node)
    }
}
