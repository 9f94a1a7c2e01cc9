@testable import PithExtract
import Testing

/// A page title, what the page says about its site, and the headline a reader expects.
struct TitleCase: Sendable, CustomTestStringConvertible {
    let title: String
    var siteNames: [String] = []
    var host: String?
    var headings: [String] = []
    let expected: String
    var testDescription: String { title }
}

/// Site names, sections and taglines come off the title; headlines that contain separators
/// keep them.
@Suite struct MetadataTitleCleanupTests {
    static let cases: [TitleCase] = [
        TitleCase(title: "Headline about the harbour | Site", siteNames: ["Site"], expected: "Headline about the harbour"),
        TitleCase(title: "The Daily Example: Headline about the harbour", siteNames: ["The Daily Example"],
                  expected: "Headline about the harbour"),
        TitleCase(title: "Headline about the harbour – Example News", host: "www.example-news.com",
                  expected: "Headline about the harbour"),
        TitleCase(title: "Lotte Tobisch ist tot - wien.ORF.at", host: "wien.orf.at", expected: "Lotte Tobisch ist tot"),
        TitleCase(title: "Headline about the harbour | Politics | The Courier", siteNames: ["The Courier"],
                  expected: "Headline about the harbour"),
        TitleCase(title: "der Schreibstil - example.net - Webdesign", host: "example.net", expected: "der Schreibstil"),
        TitleCase(title: "Four Years Remaining » Blog Archive » Interning of Small Integers in Python",
                  headings: ["Four Years Remaining", "Interning of Small Integers in Python"],
                  expected: "Interning of Small Integers in Python"),
        TitleCase(title: "A headline with no site at all", expected: "A headline with no site at all"),
        TitleCase(title: "Sazerac - alles über den Cocktail-Klassiker aus New Orleans",
                  expected: "Sazerac - alles über den Cocktail-Klassiker aus New Orleans"),
        TitleCase(title: "Sazerac - alles über den Cocktail-Klassiker aus New Orleans",
                  headings: ["Sazerac - alles über den Cocktail-Klassiker aus New Orleans"],
                  expected: "Sazerac - alles über den Cocktail-Klassiker aus New Orleans"),
        TitleCase(title: "Klimaschutz: Bohren, bis es heiß wird", expected: "Klimaschutz: Bohren, bis es heiß wird"),
        TitleCase(title: "Why the herring came back | Meridian", expected: "Why the herring came back"),
        TitleCase(title: "Meridian | Why the herring came back to the fjord this spring",
                  expected: "Why the herring came back to the fjord this spring"),
    ]

    @Test(arguments: cases)
    func removesTheSiteName(_ example: TitleCase) {
        let cleanup = TitleCleanup(siteNames: example.siteNames, host: example.host, headings: example.headings)
        #expect(cleanup.clean(example.title) == example.expected)
    }

    @Test func keepsSeparatorsWrittenInsideSegments() {
        let segments = TitleSegments("Headline – with a dash | Site")
        #expect(segments.parts == ["Headline", "with a dash", "Site"])
        #expect(segments.joined(0..<2) == "Headline – with a dash")
    }

    @Test func recognizesSiteNamesFromTheHost() {
        #expect(TitleCleanup.hostKeys("www.zeit.de") == ["zeit", "zeitde"])
        #expect(TitleCleanup.hostKeys("www.bbc.co.uk") == ["bbc", "bbccouk"])
        let cleanup = TitleCleanup(siteNames: [], host: "www.zeit.de", headings: [])
        #expect(cleanup.isSiteName(TextSimilarity.words("ZEIT ONLINE")))
        #expect(!cleanup.isSiteName(TextSimilarity.words("Zeit für einen Neuanfang im Hafen")))
    }
}
