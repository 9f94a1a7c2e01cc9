import Testing
import PithHTML

/// Expressions as site rules write them, each with the nodes it must select in the sample page.
@Suite struct XPathSelectionTests {
    static let siteRuleCases: [(String, [String])] = [
        ("//p", ["#p1", "#p2", "#p3", "#p4", "#p5"]),
        ("//P", ["#p1", "#p2", "#p3", "#p4", "#p5"]),
        ("//div[@id='article']", ["#article"]),
        ("//DIV[@ID=\"article\"]", ["#article"]),
        ("//div[@id='article']//p", ["#p1", "#p2", "#p3"]),
        ("//div[@id='article']/p[2]", ["#p2"]),
        ("//div[@class='c']", ["#footer", "#inner"]),
        ("(//div[@class='c'])[1]", ["#footer"]),
        ("//*[contains(@class,'promo')]", ["#promo", "#side"]),
        ("//div[contains(concat(' ',normalize-space(@class),' '),' promo ')]", ["#promo"]),
        ("//*[contains(concat(' ',normalize-space(@class),' '),' main-content ')]", ["#article"]),
        ("//*[starts-with(@id,'p')]", ["#p1", "#p2", "#promo", "#p3", "#p4", "#p5"]),
        ("//p[@class and @id]", ["#p1"]),
        ("//p[not(@class)]", ["#p2", "#p3", "#p4", "#p5"]),
        ("//p | //h1", ["#h", "#p1", "#p2", "#p3", "#p4", "#p5"]),
        ("//aside | //div[@id='header'] | //aside", ["#header", "#side"]),
        ("/html/body/div", ["#header", "#article", "#footer"]),
        ("/", ["/"]),
        ("/*", ["html"]),
        ("//a[@href='/about']", ["#about"]),
        ("//div[.//b]", ["#article"]),
        ("//body/*[not(self::div)]", ["#side"]),
        ("//div[@id='article']/*[self::h1 or self::ul]", ["#h", "#list"]),
        ("//*[@id='article']/*[1]", ["#h"]),
        ("//node()[@id='home']", ["#home"]),
        ("//comment()", []),
        ("//processing-instruction('x')", []),
        ("//nonexistent", []),
        ("//div[@id='missing']//p", []),
    ]

    static let positionCases: [(String, [String])] = [
        ("//p[2]", ["#p2"]),
        ("(//p)[2]", ["#p2"]),
        ("(//p)[last()]", ["#p5"]),
        ("//p[last()]", ["#p3", "#p4", "#p5"]),
        ("//li[position() = 2]", ["#li2"]),
        ("//li[position() > 1]", ["#li2", "#li3"]),
        ("//li[position() = last() - 1]", ["#li2"]),
        ("//div[@id='article']/p[position() mod 2 = 1]", ["#p1", "#p3"]),
        ("//li[3][. = '10']", ["#li3"]),
        ("//li[. = '10'][1]", ["#li3"]),
        ("//p[../@id='article'][last()]", ["#p3"]),
        ("//li[0]", []),
        ("//li[1.5]", []),
        ("//li[99999999999999999999]", []),
        ("//div[@id='article']/descendant::*[3]", ["#b1"]),
        ("(//li)[position() >= 2][1]", ["#li2"]),
    ]

    static let axisCases: [(String, [String])] = [
        ("//b/..", ["#p1"]),
        ("//b/.", ["#b1"]),
        ("//b/text()", ["\"bold\""]),
        ("//p[@id='p1']/node()", ["\"First \"", "#b1", "\" para\""]),
        ("//text()[contains(., 'Third')]", ["\"Third 3\""]),
        ("//b/ancestor::div", ["#article"]),
        ("//b/ancestor::*", ["html", "body", "#article", "#p1"]),
        ("//b/ancestor::*[1]", ["#p1"]),
        ("//b/ancestor::*[last()]", ["html"]),
        ("//b/ancestor-or-self::*[1]", ["#b1"]),
        ("//div[@id='inner']/ancestor-or-self::div[@class='c']", ["#footer", "#inner"]),
        ("//div[@id='inner']/ancestor-or-self::div[@class='c'][1]", ["#inner"]),
        ("//p[@id='p2']/following-sibling::*", ["#promo", "#p3", "#list"]),
        ("//p[@id='p2']/following-sibling::p[1]", ["#p3"]),
        ("//p[@id='p3']/preceding-sibling::p", ["#p1", "#p2"]),
        ("//p[@id='p3']/preceding-sibling::p[1]", ["#p2"]),
        ("//li/following-sibling::li", ["#li2", "#li3"]),
        ("//li/preceding-sibling::li", ["#li1", "#li2"]),
        ("//ul/following::p", ["#p4", "#p5"]),
        ("//li/following::p", ["#p4", "#p5"]),
        ("//*[@id='b1']/following::text()[1]", ["\" para\""]),
        ("//ul/preceding::h1", ["#h"]),
        ("//p[@id='p4']/preceding::p[1]", ["#p3"]),
        ("//li[@id='li1']/preceding::*", [
            "head", "title", "#header", "#nav", "#home", "#about", "#h", "#p1", "#b1", "#p2", "#promo", "#p3",
        ]),
        ("//li | //li/preceding::li", ["#li1", "#li2", "#li3"]),
        ("//div[@id='footer']/descendant-or-self::div", ["#footer", "#inner"]),
        ("//div/descendant::p", ["#p1", "#p2", "#p3", "#p5"]),
        ("//p/self::p[@id='p4']", ["#p4"]),
        ("//a/@href", []),
        ("//a/@href/..", ["#home", "#about"]),
        ("//a/@href/ancestor::nav", ["#nav"]),
        ("//a/@href//ancestor::nav", ["#nav"]),
        ("//a/@href/descendant-or-self::node()/..", ["#home", "#about"]),
        ("//a[@id='home']/@href/following::*[1]", ["#about"]),
        ("//p[@id='p3']/@lang/following::li[1]", ["#li1"]),
        ("//p[@id='p3']/@lang/preceding::h1", ["#h"]),
        ("//a/attribute::*/self::node()/..", ["#home", "#about"]),
        ("//p[@id='p1']/child::b/parent::p", ["#p1"]),
        ("//b/namespace::*", []),
    ]

