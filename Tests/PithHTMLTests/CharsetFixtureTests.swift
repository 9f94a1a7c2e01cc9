import Testing
import _PithTestSupport
@testable import PithHTML

/// The `Fixtures/pages/charset-<label>/` fixtures: pages written in a legacy encoding.
private let charsetFixtures = PageFixture.all().filter { $0.slug.hasPrefix("charset-") }

/// The encoding a charset fixture is named after, read as a label (`iso-8859-1` → windows-1252).
private func namedEncoding(_ fixture: PageFixture) -> TextEncoding? {
    EncodingLabels.encoding(forLabel: fixture.slug.dropFirst("charset-".count))
}

private func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Suite struct CharsetFixtureTests {
    @Test func everyLegacyCharsetOfTheIssueHasAFixture() {
        let names = Set(charsetFixtures.map(\.slug))
        for charset in ["windows-1251", "iso-8859-1", "iso-8859-15", "windows-1252", "koi8-r", "shift_jis", "gbk", "euc-kr"] {
            #expect(names.contains("charset-\(charset)"), "missing fixture for \(charset)")
        }
    }

    @Test(arguments: charsetFixtures)
    func fixturePageDecodesToItsText(_ fixture: PageFixture) throws {
        let bytes = try fixture.pageBytes()
        // The pages are really written in their legacy encoding, not in UTF-8.
        #expect(!UTF8Repair.scan(bytes).isValid)
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: fixture.spec.charset)
        #expect(decoded.encoding == namedEncoding(fixture)?.name)
        #expect(decoded.invalidSequences == 0)
        let document = HTMLParser.parse(utf8: decoded.utf8)
        let text = collapsingWhitespace(document.textContent(document.root))
        for snippet in fixture.spec.with ?? [] {
            #expect(text.contains(collapsingWhitespace(snippet)), "\(snippet)")
        }
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{FFFD}" })
    }

    @Test func fixturesDeclareTheirCharsetInEachWay() {
        let sources = charsetFixtures.map { HTMLDecoder.decode((try? $0.pageBytes()) ?? [], declaredCharset: $0.spec.charset).source }
        #expect(sources.contains(.httpHeader))
        #expect(sources.contains(.metaTag))
        #expect(sources.contains(.sniffed) || sources.contains(.defaultEncoding))
    }
}
