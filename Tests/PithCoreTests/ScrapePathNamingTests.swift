import Foundation
import Testing

@testable import PithCore

/// Where `pith scrape` (and `pith run`'s output folder) put each URL's file.
@Suite struct ScrapePathNamingTests {
    static let table: [(url: String, path: String)] = [
        ("https://example.com/", "example.com/index.json"),
        ("https://example.com", "example.com/index.json"),
        ("https://Example.COM/news/", "example.com/news/index.json"),
        ("https://example.com/news/story.html", "example.com/news/story.html.json"),
        ("https://example.com/a//b", "example.com/a/b.json"),
        ("http://example.com:8080/a", "example.com_8080/a.json"),
        ("http://example.com:80/a", "example.com/a.json"),
        ("https://example.com:443/a", "example.com/a.json"),
        ("http://127.0.0.2:4711/", "127.0.0.2_4711/index.json"),
        // Unsafe characters are percent-encoded; the encoding is normalized to upper case.
        ("https://example.com/a%20b/c%3fd", "example.com/a%20b/c%3Fd.json"),
        ("https://example.com/caf%C3%A9", "example.com/caf%C3%A9.json"),
        ("https://example.com/a%2Fb", "example.com/a%2Fb.json"),
        ("https://example.com/100%25", "example.com/100%25.json"),
        ("https://example.com/a:b@c", "example.com/a%3Ab%40c.json"),
        // Climbing out of the folder, however spelled, stays inside it.
        ("http://h/../../etc/passwd", "h/%2E%2E/%2E%2E/etc/passwd.json"),
        ("http://h/%2e%2e/%2E%2E/etc/passwd", "h/%2E%2E/%2E%2E/etc/passwd.json"),
        ("http://h/./a/.", "h/%2E/a/%2E.json"),
        ("http://h/.../x", "h/%2E%2E%2E/x.json"),
        ("http://h/.hidden", "h/%2Ehidden.json"),
        ("http://h/a/..%2f..%2fb", "h/a/%2E.%2F..%2Fb.json"),
        ("http://h/%00", "h/%00.json"),
        ("file:///tmp/page.html", "_file/tmp/page.html.json"),
        // A host spelled like the scrape's index file cannot take its place.
        ("http://index.jsonl/", "index%2Ejsonl/index.json"),
        ("http://INDEX.JSONL:8080/a", "index.jsonl_8080/a.json"),
        // The README's example.
        ("https://example.org/search?q=harbour", "example.org/search__34ffbdc4a772.json"),
    ]

    @Test(arguments: table)
    func naming(_ row: (url: String, path: String)) {
        #expect(ScrapePathNaming.relativePath(for: row.url, fileExtension: "json") == row.path)
    }

    @Test func theFormatsExtensionIsAppended() {
        #expect(ScrapePathNaming.relativePath(for: "https://example.com/a.html", fileExtension: "html") == "example.com/a.html.html")
        #expect(ScrapePathNaming.relativePath(for: "https://example.com/", fileExtension: "md") == "example.com/index.md")
    }

    @Test func aQueryBecomesAShortHashOfIt() throws {
        let first = try #require(ScrapePathNaming.relativePath(for: "https://example.com/search?q=1", fileExtension: "json"))
        let second = try #require(ScrapePathNaming.relativePath(for: "https://example.com/search?q=2", fileExtension: "json"))
        let again = ScrapePathNaming.relativePath(for: "https://example.com/search?q=1", fileExtension: "json")
        #expect(first.wholeMatch(of: /example\.com\/search__[0-9a-f]{12}\.json/) != nil)
        #expect(first != second)
        #expect(first == again)
        let index = try #require(ScrapePathNaming.relativePath(for: "https://example.com/?page=2", fileExtension: "json"))
        #expect(index.wholeMatch(of: /example\.com\/index__[0-9a-f]{12}\.json/) != nil)
        #expect(ScrapePathNaming.relativePath(for: "https://example.com/search?", fileExtension: "json") == "example.com/search.json")
    }

    @Test func longSegmentsAreCutWithAHashSoTheyStayApart() throws {
        let long = String(repeating: "a", count: 300)
        let first = try #require(ScrapePathNaming.relativePath(for: "https://example.com/\(long)x/end", fileExtension: "json"))
        let second = try #require(ScrapePathNaming.relativePath(for: "https://example.com/\(long)y/end", fileExtension: "json"))
        #expect(first != second)
        for path in [first, second] {
            #expect(path.split(separator: "/").allSatisfy { $0.utf8.count <= ScrapePathNaming.maxSegmentBytes })
            #expect(path.hasSuffix("/end.json"))
        }
        // A cut never splits a %XX escape.
        let encoded = try #require(ScrapePathNaming.relativePath(for: "https://example.com/" + String(repeating: "%C3%A9", count: 60), fileExtension: "json"))
        let name = String(encoded.split(separator: "/")[1])
        #expect(name.utf8.count <= ScrapePathNaming.maxSegmentBytes + ".json".utf8.count)
        #expect(name.wholeMatch(of: /(%C3%A9)+%?C?3?-[0-9a-f]{12}\.json/) != nil)
        #expect(!name.contains("%-") && !name.contains("%C-"))
    }

    @Test(arguments: [
        "http://h/../../etc/passwd", "http://h/%2e%2e/%2e%2e/%2e%2e/x", "http://h/a/../../../../b", "http://../x",
        "http://h/%2F..%2F..%2Fx", "http://h/\u{0}", "file:///../../etc/passwd",
    ])
    func noURLWritesOutsideTheFolder(_ url: String) throws {
        guard let path = ScrapePathNaming.relativePath(for: url, fileExtension: "json") else { return }
        let folder = URL(fileURLWithPath: "/srv/out")
        let resolved = folder.appendingPathComponent(path).standardizedFileURL.path
        #expect(resolved.hasPrefix("/srv/out/"), "\(url) → \(path)")
        #expect(!path.split(separator: "/").contains { $0 == "." || $0 == ".." || $0.hasPrefix(".") || $0.isEmpty })
    }
}
