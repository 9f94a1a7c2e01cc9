import Testing
@testable import PithHTML

/// A sentence in a language an encoding was made for, and glibc's name for the encoding.
struct RoundTrip: Sendable, CustomTestStringConvertible {
    let encoding: TextEncoding
    let glibcName: String
    let text: String

    var testDescription: String { encoding.name }
}

private let roundTrips: [RoundTrip] = [
    RoundTrip(encoding: .windows1250, glibcName: "CP1250", text: "Wczoraj w Łodzi spadł śnieg, a dzieci lepiły bałwana przed szkołą. Řeka se v noci rozvodnila."),
    RoundTrip(encoding: .windows1251, glibcName: "CP1251", text: "Вчера в Новосибирске открылась новая библиотека для школьников. У Львові відкрили ґалерею, де є їжа."),
    RoundTrip(encoding: .windows1252, glibcName: "CP1252", text: "Le café de la gare ouvre à sept heures ; l’été, on y sert des crêpes. „Größer“ – 12 €."),
    RoundTrip(encoding: .windows1253, glibcName: "CP1253", text: "Η βιβλιοθήκη της πόλης θα παραμείνει ανοιχτή όλο το καλοκαίρι."),
    RoundTrip(encoding: .windows1254, glibcName: "CP1254", text: "Belediye, şehir merkezindeki ağaçları sonbaharda yeniden dikecek. İstanbul'da ılık bir gün."),
    RoundTrip(encoding: .windows1255, glibcName: "CP1255", text: "הספרייה העירונית תהיה פתוחה כל הקיץ."),
    RoundTrip(encoding: .windows1256, glibcName: "CP1256", text: "ستفتح المكتبة العامة أبوابها طوال الصيف."),
    RoundTrip(encoding: .windows1257, glibcName: "CP1257", text: "Vilniaus senamiestyje atidaryta nauja kavinė su šviežiais pyragais. Rīgā šodien līst."),
    RoundTrip(encoding: .windows1258, glibcName: "CP1258", text: "Thư viện thành phố mở cửa vào mùa hè."),
    RoundTrip(encoding: .windows874, glibcName: "CP874", text: "ห้องสมุดเมืองเปิดทุกวันตลอดฤดูร้อน"),
    RoundTrip(encoding: .iso8859_2, glibcName: "ISO-8859-2", text: "Wczoraj w Łodzi spadł śnieg. Győrben esett az eső. Řeka se rozvodnila."),
    RoundTrip(encoding: .iso8859_3, glibcName: "ISO-8859-3", text: "Il-belt ta' Għawdex hija żgħira. Ĉiuĵaŭde ni manĝas freŝan panon."),
    RoundTrip(encoding: .iso8859_4, glibcName: "ISO-8859-4", text: "Ķekavā ļoti gaidīja pavasari, un Rīgā ziedēja ķirši."),
    RoundTrip(encoding: .iso8859_5, glibcName: "ISO-8859-5", text: "Погода в Москве сегодня солнечная, а вечером обещают дождь."),
    RoundTrip(encoding: .iso8859_6, glibcName: "ISO-8859-6", text: "ستفتح المكتبة العامة أبوابها في الصيف."),
    RoundTrip(encoding: .iso8859_7, glibcName: "ISO-8859-7", text: "Η βιβλιοθήκη της πόλης θα παραμείνει ανοιχτή όλο το καλοκαίρι."),
    RoundTrip(encoding: .iso8859_8, glibcName: "ISO-8859-8", text: "הספרייה העירונית תהיה פתוחה כל הקיץ."),
    RoundTrip(encoding: .iso8859_10, glibcName: "ISO-8859-10", text: "Þórður fór í sund á þriðjudaginn."),
    RoundTrip(encoding: .iso8859_13, glibcName: "ISO-8859-13", text: "Kaune šiandien šilta, o vakare žadama lietaus; ąžuolai žaliuoja."),
    RoundTrip(encoding: .iso8859_14, glibcName: "ISO-8859-14", text: "Mae'r ŵyl yn dechrau ddydd Sadwrn, a bydd y côr yn canu ger y llŷn."),
    RoundTrip(encoding: .iso8859_15, glibcName: "ISO-8859-15", text: "Le cœur de l'œuvre coûte 30 € ; Œdipe attend."),
    RoundTrip(encoding: .iso8859_16, glibcName: "ISO-8859-16", text: "Școala din Iași își deschide porțile în septembrie."),
    RoundTrip(encoding: .koi8R, glibcName: "KOI8-R", text: "Вчера в Новосибирске открылась новая библиотека для школьников."),
    RoundTrip(encoding: .koi8U, glibcName: "KOI8-U", text: "Київська бібліотека отримала ґрант на нові їдальні та кав'ярні."),
    RoundTrip(encoding: .ibm866, glibcName: "IBM866", text: "Вчера в Новосибирске открылась новая библиотека для школьников."),
    RoundTrip(encoding: .xMacCyrillic, glibcName: "MAC-CYRILLIC", text: "Вчера в Новосибирске открылась новая библиотека. Ґанок і їжак."),
    RoundTrip(encoding: .macintosh, glibcName: "MACINTOSH", text: "Le café de la gare ouvre à sept heures. Die Bürger begrüßten das."),
    RoundTrip(encoding: .shiftJIS, glibcName: "CP932", text: "図書館は夏の間も毎日開いています。ニュースをどうぞ。"),
    RoundTrip(encoding: .eucJP, glibcName: "EUC-JP", text: "図書館は夏の間も毎日開いています。ニュースをどうぞ。"),
    RoundTrip(encoding: .iso2022JP, glibcName: "ISO-2022-JP", text: "図書館は夏の間も毎日開いています。ニュースをどうぞ。"),
    RoundTrip(encoding: .gbk, glibcName: "GBK", text: "市图书馆夏天每天开放，欢迎读者前来借书。"),
    RoundTrip(encoding: .gb18030, glibcName: "GB18030", text: "市图书馆夏天每天开放，欢迎读者前来借书。𠮷野家"),
    RoundTrip(encoding: .big5, glibcName: "BIG5", text: "市立圖書館夏天每天開放，歡迎讀者前來借書。"),
    RoundTrip(encoding: .eucKR, glibcName: "EUC-KR", text: "시립 도서관은 여름에도 매일 문을 엽니다."),
    RoundTrip(encoding: .utf16LE, glibcName: "UTF-16LE", text: "Größe, 図書館, библиотека 😀"),
    RoundTrip(encoding: .utf16BE, glibcName: "UTF-16BE", text: "Größe, 図書館, библиотека 😀"),
]

