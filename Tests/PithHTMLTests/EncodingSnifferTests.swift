import Testing
@testable import PithHTML

/// A short article in one language, to be encoded and left undeclared.
struct SniffCase: Sendable, CustomTestStringConvertible {
    let glibcName: String
    let expected: TextEncoding
    let text: String

    var testDescription: String { "\(glibcName) → \(expected.name)" }
}

private let russian = """
    Городская библиотека объявила о продлении часов работы. Теперь читатели смогут приходить \
    по вечерам и в выходные дни. Директор рассказала, что летом откроется новый зал для детей, \
    а осенью начнутся бесплатные занятия по истории родного края.
    """
private let ukrainian = """
    Міська бібліотека оголосила про подовження годин роботи. Тепер читачі зможуть приходити \
    ввечері та у вихідні. Директорка розповіла, що влітку відкриється нова зала для дітей, \
    а восени почнуться безкоштовні заняття з історії рідного краю, і кожен охочий їх відвідає.
    """
private let greek = """
    Η δημοτική βιβλιοθήκη ανακοίνωσε ότι θα μείνει ανοιχτή και τα απογεύματα. Οι αναγνώστες \
    θα μπορούν να έρχονται και τα Σαββατοκύριακα. Η διευθύντρια είπε ότι το καλοκαίρι θα \
    ανοίξει μια νέα αίθουσα για παιδιά.
    """
private let polish = """
    Miejska biblioteka ogłosiła, że będzie otwarta dłużej. Czytelnicy będą mogli przychodzić \
    wieczorami i w weekendy. Dyrektorka powiedziała, że latem otworzy się nowa sala dla dzieci, \
    a jesienią ruszą bezpłatne zajęcia z historii regionu. Właściciele pobliskich kawiarni się cieszą.
    """
private let german = """
    Die Stadtbibliothek verlängert ihre Öffnungszeiten. Künftig können Leserinnen und Leser \
    auch abends und am Wochenende kommen. Die Leiterin erklärte, dass im Sommer ein neuer Raum \
    für Kinder öffnet und im Herbst kostenlose Kurse zur Geschichte der Region beginnen. Größere \
    Umbauten sind nicht geplant – das Gebäude bleibt, wie es ist.
    """
private let japanese = """
    市立図書館は開館時間を延長すると発表しました。これからは夕方や週末にも利用できます。\
    館長によると、夏には子ども向けの新しい部屋が開き、秋には地域の歴史についての無料講座が始まるそうです。
    """
private let simplifiedChinese = """
    市图书馆宣布延长开放时间。读者今后在晚上和周末也可以前来借书。馆长表示，\
    夏天将开设一间新的儿童阅览室，秋天还会开始免费的地方历史讲座。
    """
private let traditionalChinese = """
    市立圖書館宣布延長開放時間。讀者今後在晚上和週末也可以前來借書。館長表示，\
    夏天將開設一間新的兒童閱覽室，秋天還會開始免費的地方歷史講座。
    """
private let korean = """
    시립 도서관이 개관 시간을 연장한다고 발표했습니다. 이제 독자들은 저녁과 주말에도 \
    책을 빌릴 수 있습니다. 관장은 여름에 어린이를 위한 새 열람실이 문을 열고, 가을에는 \
    지역 역사에 관한 무료 강좌가 시작된다고 말했습니다.
    """

private let sniffCases: [SniffCase] = [
    SniffCase(glibcName: "CP1251", expected: .windows1251, text: russian),
    SniffCase(glibcName: "CP1251", expected: .windows1251, text: ukrainian),
    SniffCase(glibcName: "KOI8-R", expected: .koi8R, text: russian),
    SniffCase(glibcName: "KOI8-U", expected: .koi8U, text: ukrainian),
    SniffCase(glibcName: "CP1253", expected: .windows1253, text: greek),
    SniffCase(glibcName: "CP1250", expected: .windows1250, text: polish),
    SniffCase(glibcName: "ISO-8859-2", expected: .iso8859_2, text: polish),
    SniffCase(glibcName: "CP932", expected: .shiftJIS, text: japanese),
    SniffCase(glibcName: "EUC-JP", expected: .eucJP, text: japanese),
    SniffCase(glibcName: "GBK", expected: .gbk, text: simplifiedChinese),
    SniffCase(glibcName: "BIG5", expected: .big5, text: traditionalChinese),
    SniffCase(glibcName: "EUC-KR", expected: .eucKR, text: korean),
]

private func page(_ text: String) -> String {
    """
    <!DOCTYPE html><html><head><title>Biblioteka</title>
    <link rel="stylesheet" href="/style.css"></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><p>\(text)</p></article><footer>(c) 2024</footer></body></html>
    """
}

@Suite struct EncodingSnifferTests {
    @Test(arguments: sniffCases)
    func undeclaredLegacyPageIsRecognized(_ sniff: SniffCase) throws {
        let bytes = try #require(LegacyEncoder.encode(page(sniff.text), as: sniff.glibcName))
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == sniff.expected.name)
        #expect(decoded.source == .sniffed)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == page(sniff.text))
    }

    @Test func westernTextFallsBackToWindows1252() throws {
        let bytes = try #require(LegacyEncoder.encode(page(german), as: "CP1252"))
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.source == .defaultEncoding)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == page(german))
    }

    @Test func undeclaredUTF8IsRecognized() {
        let decoded = HTMLDecoder.decode(Array(page(japanese).utf8))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.source == .sniffed)
    }

    @Test func utf16WithoutByteOrderMarkIsRecognized() throws {
        for (name, expected) in [("UTF-16LE", TextEncoding.utf16LE), ("UTF-16BE", .utf16BE)] {
            let bytes = try #require(LegacyEncoder.encode(page(german), as: name))
            let decoded = HTMLDecoder.decode(bytes)
            #expect(decoded.encoding == expected.name)
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == page(german))
        }
    }

    @Test func iso2022JPIsRecognizedByItsEscapes() throws {
        let bytes = try #require(LegacyEncoder.encode(page(japanese), as: "ISO-2022-JP"))
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let decoded = HTMLDecoder.decode(bytes)
        #expect(decoded.encoding == "iso-2022-jp")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == page(japanese))
    }

    @Test func fewHighBytesAreNotEnoughEvidence() {
        // A lone "é" in windows-1252 must not be taken for anything exotic.
        let decoded = HTMLDecoder.decode(Array("<p>caf".utf8) + [0xE9] + Array(" noir</p>".utf8))
        #expect(decoded.encoding == "windows-1252")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>café noir</p>")
    }
}
