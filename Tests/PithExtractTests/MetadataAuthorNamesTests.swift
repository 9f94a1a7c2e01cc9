@testable import PithExtract
import Testing

/// A byline as a page shows it and the names a user expects from it.
struct BylineCase: Sendable, CustomTestStringConvertible {
    let line: String
    let expected: [String]
    /// Whether the line is known to be a byline from its markup (`class="byline"`).
    var isMarked = false
    var testDescription: String { line }
}

/// Bylines in each language, several authors, and what must not end up in a name: "By",
/// dates, job titles, affiliations.
@Suite struct MetadataAuthorNamesTests {
    static let bylines: [BylineCase] = [
        BylineCase(line: "By John Smith and Jane Doe", expected: ["John Smith", "Jane Doe"]),
        BylineCase(line: "By JOHN SMITH | November 23, 2019", expected: ["JOHN SMITH"]),
        BylineCase(line: "By John Smith on 23 November 2019", expected: ["John Smith"]),
        BylineCase(line: "By John Smith, Senior Reporter", expected: ["John Smith"]),
        BylineCase(line: "Written by Ana Pérez, Tom Lee & Kim Park", expected: ["Ana Pérez", "Tom Lee", "Kim Park"]),
        BylineCase(line: "Von Anna Müller und Peter Schmidt, dpa", expected: ["Anna Müller", "Peter Schmidt"]),
        BylineCase(line: "Von unserer Korrespondentin Anna Müller", expected: ["Anna Müller"]),
        BylineCase(line: "Ein Gastbeitrag von Ludwig van Beethoven", expected: ["Ludwig van Beethoven"]),
        BylineCase(line: "Par Jean Dupont et Marie Lefèvre", expected: ["Jean Dupont", "Marie Lefèvre"]),
        BylineCase(line: "Por María García y José López", expected: ["María García", "José López"]),
        BylineCase(line: "Di Mario Rossi e Giulia Bianchi", expected: ["Mario Rossi", "Giulia Bianchi"]),
        BylineCase(line: "Door Jan de Vries", expected: ["Jan de Vries"]),
        BylineCase(line: "Autor: Jan Kowalski", expected: ["Jan Kowalski"]),
        BylineCase(line: "Автор: Иван Петров", expected: ["Иван Петров"]),
        BylineCase(line: "Автор: Олена Коваленко, кореспондентка", expected: ["Олена Коваленко"]),
        BylineCase(line: "Gespeichert von rasos am 24. Juli 2017", expected: ["rasos"]),
        BylineCase(line: "By Perry Bacon Jr.", expected: ["Perry Bacon Jr."]),
        BylineCase(line: "Jane Doe", expected: ["Jane Doe"], isMarked: true),
        BylineCase(line: "Donnerstag, 4. November 2021", expected: [], isMarked: true),
        BylineCase(line: "By the way, the harbour reopens in May", expected: []),
        BylineCase(line: "Von Berlin aus fährt der Zug weiter", expected: []),
        BylineCase(line: "Bylines are short", expected: []),
    ]

    @Test(arguments: bylines)
    func splitsAndCleansNames(_ example: BylineCase) {
        #expect(AuthorNames.fromByline(example.line, requirePrefix: !example.isMarked) == example.expected)
    }

    static let declared: [(String, [String])] = [
        ("Jane Doe", ["Jane Doe"]),
        ("By Jane Doe", ["Jane Doe"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("gnaddrig", ["gnaddrig"]),
        ("https://www.facebook.com/janedoe", []),
        ("christian.stadtfeld", []),
        ("example-news.com", []),
        ("admin", []),
        ("Grant Tinsley, PhD", ["Grant Tinsley"]),
    ]

    @Test(arguments: declared)
    func acceptsDeclaredNamesButNotURLsOrUserSlugs(_ example: (String, [String])) {
        #expect(AuthorNames.fromDeclared(example.0) == example.1)
    }

    @Test func tellsABarePrefixLabel() {
        #expect(AuthorNames.isBarePrefix("Autor:"))
        #expect(AuthorNames.isBarePrefix("By"))
        #expect(!AuthorNames.isBarePrefix("By Jane Doe"))
    }
}
