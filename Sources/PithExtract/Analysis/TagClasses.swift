import PithHTML

/// How the phases treat each element name, as lookup tables indexed by tag id.
enum TagClasses {
    /// Elements whose content is never article text.
    static let nonContent = table([
        "head", "title", "meta", "link", "base", "style", "script", "template", "noscript", "iframe", "frame", "frameset",
        "object", "embed", "param", "video", "audio", "track", "canvas", "svg", "math", "map", "area", "applet",
        "select", "option", "optgroup", "textarea", "input", "button", "datalist", "output", "progress", "meter",
        "noembed", "noframes", "dialog", "source", "rt", "rp",
    ])

    /// Elements that start a new block of text (everything else is inline).
    static let block = table([
        "#document", "html", "body", "p", "div", "td", "th", "li", "dd", "dt", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main", "form", "table", "ul", "ol", "dl", "center",
        "figure", "figcaption", "address", "header", "footer", "details", "summary", "aside", "nav", "fieldset",
        "legend", "caption", "tr", "tbody", "thead", "tfoot", "hgroup", "menu", "dialog", "search", "noscript",
        "hr", "frameset", "xmp", "listing", "plaintext",
    ], unknown: true)

    /// Blocks that are themselves a paragraph: their text scores their ancestors, not them.
    static let paragraphLike = table([
        "p", "pre", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "address",
        "caption", "legend", "summary", "xmp", "listing",
    ])

    static let headings = table(["h1", "h2", "h3", "h4", "h5", "h6"])

    /// Containers Readability's conditional cleaning examines.
    static let conditionallyCleaned = table([
        "form", "fieldset", "table", "ul", "ol", "dl", "div", "section", "aside", "header", "footer", "figure",
    ], unknown: true)

    /// Inline formatting that Markdown keeps or that must not split words.
    static let inline = table([
        "a", "span", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark", "small", "big", "sub", "sup",
        "font", "abbr", "acronym", "cite", "dfn", "time", "bdi", "bdo", "q", "code", "kbd", "samp", "var", "tt",
        "label", "nobr", "data", "ruby", "rt", "rp", "img", "picture", "wbr", "br", "blink", "marquee", "slot",
    ])

    /// Form controls, counted in each subtree: a sign-up box is known by its form.
    static let formControls = table(["input", "button", "select", "textarea"])

    /// Elements that name their content as the page's main content.
    static let namingContent = table(["article", "main"])

    /// A lookup table over known tag ids; document-local (unknown) tags answer `unknown`.
    struct Table: Sendable {
        let known: [Bool]
        let unknown: Bool

        @inline(__always) func contains(_ tag: HTMLTag) -> Bool {
            let index = Int(tag.rawValue)
            return index < known.count ? known[index] : unknown
        }
    }

    private static func table(_ names: [String], unknown: Bool = false) -> Table {
        var known = Array(repeating: false, count: HTMLTag.knownNames.count)
        for name in names {
            guard let tag = HTMLTag.known(name) else { preconditionFailure("unknown tag \(name) in a tag table") }
            known[Int(tag.rawValue)] = true
        }
        return Table(known: known, unknown: unknown)
    }
}