    static let comparisonAndFunctionCases: [(String, [String])] = [
        ("//li[. = '2']", ["#li2"]),
        ("//li[. > 1]", ["#li2", "#li3"]),
        ("//li[. < 2]", ["#li1"]),
        ("//li[2 > .]", ["#li1"]),
        ("//ul[li = '10']", ["#list"]),
        ("//ul[li > 5]", ["#list"]),
        ("//ul[li > 20]", []),
        ("//ul[li != '1']", ["#list"]),
        ("//ul[count(li) = 3]", ["#list"]),
        ("//li[sum(../li) = 13]", ["#li1", "#li2", "#li3"]),
        ("//*[@lang]", ["html", "#p3"]),
        ("//p[lang('de')]", ["#p3"]),
        ("//p[lang('EN')]", ["#p1", "#p2", "#p4", "#p5"]),
        ("//*[name()='nav']", ["#nav"]),
        ("//*[local-name()='ASIDE']", []),
        ("//p[string-length(.) = 6]", ["#p2"]),
        ("//p[substring-after(., 'Third ') = '3']", ["#p3"]),
        ("//p[number(substring-after(., 'Third ')) = 3]", ["#p3"]),
        ("//p[translate(@id, 'p', 'P') = 'P5']", ["#p5"]),
        ("id('p2 p4')", ["#p2", "#p4"]),
        ("id(//a/@id)/..", ["#nav"]),
        ("//p[boolean(b)]", ["#p1"]),
        ("//p[b]", ["#p1"]),
        ("//p[true()]", ["#p1", "#p2", "#p3", "#p4", "#p5"]),
        ("//p[false()]", []),
        ("//p[@id = //a/@id]", []),
        ("//a[@id = //nav/a/@id]", ["#home", "#about"]),
        ("//a[@href = '/' or @href = '/about']", ["#home", "#about"]),
        ("//li[. = //li[last()]]", ["#li3"]),
        ("//p[count(//p) = 5][last()]", ["#p3", "#p4", "#p5"]),
        ("//*[@id = id('p2')/@id or @id = (//a)[2]/@id]", ["#about", "#p2"]),
        ("//ul[count(li) = count(/html/body//li)]", ["#list"]),
        ("//p[@class = 'lead' and b = 'bold']", ["#p1"]),
    ]

    @Test(arguments: siteRuleCases + positionCases + axisCases + comparisonAndFunctionCases)
    func selects(_ expression: String, _ expected: [String]) throws {
        #expect(try selectedLabels(expression) == expected, "\(expression)")
    }

    @Test func relativeExpressionsStartAtTheGivenContext() throws {
        let document = xpathSamplePage
        let article = try #require(try XPath.compile("//div[@id='article']").firstNode(in: document))
        let relative = try XPath.compile(".//p")
        #expect(relative.nodes(in: document, context: article).map { label(document, $0) } == ["#p1", "#p2", "#p3"])
        #expect(try XPath.compile("p[1]").nodes(in: document, context: article).map { label(document, $0) } == ["#p1"])
        #expect(try XPath.compile("/html").nodes(in: document, context: article).map { label(document, $0) } == ["html"])
    }

    @Test func contextOutsideTheDocumentSelectsNothing() throws {
        let xpath = try XPath.compile("//p")
        #expect(xpath.nodes(in: xpathSamplePage, context: -1).isEmpty)
        #expect(xpath.nodes(in: xpathSamplePage, context: xpathSamplePage.nodeCount).isEmpty)
        #expect(xpath.evaluate(in: xpathSamplePage, context: 1_000_000) == .nodes([]))
    }

