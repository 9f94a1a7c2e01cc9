import PithHTML

/// A date the page gives, and where.
struct DateEvidence {
    enum Source: Int, Comparable {
        case linkedData, metaTag, microdata, timeElement, visibleText, url

        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var date: PageDate
    var source: Source
    /// The element showing the date, for visible sources.
    var node: HTMLDocument.Node?
}

/// Chooses the published and modified dates from every source, strongest first: JSON-LD,
/// meta tags, microdata, `<time>` near the article, visible dates near the title, the URL.
///
/// Refuses weak evidence: dates before 1995 or after the reference date, dates in footers,
/// copyright lines or comment sections, and dates deep inside the article's prose.
struct DateSelection {
    let document: HTMLDocument
    let survey: PageSurvey
    let linkedData: LinkedDataSummary
    let region: VisibleRegion
    let context: PageContext
    let articleRoot: HTMLDocument.Node?
    let reference: PageDate?
    /// Whether `11/12/2019` means November 12 (US English pages).
    let monthFirst: Bool
    let urls: [String]

    /// Visible dates after this much prose need a "Published" word next to them.
    static let proseLimitForDates = 400

    func select() -> (published: DateEvidence?, modified: DateEvidence?) {
        var published: [DateEvidence] = []
        var modified: [DateEvidence] = []
        structured(into: &published, &modified)
        elements(into: &published, &modified)
        if published.isEmpty || modified.isEmpty { visibleText(into: &published, &modified) }
        if published.isEmpty, let date = urls.lazy.compactMap(URLDate.date(in:)).first(where: plausible) {
            published.append(DateEvidence(date: date, source: .url))
        }
        let first = refined(published)
        var last = refined(modified)
        if let day = first?.date.dayNumber, let updated = last?.date.dayNumber, updated < day { last = nil }
        return (first, last)
    }

    private func plausible(_ date: PageDate) -> Bool { date.isPlausible(reference: reference) }

    /// The first candidate, with its time and zone taken from a later candidate of the same
    /// day when it has none ("2019-11-23" in a meta tag, the full instant in `<time>`).
    private func refined(_ candidates: [DateEvidence]) -> DateEvidence? {
        guard var best = candidates.first else { return nil }
        if best.date.offsetMinutes == nil,
           let precise = candidates.dropFirst().first(where: { $0.date.offsetMinutes != nil && $0.date.dayNumber == best.date.dayNumber && $0.source != .url }) {
            best.date = precise.date
        }
        return best
    }

    // MARK: Sources

    private func structured(into published: inout [DateEvidence], _ modified: inout [DateEvidence]) {
        if let value = linkedData.published, let date = MachineDateParser.parse(value, monthFirst: monthFirst), plausible(date) {
            published.append(DateEvidence(date: date, source: .linkedData))
        }
        if let value = linkedData.modified, let date = MachineDateParser.parse(value, monthFirst: monthFirst), plausible(date) {
            modified.append(DateEvidence(date: date, source: .linkedData))
        }
        for value in survey.meta.every(MetaTagNames.published) {
            if let date = MachineDateParser.parse(value, monthFirst: monthFirst), plausible(date) {
                published.append(DateEvidence(date: date, source: .metaTag))
            }
        }
        for value in survey.meta.every(MetaTagNames.modified) {
            if let date = MachineDateParser.parse(value, monthFirst: monthFirst), plausible(date) {
                modified.append(DateEvidence(date: date, source: .metaTag))
            }
        }
    }

    /// Microdata elements anywhere outside boilerplate, and `<time>` elements in the region.
    private func elements(into published: inout [DateEvidence], _ modified: inout [DateEvidence]) {
        for node in survey.publishedElements where !context.isOutsideArticle(node) {
            if let date = elementDate(node) { published.append(DateEvidence(date: date, source: .microdata, node: node)) }
        }
        for node in survey.modifiedElements where !context.isOutsideArticle(node) {
            if let date = elementDate(node) { modified.append(DateEvidence(date: date, source: .microdata, node: node)) }
        }
        for node in survey.timeElements where isNearArticle(node) && !context.isOutsideArticle(node) {
            guard let date = elementDate(node) else { continue }
            let evidence = DateEvidence(date: date, source: .timeElement, node: node)
            if isUpdateTime(node) { modified.append(evidence) } else { published.append(evidence) }
        }
    }

