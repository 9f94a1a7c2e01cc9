import Foundation
import PithExtract
import Testing
import _PithTestSupport

/// Every page in `Fixtures/pages` is extracted and checked as a user would check it: the
/// snippets that must and must not appear, closeness to the hand-written article text, and the
/// metadata the page states.
@Suite struct FixtureTests {
    static let fixtures = PageFixture.all()
    /// Every fixture's shingle F1 against its expected text must reach this, unless the
    /// fixture sets its own `min_f1`.
    static let perFixtureFloor = 0.90
    /// The mean over all fixtures: the score floor the extractor may not drop below.
    static let meanFloor = 0.97

    static func extract(_ fixture: PageFixture) throws -> Article {
        try ArticleExtractor().extract(ExtractionInput(
            bytes: fixture.pageBytes(), declaredCharset: fixture.spec.charset, url: fixture.spec.url))
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 1)
    }

    @Test(arguments: fixtures)
    func snippets(_ fixture: PageFixture) throws {
        if fixture.spec.expectNoArticle == true {
            #expect { try Self.extract(fixture) } throws: { error in
                (error as? ExtractionError)?.kind == "no_article"
            }
            return
        }
        let article = try Self.extract(fixture)
        if let strategy = fixture.spec.strategy { #expect(article.strategy == strategy) }
        for snippet in fixture.spec.with ?? [] {
            #expect(containsSnippet(article.text, snippet), "missing: \(snippet)")
        }
        for snippet in fixture.spec.without ?? [] {
            #expect(!containsSnippet(article.text, snippet), "kept boilerplate: \(snippet)")
        }
    }

    @Test(arguments: fixtures)
    func matchesExpectedText(_ fixture: PageFixture) throws {
        guard fixture.spec.expectNoArticle != true, let expected = fixture.expectedText() else { return }
        let article = try Self.extract(fixture)
        let score = ShingleScore.score(extracted: article.text, expected: expected)
        let floor = fixture.spec.minF1 ?? Self.perFixtureFloor
        #expect(score.f1 >= floor, "F1 \(score.f1) (P \(score.precision), R \(score.recall)) below \(floor)")
    }

    @Test func meanScoreOverAllFixturesStaysAboveTheFloor() throws {
        var scores: [Double] = []
        for fixture in Self.fixtures where fixture.spec.expectNoArticle != true {
            guard let expected = fixture.expectedText() else { continue }
            let text = (try? Self.extract(fixture))?.text ?? ""
            scores.append(ShingleScore.score(extracted: text, expected: expected).f1)
        }
        let mean = scores.reduce(0, +) / Double(max(scores.count, 1))
        #expect(mean >= Self.meanFloor, "mean F1 \(mean) over \(scores.count) fixtures")
    }

    @Test(arguments: fixtures)
    func statedMetadata(_ fixture: PageFixture) throws {
        guard fixture.spec.expectNoArticle != true else { return }
        let metadata = try Self.extract(fixture).metadata
        if let title = fixture.spec.title { #expect(metadata.title == title) }
        if let authors = fixture.spec.authors { #expect(metadata.authors == authors) }
        if let published = fixture.spec.published { #expect(metadata.published?.hasPrefix(published) == true, "published \(metadata.published ?? "nil")") }
        if let modified = fixture.spec.modified { #expect(metadata.modified?.hasPrefix(modified) == true) }
        if let language = fixture.spec.language { #expect(metadata.language == language) }
        if let siteName = fixture.spec.siteName { #expect(metadata.siteName == siteName) }
    }

    @Test(arguments: fixtures)
    func extractingTwiceGivesIdenticalBytes(_ fixture: PageFixture) throws {
        guard fixture.spec.expectNoArticle != true else { return }
        let first = try Self.extract(fixture)
        let second = try Self.extract(fixture)
        for format in ArticleFormat.allCases {
            #expect(first.rendered(as: format) == second.rendered(as: format))
        }
    }
}
