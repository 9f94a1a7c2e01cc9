import Foundation
@testable import PithExtract
import PithHTML
import Testing

/// The metadata extractor on small pages, one behaviour each, checked as a reader would.
@Suite struct MetadataExtractorTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    static func extract(_ html: String, url: String? = "https://news.example.com/story", root: String? = nil) -> MetadataExtraction {
        let document = HTMLParser.parse(utf8: Array(html.utf8))
        let rootNode = root.flatMap { tag in (0..<document.nodeCount).first { document.tagName(document.tag($0)) == tag } }
        return MetadataExtractor(document: document, pageURL: url, referenceDate: now).extractWithNodes(articleRoot: rootNode)
    }

    @Test func aFooterCopyrightYearIsNotADate() {
        let result = Self.extract("""
        <html><head><title>Harbour reopens | The Courier</title></head><body>
        <article><h1>Harbour reopens</h1><p>The harbour reopened after a long winter of repairs to the quay walls.</p></article>
        <footer><p>© 2024 The Courier. All rights reserved.</p><p>Updated 2024</p></footer></body></html>
        """)
        #expect(result.metadata.published == nil)
        #expect(result.metadata.title == "Harbour reopens")
    }

    @Test func commentTimestampsAreNotTheArticleDate() {
        let result = Self.extract("""
        <html><head><title>Harbour reopens</title></head><body><article>
        <h1>Harbour reopens</h1><p class="meta">By Jane Doe · 4 March 2024</p>
        <p>The harbour reopened after a long winter of repairs to the quay walls and the old crane.</p></article>
        <section class="comments"><h2>3 Comments</h2>
        <div class="comment"><span class="author">Tom</span> <time datetime="2024-03-09T10:00:00Z">9 March 2024</time><p>Great news.</p></div>
        </section></body></html>
        """)
        #expect(result.metadata.published == "2024-03-04")
        #expect(result.metadata.authors == ["Jane Doe"])
    }

    @Test func aPageWithOnlyCommentDatesHasNoDate() {
        let result = Self.extract("""
        <html><body><div class="post"><h1>Harbour reopens</h1>
        <p>The harbour reopened after a long winter of repairs to the quay walls and the old crane.</p></div>
        <div id="comments"><h3>Leave a reply</h3><p>Tom, 9 March 2024 at 10:00</p><p>Great news.</p></div></body></html>
        """)
        #expect(result.metadata.published == nil)
    }

    @Test func futureDatesAndDatesBefore1995AreRefused() {
        let result = Self.extract("""
        <html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z">
        <meta name="date" content="1990-05-05"><meta name="dc.date" content="2024-02-02"></head>
        <body><h1>Harbour reopens</h1></body></html>
        """)
        #expect(result.metadata.published == "2024-02-02")
    }

    @Test func aDateInTheURLIsTheLastResort() {
        let page = "<html><body><h1>Harbour reopens</h1><p>Text.</p></body></html>"
        #expect(Self.extract(page, url: "https://news.example.com/2024/03/04/harbour").metadata.published == "2024-03-04")
        #expect(Self.extract(page, url: "https://news.example.com/harbour").metadata.published == nil)
    }

    @Test func declaredAuthorsWinOverTheVisibleByline() {
        let result = Self.extract("""
        <html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Harbour reopens",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}
        </script></head><body><h1>Harbour reopens</h1><p class="byline">By Courier Staff and Agencies</p></body></html>
        """)
        #expect(result.metadata.authors == ["Jane Doe", "John Roe"])
    }

    @Test func anAuthorMetaThatIsAURLIsIgnored() {
        let result = Self.extract("""
        <html><head><meta property="article:author" content="https://www.facebook.com/courier">
        <meta name="author" content="Jane Doe"></head><body><h1>Harbour</h1></body></html>
        """)
        #expect(result.metadata.authors == ["Jane Doe"])
    }

    @Test func aDeclaredAuthorThatIsTheSiteAndItsPlaceIsRefused() {
        let result = Self.extract("""
        <html><head><meta property="og:site_name" content="The Courier">
        <meta name="author" content="The Courier, Bristol, UK"></head>
        <body><h1>Harbour reopens</h1><p class="byline">By Jane Doe</p></body></html>
        """)
        #expect(result.metadata.authors == ["Jane Doe"])
    }

    @Test func normalizesLanguageTags() {
        let page = { (lang: String) in "<html lang=\"\(lang)\"><body><h1>Harbour</h1></body></html>" }
        #expect(Self.extract(page("en_us")).metadata.language == "en-US")
        #expect(Self.extract(page("pt-br")).metadata.language == "pt-BR")
        #expect(Self.extract(page("zh-hant-tw")).metadata.language == "zh-Hant-TW")
        #expect(Self.extract(page("{{lang}}")).metadata.language == nil)
        let locale = Self.extract("<html><head><meta property=\"og:locale\" content=\"de_DE\"></head><body></body></html>")
        #expect(locale.metadata.language == "de-DE")
    }

    @Test func makesURLsAbsolute() {
        let result = Self.extract("""
        <html><head><base href="https://cdn.example.com/site/"><link rel="canonical" href="/story?id=4">
        <meta property="og:image" content="img/lead.jpg"></head><body></body></html>
        """, url: "https://news.example.com/a/b")
        #expect(result.metadata.canonicalURL == "https://cdn.example.com/story?id=4")
        #expect(result.metadata.image == "https://cdn.example.com/site/img/lead.jpg")
    }

    @Test func collectsTagsWithoutDuplicates() {
        let result = Self.extract("""
        <html><head><meta property="article:tag" content="Harbour"><meta property="article:tag" content="Shipping">
        <meta name="keywords" content="harbour, quay walls; cranes"></head>
        <body><article><h1>Harbour</h1><a rel="tag" href="/t/winter">Winter</a></article></body></html>
        """)
        #expect(result.metadata.tags == ["Harbour", "Shipping", "quay walls", "cranes", "Winter"])
    }

    @Test func reportsWhereTheTitleBylineAndDateAre() {
        let html = """
        <html><head><title>Harbour reopens | The Courier</title></head><body><article>
        <h1>Harbour reopens</h1><p class="byline">By Jane Doe</p><p class="dateline">4 March 2024</p>
        <p>The harbour reopened after a long winter of repairs to the quay walls and the old crane.</p></article></body></html>
        """
        let document = HTMLParser.parse(utf8: Array(html.utf8))
        let result = MetadataExtractor(document: document, pageURL: nil, referenceDate: Self.now).extractWithNodes(articleRoot: nil)
        #expect(result.nodes.titleHeading.map { document.tag($0) } == .h1)
        #expect(result.nodes.byline.map { document.textContent($0) } == ["By Jane Doe"])
        #expect(result.nodes.dates.map { document.textContent($0) } == ["4 March 2024"])
    }

    @Test func exposesTheStructuredArticleBody() {
        let document = HTMLParser.parse(utf8: Array("""
        <html><head><script type="application/ld+json">{"@type": "Article", "articleBody": "  Body &amp; more.  "}</script></head></html>
        """.utf8))
        #expect(MetadataExtractor(document: document, pageURL: nil).structuredArticleBody() == "Body & more.")
        #expect(MetadataExtractor(document: HTMLParser.parse(utf8: Array("<p>x</p>".utf8)), pageURL: nil).structuredArticleBody() == nil)
    }

    @Test func badInputGivesEmptyMetadataWithoutCrashing() {
        for html in ["", "<html>", "<<<>>>", String(repeating: "<div>", count: 2000), "<meta content><time datetime>"] {
            let result = Self.extract(html, url: "not a url")
            #expect(result.metadata.title == nil)
            #expect(result.metadata.published == nil)
        }
    }
}
