@testable import PithExtract
import Testing

/// A line of text and the date a reader sees in it (nil: no date).
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: String?
    var monthFirst = false
    var testDescription: String { text }
}

/// Dates as pages write them for readers, in each language Pith reads, and lines that must
/// give no date. A time without a zone is dropped (the day is kept); with a zone it is kept
/// as RFC 3339.
@Suite struct MetadataDateParsingTests {
    static let english: [DateCase] = [
        DateCase(text: "Saturday, 23 November 2019 5:20 PM", expected: "2019-11-23"),
        DateCase(text: "November 23, 2019", expected: "2019-11-23"),
        DateCase(text: "Published Nov. 23rd, 2019 at 5:20 p.m. EST", expected: "2019-11-23T17:20:00-05:00"),
        DateCase(text: "23 November 2019 17:20 GMT", expected: "2019-11-23T17:20:00Z"),
        DateCase(text: "Updated: 2 March 2021, 09:05 UTC+1", expected: "2021-03-02T09:05:00+01:00"),
        DateCase(text: "the 1st of June 2020", expected: "2020-06-01"),
        DateCase(text: "11/23/2019", expected: "2019-11-23", monthFirst: true),
        DateCase(text: "04/05/2019", expected: "2019-04-05", monthFirst: true),
    ]

    static let german: [DateCase] = [
        DateCase(text: "23. November 2019", expected: "2019-11-23"),
        DateCase(text: "Samstag, 23. November 2019, 17:20 Uhr", expected: "2019-11-23"),
        DateCase(text: "Veröffentlicht am 23.11.2019 um 17.20 Uhr MEZ", expected: "2019-11-23T17:20:00+01:00"),
        DateCase(text: "Stand: 23.11.19", expected: "2019-11-23"),
        DateCase(text: "3. Jänner 2020", expected: "2020-01-03"),
        DateCase(text: "12. März 2021", expected: "2021-03-12"),
        DateCase(text: "23. Nov. 2019", expected: "2019-11-23"),
    ]

    static let french: [DateCase] = [
        DateCase(text: "23 novembre 2019", expected: "2019-11-23"),
        DateCase(text: "samedi 23 novembre 2019 à 17h20", expected: "2019-11-23"),
        DateCase(text: "Publié le 1er mars 2020", expected: "2020-03-01"),
        DateCase(text: "le 14 août 2018", expected: "2018-08-14"),
    ]

    static let spanish: [DateCase] = [
        DateCase(text: "23 de noviembre de 2019", expected: "2019-11-23"),
        DateCase(text: "sábado, 23 de noviembre de 2019 - 17:20", expected: "2019-11-23"),
        DateCase(text: "1 de septiembre de 2021", expected: "2021-09-01"),
        DateCase(text: "23/11/2019", expected: "2019-11-23"),
    ]

    static let italian: [DateCase] = [
        DateCase(text: "23 novembre 2019", expected: "2019-11-23"),
        DateCase(text: "23 novembre 2019 alle 17:20", expected: "2019-11-23"),
        DateCase(text: "1 gennaio 2020", expected: "2020-01-01"),
        DateCase(text: "sabato 12 ottobre 2019", expected: "2019-10-12"),
    ]

    static let portuguese: [DateCase] = [
        DateCase(text: "23 de novembro de 2019", expected: "2019-11-23"),
        DateCase(text: "Publicado em 5 de março de 2020, às 17h20", expected: "2020-03-05"),
        DateCase(text: "23/11/2019 17h20", expected: "2019-11-23"),
    ]

    static let dutch: [DateCase] = [
        DateCase(text: "23 november 2019", expected: "2019-11-23"),
        DateCase(text: "za 1 maart 2020 om 17:20", expected: "2020-03-01"),
        DateCase(text: "23 mei 2019", expected: "2019-05-23"),
        DateCase(text: "5 okt. 2021", expected: "2021-10-05"),
    ]

    static let polish: [DateCase] = [
        DateCase(text: "23 listopada 2019", expected: "2019-11-23"),
        DateCase(text: "23 listopada 2019 r., godz. 17:20", expected: "2019-11-23"),
        DateCase(text: "1 stycznia 2020", expected: "2020-01-01"),
        DateCase(text: "5 października 2021", expected: "2021-10-05"),
    ]

    static let russian: [DateCase] = [
        DateCase(text: "23 ноября 2019, 17:20", expected: "2019-11-23"),
        DateCase(text: "23 ноября 2019 г.", expected: "2019-11-23"),
        DateCase(text: "Опубликовано 1 января 2020 в 09:00 МСК", expected: "2020-01-01"),
        DateCase(text: "17:20, 23 ноября 2019", expected: "2019-11-23"),
    ]

    static let ukrainian: [DateCase] = [
        DateCase(text: "23 листопада 2019", expected: "2019-11-23"),
        DateCase(text: "23 листопада 2019 року, 17:20", expected: "2019-11-23"),
        DateCase(text: "1 січня 2020", expected: "2020-01-01"),
        DateCase(text: "8 березня 2022", expected: "2022-03-08"),
    ]