    @Test func attributeValuesComeBackAsStrings() throws {
        #expect(try XPath.compile("//a/@href").strings(in: xpathSamplePage) == ["/", "/about"])
        #expect(try XPath.compile("//p[1]/@id").strings(in: xpathSamplePage) == ["p1", "p4", "p5"])
        #expect(try XPath.compile("//h1").strings(in: xpathSamplePage) == ["Title"])
        #expect(try XPath.compile("count(//li)").strings(in: xpathSamplePage) == ["3"])
    }

    @Test func attributeSelectorsAreRecognised() throws {
        #expect(try XPath.compile("//img/@src").selectsOnlyAttributes)
        #expect(try XPath.compile("@class").selectsOnlyAttributes)
        #expect(try XPath.compile("//a/@href | //img/@src").selectsOnlyAttributes)
        #expect(try !XPath.compile("//a/@href | //img").selectsOnlyAttributes)
        #expect(try !XPath.compile("//div[@class='x']").selectsOnlyAttributes)
    }

    @Test func compiledExpressionsKeepTheirSourceAndCompareByIt() throws {
        let xpath = try XPath.compile("//div[@id='story']")
        #expect(xpath.source == "//div[@id='story']")
        #expect(xpath.description == "//div[@id='story']")
        #expect(xpath == (try XPath.compile("//div[@id='story']")))
        #expect(xpath != (try XPath.compile("//div[@id='other']")))
        #expect(xpath.resultType == .nodeSet)
        #expect(try XPath.compile("count(//p)").resultType == .number)
    }

    @Test(arguments: ["a", "b", "c", "b-c", "B", "a b", "b c", "", " "])
    func classTokenIdiomAgreesWithTheGeneralEvaluation(_ token: String) throws {
        let document = HTMLParser.parse(utf8: Array(("<body><div id='1' class='a  b'></div><div id='2' class='\tb\nc '></div>"
            + "<div id='3' class='b-c'></div><div id='4' class='B'></div><div id='5'></div><div id='6' class=''></div>"
            + "<div id='7' class=' b'></div></body>").utf8))
        let idiom = "//div[contains(concat(' ', normalize-space(@class), ' '), ' \(token) ')]"
        let general = "//div[contains(concat(' ', normalize-space(string(@class)), ' '), ' \(token) ')]"
        #expect(try selectedLabels(idiom, in: document) == selectedLabels(general, in: document))
    }

    @Test func classTokenIdiomMatchesWholeTokensOnly() throws {
        let idiom = "//*[contains(concat(' ', normalize-space(@class), ' '), ' promo ')]"
        #expect(try selectedLabels(idiom) == ["#promo"])
        #expect(try selectedLabels(#"//*[contains(concat(" ",normalize-space(@class)," ")," lead ")]"#) == ["#p1"])
    }

    @Test func deepTreesAreWalkedWithoutRecursion() throws {
        let depth = 3_000
        let html = "<body>" + String(repeating: "<div>", count: depth) + "<p>deep</p>" + String(repeating: "</div>", count: depth) + "</body>"
        let document = HTMLParser.parse(utf8: Array(html.utf8))
        #expect(try XPath.compile("//p/ancestor::div").nodes(in: document).count == depth)
        #expect(try XPath.compile("//div[not(div)]/p/text()").strings(in: document) == ["deep"])
        #expect(try XPath.compile("//p/ancestor::div[\(depth)]/parent::body").nodes(in: document).count == 1)
        #expect(try XPath.compile("(//div)[last()]/ancestor-or-self::*[last()]").strings(in: document) == ["deep"])
        #expect(try XPath.compile("//p/preceding::* | //p/following::*").nodes(in: document).isEmpty)
        #expect(try XPath.compile("string(/)").evaluate(in: document) == .string("deep"))
    }

    @Test func idGivesTheFirstElementWithARepeatedID() throws {
        let document = HTMLParser.parse(utf8: Array(#"<body><p id="x">1</p><p id="x">2</p><p id="y">3</p></body>"#.utf8))
        #expect(try XPath.compile("id('x y x')/text()").nodes(in: document).map { document.text($0) } == ["1", "3"])
    }

    @Test func unknownTagsAndAttributesAreMatchedByName() throws {
        let document = HTMLParser.parse(utf8: Array(#"<body><my-card data-kind="promo">x</my-card><my-card>y</my-card></body>"#.utf8))
        #expect(try selectedLabels("//my-card[@data-kind='promo']", in: document) == ["my-card"])
        #expect(try selectedLabels("//MY-CARD", in: document) == ["my-card", "my-card"])
        #expect(try selectedLabels("//my-card[not(@DATA-KIND)]/text()", in: document) == ["\"y\""])
    }
}
