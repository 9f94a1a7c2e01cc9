import Testing
@testable import PithExtract

/// `characterCount` counts scalars where no scalar joins another into one Character: it must
/// give `count` everywhere.
@Suite struct CharacterCountTests {
    /// Every scalar of the ranges counted without grapheme breaking.
    static let simpleScalars: [Unicode.Scalar] = (0...UInt32(0xFFFF)).filter(String.joinsNoNeighbour).compactMap(Unicode.Scalar.init)

    @Test func noScalarOfTheSimpleRangesJoinsItsNeighbours() {
        for scalar in Self.simpleScalars {
            let alone = String(scalar)
            #expect(("a" + alone + "a").count == 3, "U+\(String(scalar.value, radix: 16))")
            #expect((alone + alone).count == 2, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test(arguments: [
        "", "plain ASCII", "line\r\nends\r\n\r\n", "\r\r\n\n", "Straße, Öl & Übermut", "Ελλάδα", "Поддержите",
        "e\u{301} combining", "„Zitat“ – so… 5 €", "かな カナ゙ 漢字", "zero\u{200D}joiner", "Ґрунт", "日本語", "emoji 😀 👩‍💻", "flags 🇩🇪🇫🇷", "한국어", "नमस्ते", "\u{600}1",
    ])
    func countsAsTheStandardLibraryDoes(_ text: String) {
        #expect(text.characterCount == text.count)
    }
}
