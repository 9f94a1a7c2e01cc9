import Foundation
import PithHTML

/// Reads an article's metadata from a parsed page: title, authors, dates, site name,
/// language, canonical URL, description, lead image and tags.
///
/// Pure and bounded: no I/O and no clock ("now" comes in as `referenceDate`); it looks at
/// `<head>` metas, JSON-LD scripts and a few dozen nodes around the title heading and the
/// article root, never runs a pattern over the whole document, and parses JSON-LD only when
/// the page has some. It refuses weak evidence: a missing value is better than a wrong one.
///
/// ```swift
/// let metadata = MetadataExtractor(document: document, pageURL: url).extract(articleRoot: root)
/// ```
public struct MetadataExtractor: Sendable {
    private let document: HTMLDocument
    private let survey: PageSurvey
    private let linkedData: LinkedDataSummary
    private let urls: URLResolution
    private let pageURL: String?
    private let reference: PageDate?

    /// - Parameters:
    ///   - pageURL: where the page was fetched from; resolves relative URLs and gives a
    ///     fallback date when its path holds one.
    ///   - referenceDate: "now"; later dates are rejected. Without it only the 1995 floor holds.
    public init(document: HTMLDocument, pageURL: String?, referenceDate: Date? = nil) {
        self.document = document
        self.pageURL = pageURL
        self.reference = referenceDate.flatMap(PageDate.utcDay)
        let survey = PageSurvey(document: document)
        self.survey = survey
        self.linkedData = LinkedDataSummary(scripts: survey.linkedDataScripts.map { document.textContent($0) })
        self.urls = URLResolution(pageURL: pageURL, baseHref: survey.baseHref)
    }

    /// The page's one `<article>` element; nil when it has none or several (a listing).
    var soleArticle: HTMLDocument.Node? { survey.articleCount == 1 ? survey.firstArticle : nil }

    /// The JSON-LD `articleBody` (or a posting's `text`, a review's `reviewBody`) when the page
    /// embeds its article text, for the content extractor's fallback; nil when it has fewer
    /// than `minimumBytes` UTF-8 bytes. Cleaning only shortens the text, so the raw body is
    /// measured first: a body too short to matter is not copied through Foundation's trim.
    public func structuredArticleBody(minimumBytes: Int = 0) -> String? {
        guard let raw = linkedData.articleBody, raw.utf8.count >= minimumBytes,
              let body = linkedData.cleanArticleBody, body.utf8.count >= minimumBytes else { return nil }
        return body
    }

    /// The page's metadata.
    /// - Parameter articleRoot: the node the content extractor chose (nil before or without
    ///   it). Visible bylines and dates are looked for inside it and just around it, never in
    ///   footers, comment sections or copyright lines.
    public func extract(articleRoot: HTMLDocument.Node?) -> ArticleMetadata {
        run(articleRoot: articleRoot, locatingNodes: false).metadata
    }

    /// The page's metadata and the elements showing the title, byline and date, which the
    /// content extractor may drop from the article text.
    public func extractWithNodes(articleRoot: HTMLDocument.Node?) -> MetadataExtraction {
        run(articleRoot: articleRoot, locatingNodes: true)
    }

