import Testing
@testable import PithHTML

private func prescan(_ html: String) -> TextEncoding? {
    CharsetPrescan.declaredEncoding(in: Array(html.utf8))?.encoding
}

@Suite struct CharsetPrescanTests {
    @Test func findsMetaCharsetInItsUsualForms() {
        #expect(prescan("<html><head><meta charset=\"windows-1251\">") == .windows1251)
        #expect(prescan("<META CHARSET='KOI8-R'>") == .koi8R)
        #expect(prescan("<meta charset=shift_jis/>") == nil)  // the value runs to the `>`: "shift_jis/" is no label
        #expect(prescan("<meta charset=shift_jis >") == .shiftJIS)
        #expect(prescan("<meta\ncharset = \" euc-kr \" >") == .eucKR)
        #expect(prescan("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">") == .iso8859_2)
        #expect(prescan("<meta content='text/html;charset=\"gb2312\"' http-equiv='content-type'>") == .gbk)
    }

    @Test func contentNeedsHttpEquivContentType() {
        #expect(prescan("<meta name=description content=\"charset=koi8-r\"><meta charset=utf-8>") == .utf8)
        #expect(prescan("<meta http-equiv=refresh content=\"0; charset=koi8-r\">") == nil)
    }

    @Test func skipsCommentsAndAttributesOfOtherTags() {
        #expect(prescan("<!-- <meta charset=koi8-r> --><meta charset=windows-1250>") == .windows1250)
        #expect(prescan("<!--><meta charset=koi8-r>") == .koi8R)  // `<!-->` is a whole comment
        #expect(prescan("<div title='<meta charset=koi8-r>'><meta charset=iso-8859-15>") == .iso8859_15)
        #expect(prescan("<script charset=\"koi8-r\" src=x.js></script>") == nil)
        #expect(prescan("<link rel=stylesheet charset=windows-1251 href=a.css>") == nil)
    }

    @Test func unknownLabelsAreIgnoredAndLaterMetasStillCount() {
        #expect(prescan("<meta charset=klingon><meta charset=big5>") == .big5)
        #expect(prescan("<meta charset=iso-2022-kr><meta charset=euc-jp>") == .eucJP)
    }

    @Test func firstOfDuplicateAttributesWins() {
        #expect(prescan("<meta charset=koi8-u charset=koi8-r>") == .koi8U)
    }

    @Test func utf16InAMetaMeansUTF8() {
        #expect(prescan("<meta charset=utf-16le>") == .utf8)
        #expect(prescan("<meta charset=UTF-16>") == .utf8)
    }

    @Test func readsTheXMLDeclaration() {
        let found = CharsetPrescan.declaredEncoding(in: Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>".utf8))
        #expect(found?.encoding == .windows1252)
        #expect(found?.origin == .xmlDeclaration)
        // A meta wins over the declaration.
        #expect(prescan("<?xml version='1.0' encoding='iso-8859-1'?><meta charset=koi8-r>") == .koi8R)
        let utf16 = CharsetPrescan.declaredEncoding(in: [0x3C, 0x00, 0x3F, 0x00, 0x78, 0x00, 0x6D, 0x00])
        #expect(utf16?.encoding == .utf16LE)
    }

    @Test func stopsAtTheWindowEdge() {
        // A meta cut by the 1,024-byte edge declares nothing.
        let cut = String(repeating: " ", count: 1010) + "<meta charset=windows-1251>"
        #expect(prescan(cut) == nil)
        let inside = String(repeating: " ", count: 990) + "<meta charset=windows-1251>"
        #expect(prescan(inside) == .windows1251)
    }

    @Test func contentValueParsing() {
        func charset(_ content: String) -> TextEncoding? { CharsetPrescan.charsetInContent(Array(content.utf8)) }
        #expect(charset("text/html; charset=utf-8") == .utf8)
        #expect(charset("text/html; CHARSET = 'latin1'") == .windows1252)
        #expect(charset("text/html; charset=\"koi8-r") == nil)  // unmatched quote
        #expect(charset("text/html; charset") == nil)
        #expect(charset("charsetcharset=big5") == .big5)
        #expect(charset("text/html") == nil)
    }
}