    static let numeric: [DateCase] = [
        DateCase(text: "2019-11-23", expected: "2019-11-23"),
        DateCase(text: "2019/11/23", expected: "2019-11-23"),
        DateCase(text: "23.11.2019", expected: "2019-11-23"),
        DateCase(text: "23-11-2019", expected: "2019-11-23"),
        DateCase(text: "23. 11. 2019", expected: "2019-11-23"),
    ]

    /// Lines that hold no complete, valid date.
    static let noDate: [DateCase] = [
        DateCase(text: "November 2019", expected: nil),
        DateCase(text: "© 2024 Example Media", expected: nil),
        DateCase(text: "Version 1.2.2019.4", expected: nil),
        DateCase(text: "Server 192.168.1.10", expected: nil),
        DateCase(text: "32 November 2019", expected: nil),
        DateCase(text: "29 February 2019", expected: nil),
        DateCase(text: "Call 0800 123 4567", expected: nil),
        DateCase(text: "", expected: nil),
    ]

    @Test(arguments: english + german + french + spanish + italian + portuguese + dutch + polish + russian + ukrainian + numeric + noDate)
    func readsTheDateAReaderSees(_ example: DateCase) {
        let date = TextDateParser.firstDate(in: example.text, monthFirst: example.monthFirst)
        #expect(date?.normalized == example.expected)
    }

    @Test func ambiguousSlashDatesAreDayFirstOutsideUSEnglish() {
        #expect(TextDateParser.firstDate(in: "04/05/2019")?.normalized == "2019-05-04")
        #expect(TextDateParser.firstDate(in: "04/05/2019", monthFirst: true)?.normalized == "2019-04-05")
        // When one reading is impossible, the other holds whatever the language.
        #expect(TextDateParser.firstDate(in: "11/23/2019")?.normalized == "2019-11-23")
    }

    @Test func findsEveryDateInALineWithWhereItStands() {
        let line = "Published 4 March 2024 · Updated 6 March 2024"
        let matches = TextDateParser.matches(in: line)
        #expect(matches.map(\.date.normalized) == ["2024-03-04", "2024-03-06"])
        #expect(line[matches[0].range] == "4 March 2024")
    }
}

/// Dates written for machines: meta tags, JSON-LD, `<time datetime>`.
@Suite struct MetadataMachineDateTests {
    static let cases: [DateCase] = [
        DateCase(text: "2019-11-23T17:20:00+01:00", expected: "2019-11-23T17:20:00+01:00"),
        DateCase(text: "2019-11-23T17:20:00Z", expected: "2019-11-23T17:20:00Z"),
        DateCase(text: "2019-11-23T17:20:00.000Z", expected: "2019-11-23T17:20:00Z"),
        DateCase(text: "2019-11-23T17:20:00+00:00", expected: "2019-11-23T17:20:00+00:00"),
        DateCase(text: "2019-11-23T17:20:00+0100", expected: "2019-11-23T17:20:00+01:00"),
        DateCase(text: "2019-11-23T17:20-05:00", expected: "2019-11-23T17:20:00-05:00"),
        DateCase(text: "2019-11-23 17:20:00", expected: "2019-11-23"),
        DateCase(text: "2019-11-23T17:20:00", expected: "2019-11-23"),
        DateCase(text: "  2019-11-23 ", expected: "2019-11-23"),
        DateCase(text: "20191123", expected: "2019-11-23"),
        DateCase(text: "1574526000", expected: "2019-11-23T16:20:00Z"),
        DateCase(text: "Sat, 23 Nov 2019 17:20:00 +0100", expected: "2019-11-23T17:20:00+01:00"),
        DateCase(text: "Sat, 23 Nov 2019 17:20:00 GMT", expected: "2019-11-23T17:20:00Z"),
        DateCase(text: "November 23, 2019", expected: "2019-11-23"),
        DateCase(text: "2019-13-45", expected: nil),
        DateCase(text: "not a date", expected: nil),
        DateCase(text: "", expected: nil),
    ]

    @Test(arguments: cases)
    func normalizesToRFC3339OrDay(_ example: DateCase) {
        #expect(MachineDateParser.parse(example.text)?.normalized == example.expected)
    }

    @Test func refusesDatesBefore1995AndAfterNow() {
        let reference = PageDate(year: 2024, month: 6, day: 1)
        #expect(PageDate(year: 1994, month: 12, day: 31)?.isPlausible(reference: reference) == false)
        #expect(PageDate(year: 1995, month: 1, day: 1)?.isPlausible(reference: reference) == true)
        #expect(PageDate(year: 2024, month: 6, day: 2)?.isPlausible(reference: reference) == true, "a day of slack for zones")
        #expect(PageDate(year: 2024, month: 6, day: 3)?.isPlausible(reference: reference) == false)
    }

    @Test func readsDatesInURLPaths() {
        #expect(URLDate.date(in: "https://example.com/2019/11/23/slug/")?.normalized == "2019-11-23")
        #expect(URLDate.date(in: "https://example.com/news/2019-11-23-slug")?.normalized == "2019-11-23")
        #expect(URLDate.date(in: "/archive/20191123/story")?.normalized == "2019-11-23")
        #expect(URLDate.date(in: "https://example.com/2019/11/slug") == nil, "a month is not a date")
        #expect(URLDate.date(in: "https://example.com/item/12345678") == nil)
        #expect(URLDate.date(in: "https://example.com/a?d=2019/11/23") == nil, "the query is not the path")
    }
}
