import Testing

@testable import PithFetch

/// Content-Type as servers write it: any case, spacing, quoting and parameter order.
@Suite struct HTTPHeaderValuesTests {
    @Test(arguments: [
        ("text/html", "text/html", nil),
        ("Text/HTML; charset=UTF-8", "text/html", "UTF-8"),
        ("text/html;charset=\"utf-8\"", "text/html", "utf-8"),
        ("text/html; charset='iso-8859-1' ", "text/html", "iso-8859-1"),
        ("text/html; foo=bar; CharSet = windows-1252", "text/html", "windows-1252"),
        ("\t application/xhtml+xml \t; charset=a; charset=b", "application/xhtml+xml", "b"),
        (";;text/html;;", "text/html", nil),
        ("text/html; charset=", "text/html", nil),
        ("text/html; charset", "text/html", nil),
        ("text/html; charset=é", "text/html", "é"),
        (" ", nil, nil),
        (";", nil, nil),
    ] as [(String, String?, String?)])
    func readsMediaTypeAndCharset(_ value: String, mediaType: String?, charset: String?) {
        let parsed = HTTPHeaderValues.contentType(value)
        #expect(parsed.mediaType == mediaType)
        #expect(parsed.charset == charset)
    }
}