    private func isNearArticle(_ node: HTMLDocument.Node) -> Bool {
        if let root = articleRoot, document.isInside(node, root) { return true }
        return region.scannedRanges.contains { $0.contains(node) }
    }

    /// The date an element carries: `datetime`, `content`, or its text.
    private func elementDate(_ node: HTMLDocument.Node) -> PageDate? {
        let attributeValue = document.attribute(.datetime, of: node) ?? document.attribute(.content, of: node)
        if let value = attributeValue, let date = MachineDateParser.parse(value, monthFirst: monthFirst), plausible(date) {
            return date
        }
        let text = MetadataText.normalized(document.textContent(node))
        guard text.count <= VisibleRegion.maximumLineLength, !isCopyrightLine(text) else { return nil }
        return MachineDateParser.parse(text, monthFirst: monthFirst).flatMap { plausible($0) ? $0 : nil }
    }

    /// Whether a `<time>` is marked as an update by its microdata, class words, or the words
    /// just before it ("Updated: <time>").
    private func isUpdateTime(_ node: HTMLDocument.Node) -> Bool {
        if let itemprop = document.attribute(.itemprop, of: node), itemprop.lowercased().containsBytes("modified") { return true }
        var words = ClassWords.tokens(of: node, in: document)
        guard let parent = document.parent(node) else { return false }
        words += ClassWords.tokens(of: parent, in: document)
        if words.contains(where: DateVocabulary.updateWords.contains) { return true }
        var before = ""
        for child in parent..<node where document.isText(child) { before += document.text(child) + " " }
        let lastWords = TextSimilarity.words(String(before.suffix(60)))
        return lastWords.suffix(4).contains { DateVocabulary.updateWords.contains(String($0)) }
    }

    private func visibleText(into published: inout [DateEvidence], _ modified: inout [DateEvidence]) {
        for line in orderedLines() where line.text.hasASCIIDigit && !isCopyrightLine(line.text) {
            var previousEnd = line.text.startIndex
            for match in TextDateParser.matches(in: line.text, monthFirst: monthFirst) {
                defer { previousEnd = match.range.upperBound }
                guard plausible(match.date) else { continue }
                let before = TextSimilarity.words(String(line.text[previousEnd..<max(previousEnd, match.range.lowerBound)]))
                let evidence = DateEvidence(date: match.date, source: .visibleText, node: line.ownElement)
                if before.contains(where: { DateVocabulary.updateWords.contains(String($0)) }) {
                    modified.append(evidence)
                } else if line.proseBefore < DateSelection.proseLimitForDates
                            || before.contains(where: { DateVocabulary.publishWords.contains(String($0)) }) {
                    published.append(evidence)
                }
            }
        }
    }

    /// Region lines in the order they are trusted: the header right after the title, then
    /// the lines just before it (nearest first), then the rest after it.
    private func orderedLines() -> [TextLine] {
        let lines = region.lines
        let header = lines.filter { $0.followsAnchor && $0.proseBefore == 0 }
        let before = lines.filter { !$0.followsAnchor }.reversed()
        let later = lines.filter { $0.followsAnchor && $0.proseBefore > 0 }
        return header + before + later
    }

    func isCopyrightLine(_ text: String) -> Bool { CopyrightLine.matches(text) }

    /// The short region line showing `date`'s day (a dateline the page also states in its
    /// meta data), for the content extractor to drop.
    static func visibleLine(showing date: PageDate, in region: VisibleRegion) -> HTMLDocument.Node? {
        for line in region.lines where line.text.utf8.count <= 120 && DateHints.mayHoldDate(line.text) {
            if let element = line.ownElement,
               TextDateParser.matches(in: line.text).contains(where: { $0.date.dayNumber == date.dayNumber }) {
                return element
            }
        }
        return nil
    }
}
