import Testing

@testable import PithFetch

/// Content-Type parsing: the ASCII fast path must agree with the general one.
@Suite struct HTTPHeaderValuesTests {
    @Test(arguments: [
        "text/html", "Text/HTML; charset=UTF-8", "text/html;charset=\"utf-8\"", "text/html; charset='iso-8859-1' ",
        " ;charset=x", ";;text/html;;", "text/html; foo=bar; CharSet = windows-1252", "text/html; charset=",
        "text/html; charset", "\t application/xhtml+xml \t; charset=a; charset=b", ";", " ", "a=b",
    ])
    func asciiValuesParseAsInGeneral(_ value: String) {
        let fast = HTTPHeaderValues.asciiContentType(value)
        let general = HTTPHeaderValues.generalContentType(value)
        #expect(fast?.mediaType == general.mediaType)
        #expect(fast?.charset == general.charset)
    }

    @Test func nonASCIIValuesTakeTheGeneralPath() {
        #expect(HTTPHeaderValues.asciiContentType("text/html; charset=é") == nil)
        #expect(HTTPHeaderValues.contentType("text/html; charset=é").charset == "é")
    }
}
