import Testing
@testable import PithExtract

/// The binary sniffer tells pages from files that are not text, and counts its bytes in one
/// pass: it must decide as the plain two-test form below does.
@Suite struct BinarySnifferTests {
    /// The sniffer's tests written plainly: UTF-16 by NULs on one parity, binary by control bytes.
    static func plainIsBinary(_ bytes: [UInt8]) -> Bool {
        let magics: [[UInt8]] = [Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], [0x1F, 0x8B], [0x00, 0x00, 0x01, 0x00]]
        if magics.contains(where: { bytes.starts(with: $0) }) { return true }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let head = Array(bytes.prefix(4096))
        if head.count >= 16 {
            var nulls = [0, 0]
            var printable = [0, 0]
            for (index, byte) in head.enumerated() {
                if byte == 0 { nulls[index & 1] += 1 } else if byte >= 0x20 && byte < 0x7F || byte == 0x0A { printable[index & 1] += 1 }
            }
            let half = head.count / 2
            for parity in 0...1 where nulls[parity] * 10 >= half * 7 && nulls[1 - parity] * 20 < half
                && printable[1 - parity] * 10 >= half * 7 {
                return false
            }
        }
        let controls = head.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
        return controls * 10 > head.count
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    }

    /// Bytes from a fixed-seed generator, drawn from `alphabet`.
    static func noise(_ count: Int, seed: UInt64, alphabet: [UInt8]) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(state >> 33) % alphabet.count]
        }
    }

    static let samples: [[UInt8]] = {
        let page = Array("<!doctype html><html><body><p>Ein kurzer Text über Öl.\u{1B}$B</p></body></html>\n".utf8)
        let controls: [UInt8] = Array(0...0x1F) + Array(0x20...0x7E)
        var samples: [[UInt8]] = [
            [], Array("short".utf8), page, Array(repeating: page, count: 80).flatMap { $0 },
            utf16(String(repeating: "<p>Plain words here.</p>\n", count: 40), bigEndian: false),
            utf16(String(repeating: "<p>Plain words here.</p>\n", count: 400), bigEndian: true),
            [0x00] + utf16(String(repeating: "odd start ", count: 30), bigEndian: true),
            Array("%PDF-1.7".utf8) + page, [0xFF, 0xFE, 0x00, 0x01, 0x02],
        ]
        for seed in 1...40 {
            let count = [15, 16, 17, 100, 4095, 4096, 4097, 9000][Int(seed) % 8]
            samples.append(noise(count, seed: UInt64(seed), alphabet: seed % 2 == 0 ? controls : Array(0...255)))
        }
        return samples
    }()

    @Test func decidesAsThePlainTestsDo() {
        for bytes in Self.samples {
            #expect(BinarySniffer.isBinary(bytes) == Self.plainIsBinary(bytes), "\(bytes.prefix(16)) of \(bytes.count) bytes")
        }
    }

    @Test func pagesAndUTF16AreTextAndControlBytesAreNot() {
        #expect(!BinarySniffer.isBinary(Array("<html><body><p>Hello</p></body></html>".utf8)))
        #expect(!BinarySniffer.isBinary(Self.utf16(String(repeating: "<p>Hello</p>", count: 20), bigEndian: false)))
        #expect(BinarySniffer.isBinary(Self.noise(2000, seed: 7, alphabet: Array(0...0x08))))
    }
}