    /// The phases in order: declared fields, title, visible byline and dates. Without nodes
    /// to report, the visible region is scanned only when structured data leaves the authors
    /// or the publication date open.
    private func run(articleRoot: HTMLDocument.Node?, locatingNodes: Bool) -> MetadataExtraction {
        var metadata = ArticleMetadata()
        var nodes = MetadataNodes()
        metadata.siteName = siteName()
        metadata.language = language()
        metadata.canonicalURL = canonicalURL()
        metadata.description = survey.meta.first(MetaTagNames.description) ?? linkedData.description
        metadata.image = image()
        (metadata.title, nodes.titleHeading) = title(siteName: metadata.siteName)
        let root = articleRoot ?? (nodes.titleHeading == nil ? survey.firstArticle ?? survey.firstMain : nil)
        let context = PageContext(document: document, protecting: [nodes.titleHeading, root].compactMap { $0 })
        metadata.tags = tags(articleRoot: articleRoot, context: context)
        let declared = declaredAuthors(siteName: metadata.siteName)
        let dateSelection = { (region: VisibleRegion) in
            DateSelection(
                document: document, survey: survey, linkedData: linkedData, region: region, context: context,
                articleRoot: root, reference: reference, monthFirst: writesMonthFirst(metadata.language),
                urls: [pageURL, metadata.canonicalURL].compactMap { $0 }
            ).select()
        }
        // Structured data alone, when it names the authors and the publication date: the same
        // answer whether or not nodes are wanted.
        var structuredDates: (published: DateEvidence?, modified: DateEvidence?)?
        if !declared.isEmpty {
            let dates = dateSelection(.empty)
            if let published = dates.published, published.source < .timeElement { structuredDates = dates }
        }
        if !locatingNodes, let dates = structuredDates {
            metadata.authors = declared
            metadata.published = dates.published?.date.normalized
            metadata.modified = dates.modified?.date.normalized
            return MetadataExtraction(metadata: metadata, nodes: nodes)
        }

        let region = VisibleRegion(document: document, context: context, anchor: nodes.titleHeading, articleRoot: root)
        let bylines = BylineSelection(document: document, survey: survey, region: region, context: context, articleRoot: root)
        metadata.authors = declared
        if metadata.authors.isEmpty {
            let byline = bylines.select()
            metadata.authors = deduplicated(byline.names)
            nodes.byline = byline.nodes
        } else {
            nodes.byline = bylines.lines(naming: metadata.authors)
        }

        let dates = structuredDates ?? dateSelection(region)
        metadata.published = dates.published?.date.normalized
        metadata.modified = dates.modified?.date.normalized
        let dateNodes = [dates.published, dates.modified].compactMap { evidence in
            evidence.flatMap { $0.node ?? DateSelection.visibleLine(showing: $0.date, in: region) }
        }
        nodes.dates = dateNodes.enumerated().filter { !dateNodes[..<$0.offset].contains($0.element) }.map(\.element)
        // Only small elements are reported: a marked author box with a biography, or a
        // microdata date on a container, must not make the article's text disappear.
        nodes.byline = nodes.byline.filter(isSmallElement)
        nodes.dates = nodes.dates.filter(isSmallElement)
        return MetadataExtraction(metadata: metadata, nodes: nodes)
    }

    /// Reported byline and date elements hold at most this much text.
    static let maximumReportedBytes = 300

    private func isSmallElement(_ node: HTMLDocument.Node) -> Bool {
        document.boundedText(node, limit: MetadataExtractor.maximumReportedBytes) != nil
    }

    // MARK: Fields

    func title(siteName: String?) -> (String?, HTMLDocument.Node?) {
        let headings = survey.headings.compactMap { node -> PageHeading? in
            guard let text = HeadlineText.text(of: node, in: document) else { return nil }
            let normalized = MetadataText.normalized(text)
            return PageHeading(node: node, isTopLevel: document.tag(node) == .h1, text: normalized, words: TextSimilarity.words(normalized),
                               isSiteHeading: ClassWords.tokens(of: node, in: document).contains(where: TitleSelection.siteHeadingWords.contains))
        }
        let siteNames = [siteName, linkedData.publisher, linkedData.websiteName].compactMap { $0 }
        // h1s first: when two headings each match a part of the title equally well (the
        // post's h1 and the blog's name in a header h2), the page's own headline wins.
        let evidence = headings.prefix(8).filter { !$0.isSiteHeading && $0.isTopLevel } + headings.prefix(8).filter { !$0.isSiteHeading && !$0.isTopLevel }
        let cleanup = TitleCleanup(siteNames: siteNames, host: urls.host, headingWords: evidence.map(\.words))
        return TitleSelection(survey: survey, linkedData: linkedData, cleanup: cleanup, headings: headings).select()
    }

