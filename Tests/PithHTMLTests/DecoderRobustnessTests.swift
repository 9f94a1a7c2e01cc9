import Testing
@testable import PithHTML

/// SplitMix64: a small seeded generator, so every run tries the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Random input shaped like damaged pages: markup, high bytes, NULs, escapes, cut sequences.
private func randomPage(_ generator: inout SeededGenerator) -> [UInt8] {
    let pieces: [[UInt8]] = [
        Array("<p>".utf8), Array("<meta charset=".utf8), Array("koi8-r>".utf8), Array("<!--".utf8), Array("-->".utf8),
        [0x1B, 0x24, 0x42], [0x1B, 0x28, 0x42], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00], [0x80], [0xE3, 0x81], [0xF0, 0x9F, 0x98],
        [0x8F, 0xA1], [0x81, 0x30, 0x81], [0xD8, 0x3D],
    ]
    var bytes = [UInt8]()
    let length = Int.random(in: 0...600, using: &generator)
    while bytes.count < length {
        if Bool.random(using: &generator) {
            bytes += pieces.randomElement(using: &generator)!
        } else {
            bytes.append(UInt8.random(in: 0...255, using: &generator))
        }
    }
    return bytes
}

@Suite struct DecoderRobustnessTests {
    /// Every encoding, declared in the header, plus nothing declared.
    private static let labels: [String?] = [nil] + TextEncoding.allCases.map(\.name)

    @Test(arguments: labels)
    func randomBytesAlwaysGiveValidUTF8WithoutNUL(_ label: String?) {
        // A fixed seed per label (String.hashValue changes from run to run).
        let seed = (label ?? "").utf8.reduce(UInt64(0x5EED)) { $0 &* 31 &+ UInt64($1) }
        var generator = SeededGenerator(state: seed)
        for _ in 0..<150 {
            let bytes = randomPage(&generator)
            let decoded = HTMLDecoder.decode(bytes, declaredCharset: label)
            #expect(String(validating: decoded.utf8, as: UTF8.self) != nil)
            #expect(!decoded.utf8.contains(0))
            #expect(decoded.fallbackReason == nil)
        }
    }

    @Test func randomBytesThroughTheParserNeverCrash() {
        var generator = SeededGenerator(state: 0xC0FFEE)
        for _ in 0..<100 {
            let decoded = HTMLDecoder.decode(randomPage(&generator))
            let document = HTMLParser.parse(utf8: decoded.utf8)
            #expect(document.nodeCount >= 1)
        }
    }

    @Test func everyTruncationOfAMultiByteTextDecodes() throws {
        let texts = [
            ("CP932", "shift_jis", "図書館ﾆｭｰｽ"), ("EUC-JP", "euc-jp", "図書館ﾆｭｰｽ"), ("GB18030", "gb18030", "图书馆𠮷"),
            ("BIG5", "big5", "圖書館"), ("EUC-KR", "euc-kr", "도서관"), ("ISO-2022-JP", "iso-2022-jp", "図書館"), ("UTF-16LE", "utf-16le", "図書館😀"),
        ]
        for (name, label, text) in texts {
            let bytes = try #require(LegacyEncoder.encode(text, as: name))
            for end in 0...bytes.count {
                let decoded = HTMLDecoder.decode(Array(bytes[0..<end]), declaredCharset: label)
                #expect(String(validating: decoded.utf8, as: UTF8.self) != nil, "\(label) cut at \(end)")
            }
        }
    }
}
