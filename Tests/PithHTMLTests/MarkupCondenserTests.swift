import Foundation
import Testing
import _PithTestSupport
@testable import PithHTML

/// The condenser and the raw-text skip may only make libxml2 faster: every tree parsed from
/// condensed markup, with script content skipped, must be the tree libxml2 alone builds from
/// the page as written, node for node, text for text, attribute for
/// attribute (the known ones, when only known names are kept).
@Suite struct MarkupCondenserTests {
    /// Every node as a line: depth, tag and attributes, or the text.
    static func dump(_ document: HTMLDocument, knownNamesOnly: Bool = false) -> String {
        var lines: [String] = []
        var depth = [Int](repeating: 0, count: document.nodeCount)
        for node in 0..<document.nodeCount {
            if let parent = document.parent(node) { depth[node] = depth[parent] + 1 }
            let indent = String(repeating: " ", count: depth[node])
            if document.isText(node) {
                lines.append(indent + "\"" + blanksCollapsed(document.text(node)) + "\"")
                continue
            }
            let attributes = document.attributes(of: node)
                .filter { !knownNamesOnly || AttributeName.known($0.name) != nil }
                .map { "\($0.name)=\"\($0.value)\"" }
            lines.append(indent + ([document.tagName(document.tag(node))] + attributes).joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// Runs of blanks as one space: the condenser shortens runs between tags (but never inside
    /// preformatted text, which `preformattedTextStaysAsWritten` checks byte for byte).
    static func blanksCollapsed(_ text: String) -> String {
        var result = ""
        var inBlanks = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if !inBlanks { result.append(" ") }
                inBlanks = true
            } else {
                result.unicodeScalars.append(scalar)
                inBlanks = false
            }
        }
        return result
    }

    /// Parses `html` as written and condensed, keeping all attributes and known ones only, and
    /// reports the first difference.
    static func differences(_ html: [UInt8]) -> String? {
        // libxml2 alone: no condensing, and script and style content read by libxml2 too.
        let plain = HTMLParser.parse(utf8: html, attributes: .all, condensing: false, skippingRawText: false)
        let condensed = HTMLParser.parse(utf8: html, attributes: .all, condensing: true)
        let plainDump = dump(plain)
        let condensedDump = dump(condensed)
        if plainDump != condensedDump { return firstDifference(plainDump, condensedDump) }
        // Past a point where the condenser stopped, unknown attributes stay: compare known ones.
        let known = dump(HTMLParser.parse(utf8: html, attributes: .knownNames, condensing: true), knownNamesOnly: true)
        let plainKnown = dump(plain, knownNamesOnly: true)
        if known != plainKnown { return "knownNames: " + firstDifference(plainKnown, known) }
        return nil
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<none>"
            let b = index < right.count ? String(right[index]) : "<none>"
            if a != b { return "line \(index + 1): as written \(a.prefix(160)) | condensed \(b.prefix(160))" }
        }
        return "same lines, different text"
    }

