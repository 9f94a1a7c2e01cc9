import Testing
@testable import PithExtract

/// `PageFacts.textCounts` counts eight bytes at a time: it must count as the plain rule does,
/// byte by byte, at every offset and length.
@Suite struct TextCountsTests {
    static func plainCounts(_ bytes: [UInt8], _ range: Range<Int>) -> (chars: Int, commas: Int) {
        var chars = 0
        var commas = 0
        for index in range {
            let byte = bytes[index]
            if byte > 0x20 && byte & 0xC0 != 0x80 { chars += 1 }
            if byte == 0x2C { commas += 1 }
            if index + 2 < range.upperBound {
                if byte == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C { commas += 1 }
                if byte == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81 { commas += 1 }
            }
        }
        return (chars, commas)
    }

    @Test func countsAsThePlainRuleAtEveryOffset() {
        let text = "Ein Satz, noch einer,\tund\u{A0}mehr… 日本語、テキスト，終わり\r\n ÖL, Straße,, Ende. \u{7F}\u{1}"
        let bytes = Array(text.utf8) + Array(0...255).map(UInt8.init)
        for start in 0..<24 {
            for end in stride(from: start, through: bytes.count, by: 5) {
                let counts = bytes.withUnsafeBufferPointer { PageFacts.textCounts($0, start..<end) }
                let plain = Self.plainCounts(bytes, start..<end)
                #expect(counts.chars == plain.chars && counts.commas == plain.commas, "\(start)..<\(end)")
            }
        }
    }
}
