import PithHTML

/// The text of a heading as its headline: without the kicker above it ("Klimaschutz",
/// "Interne Unterlagen im Netz"), a date shown in it, or text hidden for screen readers.
enum HeadlineText {
    /// Headings longer than this are not titles; their text is never built.
    static let maximumBytes = 600

    /// The headline text of `heading`, or nil when the heading is too long to be a title.
    static func text(of heading: HTMLDocument.Node, in document: HTMLDocument) -> String? {
        guard let full = document.boundedText(heading, limit: maximumBytes) else { return nil }
        var text = ""
        var skipped = false
        var node = heading + 1
        let end = document.subtreeEnd(heading)
        while node < end {
            if document.isText(node) {
                text += document.text(node)
                node += 1
            } else if isAside(node, document) {
                skipped = true
                text += " "
                node = document.subtreeEnd(node)
            } else {
                node += 1
            }
        }
        // A heading that is all kicker is still the heading.
        guard skipped, text.utf8.contains(where: { !isASCIISpace($0) }) else { return full }
        return text
    }

    /// Whether a part of a heading is not the headline itself.
    private static func isAside(_ node: HTMLDocument.Node, _ document: HTMLDocument) -> Bool {
        if document.tag(node) == .time { return true }
        guard document.attributeRange(.class, of: node) != nil || document.attributeRange(.id, of: node) != nil else { return false }
        return ClassWords.tokens(of: node, in: document).contains(where: asideWords.contains)
    }

    /// Class words of kickers, dates and screen-reader text inside headings.
    static let asideWords: Set<String> = [
        "kicker", "dachzeile", "dach", "overline", "topline", "roofline", "eyebrow", "supertitle", "superline",
        "pretitle", "spitzmarke", "rubric", "rubrik", "date", "time", "timestamp", "visually", "hidden", "sr",
        "screenreader", "offscreen", "flag", "label",
    ]
}
