import PithHTML

/// Recognizes a listing page (a home page or section front of teasers), which has no article:
/// returning its lead teaser would pass a summary off as the story.
///
/// A teaser is a small block (at most 600 characters) led by a heading that is mostly a link.
/// The page is a listing when the extraction came out short (under 800 characters), the
/// selection itself is a teaser, and the page holds at least five other teasers. An article
/// with a grid of related teasers below it is long, and its headline is not a link to
/// elsewhere, so it is not mistaken for one.
struct ListingDetector {
    let attempt: ExtractionAttempt

    func isListing(extractedLength: Int) -> Bool {
        guard extractedLength < 800 else { return false }
        let document = attempt.document
        guard attempt.selection.contains(where: { isTeaser($0) || containsLinkedHeading($0) }) else { return false }
        var teasers = 0
        var node = attempt.facts.body
        let end = document.subtreeEnd(node)
        while node < end {
            if attempt.selection.contains(node) {
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) != .text && isTeaser(node) {
                teasers += 1
                if teasers >= 5 { return true }
                node = document.subtreeEnd(node)
                continue
            }
            node += 1
        }
        return false
    }

    /// A block of at most 600 characters whose first heading is mostly a link, with some
    /// text besides the heading.
    private func isTeaser(_ node: Int) -> Bool {
        let aggregates = attempt.aggregates
        let chars = aggregates.chars[node]
        guard chars > 0, chars <= 600, TagClasses.block.contains(attempt.document.tag(node)) else { return false }
        guard let heading = firstHeading(in: node) else { return false }
        return aggregates.linkDensity(heading) >= 0.7 && aggregates.chars[heading] < chars
    }

    private func containsLinkedHeading(_ node: Int) -> Bool {
        guard let heading = firstHeading(in: node) else { return false }
        return attempt.aggregates.linkDensity(heading) >= 0.7
    }

    private func firstHeading(in node: Int) -> Int? {
        let document = attempt.document
        var current = node + 1
        let end = document.subtreeEnd(node)
        while current < end {
            let tag = document.tag(current)
            if tag == .h1 || tag == .h2 || tag == .h3 || tag == .h4 { return current }
            current += 1
        }
        return nil
    }
}
