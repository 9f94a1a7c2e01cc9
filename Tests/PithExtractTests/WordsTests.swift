import Testing
@testable import PithExtract

/// `Words` scans bytes (ASCII runs apart, pointers for its arrays): it must find what a plain
/// scalar-by-scalar reading of its rules finds.
@Suite struct WordsTests {
    /// The rules read plainly: word scalars lowercased and hashed as UTF-8, words ending at any
    /// other scalar, the first colon or » counted in words.
    static func plainWords(_ text: String) -> (hashes: [UInt64], numeric: [Bool], colon: Int?, copyright: Bool) {
        var result: (hashes: [UInt64], numeric: [Bool], colon: Int?, copyright: Bool) = ([], [], nil, false)
        var word: [UInt32] = []
        func endWord() {
            guard !word.isEmpty else { return }
            var hash = TokenHash.seed
            for scalar in word {
                for byte in String(Unicode.Scalar(Words.lowercase(scalar))!).utf8 { hash = TokenHash.add(byte, to: hash) }
            }
            result.hashes.append(hash)
            result.numeric.append(word.allSatisfy { $0 >= 48 && $0 <= 57 })
            word = []
        }
        for scalar in text.unicodeScalars {
            if Words.isWordScalar(scalar) {
                word.append(scalar.value)
                continue
            }
            endWord()
            if scalar == "©" { result.copyright = true }
            if (scalar == ":" || scalar == "»") && result.colon == nil { result.colon = result.hashes.count }
        }
        endWord()
        return result
    }

    @Test(arguments: [
        "", "a", "  ", "Read also: the headline", "À lire aussi » un titre", "Straße ÖL und Übermut 2024",
        "Поддержите НЕЗАВИСИМУЮ журналистику", "ΑΘΗΝΑ — Ελλάδα", "© 2024 Jane Doe / Agency", "x1y2 42 007abc",
        "日本語のテキスト、写真：共同通信", "emoji 😀 and ZWJ 👩‍💻 words", "tab\tnew\nline\r\nend", "ŁÓDŹ-Kraków", "a:b:c",
    ])
    func findsWhatThePlainReadingFinds(_ text: String) {
        let words = Words(text)
        let plain = Self.plainWords(text)
        #expect(words.hashes == plain.hashes)
        #expect((0..<words.count).map(words.isNumber(at:)) == plain.numeric)
        #expect(words.wordsBeforeFirstColon == plain.colon)
        #expect(words.hasCopyrightSign == plain.copyright)
    }
}
