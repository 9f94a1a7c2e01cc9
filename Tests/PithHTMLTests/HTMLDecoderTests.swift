import Testing
@testable import PithHTML

private func text(_ decoded: HTMLDecoder.Decoded) -> String {
    String(decoding: decoded.utf8, as: UTF8.self)
}

/// "Привет, мир" in windows-1251 and in KOI8-R.
private let helloWindows1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
private let helloKOI8R: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2]

@Suite struct HTMLDecoderTests {
    @Test func utf8PageIsReturnedWithoutACopy() {
        let bytes = Array("<html><head><meta charset=utf-8></head><body><p>Grüße, Привет</p></body></html>".utf8)
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.source == .metaTag)
        let sameStorage = decoded.utf8.withUnsafeBufferPointer { output in
            bytes.withUnsafeBufferPointer { input in output.baseAddress == input.baseAddress }
        }
        #expect(sameStorage)
    }

    @Test func byteOrderMarkBeatsTheHeader() {
        let decoded = HTMLDecoder.decode([0xEF, 0xBB, 0xBF] + Array("<p>Grüße</p>".utf8), declaredCharset: "windows-1251")
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.source == .byteOrderMark)
        #expect(text(decoded) == "<p>Grüße</p>")

        let utf16 = HTMLDecoder.decode([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00, 0x1F, 0x04], declaredCharset: "iso-8859-1")
        #expect(utf16.encoding == "utf-16le")
        #expect(text(utf16) == "<p>П")
    }

    @Test func headerBeatsMeta() {
        let page = Array("<meta charset=koi8-r><p>".utf8) + helloWindows1251
        let decoded = HTMLDecoder.decode(page, declaredCharset: "windows-1251")
        #expect(decoded.source == .httpHeader)
        #expect(text(decoded) == "<meta charset=koi8-r><p>Привет, мир")
    }

    @Test func metaIsUsedWithoutHeaderAndUnknownHeaderLabelsAreIgnored() {
        let page = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"><p>".utf8) + helloKOI8R
        for header in [nil, "x-no-such-charset", ""] {
            let decoded = HTMLDecoder.decode(page, declaredCharset: header)
            #expect(decoded.encoding == "koi8-r")
            #expect(decoded.source == .metaTag)
            #expect(text(decoded).hasSuffix("<p>Привет, мир"))
        }
    }

    @Test func metaAfterTheFirst1024BytesIsNotSeenByThePrescan() {
        // The meta starts at byte 1,100, beyond the prescan's window.
        let padding = "<!-- " + String(repeating: "x", count: 1100 - 5 - 4) + " -->"
        let page = Array((padding + "<meta charset=koi8-r><p>").utf8) + helloKOI8R
        #expect(Array(padding.utf8).count == 1100)
        #expect(CharsetPrescan.declaredEncoding(in: page) == nil)
        // Browsers switch to such a meta when their parser reaches it; so does the decoder,
        // and says so. Any declaration up front beats it.
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "koi8-r")
        #expect(decoded.source == .lateMetaTag)
        #expect(HTMLDecoder.decode(page, declaredCharset: "windows-1251").source == .httpHeader)
        let early = Array("<meta charset=windows-1251>".utf8) + page
        #expect(HTMLDecoder.decode(early).source == .metaTag)
    }

    @Test func metaBeyond64KiBIsNotSeenAtAll() {
        // These few Cyrillic bytes are too little evidence for the sniffer: the default wins.
        let padding = "<!-- " + String(repeating: "x", count: 70_000) + " -->"
        let page = Array((padding + "<meta charset=koi8-r><p>").utf8) + helloKOI8R
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.source == .defaultEncoding)
    }

    @Test func utf8PageLabelledGB2312IsDecodedAsUTF8() {
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>市图书馆夏天开放</p>".utf8)
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.source == .validUTF8)
        #expect(decoded.declaredEncoding == .gbk)
        #expect(decoded.utf8 == bytes)
        // The same holds for a header label.
        let fromHeader = HTMLDecoder.decode(Array("<p>Grüße</p>".utf8), declaredCharset: "iso-8859-1")
        #expect(fromHeader.encoding == "utf-8")
        #expect(text(fromHeader) == "<p>Grüße</p>")
    }

    @Test func utf8PageWithAStrayByteUnderALegacyLabelIsStillUTF8() {
        let page = Array("<meta charset=iso-8859-1><p>Grüße aus Köln, schöne Größe, süße Äpfel".utf8) + [0xE9] + Array("</p>".utf8)
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.source == .validUTF8)
        #expect(text(decoded).hasSuffix("süße Äpfel\u{FFFD}</p>"))
        // Too few good sequences to outvote the stray byte: the label stands.
        let short = Array("<meta charset=iso-8859-1><p>Grüße".utf8) + [0xE9]
        #expect(HTMLDecoder.decode(short).encoding == "windows-1252")
    }

    @Test func pureASCIIKeepsTheDeclaredLegacyEncodingAndItsBytes() {
        let bytes = Array("<meta charset=iso-8859-1><p>Plain text</p>".utf8)
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.source == .metaTag)
        #expect(decoded.utf8 == bytes)
    }

    @Test func utf8LabelOnLatin1BytesFallsThroughToTheNextDeclaration() {
        // A server default of utf-8 on a file whose meta says windows-1251.
        let page = Array("<meta charset=windows-1251><p>".utf8) + helloWindows1251
        let decoded = HTMLDecoder.decode(page, declaredCharset: "utf-8")
        #expect(decoded.encoding == "windows-1251")
        #expect(decoded.source == .metaTag)
        #expect(text(decoded).hasSuffix("Привет, мир"))
    }

    @Test func utf8LabelOnLatin1BytesWithNothingElseDeclaredIsSniffed() {
        // "für Größe" in windows-1252 under a utf-8 meta: no byte of it is valid UTF-8.
        let page = Array("<meta charset=utf-8><p>f".utf8) + [0xFC, 0x72, 0x20, 0x47, 0x72, 0xF6, 0xDF, 0x65]
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.declaredEncoding == .utf8)
        #expect(text(decoded).hasSuffix("für Größe"))
    }

    @Test func utf8PageWithAFewBadBytesStaysUTF8() {
        let page = Array("<meta charset=utf-8><p>Grüße, Привет, 市图书馆 ".utf8) + [0xFF] + Array("end</p>".utf8)
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.invalidSequences == 1)
        #expect(text(decoded).hasSuffix("市图书馆 \u{FFFD}end</p>"))
    }

    @Test func midPageNULLosesNoTextThroughTheParser() {
        var bytes = Array("<html><body><p>before</p>".utf8)
        bytes.append(0)
        bytes += Array("<p>after the NUL</p></body></html>".utf8)
        let decoded = HTMLDecoder.decode(bytes)
        #expect(!decoded.utf8.contains(0))
        let document = HTMLParser.parse(utf8: decoded.utf8)
        #expect(document.textContent(document.root) == "beforeafter the NUL")

        // Also in a legacy encoding.
        let legacy = HTMLDecoder.decode(Array("<p>a".utf8) + [0x00, 0xE9] + Array("b</p>".utf8), declaredCharset: "latin1")
        #expect(text(legacy) == "<p>aéb</p>")
    }

    @Test func utf16HeaderWithoutByteOrderMarkDecodesUTF16() {
        let bytes: [UInt8] = [0x00, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x04, 0x1F]
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: "utf-16be")
        #expect(decoded.encoding == "utf-16be")
        #expect(text(decoded) == "<p>П")
    }

    @Test func utf16LabelOnUTF8BytesIsDecodedAsUTF8() {
        let bytes = Array("<p>Grüße</p>".utf8)
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: "utf-16")
        #expect(decoded.encoding == "utf-8")
        #expect(text(decoded) == "<p>Grüße</p>")
    }

    @Test func emptyInputDecodesToNothing() {
        let decoded = HTMLDecoder.decode([])
        #expect(decoded.utf8.isEmpty)
        #expect(decoded.encoding == "utf-8")
    }
}
