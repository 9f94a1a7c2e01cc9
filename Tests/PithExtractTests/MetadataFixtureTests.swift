import Foundation
import PithExtract
import PithHTML
import Testing
import _PithTestSupport

/// Runs `MetadataExtractor` alone over every fixture page that states metadata, and checks each
/// stated key as a user would: the title and authors exactly, dates by prefix (a fixture may
/// give the day only). A key stated as `null` means the page must give no value: a footer
/// "© 2024" is not a publication date.
@Suite struct MetadataFixtureTests {
    static let metadataKeys = ["title", "authors", "published", "modified", "site_name", "language"]

    /// A fixed "now", so fixtures do not change verdict as time passes.
    static let referenceDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    static let fixtures = PageFixture.all().filter { fixture in
        guard let spec = rawSpec(fixture) else { return false }
        return metadataKeys.contains { spec[$0] != nil }
    }

    /// `fixture.json` as parsed JSON, to tell a key stated as `null` from a missing one.
    static func rawSpec(_ fixture: PageFixture) -> [String: Any]? {
        guard let data = try? Data(contentsOf: fixture.folder.appendingPathComponent("fixture.json")) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func metadata(_ fixture: PageFixture) throws -> ArticleMetadata {
        let decoded = HTMLDecoder.decode(try fixture.pageBytes(), declaredCharset: fixture.spec.charset)
        let document = HTMLParser.parse(utf8: decoded.utf8)
        let extractor = MetadataExtractor(document: document, pageURL: fixture.spec.url, referenceDate: referenceDate)
        return extractor.extract(articleRoot: nil)
    }

    /// Asking for the nodes too must not change the metadata, and the reported nodes are small
    /// elements, never the article.
    @Test(arguments: fixtures)
    func nodesDoNotChangeTheMetadata(_ fixture: PageFixture) throws {
        let decoded = HTMLDecoder.decode(try fixture.pageBytes(), declaredCharset: fixture.spec.charset)
        let document = HTMLParser.parse(utf8: decoded.utf8)
        let extractor = MetadataExtractor(document: document, pageURL: fixture.spec.url, referenceDate: Self.referenceDate)
        let located = extractor.extractWithNodes(articleRoot: nil)
        #expect(located.metadata == extractor.extract(articleRoot: nil))
        for node in located.nodes.byline + located.nodes.dates {
            // Small as a reader sees it: the indentation between elements does not count.
            let visible = document.textContent(node).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(visible.utf8.count <= 300, "reported \(document.tagName(document.tag(node)))")
        }
    }

    @Test func someFixturesStateMetadata() {
        #expect(Self.fixtures.count >= 6)
    }

    @Test(arguments: fixtures)
    func statedMetadata(_ fixture: PageFixture) throws {
        let spec = try #require(Self.rawSpec(fixture))
        let metadata = try Self.metadata(fixture)
        if spec["title"] != nil { #expect(metadata.title == spec["title"] as? String) }
        if spec["authors"] != nil { #expect(metadata.authors == (spec["authors"] as? [String] ?? [])) }
        if spec["site_name"] != nil { #expect(metadata.siteName == spec["site_name"] as? String) }
        if spec["language"] != nil { #expect(metadata.language == spec["language"] as? String) }
        for (key, value) in [("published", metadata.published), ("modified", metadata.modified)] where spec[key] != nil {
            if let expected = spec[key] as? String {
                #expect(value?.hasPrefix(expected) == true, "\(key): \(value ?? "nil"), expected \(expected)")
            } else {
                #expect(value == nil, "\(key): \(value ?? "nil"), expected none")
            }
        }
    }
}
