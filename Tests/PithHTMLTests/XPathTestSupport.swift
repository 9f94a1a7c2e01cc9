import PithHTML

/// A small page with ids on almost every element, written without whitespace between tags so
/// that every text node in it is one a test names.
let xpathSamplePage: HTMLDocument = HTMLParser.parse(utf8: Array(("""
    <html lang="en"><head><title>T</title></head><body>
    <div id="header" class="site-header"><nav id="nav"><a id="home" href="/">Home</a><a id="about" href="/about">About</a></nav></div>
    <div id="article" class="post main-content">
    <h1 id="h">Title</h1>
    <p id="p1" class="lead">First <b id="b1">bold</b> para</p>
    <p id="p2">Second</p>
    <div id="promo" class="promo  box">Sign up</div>
    <p id="p3" lang="de-CH">Third 3</p>
    <ul id="list"><li id="li1">1</li><li id="li2">2</li><li id="li3">10</li></ul>
    </div>
    <aside id="side" class="promo-side"><p id="p4">Side</p></aside>
    <div id="footer" class="c"><div id="inner" class="c"><p id="p5">Foot</p></div></div>
    </body></html>
    """).split(separator: "\n").joined().utf8))

/// How a test names a node: `#id` for an element with an id, its tag name otherwise, its
/// text in quotes for a text node, `/` for the root.
func label(_ document: HTMLDocument, _ node: HTMLDocument.Node) -> String {
    if node == document.root { return "/" }
    if document.isText(node) { return "\"\(document.text(node))\"" }
    if let id = document.attribute(.id, of: node) { return "#\(id)" }
    return document.tagName(document.tag(node))
}

/// The labels of the nodes an expression selects in the sample page.
func selectedLabels(_ expression: String, in document: HTMLDocument = xpathSamplePage) throws -> [String] {
    try XPath.compile(expression).nodes(in: document).map { label(document, $0) }
}
