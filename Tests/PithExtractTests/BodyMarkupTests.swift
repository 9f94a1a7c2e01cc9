import Foundation
@testable import PithExtract
import Testing

/// Markup removal in declared bodies must give exactly what the regular expressions give, or
/// leave the body to them.
@Suite struct BodyMarkupTests {
    static let bodies = [
        "<p>First paragraph.</p><p>Second one.</p>",
        "Line<br>break<BR/>and<br />more<Br class=\"x\">end",
        "<DIV class=\"a\">in a div</DIV><h2>Heading</h2><h7>not a heading</h7><h>bare</h>",
        "<li>one</li><LI>two</li><link rel=x><pre>kept as text?</pre><param>",
        "<blockquote cite=\"x\">Quoted</blockquote><blockquotes>no</blockquotes><b>bold</b><bl>x",
        "a < b and c > d, 3<4, x<>y, <> and <<p>>",
        "<p_underscore>word char</p_underscore><p1>digit</p1><p-dash>dash</p-dash>",
        "unclosed <p tag at the end",
        "<span style=\"" + String(repeating: "a", count: 198) + "\">short enough</span>",
        "<span style=\"" + String(repeating: "a", count: 199) + "\">one too long</span>",
        "<div\n class=\"multi\nline\">text</div><a\nhref='x'>link</a>",
        "Grüße <em>aus</em> Köln — 東京 <strong>太字</strong> 😀 <i>emoji</i>",
        "<</p>>< /p><p/><p\t>tab</p >",
    ]

    /// Bodies whose markup the fast path leaves to the regular expressions.
    static let uncertain = [
        "<pé>accent after the name</pé>",
        "<é>non-ASCII name</é>",
        "<span title=\"😀\">astral in a short tag</span>",
    ]

    @Test func matchesTheRegularExpressions() {
        for body in Self.bodies {
            let fast = BodyMarkup.stripped(body)
            #expect(fast != nil, "should be handled: \(body)")
            #expect(fast == StructuredBodyFallback.strippedByExpressions(body), "differs: \(body)")
        }
    }

    @Test func leavesUncertainMarkupToTheExpressions() {
        for body in Self.uncertain {
            #expect(BodyMarkup.stripped(body) == nil, "\(body)")
        }
    }
}

/// The declared body's trim must be Foundation's.
@Suite struct UnicodeSpaceTrimTests {
    static let texts = [
        "", " ", "plain", "  both ends \n", "\t\r\nlines\u{85}", "\u{3000}ideographic\u{3000}", "\u{A0}nbsp\u{202F}",
        "\u{2028}separators\u{2029}", "\u{200B}zero width stays\u{200B}", "\u{FEFF}bom stays", "\u{1680}ogham\u{205F}",
        "\u{2000}\u{2005}\u{200A}", "inner  spaces   stay", "e\u{301} \u{301}", "😀 ", " \u{0B}\u{0C}vt ff",
    ]

    @Test func matchesFoundation() {
        for text in Self.texts {
            let ours = MetadataText.trimmingUnicodeSpace(text)
            let foundation = text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(Array(ours.unicodeScalars) == Array(foundation.unicodeScalars), "\(Array(text.unicodeScalars))")
        }
    }
}
