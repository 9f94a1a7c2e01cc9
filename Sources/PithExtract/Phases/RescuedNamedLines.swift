import PithHTML

/// Short elements named for boilerplate that a content word rescued from pruning:
/// `post-ratings`, `post-image-credits`, `entry-related`, `content-box author-box`.
///
/// Pruning spares a named subtree when a content word shares its name ("article-sidebar"), as
/// Readability does: a container so named may hold the article. A line of at most 150 visible
/// characters with no paragraph holds no article, so the boilerplate name decides. Comment and
/// byline names are left to the other phases: live tickers name their entries "comments", and
/// a dateline ("KOBE –") often opens the first paragraph.
extension ExtractionAttempt {
    mutating func removeRescuedNamedLines() {
        guard mode.pruneByName else { return }
        for root in selection {
            var node = root + 1
            let end = document.subtreeEnd(root)
            while node < end {
                if document.tag(node) == .text || removed[node] >= 0 {
                    node = document.tag(node) == .text ? node + 1 : document.subtreeEnd(node)
                    continue
                }
                if isRescuedNamedLine(node) {
                    remove(node, rule: facts.classRule[node], phase: .clean)
                    node = document.subtreeEnd(node)
                    continue
                }
                node += 1
            }
        }
    }

    private func isRescuedNamedLine(_ node: Int) -> Bool {
        let rule = facts.classRule[node]
        guard rule >= 0, facts.rescued[node] else { return false }
        let category = rules.rules[Int(rule)].category
        guard category != .comments && category != .byline else { return false }
        let chars = aggregates.chars[node]
        return chars > 0 && chars <= 150 && aggregates.paragraphs[node] == 0
    }
}
