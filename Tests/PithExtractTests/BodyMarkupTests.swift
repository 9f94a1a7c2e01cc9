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
