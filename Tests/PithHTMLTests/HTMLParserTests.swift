import Testing
@testable import PithHTML

/// Renders a subtree as a compact S-expression: elements as `tag(children)`, text quoted.
private func outline(_ document: HTMLDocument, _ node: HTMLDocument.Node) -> String {
    if document.isText(node) { return "\"\(document.text(node))\"" }
    let children = document.children(node).map { outline(document, $0) }.joined(separator: " ")
    return children.isEmpty ? document.tagName(document.tag(node)) : "\(document.tagName(document.tag(node)))(\(children))"
}

private func parse(_ html: String) -> HTMLDocument {
    HTMLParser.parse(utf8: Array(html.utf8))
}

private func body(_ document: HTMLDocument) -> HTMLDocument.Node {
    (0..<document.nodeCount).first { document.tag($0) == .body }!
}

@Suite struct HTMLParserTests {
    @Test func buildsElementsTextAndAttributes() {
        let document = parse("<html><body><div id=main class='a b'><p>Hello <b>big</b> world</p></div></body></html>")
        #expect(outline(document, body(document)) == #"body(div(p("Hello " b("big") " world")))"#)
        let div = (0..<document.nodeCount).first { document.tag($0) == .div }!
        #expect(document.attribute(.id, of: div) == "main")
        #expect(document.attribute(.class, of: div) == "a b")
        #expect(document.attribute(.href, of: div) == nil)
    }

    @Test func subtreesAreContiguousAndParentsComeFirst() {
        let document = parse("<body><ul><li>a<li>b</ul><p>c</p></body>")
        for node in 1..<document.nodeCount {
            let parent = document.parent(node)!
            #expect(parent < node)
            #expect(document.isInside(node, parent))
            #expect(document.subtreeEnd(node) <= document.subtreeEnd(parent))
        }
        #expect(outline(document, body(document)) == #"body(ul(li("a") li("b")) p("c"))"#)
    }

    @Test func html5BlocksCloseAnOpenParagraphAsBrowsersDo() {
        let document = parse("<body><p>lead<section><p>inner</p></section><p>after<figure>fig</figure></body>")
        #expect(outline(document, body(document)) == #"body(p("lead") section(p("inner")) p("after") figure("fig"))"#)
    }

    @Test func paragraphInsideTableCellIsNotClosedFromOutsideTheCell() {
        let document = parse("<body><p>x<table><tr><td><section>y</section></td></tr></table></body>")
        let section = (0..<document.nodeCount).first { document.tag($0) == .section }!
        #expect(document.tag(document.parent(section)!) == .td)
    }

    @Test func scriptAndStyleTextIsDroppedButJSONLDIsKept() {
        let document = parse("""
            <head><style>p{color:red}</style><script>var x = "<p>no</p>";</script>
            <script type="application/ld+json">{"headline":"H"}</script></head><body><p>yes</p></body>
            """)
        let scripts = (0..<document.nodeCount).filter { document.tag($0) == .script }
        #expect(scripts.count == 2)
        #expect(document.textContent(scripts[0]) == "")
        #expect(document.textContent(scripts[1]) == #"{"headline":"H"}"#)
        let style = (0..<document.nodeCount).first { document.tag($0) == .style }!
        #expect(document.textContent(style) == "")
    }

    @Test func entitiesAreDecodedAndUTF8IsKept() {
        let document = parse("<body><p>caf&eacute; &amp; &#8212; Привет &nbsp;x</p></body>")
        #expect(document.textContent(body(document)) == "café & — Привет \u{00A0}x")
    }

    @Test func declaredCharsetDoesNotMakeLibxml2RedecodeOurUTF8() {
        let document = parse("<html><head><meta charset=windows-1251></head><body><p>Привет, мир</p></body></html>")
        #expect(document.textContent(body(document)) == "Привет, мир")
    }

    @Test func unknownTagsAreInternedPerDocument() {
        let document = parse("<body><my-widget data-x=1>w</my-widget></body>")
        let widget = document.firstChild(body(document))!
        #expect(document.tagName(document.tag(widget)) == "my-widget")
        #expect(document.tag(named: "MY-WIDGET") == document.tag(widget))
        #expect(document.attribute(named: "data-x", of: widget) == "1")
    }

