/// An element's tag, interned as a small integer so phases compare tags without strings.
///
/// Every HTML element name Pith reasons about has a fixed id, the same in every document.
/// Other names (custom elements, typos, SVG internals) are interned per document: their ids
/// start at ``HTMLTag/firstDocumentLocal`` and mean something only together with the document
/// that produced them (``HTMLDocument/tagName(_:)`` gives the name back).
public struct HTMLTag: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first id handed out to names that are not in ``HTMLTag/knownNames``.
    public static let firstDocumentLocal: UInt16 = 1024

    /// The name for a known tag id, or nil for a document-local one.
    public var knownName: String? {
        Int(rawValue) < HTMLTag.knownNames.count ? HTMLTag.knownNames[Int(rawValue)] : nil
    }

    public var description: String { knownName ?? "tag#\(rawValue)" }

    /// The id of a known tag name (lowercase ASCII), or nil.
    public static func known(_ name: String) -> HTMLTag? {
        knownIDs[name].map(HTMLTag.init(rawValue:))
    }

    /// Names with fixed ids, in id order. Index 0 is text, index 1 the document root.
    public static let knownNames: [String] = [
        "#text", "#document",
        "html", "head", "body", "title", "meta", "link", "base", "style", "script", "noscript", "template",
        "div", "span", "p", "br", "hr", "a", "img", "picture", "source", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
        "ul", "ol", "li", "dl", "dt", "dd", "menu",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "col", "colgroup",
        "blockquote", "q", "pre", "code", "kbd", "samp", "var",
        "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark", "small", "big", "sub", "sup",
        "font", "center", "abbr", "acronym", "cite", "dfn", "time", "address", "bdi", "bdo", "wbr",
        "article", "section", "main", "header", "footer", "nav", "aside", "details", "summary", "dialog",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend",
        "output", "progress", "meter", "datalist",
        "iframe", "frame", "frameset", "object", "embed", "param", "video", "audio", "track", "canvas",
        "svg", "math", "map", "area", "applet", "marquee", "blink", "nobr", "tt", "data", "ruby", "rt", "rp",
        "xmp", "listing", "plaintext", "noembed", "noframes", "search", "slot",
    ]

    private static let knownIDs: [String: UInt16] = {
        var ids: [String: UInt16] = [:]
        for (index, name) in knownNames.enumerated() { ids[name] = UInt16(index) }
        return ids
    }()

    public static let text = HTMLTag(rawValue: 0)
    public static let document = HTMLTag(rawValue: 1)
}

