import PithExtract
import PithHTML
import Testing

/// Site rules: compiling their selectors, finding the rule for a host, and what they select.
@Suite struct SiteRuleTests {
    static let page = HTMLParser.parse(utf8: Array("""
        <html><body><div id="top"><nav>menu</nav></div>
        <div id="story"><h1>Title</h1><p>One</p><div class="promo box">Buy</div><p>Two</p>
        <aside><p>Aside</p></aside></div>
        <div id="story">Second story with the same id</div>
        <aside class="promo">Side</aside></body></html>
        """.utf8))

    static func describe(_ node: HTMLDocument.Node) -> String {
        let tag = page.tagName(page.tag(node))
        if let id = page.attribute(.id, of: node) { return "\(tag)#\(id)" }
        if let classes = page.attribute(.class, of: node) { return "\(tag).\(classes)" }
        return tag
    }

    @Test func selectsTheFirstContentMatchAndEveryStripMatch() throws {
        let rule = try SiteRule(content: "//div[@id='story']", strip: ["//div[contains(@class,'promo')]", "//aside"])
        let match = rule.match(in: Self.page)
        #expect(match.content.map(Self.describe) == "div#story")
        #expect(match.strip.map { Self.describe($0.node) } == ["div.promo box", "aside", "aside.promo"])
        #expect(match.strip.map(\.selector) == [0, 1, 1])
    }

    @Test func aNodeTwoSelectorsMatchIsStrippedOnceAndCreditedToTheFirst() throws {
        let rule = try SiteRule(content: nil, strip: ["//aside", "//*[contains(@class,'promo')]"])
        let match = rule.match(in: Self.page)
        #expect(match.content == nil)
        #expect(match.strip.map { Self.describe($0.node) } == ["div.promo box", "aside", "aside.promo"])
        #expect(match.strip.map(\.selector) == [1, 0, 0])
    }

    @Test func contentSkipsTextMatchesAndTheRootIsNeverStripped() throws {
        let rule = try SiteRule(content: "//h1/text() | //p", strip: ["/", "//nav/text()"])
        let match = rule.match(in: Self.page)
        #expect(match.content.map(Self.describe) == "p")
        #expect(match.strip.count == 1)
        #expect(match.strip.first.map { Self.page.isText($0.node) } == true)
    }

    @Test func noMatchGivesNothing() throws {
        let match = try SiteRule(content: "//article", strip: ["//footer"]).match(in: Self.page)
        #expect(match == SiteRuleMatch())
    }

    @Test func compiledSelectorsKeepTheirSource() throws {
        let rule = try SiteRule(content: "//div[@id='story']", strip: ["//aside", "//nav"])
        #expect(rule.content?.source == "//div[@id='story']")
        #expect(rule.strip.map(\.source) == ["//aside", "//nav"])
        #expect(rule == SiteRule(content: try XPath.compile("//div[@id='story']"), strip: [try XPath.compile("//aside"), try XPath.compile("//nav")]))
    }

    @Test func badSelectorsAreRefusedWithTheFieldThatHoldsThem() {
        #expect(throws: SiteRuleError.invalidXPath(
            field: "strip[2]", XPathError(expression: "//div[", column: 7, problem: .unexpectedEnd(
                expected: "an expression (a path, a string, a number or a function call)")))) {
            try SiteRule(content: "//main", strip: ["//aside", "//div["])
        }
        #expect(throws: SiteRuleError.notANodeSet(field: "content", source: "count(//p)", type: .number)) {
            try SiteRule(content: "count(//p)", strip: [])
        }
        #expect(throws: SiteRuleError.selectsAttributes(field: "strip[1]", source: "//img/@srcset")) {
            try SiteRule(content: nil, strip: ["//img/@srcset"])
        }
        #expect(SiteRuleError.selectsAttributes(field: "strip[1]", source: "//img/@srcset").description
            == #"strip[1]: "//img/@srcset" selects attributes; a selector must select elements (drop the final /@...)"#)
    }

    static let rules = SiteRules([
        "example.org": try! SiteRule(content: "//div[@id='a']", strip: []),
        "news.example.org": try! SiteRule(content: "//div[@id='b']", strip: []),
        "*.Other.NET": try! SiteRule(content: "//div[@id='c']", strip: []),
        "not a host": try! SiteRule(content: "//div[@id='d']", strip: []),
    ])

    @Test(arguments: [
        ("example.org", "//div[@id='a']"),
        ("www.example.org", "//div[@id='a']"),
        ("WWW.EXAMPLE.ORG", "//div[@id='a']"),
        ("example.org:8080", "//div[@id='a']"),
        ("example.org.", "//div[@id='a']"),
        ("news.example.org", "//div[@id='b']"),
        ("eu.news.example.org", "//div[@id='b']"),
        ("other.net", "//div[@id='c']"),
        ("a.b.other.net", "//div[@id='c']"),
        ("notexample.org", nil),
        ("example.org.evil.com", nil),
        ("org", nil),
        ("", nil),
        ("exa mple.org", nil),
    ] as [(String, String?)])
    func findsTheMostSpecificRuleForAHost(_ host: String, _ expected: String?) {
        #expect(Self.rules.rule(forHost: host)?.content?.source == expected)
    }

    @Test func findsTheRuleForAURL() {
        #expect(Self.rules.rule(forURL: "https://user:pw@www.news.example.org:8443/x?y#z")?.content?.source == "//div[@id='b']")
        #expect(Self.rules.rule(forURL: "http://example.org")?.content?.source == "//div[@id='a']")
        #expect(Self.rules.rule(forURL: "example.org/path") == nil)
    }

    @Test func hostsAreNormalizedForKeys() {
        #expect(SiteRules.normalizedHost(" Example.ORG ") == "example.org")
        #expect(SiteRules.normalizedHost("[::1]:8080") == "::1")
        #expect(SiteRules.normalizedHost("bücher.de") == "bücher.de")
        #expect(SiteRules.normalizedHost("https://example.org/") == nil)
        #expect(SiteRules.normalizedHost("example..org") == nil)
        #expect(SiteRules.normalizedHost("example.org:port") == nil)
        #expect(Self.rules.byHost.keys.sorted() == ["example.org", "news.example.org", "other.net"])
    }
}