    /// Markup at the edges of libxml2 2.9's tokenizer, each case written to reach one branch
    /// of the condenser (values long enough to be moved).
    static let edgeCases: [String] = [
        #"<div class="a long class name" id='another long id' data-blob="xxxxxxxxxxxxxxxx">t</div>"#,
        #"<p>a<!-->b<!-- c -->d<!--->e<!---->f</p>"#,
        #"<p>a<!-- x --!>b-->c<!-- -- - -> y -->d</p>"#,
        #"<p>a<![if x]>b<![endif]>c<!x data-q="long enough value">d</p>"#,
        #"<p>a<?x a="b>c" data-q="long enough value">d<?>e<?9 f>g</p>"#,
        #"<p>a</p x="y>z" data-q="long enough value">w<b title="long enough title">x</b></p>"#,
        #"<p>a</ b title="long enough title">c</3 title="long enough title">d</p>"#,
        #"<p>q<script/>a<b title="long enough title">b</b></p>"#,
        #"<SCRIPT>a<b title="long enough title">x</b></ScRiPt>y<i title="long enough title">z</i>"#,
        #"<script>a</scriptx>b<i title="long enough title">c</i></script><p title="long enough title">d</p>"#,
        #"<script>a</script foo="x>y">b<i title="long enough title">c</i>"#,
        #"<script></b</script>ipt>x<i title="long enough title">c</i></script>"#,
        #"<p>y<script><b title="long enough title">x</b></script><i title="long enough title">c</i>"#,
        #"<script type="text/template"><div class="card long class"><p>{{title}}</p></div></script><p title="long enough title">d</p>"#,
        #"<div><script><noscript><p title="long enough title">x</p></noscript></script><p title="long enough title">d</p></div>"#,
        #"<script><NOSCRIPT class="long enough class">x</script><i title="long enough title">c</i>"#,
        #"<script><noscripts title="long enough title">x</script><i title="long enough title">c</i>"#,
        #"<style><b title="long enough title">x</b></style><i title="long enough title">c</i>"#,
        #"<style><body class="long body class">x</style><i title="long enough title">c</i>"#,
        #"<style><FRAMESET rows="long enough value">x</style><i title="long enough title">c</i>"#,
        #"<script><body class="long body class">x</script><i title="long enough title">c</i>"#,
        #"<script><!-- if (a < b) { x = "<i title='long enough title'>"; } //--></script><p title="long enough title">d</p>"#,
        #"<style>a<!-- b --> <i title="long enough title">c</i></style><p title="long enough title">d</p>"#,
        #"<script type="application/ld+json">{"articleBody": "<p class=\"long enough class\">x</p><!-- c -->"}</script>"#,
        #"<div a="x>y" data-z='p>q long enough' c=d>t</div>"#,
        #"<div "a b"="c long enough value">t</div>"#,
        #"<div a=b/ title="long enough title">t</div><div title=unquoted-long-enough>u</div>"#,
        "<div\u{0C}a=b title=\"long enough title\">t</div>",
        #"<a href=x title="y long enough"z="long enough value 2">t</a>"#,
        #"<div a = "x long enough" data-x = 'y long enough' >t</div>"#,
        #"<p>a<!DOCTYPE x "a>b" title="long enough title">c</p>"#,
        #"<p>a<!DOCTYPE html></b<!--><b title="long enough title">c</b>-->d<i title="long enough title">e</i></p>"#,
        #"<p>a<!DOCTYPE html><!DOCTYPE html><b title="long enough title">c</b></p>"#,
        #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><p title="long enough title">x</p>"#,
        #"<div a="1 long enough" a="2 long enough" data-a="x long enough" data-a="y long enough">t</div>"#,
        #"<div a=>t</div><div =x y="1 long enough">u</div>"#,
        #"<div title="a &amp; b, long enough">t</div><div title="caf&eacute; long enough">u</div>"#,
        #"<div title="no reference, but long">t</div><div title='single quoted and long'>u</div>"#,
        #"<p title="\#u{01}0">placeholder look-alike in a page that has the mark</p><i title="long enough title">x</i>"#,
        #"<svg viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10"/></svg><p>t</p>"#,
        #"<html lang="en-GB" data-theme="dark mode on"><head><meta charset="utf-8"><title>T</title></head><body class="long body class"><p>x</p></body></html>"#,
        #"<body><body class="second body class"><p>x</p></body>"#,
        #"<div \#(String(repeating: "a", count: 120))="long enough value">t</div><p title="long enough title">u</p>"#,
        #"<\#(String(repeating: "b", count: 120)) title="long enough title">t</p>"#,
        #"<p>cut off <a href="https://example.org/a-long-path" title="unterminated"#,
        #"<p>cut off <a href="https://example.org/a-long-path""#,
        #"<p>cut off <!-- unterminated comment <i title="long enough title">"#,
        #"<p>cut off <script>no end <i title="long enough title">"#,
        #"<p>text with < lone and <3 and a < b</p><i title="long enough title">x</i>"#,
        #"<p>a<_x title="long enough title">b<.x title="long enough title">c<:x title="long enough title">d</p>"#,
        #"<p>a<?é x>b<i title="long enough title">c</i></p>"#,
        #"<textarea><b title="long enough title">y</b></textarea><title><i title="long enough title">t</i></title>"#,
        #"<noscript><img src="a-long-image-source.jpg" data-src="another-long-source.jpg"></noscript>"#,
        #"<div onclick="alert('long enough handler')" style="display:none" hidden>t</div>"#,
        #"<p>ünïcödé <span title="ünïcödé value, long">x</span> 日本語 <span data-x="日本語の値">y</span></p>"#,
        #"<table><tr><td colspan="2" data-sort-value="long enough">x</td></tr></table>"#,
        "<p>\r\n<span\r\ntitle=\"crlf separated value\"\tdata-x=\"tab separated\">x</span></p>",
        #"<div title="a"b="c long enough" 'd'="e long enough">t</div>"#,
        #"<DIV CLASS="Upper Case Class" Data-Mixed="Mixed Case Value" ID=short HIDDEN>t</DIV>"#,
        #"<p id=a>x</p><p hidden>y</p><p class="a" title="b &amp; c" data-k="long enough">z</p>"#,
        #"<br/ title="long enough title"><p>x</p>"#,
    ]