    @Test func emptyAndGarbageInputGiveATreeWithoutCrashing() {
        #expect(parse("").nodeCount == 1)
        let garbage = HTMLParser.parse(utf8: (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) | 1 })
        #expect(garbage.nodeCount >= 1)
    }

    @Test func deepNestingIsKept() {
        let html = "<body>" + String(repeating: "<div>", count: 2000) + "deep" + String(repeating: "</div>", count: 2000) + "<p>after</p></body>"
        let document = parse(html)
        #expect(document.textContent(body(document)).hasSuffix("deepafter"))
    }

    @Test func namedTagConstantsMatchTheirNames() {
        let pairs: [(HTMLTag, String)] = [
            (HTMLTag.html, "html"), (HTMLTag.head, "head"), (HTMLTag.body, "body"), (HTMLTag.title, "title"), (HTMLTag.meta, "meta"), (HTMLTag.link, "link"), (HTMLTag.base, "base"), (HTMLTag.style, "style"), (HTMLTag.script, "script"), (HTMLTag.noscript, "noscript"), (HTMLTag.template, "template"), (HTMLTag.div, "div"), (HTMLTag.span, "span"), (HTMLTag.p, "p"), (HTMLTag.br, "br"), (HTMLTag.hr, "hr"), (HTMLTag.a, "a"), (HTMLTag.img, "img"), (HTMLTag.picture, "picture"), (HTMLTag.source, "source"), (HTMLTag.figure, "figure"), (HTMLTag.figcaption, "figcaption"), (HTMLTag.h1, "h1"), (HTMLTag.h2, "h2"), (HTMLTag.h3, "h3"), (HTMLTag.h4, "h4"), (HTMLTag.h5, "h5"), (HTMLTag.h6, "h6"), (HTMLTag.hgroup, "hgroup"), (HTMLTag.ul, "ul"), (HTMLTag.ol, "ol"), (HTMLTag.li, "li"), (HTMLTag.dl, "dl"), (HTMLTag.dt, "dt"), (HTMLTag.dd, "dd"), (HTMLTag.menu, "menu"), (HTMLTag.table, "table"), (HTMLTag.caption, "caption"), (HTMLTag.thead, "thead"), (HTMLTag.tbody, "tbody"), (HTMLTag.tfoot, "tfoot"), (HTMLTag.tr, "tr"), (HTMLTag.td, "td"), (HTMLTag.th, "th"), (HTMLTag.blockquote, "blockquote"), (HTMLTag.q, "q"), (HTMLTag.pre, "pre"), (HTMLTag.code, "code"), (HTMLTag.b, "b"), (HTMLTag.strong, "strong"), (HTMLTag.i, "i"), (HTMLTag.em, "em"), (HTMLTag.small, "small"), (HTMLTag.time, "time"), (HTMLTag.address, "address"), (HTMLTag.article, "article"), (HTMLTag.section, "section"), (HTMLTag.main, "main"), (HTMLTag.header, "header"), (HTMLTag.footer, "footer"), (HTMLTag.nav, "nav"), (HTMLTag.aside, "aside"), (HTMLTag.details, "details"), (HTMLTag.summary, "summary"), (HTMLTag.dialog, "dialog"), (HTMLTag.form, "form"), (HTMLTag.input, "input"), (HTMLTag.button, "button"), (HTMLTag.select, "select"), (HTMLTag.option, "option"), (HTMLTag.textarea, "textarea"), (HTMLTag.label, "label"), (HTMLTag.fieldset, "fieldset"), (HTMLTag.iframe, "iframe"), (HTMLTag.object, "object"), (HTMLTag.embed, "embed"), (HTMLTag.video, "video"), (HTMLTag.audio, "audio"), (HTMLTag.canvas, "canvas"), (HTMLTag.svg, "svg"), (HTMLTag.math, "math"), (HTMLTag.map, "map"), (HTMLTag.center, "center"), (HTMLTag.font, "font"), (HTMLTag.search, "search")
        ]
        for (tag, name) in pairs { #expect(tag.knownName == name) }
        for (index, name) in AttributeName.knownNames.enumerated() {
            #expect(AttributeName.known(name)?.rawValue == UInt16(index))
        }
        #expect(AttributeName.method.knownName == "method")
        #expect(AttributeName.class.knownName == "class")
    }
}

@Suite struct ImpliedBodyTests {
    private func parse(_ html: String) -> HTMLDocument { HTMLParser.parse(utf8: Array(html.utf8)) }

    @Test func html5BodyElementsWithoutABodyTagGoToAnImpliedBody() throws {
        let document = parse("<!doctype html><meta charset=utf-8><title>T</title><header><nav>menu</nav></header><main><p>text</main>")
        let bodies = (0..<document.nodeCount).filter { document.tag($0) == .body }
        #expect(bodies.count == 1)
        let head = try #require((0..<document.nodeCount).first { document.tag($0) == .head })
        #expect(document.textContent(head) == "T")
        #expect(document.textContent(bodies[0]) == "menutext")
    }

    @Test func aLaterBodyTagDoesNotNestASecondBody() throws {
        let document = parse("<html><head><title>T</title></head><section>a</section><body class=x><p>b</p></body></html>")
        let bodies = (0..<document.nodeCount).filter { document.tag($0) == .body }
        #expect(bodies.count == 1)
        #expect(document.textContent(bodies[0]) == "ab")
    }
}
