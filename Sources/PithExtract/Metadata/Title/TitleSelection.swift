import PithHTML

/// One of the page's h1/h2 headings, with its text and words.
struct PageHeading {
    var node: HTMLDocument.Node
    /// Whether it is an h1.
    var isTopLevel: Bool
    var text: String
    var words: [String]
}

/// Chooses the article's title: JSON-LD `headline` or `name` (whichever is closer to
/// `<title>`), then `og:title` and the other title meta tags, then `<title>`, then a lone
/// `<h1>`; the choice is cleaned of the site's name. Also finds the heading that shows it.
struct TitleSelection {
    let survey: PageSurvey
    let linkedData: LinkedDataSummary
    let cleanup: TitleCleanup
    /// The page's h1 and h2 elements.
    let headings: [PageHeading]

    /// A heading is the title's when their words agree this much (Dice).
    static let headingAgreement = 0.8

    func select() -> (title: String?, heading: HTMLDocument.Node?) {
        let titleTag = MetadataText.nonEmpty(survey.titleText.map(MetadataText.decodingEntities))
        let declared = linkedDataTitle(titleTag: titleTag) ?? survey.meta.first(MetaTagNames.title) ?? titleTag
        var title = declared.map(cleanup.clean).flatMap(MetadataText.nonEmpty)
        if title == nil {
            let h1s = headings.filter { $0.isTopLevel && !$0.text.isEmpty }
            if h1s.count == 1 { title = h1s[0].text }
        }
        guard let title else { return (nil, nil) }
        return (title, heading(showing: title))
    }

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

    /// The first h1 (then h2) whose words match the title.
    private func heading(showing title: String) -> HTMLDocument.Node? {
        let titleWords = TextSimilarity.words(title)
        for topLevel in [true, false] {
            for heading in headings where heading.isTopLevel == topLevel && !heading.words.isEmpty {
                if heading.words == titleWords || TextSimilarity.dice(heading.words, titleWords) >= TitleSelection.headingAgreement {
                    return heading.node
                }
            }
        }
        return nil
    }
}