    @Test(arguments: edgeCases)
    func edgeCasesParseAsWritten(_ html: String) {
        #expect(Self.differences(Array(html.utf8)) == nil)
    }

    @Test func fixturePagesParseAsWritten() throws {
        let folders = try FileManager.default.contentsOfDirectory(at: FixturePaths.pages, includingPropertiesForKeys: nil)
        var checked = 0
        for folder in folders {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent("page.html").path) else { continue }
            let utf8 = HTMLDecoder.decode(Array(bytes)).utf8
            let difference = Self.differences(utf8)
            #expect(difference == nil, "\(folder.lastPathComponent): \(difference ?? "")")
            checked += 1
        }
        #expect(checked > 50)
    }

    /// Random documents spliced from the pieces libxml2 treats specially, from a fixed seed.
    @Test func splicedMarkupParsesAsWritten() {
        let pieces = [
            "<", ">", "</", "/>", "<!--", "-->", "--!>", "<!-->", "<!", "<?", "<?x ", "<!DOCTYPE html>", "\"", "'", "=",
            " ", "\n", "\t", "\u{0C}", "&amp;", "&", "text", "é", "<p>", "</p>", "<div ", "<span class=\"a long class\">",
            "</span>", "<script>", "</script>", "<style>", "</style>", "<script/>", "</scr", "ipt>", " title=\"long enough\"",
            " data-x='long enough too'", " href=unquoted-long-value", " a", "<b", "</b", "<img src=\"long-enough.png\" />",
            "<!-- a comment long enough -->", "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\"/></svg>",
            "<SCRIPT>", "</SCRIPT >", "<style type=\"text/css\">", "<html lang=\"en-GB\">", "<head>", "</head>",
            "<body class=\"long body class\">", "</body>", "<!doctype html>", "<title>", "</title>", "<textarea>",
            "<table><tr><td data-label=\"long enough\">", "<a href=\"http://example.org/long\">", "</a>", "\r\n",
            "&#x3C;", "&lt;", "-", "!", "?", "<br/>", "<meta charset=\"utf-8\">", "<li>", "<ul>", "<option>",
            " Class=\"Mixed Case\"", " DATA-Upper='long enough'", " hidden", " id=x", " title=\"a &amp; b\"",
            "<noscript>", "</noscript>", "<pre>", "</pre>", "Longer words of text", " & ", "\u{7F}", "\u{0B}", "<script type=\"application/ld+json\">", "{\"a\": \"<b>x</b>\"}",
        ]
        var generator = SplitMix64(seed: 0x9E37_79B9)
        for round in 0..<(Int(ProcessInfo.processInfo.environment["PITH_CONDENSER_ROUNDS"] ?? "") ?? 3000) {
            var html = ""
            for _ in 0..<(8 + Int(generator.next() % 40)) {
                html += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let difference = Self.differences(Array(html.utf8))
            #expect(difference == nil, "round \(round): \(html.debugDescription) \(difference ?? "")")
            if difference != nil { break }
        }
    }

    @Test func preformattedTextStaysAsWritten() {
        let html = "<div>\n    <p>Intro</p>\n    <pre>\n  <b>let</b> x = 1\n      <i>y</i>\n</pre>\n    <p>After</p>\n</div>"
        let bytes = Array(html.utf8)
        let condensed = bytes.withUnsafeBufferPointer { MarkupCondenser.condense($0, dropsUnknownAttributes: true) }
        let text = String(decoding: condensed.bytes, as: UTF8.self)
        // Before the first <pre> the indentation shrinks; from it on, no blank run does.
        #expect(text.hasPrefix("<div>\n<p>"))
        #expect(text.contains("</b>"), "the text after </b> moved, not the tags")
        #expect(text.contains("</pre>\n    <p>"))
        let document = HTMLParser.parse(utf8: bytes, attributes: .knownNames, condensing: true)
        let pre = (0..<document.nodeCount).first { document.tag($0) == .pre }!
        #expect(document.textContent(pre) == "\n  let x = 1\n      y\n")
    }

    @Test func longBlankRunsStay() {
        // libxml2 hands text over in pieces of 1,000 characters, judging each piece on its own.
        let html = "<div><p>a</p>" + String(repeating: " ", count: 1200) + "<p>b</p>    <p>c</p></div>"
        let bytes = Array(html.utf8)
        let condensed = bytes.withUnsafeBufferPointer { MarkupCondenser.condense($0, dropsUnknownAttributes: true) }
        #expect(String(decoding: condensed.bytes, as: UTF8.self) == "<div><p>a</p>" + String(repeating: " ", count: 1200) + "<p>b</p> <p>c</p></div>")
    }

    @Test func condensingShrinksWhatLibxml2Reads() {
        let html = #"<div class="article body" data-tracking="{&quot;a&quot;:1}" data-props="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"><!-- a long comment that libxml2 would read --><p>x</p></div>"#
        let bytes = Array(html.utf8)
        let condensed = bytes.withUnsafeBufferPointer { MarkupCondenser.condense($0, dropsUnknownAttributes: true) }
        let text = String(decoding: condensed.bytes, as: UTF8.self)
        // The only kept attribute, class, moves out with the tag's placeholder.
        #expect(text == "<div _=\"\u{F0000}\"><!----><p>x</p></div>")
        #expect(condensed.movedTags.count == 1 && condensed.movedAttributes.count == 1)
        let kept = bytes.withUnsafeBufferPointer { MarkupCondenser.condense($0, dropsUnknownAttributes: false) }
        // Keeping every attribute, one value has a character reference for libxml2 to decode:
        // it stays, and the others move out one by one.
        #expect(String(decoding: kept.bytes, as: UTF8.self).contains("data-tracking=\"{&quot;a&quot;:1}\""))
        #expect(kept.movedValues.count == 2)
    }

    /// A folder of pages (`PITH_CONDENSER_PAGES=/path`) checked the same way: for checking the
    /// condenser against a corpus the project does not ship.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PITH_CONDENSER_PAGES"] != nil))
    func pagesInAFolderParseAsWritten() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PITH_CONDENSER_PAGES"]!)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        for name in names {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            let difference = Self.differences(HTMLDecoder.decode(Array(bytes)).utf8)
            #expect(difference == nil, "\(name): \(difference ?? "")")
        }
    }
}

/// The word-at-a-time lookup of short attribute names answers as the byte-by-byte one does.
@Suite struct KnownNameTableTests {
    @Test func shortNamesResolveInAnyCase() {
        let table = KnownNameTable(AttributeName.knownNames)
        let unknown = ["data-x", "onclick", "d", "viewbox", "x", "data_src", "aria-hid", "hre", "hrefs", "srcset2", "a:b", "_", "xml.lang"]
        for name in AttributeName.knownNames + unknown {
            for spelling in [name, name.uppercased()] {
                // Eight readable bytes past the name's start, as inside a page.
                let padded = Array(spelling.utf8) + Array(repeating: UInt8(ascii: "="), count: 8)
                let expected = AttributeName.known(name).map(\.rawValue)
                let found = padded.withUnsafeBufferPointer { table.id(nameCharacters: $0.baseAddress!, count: spelling.utf8.count) }
                #expect(found == expected, "\(spelling)")
            }
        }
    }
}
