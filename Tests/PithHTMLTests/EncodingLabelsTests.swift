import Testing
@testable import PithHTML

@Suite struct EncodingLabelsTests {
    @Test func labelsMapAsBrowsersMapThem() {
        let expected: [(String, TextEncoding)] = [
            ("iso-8859-1", .windows1252), ("latin1", .windows1252), ("l1", .windows1252), ("cp819", .windows1252),
            ("ascii", .windows1252), ("us-ascii", .windows1252), ("ISO_8859-1:1987", .windows1252),
            ("gb2312", .gbk), ("GB_2312-80", .gbk), ("x-gbk", .gbk), ("gb18030", .gb18030),
            ("ks_c_5601-1987", .eucKR), ("windows-949", .eucKR),
            ("iso-8859-9", .windows1254), ("latin5", .windows1254), ("tis-620", .windows874), ("iso-8859-11", .windows874),
            ("sjis", .shiftJIS), ("Shift_JIS", .shiftJIS), ("windows-31j", .shiftJIS), ("x-euc-jp", .eucJP),
            ("big5-hkscs", .big5), ("koi8", .koi8R), ("koi8-ru", .koi8U), ("cp866", .ibm866), ("x-mac-ukrainian", .xMacCyrillic),
            ("utf8", .utf8), ("unicode-1-1-utf-8", .utf8), ("utf-16", .utf16LE), ("unicodefffe", .utf16BE),
            ("iso-8859-8-i", .iso8859_8I), ("visual", .iso8859_8), ("l9", .iso8859_15),
        ]
        for (label, encoding) in expected {
            #expect(EncodingLabels.encoding(forLabel: label) == encoding, "\(label)")
        }
    }

    @Test func surroundingWhitespaceAndCaseDoNotMatter() {
        #expect(EncodingLabels.encoding(forLabel: " \tUTF-8\n") == .utf8)
        #expect(EncodingLabels.encoding(forLabel: "WINDOWS-1251") == .windows1251)
    }

    @Test func unknownAndReplacementLabelsMeanNothing() {
        for label in ["", " ", "utf-9", "latin-1", "windows1251", "iso-2022-kr", "hz-gb-2312", "replacement", "utf-8 x", "\u{0130}so-8859-1"] {
            #expect(EncodingLabels.encoding(forLabel: label) == nil, "\(label)")
        }
    }

    @Test func everyEncodingIsReachableByItsOwnName() {
        for encoding in TextEncoding.allCases {
            #expect(EncodingLabels.encoding(forLabel: encoding.name) == encoding)
        }
    }
}