extension HTMLTag {
    // Named constants for the tags the pipeline tests most often. Literal ids keep them
    // compile-time constants; a test checks each against `knownNames`.
    public static let html = HTMLTag(rawValue: 2)  // html
    public static let head = HTMLTag(rawValue: 3)  // head
    public static let body = HTMLTag(rawValue: 4)  // body
    public static let title = HTMLTag(rawValue: 5)  // title
    public static let meta = HTMLTag(rawValue: 6)  // meta
    public static let link = HTMLTag(rawValue: 7)  // link
    public static let base = HTMLTag(rawValue: 8)  // base
    public static let style = HTMLTag(rawValue: 9)  // style
    public static let script = HTMLTag(rawValue: 10)  // script
    public static let noscript = HTMLTag(rawValue: 11)  // noscript
    public static let template = HTMLTag(rawValue: 12)  // template
    public static let div = HTMLTag(rawValue: 13)  // div
    public static let span = HTMLTag(rawValue: 14)  // span
    public static let p = HTMLTag(rawValue: 15)  // p
    public static let br = HTMLTag(rawValue: 16)  // br
    public static let hr = HTMLTag(rawValue: 17)  // hr
    public static let a = HTMLTag(rawValue: 18)  // a
    public static let img = HTMLTag(rawValue: 19)  // img
    public static let picture = HTMLTag(rawValue: 20)  // picture
    public static let source = HTMLTag(rawValue: 21)  // source
    public static let figure = HTMLTag(rawValue: 22)  // figure
    public static let figcaption = HTMLTag(rawValue: 23)  // figcaption
    public static let h1 = HTMLTag(rawValue: 24)  // h1
    public static let h2 = HTMLTag(rawValue: 25)  // h2
    public static let h3 = HTMLTag(rawValue: 26)  // h3
    public static let h4 = HTMLTag(rawValue: 27)  // h4
    public static let h5 = HTMLTag(rawValue: 28)  // h5
    public static let h6 = HTMLTag(rawValue: 29)  // h6
    public static let hgroup = HTMLTag(rawValue: 30)  // hgroup
    public static let ul = HTMLTag(rawValue: 31)  // ul
    public static let ol = HTMLTag(rawValue: 32)  // ol
    public static let li = HTMLTag(rawValue: 33)  // li
    public static let dl = HTMLTag(rawValue: 34)  // dl
    public static let dt = HTMLTag(rawValue: 35)  // dt
    public static let dd = HTMLTag(rawValue: 36)  // dd
    public static let menu = HTMLTag(rawValue: 37)  // menu
    public static let table = HTMLTag(rawValue: 38)  // table
    public static let caption = HTMLTag(rawValue: 39)  // caption
    public static let thead = HTMLTag(rawValue: 40)  // thead
    public static let tbody = HTMLTag(rawValue: 41)  // tbody
    public static let tfoot = HTMLTag(rawValue: 42)  // tfoot
    public static let tr = HTMLTag(rawValue: 43)  // tr
    public static let td = HTMLTag(rawValue: 44)  // td
    public static let th = HTMLTag(rawValue: 45)  // th
    public static let blockquote = HTMLTag(rawValue: 48)  // blockquote
    public static let q = HTMLTag(rawValue: 49)  // q
    public static let pre = HTMLTag(rawValue: 50)  // pre
    public static let code = HTMLTag(rawValue: 51)  // code
    public static let b = HTMLTag(rawValue: 55)  // b
    public static let strong = HTMLTag(rawValue: 56)  // strong
    public static let i = HTMLTag(rawValue: 57)  // i
    public static let em = HTMLTag(rawValue: 58)  // em
    public static let small = HTMLTag(rawValue: 65)  // small
    public static let time = HTMLTag(rawValue: 75)  // time
    public static let address = HTMLTag(rawValue: 76)  // address
    public static let article = HTMLTag(rawValue: 80)  // article
    public static let section = HTMLTag(rawValue: 81)  // section
    public static let main = HTMLTag(rawValue: 82)  // main
    public static let header = HTMLTag(rawValue: 83)  // header
    public static let footer = HTMLTag(rawValue: 84)  // footer
    public static let nav = HTMLTag(rawValue: 85)  // nav
    public static let aside = HTMLTag(rawValue: 86)  // aside
    public static let details = HTMLTag(rawValue: 87)  // details
    public static let summary = HTMLTag(rawValue: 88)  // summary
    public static let dialog = HTMLTag(rawValue: 89)  // dialog
    public static let form = HTMLTag(rawValue: 90)  // form
    public static let input = HTMLTag(rawValue: 91)  // input
    public static let button = HTMLTag(rawValue: 92)  // button
    public static let select = HTMLTag(rawValue: 93)  // select
    public static let option = HTMLTag(rawValue: 94)  // option
    public static let textarea = HTMLTag(rawValue: 96)  // textarea
    public static let label = HTMLTag(rawValue: 97)  // label
    public static let fieldset = HTMLTag(rawValue: 98)  // fieldset
    public static let iframe = HTMLTag(rawValue: 104)  // iframe
    public static let object = HTMLTag(rawValue: 107)  // object
    public static let embed = HTMLTag(rawValue: 108)  // embed
    public static let video = HTMLTag(rawValue: 110)  // video
    public static let audio = HTMLTag(rawValue: 111)  // audio
    public static let canvas = HTMLTag(rawValue: 113)  // canvas
    public static let svg = HTMLTag(rawValue: 114)  // svg
    public static let math = HTMLTag(rawValue: 115)  // math
    public static let map = HTMLTag(rawValue: 116)  // map
    public static let center = HTMLTag(rawValue: 70)  // center
    public static let font = HTMLTag(rawValue: 69)  // font
    public static let search = HTMLTag(rawValue: 132)  // search
    public static let kbd = HTMLTag(rawValue: 52)  // kbd
    public static let samp = HTMLTag(rawValue: 53)  // samp
    public static let tt = HTMLTag(rawValue: 122)  // tt
    public static let col = HTMLTag(rawValue: 46)  // col
    public static let colgroup = HTMLTag(rawValue: 47)  // colgroup
    public static let `var` = HTMLTag(rawValue: 54)  // var
    public static let u = HTMLTag(rawValue: 59)  // u
    public static let s = HTMLTag(rawValue: 60)  // s
    public static let sub = HTMLTag(rawValue: 67)  // sub
    public static let sup = HTMLTag(rawValue: 68)  // sup
    public static let legend = HTMLTag(rawValue: 99)  // legend
}
