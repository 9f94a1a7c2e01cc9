/// Removes the site's name, and section names next to it, from a page title.
///
/// Evidence first: a heading on the page equal to part of the title picks that part; a part
/// equal to the site's name (from `og:site_name`, JSON-LD, or the host name) is dropped from
/// either end. Only without evidence does a short trailing part after a strong separator go,
/// and a title is never cut to nothing.
struct TitleCleanup {
    /// Words of the site names the page declares.
    private let siteNames: [[String]]
    /// The page host's distinctive label ("zeit" for www.zeit.de) and its full name without
    /// `www.`, squeezed to letters and digits.
    private let hostKeys: [String]
    /// Words of the page's top headings, those that are the site's name left out (blogs show
    /// it in an h1 too).
    private var headings: [[String]] = []

    init(siteNames: [String], host: String?, headingWords: [[String]]) {
        self.siteNames = siteNames.map(TextSimilarity.words).filter { !$0.isEmpty }
        self.hostKeys = host.map(TitleCleanup.hostKeys) ?? []
        self.headings = headingWords.filter { !$0.isEmpty && !isSiteName($0) }
    }

    init(siteNames: [String], host: String?, headings: [String]) {
        self.init(siteNames: siteNames, host: host, headingWords: headings.map(TextSimilarity.words))
    }

    func clean(_ title: String) -> String {
        let segments = TitleSegments(title)
        guard segments.parts.count > 1 else { return withoutSitePrefix(title) }
        let all = 0..<segments.parts.count
        let titleWords = TextSimilarity.words(title)
        if headings.contains(titleWords) { return title }
        let partWords = segments.parts.map(TextSimilarity.words)
        if let range = headingRange(partWords) { return segments.joined(range) }
        var range = all
        while range.count > 1, isSiteName(partWords[range.upperBound - 1]) { range = range.dropLast() }
        while range.count > 1, isSiteName(partWords[range.lowerBound]) { range = range.dropFirst() }
        // "Headline - example.net - Tagline": the site's name in the middle ends the headline.
        if let middle = range.dropFirst().first(where: { isSiteName(partWords[$0]) }) { range = range.lowerBound..<middle }
        if range != all {
            // "Headline | Section | Site": with the site gone, a short section name may remain.
            if range.count > 1 {
                let guessed = guessedHeadline(TitleSegments(segments.joined(range)), Array(partWords[range]))
                range = (range.lowerBound + guessed.lowerBound)..<(range.lowerBound + guessed.upperBound)
            }
            return withoutSitePrefix(segments.joined(range))
        }
        return withoutSitePrefix(segments.joined(guessedHeadline(segments, partWords)))
    }

    /// The segments that together read exactly like one of the page's headings; the longest
    /// such run, and never one that is the site's name (blogs show it in an h1 too).
    private func headingRange(_ partWords: [[String]]) -> Range<Int>? {
        let count = partWords.count
        var best: (range: Range<Int>, words: Int)?
        for heading in headings {
            for start in 0..<count where heading.starts(with: partWords[start]) {
                var joined: [String] = []
                for end in (start + 1)...count where end - start < count {
                    joined += partWords[end - 1]
                    if joined == heading, joined.count > best?.words ?? 0 { best = (start..<end, joined.count) }
                    if joined.count >= heading.count { break }
                }
            }
        }
        return best?.range
    }

    /// Without evidence: drop a short last segment ("Headline | Site Name"), or else a short
    /// first one before a strong separator ("Site | A longer headline here").
    private func guessedHeadline(_ segments: TitleSegments, _ partWords: [[String]]) -> Range<Int> {
        let count = partWords.count
        let lastWords = partWords[count - 1].count
        let restWords = partWords.dropLast().reduce(0) { $0 + $1.count }
        if lastWords <= 4, restWords >= 3, restWords > lastWords { return 0..<(count - 1) }
        let firstWords = partWords[0].count
        let tailWords = partWords.dropFirst().reduce(0) { $0 + $1.count }
        if firstWords <= 3, tailWords >= 5, TitleSeparators.strong.contains(segments.separators[0].trimmingSpaces) {
            return 1..<count
        }
        return 0..<count
    }

    /// `title` without a leading "Site Name: " or trailing " : Site Name".
    private func withoutSitePrefix(_ title: String) -> String {
        guard !siteNames.isEmpty || !hostKeys.isEmpty else { return title }
        for separator in TitleSeparators.trailingSpaceOnly {
            let marker = separator + " "
            guard let first = title.range(ofBytes: marker) else { continue }
            if isSiteName(TextSimilarity.words(String(title[..<first.lowerBound]))) {
                return String(title[first.upperBound...]).trimmingSpaces
            }
            if let last = title.range(ofBytes: marker, backwards: true),
               isSiteName(TextSimilarity.words(String(title[last.upperBound...]))) {
                return String(title[..<last.lowerBound]).trimmingSpaces
            }
        }
        return title
    }

    func isSiteName(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if siteNames.contains(where: { $0 == words || TextSimilarity.mayReach(0.8, $0.count, words.count) && TextSimilarity.dice($0, words) >= 0.8 }) {
            return true
        }
        guard words.count <= 4 else { return false }
        let squeezed = words.joined()
        // "wien.ORF.at" is the host; "ZEIT ONLINE" starts with its label. Longer texts that
        // merely end with the label ("Wir sind NEOS") are not the site's name.
        return hostKeys.contains { key in
            squeezed == key || (words.count <= 2 && key.count >= 3 && (squeezed.hasPrefix(key) || squeezed.hasSuffix(key)))
        }
    }

    /// "www.zeit.de" → ["zeit", "zeitde"]; "wien.orf.at" → ["orf", "wienorfat"].
    static func hostKeys(_ host: String) -> [String] {
        // Labels squeezed to letters and digits, as titles' words are: "example-news" → "examplenews".
        var labels = host.lowercased().split(separator: ".").map { String($0.filter { $0.isLetter || $0.isNumber }) }
        while let first = labels.first, ["www", "m", "amp", "mobile"].contains(first) { labels.removeFirst() }
        guard labels.count >= 2 else { return labels }
        let full = labels.joined()
        labels.removeLast()
        if labels.count >= 2, let last = labels.last, ["co", "com", "org", "net", "gov", "ac", "edu"].contains(last) {
            labels.removeLast()
        }
        guard let distinctive = labels.last else { return [full] }
        return [distinctive, full]
    }
}

extension TitleSeparators {
    /// Separators that almost never occur inside a headline.
    static let strong: Set<String> = ["|", "»", "«", "::", "·", "•", "｜", "›", "‹"]
}