    /// `og:site_name`, the JSON-LD publisher or WebSite, then app names. A "site name" that is
    /// really the page's title (some sites fill `og:site_name` or `apple-mobile-web-app-title`
    /// with it) is cut down to the part that is not the title, or refused.
    func siteName() -> String? {
        // The common case: a plain og:site_name that is not the title.
        if let name = survey.meta.first(["og:site_name"]), TitleSegments(name).parts.count == 1,
           name != survey.meta.first(["og:title"]), name != survey.titleText.map(MetadataText.normalized) {
            return name
        }
        let titles = [survey.titleText, survey.meta.first(["og:title"])].compactMap { $0 }.map(TextSimilarity.words)
        let candidates: [() -> String?] = [
            { survey.meta.first(["og:site_name"]) }, { linkedData.publisher }, { linkedData.websiteName },
            { survey.meta.first(Array(MetaTagNames.siteName.dropFirst())) },
        ]
        for candidate in candidates {
            guard let name = candidate() else { continue }
            let segments = TitleSegments(name)
            let kept = segments.parts.filter { part in
                let words = TextSimilarity.words(part)
                return !words.isEmpty && !titles.contains { $0 == words || (segments.parts.count > 1 && $0.starts(with: words)) }
            }
            if kept.count == 1 { return kept[0] }
            if kept.count == segments.parts.count { return name }
        }
        return nil
    }

    func language() -> String? {
        let candidates: [() -> String?] = [
            { survey.htmlLanguage }, { survey.meta.first(["content-language"]) }, { survey.meta.first(["og:locale"]) },
            { linkedData.language }, { survey.meta.first(["dc.language", "language", "inlanguage"]) },
        ]
        return candidates.lazy.compactMap { $0().flatMap(LanguageTag.normalized) }.first
    }

    func canonicalURL() -> String? {
        firstAbsolute([{ survey.links["canonical"] ?? [] }, { survey.meta.every(MetaTagNames.canonical) }, { [linkedData.url].compactMap { $0 } }])
    }

    func image() -> String? {
        firstAbsolute([{ survey.meta.every(MetaTagNames.image) }, { survey.links["image_src"] ?? [] }, { [linkedData.image].compactMap { $0 } }])
    }

    /// The first candidate that makes an absolute URL, sources read only as far as needed.
    private func firstAbsolute(_ sources: [() -> [String]]) -> String? {
        for source in sources {
            if let url = source().lazy.compactMap(urls.absolute).first { return url }
        }
        return nil
    }

    /// Authors the page declares in JSON-LD or meta tags. An organization that is just the
    /// site itself ("BBC News" on bbc.co.uk) names no author.
    func declaredAuthors(siteName: String?) -> [String] {
        let cleanup = TitleCleanup(siteNames: [siteName, linkedData.publisher].compactMap { $0 }, host: urls.host, headingWords: [])
        // A value naming the site ("hessenschau.de, Frankfurt, Germany") is the publisher and
        // its place, not authors: all of it is refused.
        let fromValue = { (value: String) -> [String] in
            let names = AuthorNames.fromDeclared(value)
            return names.contains { cleanup.isSiteName(TextSimilarity.words($0)) } || AuthorNames.namesSite(value, cleanup) ? [] : names
        }
        let people = linkedData.authors.filter { !$0.isOrganization }
        let declared = people.isEmpty ? linkedData.authors : people
        var names = deduplicated(declared.flatMap { fromValue($0.name) })
        for key in MetaTagNames.authors where names.isEmpty {
            names = deduplicated(survey.meta.every([key]).flatMap(fromValue))
        }
        return names
    }

    func tags(articleRoot: HTMLDocument.Node?, context: PageContext) -> [String] {
        var tags = survey.meta.every(["article:tag"]) + linkedData.keywords
        for value in survey.meta.every(Array(MetaTagNames.tags.dropFirst())) {
            tags += value.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init)
        }
        for link in survey.tagLinks where articleRoot.map({ document.isInside(link, $0) }) ?? !context.isOutsideArticle(link) {
            tags.append(document.textContent(link))
        }
        let clean = tags.compactMap { MetadataText.nonEmpty($0) }.filter { $0.count <= MetadataExtractor.maximumTagLength }
        return Array(deduplicated(clean).prefix(MetadataExtractor.maximumTags))
    }

    static let maximumTags = 40
    static let maximumTagLength = 80

    /// US English writes `11/12/2019` month first; everyone else day first.
    private func writesMonthFirst(_ language: String?) -> Bool {
        language == "en" || language == "en-US"
    }

    private func deduplicated(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
