import Testing
@testable import PithExtract

/// The byte-level shortcuts of caption-credit detection give what the slower text-level forms
/// they replace gave.
@Suite struct CaptionCreditsTests {
    static let samples = [
        "REUTERS/Jane Doe",
        "Jane Doe / iStock.com, Getty Images",
        "Foto: Max Mustermann – dpa",
        "Photo — Agence, Ville-Nouvelle | archives",
        "新华社/记者 张三",
        "Łódź-Kraków, Öl/Gas",
        "a-\u{301}b / c\u{301}/d",       // a combining mark joins the separator before it
        "x\u{600}/y",                     // a prepended mark joins the separator after it
        "–—-,,|",
        "(Quelle: Destatis)",
        "l’été — ½ × 3 ÷ 2 © 2024",
    ]

    @Test(arguments: samples)
    func separatedPartsMatchSplittingCharacters(_ text: String) {
        let expected = text.split(whereSeparator: { "/|,-–—".contains($0) }).map { Words(String($0)).hashes }
        #expect(CaptionCredits.separatedParts(of: text).map(\.hashes) == expected)
    }

    @Test(arguments: samples + [
        "one two three four five six seven eight nine ten eleven twelve thirteen",
        "one two three four five six seven eight nine ten eleven twelve",
        "Über Öl, Gas & Straßen: 12 Fragen in 3 Teilen für alle Länder der Welt heute",
        "日本語のテキスト、写真：共同通信 1 2 3 4 5 6 7 8 9 10 11 12",
    ])
    func theWordBoundNeverExceedsTheWordCount(_ text: String) {
        let count = Words(text).count
        for limit in 0...14 where CaptionCredits.hasMoreWords(than: limit, in: Array(text.utf8)[...]) {
            #expect(count > limit, "\(text) has \(count) words, not more than \(limit)")
        }
        #expect(CaptionCredits.hasMoreWords(than: count - 1, in: Array(text.utf8)[...]) || text.utf8.contains { $0 >= 0x80 })
    }
}
