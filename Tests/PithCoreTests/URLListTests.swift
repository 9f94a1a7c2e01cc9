import Foundation
import Testing

@testable import PithCore

/// Reading `pith scrape`'s list of URLs.
@Suite struct URLListTests {
    @Test func commentsBlanksAndWhitespaceAreIgnored() {
        let list = URLList(parsing: """
            # news to archive
            https://example.com/a

              https://example.com/b\t
            \r
            #https://example.com/commented
            http://example.org/c\r
            file:///tmp/page.html
            """)
        #expect(list.urls == ["https://example.com/a", "https://example.com/b", "http://example.org/c", "file:///tmp/page.html"])
        #expect(list.invalid.isEmpty)
    }

    @Test func invalidLinesAreReportedWithTheirNumber() {
        let list = URLList(parsing: """
            https://example.com/a
            example.com/no-scheme
            ftp://example.com/file
            https://exa mple.com/space
            mailto:someone@example.com
            http:///no-host
            https://example.com/b
            """)
        #expect(list.urls == ["https://example.com/a", "https://example.com/b"])
        #expect(list.invalid.map(\.number) == [2, 3, 4, 5, 6])
        #expect(list.invalid.first?.description == "line 2: not an http, https or file URL: example.com/no-scheme")
    }

    @Test func duplicatesAreFetchedOnceInFirstSeenOrder() {
        let list = URLList(parsing: """
            https://example.com/b
            https://example.com/a
            https://example.com/b
            https://example.com/a#comments
            https://example.com/b
            """)
        #expect(list.urls == ["https://example.com/b", "https://example.com/a"])
        #expect(list.duplicates == 3)
    }

    @Test func nonASCIIIsPercentEncoded() {
        let list = URLList(parsing: "https://example.com/café\n")
        #expect(list.urls == ["https://example.com/caf%C3%A9"])
    }

    @Test func asciiListsAreSplitAndTrimmedLikeAnyText() {
        // ASCII text takes a fast path on bytes; it must cut and trim where Character does.
        let text = "a\r\nb\n\rc\u{0B}d\u{0C}e\r\r\n \t f \t\n\n  g  \r"
        let general = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(URLList.trimmedLines(of: text) == general)
        #expect(URLList.trimmedLines(of: "") == [""])
        #expect(URLList.trimmedLines(of: "x\u{2028}y\u{85}z") == ["x", "y", "z"])
    }

    @Test func anUnreadableListIsAnError() {
        #expect(throws: URLListError.self) { try URLList.read(path: "/nonexistent/urls.txt") }
    }
}
