@testable import PithExtract
import Testing

/// JSON-LD as real pages ship it, valid and broken: what the article node says comes out, and
/// broken scripts degrade to what can still be read, never to a crash.
@Suite struct MetadataLinkedDataTests {
    @Test func readsAnArticleWithPersonsAndPublisher() {
        let summary = LinkedDataSummary(scripts: [#"""
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens",
         "datePublished": "2024-03-04T08:00:00+01:00", "dateModified": "2024-03-05T10:00:00+01:00",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "The Courier"}, "inLanguage": "en-GB",
         "image": {"@type": "ImageObject", "url": "https://example.com/a.jpg"}, "keywords": "harbour, shipping",
         "articleBody": "The harbour reopened on Monday."}
        """#])
        #expect(summary.headline == "Harbour reopens")
        #expect(summary.authors.map(\.name) == ["Jane Doe", "John Roe"])
        #expect(summary.published == "2024-03-04T08:00:00+01:00")
        #expect(summary.modified == "2024-03-05T10:00:00+01:00")
        #expect(summary.publisher == "The Courier")
        #expect(summary.language == "en-GB")
        #expect(summary.image == "https://example.com/a.jpg")
        #expect(summary.keywords == ["harbour", "shipping"])
        #expect(summary.cleanArticleBody == "The harbour reopened on Monday.")
    }

    @Test func followsGraphReferences() {
        let summary = LinkedDataSummary(scripts: [#"""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://example.com/#site", "name": "Example Site"},
          {"@type": "WebPage", "@id": "https://example.com/a#page", "name": "Harbour reopens - Example Site"},
          {"@type": "Article", "headline": "Harbour reopens", "author": {"@id": "https://example.com/#jane"},
           "publisher": {"@id": "https://example.com/#org"}, "datePublished": "2024-03-04"},
          {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe"},
          {"@type": "Organization", "@id": "https://example.com/#org", "name": "Example Media"}]}
        """#])
        #expect(summary.headline == "Harbour reopens")
        #expect(summary.authors == [AuthorCandidate(name: "Jane Doe", isOrganization: false)])
        #expect(summary.publisher == "Example Media")
        #expect(summary.websiteName == "Example Site")
        #expect(summary.published == "2024-03-04")
    }

    /// Broken scripts as pages ship them, and what must still be read from each.
    static let malformed: [(String, String?)] = [
        (#"{"@type": "Article", "headline": "Trailing comma", "author": "Jane Doe",}"#, "Trailing comma"),
        ("<!--\n{\"@type\": \"Article\", \"headline\": \"In a comment\"}\n-->", "In a comment"),
        ("//<![CDATA[\n{\"@type\": \"Article\", \"headline\": \"In CDATA\"}\n//]]>", "In CDATA"),
        ("{\"@type\": \"Article\", \"headline\": \"Raw\nnewline\"}", "Raw newline"),
        (#"{"@type": "WebSite", "name": "Site"}{"@type": "Article", "headline": "Second object"}"#, "Second object"),
        (#"[{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", "headline": "In an array"}]"#, "In an array"),
        (#"{"@type": ["Article", "NewsArticle"], "headline": "Type array &amp; entity"}"#, "Type array & entity"),
        (#"{"@type": "Article", "headline": "#, nil),
        ("not json at all", nil),
        ("", nil),
    ]

    @Test(arguments: malformed)
    func degradesGracefully(_ example: (String, String?)) {
        #expect(LinkedDataSummary(scripts: [example.0]).headline == example.1)
    }

    @Test func prefersTheArticleOverThePage() {
        let summary = LinkedDataSummary(scripts: [
            #"{"@type": "WebPage", "name": "Page name", "datePublished": "2020-01-01"}"#,
            #"{"@type": "BlogPosting", "headline": "Post headline", "datePublished": "2024-02-02"}"#,
        ])
        #expect(summary.headline == "Post headline")
        #expect(summary.published == "2024-02-02")
    }
}
