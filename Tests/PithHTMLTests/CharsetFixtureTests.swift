import Foundation
import Testing
@testable import PithHTML

/// A `Fixtures/pages/charset-<label>/` folder: a page written in a legacy encoding and the
/// snippets its decoded text must contain.
struct CharsetFixture: Sendable, CustomTestStringConvertible {
    let folder: URL
    let pageBytes: [UInt8]
    let httpCharset: String?
    let expectedSnippets: [String]

    /// The encoding the folder is named after, read as a label (`iso-8859-1` → windows-1252).
    var expectedEncoding: TextEncoding? {
        EncodingLabels.encoding(forLabel: folder.lastPathComponent.dropFirst("charset-".count))
    }

    var testDescription: String { folder.lastPathComponent }

    private struct Metadata: Decodable {
        let charset: String?
        let with: [String]
    }

    static func all() -> [CharsetFixture] {
        let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/pages").standardizedFileURL
        let folders = (try? FileManager.default.contentsOfDirectory(at: pages, includingPropertiesForKeys: nil)) ?? []
        return folders.filter { $0.lastPathComponent.hasPrefix("charset-") }.sorted { $0.path < $1.path }.compactMap { folder in
            guard let page = try? Data(contentsOf: folder.appendingPathComponent("page.html")),
                let json = try? Data(contentsOf: folder.appendingPathComponent("fixture.json")),
                let metadata = try? JSONDecoder().decode(Metadata.self, from: json)
            else { return nil }
            return CharsetFixture(folder: folder, pageBytes: Array(page), httpCharset: metadata.charset, expectedSnippets: metadata.with)
        }
    }
}

private func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Suite struct CharsetFixtureTests {
    @Test func everyLegacyCharsetOfTheIssueHasAFixture() {
        let names = Set(CharsetFixture.all().map(\.folder.lastPathComponent))
        for charset in ["windows-1251", "iso-8859-1", "iso-8859-15", "windows-1252", "koi8-r", "shift_jis", "gbk", "euc-kr"] {
            #expect(names.contains("charset-\(charset)"), "missing fixture for \(charset)")
        }
    }

    @Test(arguments: CharsetFixture.all())
    func fixturePageDecodesToItsText(_ fixture: CharsetFixture) throws {
        // The pages are really written in their legacy encoding, not in UTF-8.
        #expect(!UTF8Repair.scan(fixture.pageBytes).isValid)
        let decoded = HTMLDecoder.decode(fixture.pageBytes, declaredCharset: fixture.httpCharset)
        #expect(decoded.encoding == fixture.expectedEncoding?.name)
        #expect(decoded.invalidSequences == 0)
        let document = HTMLParser.parse(utf8: decoded.utf8)
        let text = collapsingWhitespace(document.textContent(document.root))
        for snippet in fixture.expectedSnippets {
            #expect(text.contains(collapsingWhitespace(snippet)), "\(snippet)")
        }
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{FFFD}" })
    }

    @Test func fixturesDeclareTheirCharsetInEachWay() {
        let sources = CharsetFixture.all().map { HTMLDecoder.decode($0.pageBytes, declaredCharset: $0.httpCharset).source }
        #expect(sources.contains(.httpHeader))
        #expect(sources.contains(.metaTag))
        #expect(sources.contains(.sniffed) || sources.contains(.defaultEncoding))
    }
}