@Suite struct LegacyDecodingTests {
    @Test(arguments: roundTrips)
    func declaredEncodingRoundTripsText(_ trip: RoundTrip) throws {
        let page = "<p>" + trip.text + "</p>"
        let bytes = try #require(LegacyEncoder.encode(page, as: trip.glibcName))
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: trip.encoding.name)
        #expect(decoded.encoding == trip.encoding.name)
        #expect(decoded.source == .httpHeader)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == page)
        #expect(decoded.invalidSequences == 0)
        #expect(decoded.fallbackReason == nil)
    }

    @Test func everyDecodableEncodingHasARoundTrip() {
        let covered = Set(roundTrips.map(\.encoding))
        // ISO-8859-8-I shares ISO-8859-8's table; UTF-8 is tested everywhere else.
        let expected = Set(TextEncoding.allCases).subtracting([.utf8, .iso8859_8I])
        #expect(covered == expected)
    }

    /// Bytes written out by hand from the code charts, independent of any encoder.
    @Test func knownBytesDecodeToKnownText() {
        let cases: [(String, [UInt8], String)] = [
            ("windows-1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], "Привет"),
            ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
            ("koi8-u", [0xA7, 0xD6, 0xC1, 0xCB], "їжак"),
            ("iso-8859-2", [0xB3, 0xB1, 0xB6], "łąś"),
            ("windows-1250", [0xB3, 0xB9, 0x9C], "łąś"),
            ("iso-8859-15", [0xA4, 0xBD], "€œ"),
            ("shift_jis", [0x93, 0xFA, 0x96, 0x7B, 0x82, 0xA0], "日本あ"),
            ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC, 0xA4, 0xA2], "日本あ"),
            ("gbk", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
            ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
            ("euc-kr", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
        ]
        for (label, bytes, text) in cases {
            let decoded = HTMLDecoder.decode(bytes, declaredCharset: label)
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == text, "\(label)")
        }
    }

    @Test func latin1LabelDecodesWindows1252PunctuationNotC1Controls() {
        // “Quote” – 5 € … ‘single’ ™ under an iso-8859-1 label, as such pages really are.
        let bytes: [UInt8] = [0x93, 0x51, 0x75, 0x6F, 0x74, 0x65, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x85, 0x20, 0x91, 0x73, 0x92, 0x20, 0x99]
        for label in ["iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "ascii"] {
            let decoded = HTMLDecoder.decode(bytes, declaredCharset: label)
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            #expect(decoded.encoding == "windows-1252")
            #expect(text == "“Quote” – 5 € … ‘s’ ™")
            #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        }
    }

    @Test func undefinedSingleBytesBecomeReplacementCharacters() {
        // 0xA1 is unassigned in windows-1257, 0xFF in windows-1253.
        let baltic = HTMLDecoder.decode([0x61, 0xA1, 0x62], declaredCharset: "windows-1257")
        #expect(String(decoding: baltic.utf8, as: UTF8.self) == "a\u{FFFD}b")
        #expect(baltic.invalidSequences == 1)
        let greek = HTMLDecoder.decode([0xE1, 0xFF], declaredCharset: "windows-1253")
        #expect(String(decoding: greek.utf8, as: UTF8.self) == "α\u{FFFD}")
    }

    @Test func invalidMultiByteSequencesBecomeReplacementCharactersAndDecodingGoesOn() {
        // Shift_JIS lead 0x93 followed by a space, then valid 日本, then a lead cut off at the end.
        let bytes: [UInt8] = [0x93, 0x20, 0x93, 0xFA, 0x96, 0x7B, 0x93]
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: "shift_jis")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "\u{FFFD} 日本\u{FFFD}")
        #expect(decoded.invalidSequences == 2)
    }

    @Test func gbkDecodesByte80AsTheEuroSign() {
        let decoded = HTMLDecoder.decode([0x80, 0x20, 0xD6, 0xD0], declaredCharset: "gbk")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "€ 中")
    }

    @Test func multiByteDecodingDropsNULBytes() {
        let decoded = HTMLDecoder.decode([0xD6, 0xD0, 0x00, 0xCE, 0xC4], declaredCharset: "gb2312")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "中文")
    }

    @Test func utf16DropsNULCharactersAndReplacesLoneSurrogates() {
        // "a", U+0000, a lone high surrogate, "b", then a dangling byte.
        let bytes: [UInt8] = [0x61, 0x00, 0x00, 0x00, 0x3D, 0xD8, 0x62, 0x00, 0x63]
        let decoded = HTMLDecoder.decode(bytes, declaredCharset: "utf-16le")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}")
        #expect(decoded.invalidSequences == 2)
    }
}
