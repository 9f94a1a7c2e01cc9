import PithHTML

/// One of the page's h1/h2 headings, with its text and words.
struct PageHeading {
    var node: HTMLDocument.Node
    /// Whether it is an h1.
    var isTopLevel: Bool
    var text: String
    var words: [String]
    /// Whether its class or id marks it as the site's name or logo (`site-title`, `logo`), or
    /// as hidden text for screen readers.
    var isSiteHeading: Bool
}

/// Chooses the article's title.
///
/// The declared title comes first: JSON-LD `headline` or `name` (whichever is closer to
/// `<title>`), then `og:title` and the other title meta tags, then `<title>`, cleaned of the
/// site's name. When a heading on the page says the same thing (most of the same words), the
/// heading's text wins: it is the headline as readers see it, without the SEO additions
/// ("Topic: ..."), section names and typography changes that declared titles carry. Without
/// a declared title, a lone `<h1>` is the title. Headings that are the site's name never are.
struct TitleSelection {
    let survey: PageSurvey
    let linkedData: LinkedDataSummary
    let cleanup: TitleCleanup
    /// The page's h1 and h2 elements.
    let headings: [PageHeading]

    /// A heading is the title's when their words agree this much (Dice).
    static let headingAgreement = 0.8
    /// Two titles support each other when their words agree this much (Dice).
    static let titleAgreement = 0.5
    /// An h1 replaces the declared title when it agrees with it and has at least this share
    /// of its words (a heading "Open Journalism Project:" does not replace "The Open Journalism
    /// Project: Better Student Journalism").
    static let headlineShareOfWords = 0.5

    func select() -> (title: String?, heading: HTMLDocument.Node?) {
        let visible = headings.filter { !$0.isSiteHeading && !$0.words.isEmpty && !cleanup.isSiteName($0.words) }
        let candidates = declaredTitles()
        guard !candidates.isEmpty else {
            let h1s = visible.filter(\.isTopLevel)
            return h1s.count == 1 ? (h1s[0].text, h1s[0].node) : (nil, nil)
        }
        let title = bestSupported(candidates, visible: visible)
        if let headline = visibleHeadline(agreeingWith: title, among: visible) {
            return (headline.text, headline.node)
        }
        return (title.text, heading(showing: title.text))
    }

    /// A declared title, cleaned, with its words.
    private struct Candidate {
        var text: String
        var words: [String]
    }

    /// The titles the page declares, best source first: JSON-LD, `og:title`, `twitter:title`,
    /// other title meta tags, `<title>`. Each is cleaned of the site's name; a title that is
    /// only the site's name is dropped.
    private func declaredTitles() -> [Candidate] {
        let titleTag = MetadataText.nonEmpty(survey.titleText.map(MetadataText.decodingEntities))
        let sources: [String?] = [linkedDataTitle(titleTag: titleTag)] + MetaTagNames.title.map { survey.meta.first([$0]) } + [titleTag]
        var candidates: [Candidate] = []
        var seen: Set<String> = []
        for source in sources {
            // og:title, twitter:title and the JSON-LD headline are often the same string.
            guard let raw = source, seen.insert(raw).inserted, let text = MetadataText.nonEmpty(cleanup.clean(raw)) else { continue }
            let words = TextSimilarity.words(text)
            guard !words.isEmpty, !cleanup.isSiteName(words), !candidates.contains(where: { $0.words == words }) else { continue }
            candidates.append(Candidate(text: text, words: words))
        }
        return candidates
    }

    /// The declared title most other sources agree with (declared titles and headings alike);
    /// ties go to the better source. A page whose `og:title` is a section label
    /// ("Pressemitteilungen") while `<title>` and the h1 name the article gets the article.
    private func bestSupported(_ candidates: [Candidate], visible: [PageHeading]) -> Candidate {
        var best = candidates[0]
        var bestSupport = -1
        for (index, candidate) in candidates.enumerated() {
            var support = 0
            for (otherIndex, other) in candidates.enumerated() where otherIndex != index && agree(candidate.words, other.words) {
                support += 1
            }
            if visible.contains(where: { agree(candidate.words, $0.words) }) { support += 1 }
            if support > bestSupport {
                best = candidate
                bestSupport = support
            }
        }
        return best
    }

    private func agree(_ first: [String], _ second: [String]) -> Bool {
        TextSimilarity.mayReach(TitleSelection.titleAgreement, first.count, second.count)
            && TextSimilarity.dice(first, second) >= TitleSelection.titleAgreement
    }

    /// The h1 that agrees best with the title and is not much shorter; else an h2 that says
    /// the same (h2s are more often section headings, so they must agree closely).
    private func visibleHeadline(agreeingWith title: Candidate, among visible: [PageHeading]) -> PageHeading? {
        var best: (heading: PageHeading, score: Double)?
        for heading in visible where heading.isTopLevel {
            let score = TextSimilarity.dice(heading.words, title.words)
            guard score >= TitleSelection.titleAgreement,
                  Double(heading.words.count) >= TitleSelection.headlineShareOfWords * Double(title.words.count),
                  score > best?.score ?? 0 else { continue }
            best = (heading, score)
        }
        if let best { return best.heading }
        return visible.first { !$0.isTopLevel && TextSimilarity.dice($0.words, title.words) >= TitleSelection.headingAgreement }
    }

    /// Class and id words of headings that show the site's name or hide text from view.
    static let siteHeadingWords: Set<String> = [
        "site", "logo", "brand", "branding", "sitename", "blogname", "masthead", "visually", "hidden", "invisible",
        "sr", "screenreader", "offscreen",
    ]

    /// JSON-LD's headline or name, whichever shares more words with `<title>`; a headline cut
    /// short with an ellipsis does not count.
    private func linkedDataTitle(titleTag: String?) -> String? {
        let headline = linkedData.headline.flatMap { isTruncated($0) ? nil : $0 }
        guard let name = linkedData.name, name != headline, let titleTag else { return headline ?? linkedData.name }
        guard let headline else { return name }
        let headlineScore = TextSimilarity.coverage(of: headline, in: titleTag)
        let nameScore = TextSimilarity.coverage(of: name, in: titleTag)
        return nameScore > headlineScore ? name : headline
    }

    private func isTruncated(_ text: String) -> Bool { text.hasSuffix("…") || text.hasSuffix("...") }

    /// The h1 (then h2) whose words best match the title, if they match at least loosely: the
    /// anchor near which the byline and date are looked for.
    private func heading(showing title: String) -> HTMLDocument.Node? {
        let titleWords = TextSimilarity.words(title)
        for topLevel in [true, false] {
            var best: (node: HTMLDocument.Node, score: Double)?
            for heading in headings where heading.isTopLevel == topLevel && !heading.words.isEmpty && !heading.isSiteHeading {
                let score = heading.words == titleWords ? 1 : TextSimilarity.dice(heading.words, titleWords)
                if score >= TitleSelection.titleAgreement, score > best?.score ?? 0 { best = (heading.node, score) }
            }
            if let best { return best.node }
        }
        return nil
    }
}
