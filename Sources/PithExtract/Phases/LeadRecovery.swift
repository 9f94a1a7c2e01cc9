import PithHTML

/// Part of the select phase: the article's lead (standfirst, teaser, "Vorspann") often sits in
/// the article header next to the headline, outside the container that holds the body, and the
/// body alone wins the contest. A reader wants the lead: it is written as part of the story.
///
/// Contract: find the headline (the heading that repeats the title, else the last `<h1>`
/// before the selection); when it comes before the selection and both sit in one article
/// wrapper (their common ancestor is not the page body), up to two prose blocks between them
/// join the selection in front: at least 60 characters, sentence-like, hardly linked, not a
/// byline, dateline or caption, not named as boilerplate; or a short list of key points.
extension ExtractionAttempt {
    mutating func recoverLead(title: String?) {
        guard forcedContent == nil, let first = selection.first, first != facts.body,
              let headline = headline(before: first, title: title) else { return }
        let common = commonAncestor(headline, first)
        guard common != facts.body, common > 0, document.tag(common) != .html else { return }
        var leads: [Int] = []
        var textSinceHeadline: Int32 = 0
        var node = document.subtreeEnd(headline)
        while node < first && leads.count < 2 {
            if removed[node] >= 0 || document.tag(node) == .figure || document.tag(node) == .figcaption {
                node = document.subtreeEnd(node)
                continue
            }
            let tag = document.tag(node)
            if tag == .text { textSinceHeadline += facts.textChars[node] }
            // Key points stand right under the headline; a list further down is the body's.
            if (tag == .ul || tag == .ol) && textSinceHeadline == 0 && isSummaryList(node) {
                leads.append(node)
                node = document.subtreeEnd(node)
                continue
            }
            if tag != .text, isLeadBlock(node) {
                leads.append(node)
                node = document.subtreeEnd(node)
                continue
            }
            node += 1
        }
        guard !leads.isEmpty, leads.allSatisfy({ !document.isInside(first, $0) }) else { return }
        selection = leads + selection
    }

    private func headline(before first: Int, title: String?) -> Int? {
        let comparableTitle = title.map(Self.comparable)
        var lastH1: Int?
        for node in stride(from: first - 1, to: 0, by: -1) where TagClasses.headings.contains(document.tag(node)) {
            if document.isInside(first, node) { continue }
            if let comparableTitle, comparableTitle.count >= 8,
               Self.matchesTitle(Self.comparable(keptText(of: node, limit: 600)), comparableTitle) {
                return node
            }
            if lastH1 == nil && document.tag(node) == .h1 { lastH1 = node }
            if first - node > 400 { break }
        }
        return lastH1
    }

    private func isLeadBlock(_ node: Int) -> Bool {
        let tag = document.tag(node)
        guard tag == .p || tag == .div || tag.rawValue >= HTMLTag.firstDocumentLocal || tag == .h2 || tag == .strong || tag == .b
        else { return false }
        let chars = aggregates.chars[node]
        guard chars >= 60, chars <= 1000, aggregates.linkDensity(node) < 0.2, facts.classRule[node] < 0 else { return false }
        // A lead is one block of prose, not a wrapper of several.
        guard !document.children(node).contains(where: { child in
            let childTag = document.tag(child)
            return childTag != .text && TagClasses.block.contains(childTag) && aggregates.chars[child] > 20
        }) else { return false }
        let text = keptText(of: node, limit: 1200)
        guard !Self.isBylineOrDateline(text), text.split(separator: " ").count >= 8 else { return false }
        // A subheadline under the headline is the dek, written as a clause without a full stop
        // ("Activists call for a rent freeze and warn landlords"); eight words make it no label.
        if tag == .h2 { return true }
        let last = text.trimmingTrailingWhitespace.last
        return last.map { ".!?…»“\"”)".contains($0) } ?? false
    }

    /// Key points under the headline ("• What was decided • Who pays"): two to six unlinked
    /// items, each a line of words rather than a label, and nothing else in the list.
    private func isSummaryList(_ list: Int) -> Bool {
        let chars = aggregates.chars[list]
        guard chars >= 60, chars <= 1000, aggregates.linkDensity(list) < 0.2, facts.classRule[list] < 0 else { return false }
        let items = document.children(list).filter { document.tag($0) != .text }
        guard (2...6).contains(items.count) else { return false }
        return items.allSatisfy { item in
            document.tag(item) == .li && removed[item] < 0
                && keptText(of: item, limit: 400).split(separator: " ").count >= 4
                && !document.children(item).contains { TagClasses.block.contains(document.tag($0)) }
        }
    }

    private func commonAncestor(_ a: Int, _ b: Int) -> Int {
        var ancestor: Int? = a
        while let candidate = ancestor {
            if document.isInside(b, candidate) { return candidate }
            ancestor = document.parent(candidate)
        }
        return 0
    }
}
