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
    @inlinable public static var firstDocumentLocal: UInt16 { 1024 }

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

    @inlinable public static var text: HTMLTag { HTMLTag(rawValue: 0) }
    @inlinable public static var document: HTMLTag { HTMLTag(rawValue: 1) }
}

extension HTMLTag {
    // Named constants for the tags the pipeline tests most often. Literal ids keep them
    // compile-time constants; a test checks each against `knownNames`.
    @inlinable public static var html: HTMLTag { HTMLTag(rawValue: 2) }  // html
    @inlinable public static var head: HTMLTag { HTMLTag(rawValue: 3) }  // head
    @inlinable public static var body: HTMLTag { HTMLTag(rawValue: 4) }  // body
    @inlinable public static var title: HTMLTag { HTMLTag(rawValue: 5) }  // title
    @inlinable public static var meta: HTMLTag { HTMLTag(rawValue: 6) }  // meta
    @inlinable public static var link: HTMLTag { HTMLTag(rawValue: 7) }  // link
    @inlinable public static var base: HTMLTag { HTMLTag(rawValue: 8) }  // base
    @inlinable public static var style: HTMLTag { HTMLTag(rawValue: 9) }  // style
    @inlinable public static var script: HTMLTag { HTMLTag(rawValue: 10) }  // script
    @inlinable public static var noscript: HTMLTag { HTMLTag(rawValue: 11) }  // noscript
    @inlinable public static var template: HTMLTag { HTMLTag(rawValue: 12) }  // template
    @inlinable public static var div: HTMLTag { HTMLTag(rawValue: 13) }  // div
    @inlinable public static var span: HTMLTag { HTMLTag(rawValue: 14) }  // span
    @inlinable public static var p: HTMLTag { HTMLTag(rawValue: 15) }  // p
    @inlinable public static var br: HTMLTag { HTMLTag(rawValue: 16) }  // br
    @inlinable public static var hr: HTMLTag { HTMLTag(rawValue: 17) }  // hr
    @inlinable public static var a: HTMLTag { HTMLTag(rawValue: 18) }  // a
    @inlinable public static var img: HTMLTag { HTMLTag(rawValue: 19) }  // img
    @inlinable public static var picture: HTMLTag { HTMLTag(rawValue: 20) }  // picture
    @inlinable public static var source: HTMLTag { HTMLTag(rawValue: 21) }  // source
    @inlinable public static var figure: HTMLTag { HTMLTag(rawValue: 22) }  // figure
    @inlinable public static var figcaption: HTMLTag { HTMLTag(rawValue: 23) }  // figcaption
    @inlinable public static var h1: HTMLTag { HTMLTag(rawValue: 24) }  // h1
    @inlinable public static var h2: HTMLTag { HTMLTag(rawValue: 25) }  // h2
    @inlinable public static var h3: HTMLTag { HTMLTag(rawValue: 26) }  // h3
    @inlinable public static var h4: HTMLTag { HTMLTag(rawValue: 27) }  // h4
    @inlinable public static var h5: HTMLTag { HTMLTag(rawValue: 28) }  // h5
    @inlinable public static var h6: HTMLTag { HTMLTag(rawValue: 29) }  // h6
    @inlinable public static var hgroup: HTMLTag { HTMLTag(rawValue: 30) }  // hgroup
    @inlinable public static var ul: HTMLTag { HTMLTag(rawValue: 31) }  // ul
    @inlinable public static var ol: HTMLTag { HTMLTag(rawValue: 32) }  // ol
    @inlinable public static var li: HTMLTag { HTMLTag(rawValue: 33) }  // li
    @inlinable public static var dl: HTMLTag { HTMLTag(rawValue: 34) }  // dl
    @inlinable public static var dt: HTMLTag { HTMLTag(rawValue: 35) }  // dt
    @inlinable public static var dd: HTMLTag { HTMLTag(rawValue: 36) }  // dd
    @inlinable public static var menu: HTMLTag { HTMLTag(rawValue: 37) }  // menu
    @inlinable public static var table: HTMLTag { HTMLTag(rawValue: 38) }  // table
    @inlinable public static var caption: HTMLTag { HTMLTag(rawValue: 39) }  // caption
    @inlinable public static var thead: HTMLTag { HTMLTag(rawValue: 40) }  // thead
    @inlinable public static var tbody: HTMLTag { HTMLTag(rawValue: 41) }  // tbody
    @inlinable public static var tfoot: HTMLTag { HTMLTag(rawValue: 42) }  // tfoot
    @inlinable public static var tr: HTMLTag { HTMLTag(rawValue: 43) }  // tr
    @inlinable public static var td: HTMLTag { HTMLTag(rawValue: 44) }  // td
    @inlinable public static var th: HTMLTag { HTMLTag(rawValue: 45) }  // th
    @inlinable public static var blockquote: HTMLTag { HTMLTag(rawValue: 48) }  // blockquote
    @inlinable public static var q: HTMLTag { HTMLTag(rawValue: 49) }  // q
    @inlinable public static var pre: HTMLTag { HTMLTag(rawValue: 50) }  // pre
    @inlinable public static var code: HTMLTag { HTMLTag(rawValue: 51) }  // code
    @inlinable public static var b: HTMLTag { HTMLTag(rawValue: 55) }  // b
    @inlinable public static var strong: HTMLTag { HTMLTag(rawValue: 56) }  // strong
    @inlinable public static var i: HTMLTag { HTMLTag(rawValue: 57) }  // i
    @inlinable public static var em: HTMLTag { HTMLTag(rawValue: 58) }  // em
    @inlinable public static var small: HTMLTag { HTMLTag(rawValue: 65) }  // small
    @inlinable public static var time: HTMLTag { HTMLTag(rawValue: 75) }  // time
    @inlinable public static var address: HTMLTag { HTMLTag(rawValue: 76) }  // address
    @inlinable public static var article: HTMLTag { HTMLTag(rawValue: 80) }  // article
    @inlinable public static var section: HTMLTag { HTMLTag(rawValue: 81) }  // section
    @inlinable public static var main: HTMLTag { HTMLTag(rawValue: 82) }  // main
    @inlinable public static var header: HTMLTag { HTMLTag(rawValue: 83) }  // header
    @inlinable public static var footer: HTMLTag { HTMLTag(rawValue: 84) }  // footer
    @inlinable public static var nav: HTMLTag { HTMLTag(rawValue: 85) }  // nav
    @inlinable public static var aside: HTMLTag { HTMLTag(rawValue: 86) }  // aside
    @inlinable public static var details: HTMLTag { HTMLTag(rawValue: 87) }  // details
    @inlinable public static var summary: HTMLTag { HTMLTag(rawValue: 88) }  // summary
    @inlinable public static var dialog: HTMLTag { HTMLTag(rawValue: 89) }  // dialog
    @inlinable public static var form: HTMLTag { HTMLTag(rawValue: 90) }  // form
    @inlinable public static var input: HTMLTag { HTMLTag(rawValue: 91) }  // input
    @inlinable public static var button: HTMLTag { HTMLTag(rawValue: 92) }  // button
    @inlinable public static var select: HTMLTag { HTMLTag(rawValue: 93) }  // select
    @inlinable public static var option: HTMLTag { HTMLTag(rawValue: 94) }  // option
    @inlinable public static var textarea: HTMLTag { HTMLTag(rawValue: 96) }  // textarea
    @inlinable public static var label: HTMLTag { HTMLTag(rawValue: 97) }  // label
    @inlinable public static var fieldset: HTMLTag { HTMLTag(rawValue: 98) }  // fieldset
    @inlinable public static var iframe: HTMLTag { HTMLTag(rawValue: 104) }  // iframe
    @inlinable public static var object: HTMLTag { HTMLTag(rawValue: 107) }  // object
    @inlinable public static var embed: HTMLTag { HTMLTag(rawValue: 108) }  // embed
    @inlinable public static var video: HTMLTag { HTMLTag(rawValue: 110) }  // video
    @inlinable public static var audio: HTMLTag { HTMLTag(rawValue: 111) }  // audio
    @inlinable public static var canvas: HTMLTag { HTMLTag(rawValue: 113) }  // canvas
    @inlinable public static var svg: HTMLTag { HTMLTag(rawValue: 114) }  // svg
    @inlinable public static var math: HTMLTag { HTMLTag(rawValue: 115) }  // math
    @inlinable public static var map: HTMLTag { HTMLTag(rawValue: 116) }  // map
    @inlinable public static var center: HTMLTag { HTMLTag(rawValue: 70) }  // center
    @inlinable public static var font: HTMLTag { HTMLTag(rawValue: 69) }  // font
    @inlinable public static var search: HTMLTag { HTMLTag(rawValue: 132) }  // search
    @inlinable public static var kbd: HTMLTag { HTMLTag(rawValue: 52) }  // kbd
    @inlinable public static var samp: HTMLTag { HTMLTag(rawValue: 53) }  // samp
    @inlinable public static var tt: HTMLTag { HTMLTag(rawValue: 122) }  // tt
    @inlinable public static var col: HTMLTag { HTMLTag(rawValue: 46) }  // col
    @inlinable public static var colgroup: HTMLTag { HTMLTag(rawValue: 47) }  // colgroup
    @inlinable public static var `var`: HTMLTag { HTMLTag(rawValue: 54) }  // var
    @inlinable public static var u: HTMLTag { HTMLTag(rawValue: 59) }  // u
    @inlinable public static var s: HTMLTag { HTMLTag(rawValue: 60) }  // s
    @inlinable public static var sub: HTMLTag { HTMLTag(rawValue: 67) }  // sub
    @inlinable public static var sup: HTMLTag { HTMLTag(rawValue: 68) }  // sup
    @inlinable public static var legend: HTMLTag { HTMLTag(rawValue: 99) }  // legend
}
