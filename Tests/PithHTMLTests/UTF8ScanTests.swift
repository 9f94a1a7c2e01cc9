import Testing
@testable import PithHTML

@Suite struct UTF8ScanTests {
    @Test func classifiesCleanValidAndInvalidInput() {
        let ascii = UTF8Repair.scan(Array("plain <b>ascii</b> text".utf8))
        #expect(ascii.isClean && ascii.multiByteSequences == 0)

        let text = UTF8Repair.scan(Array("Grüße, Привет, 日本, 😀".utf8))
        #expect(text.isClean && text.hasUTF8Text)
        #expect(text.multiByteSequences == 2 + 6 + 2 + 1)

        let withNUL = UTF8Repair.scan([0x61, 0x00, 0x62])
        #expect(withNUL.isValid && !withNUL.isClean)

        // Overlong, surrogate, past U+10FFFF, lone continuation, cut-off sequence.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE6, 0x97]] {
            #expect(!UTF8Repair.scan(bad).isValid, "\(bad)")
        }
    }

    @Test func mostlyUTF8WeighsInvalidBytesAgainstGoodSequences() {
        let fewBad = Array("Grüße".utf8) + [0xFF]
        #expect(UTF8Repair.scan(fewBad).isMostlyUTF8)
        #expect(!UTF8Repair.scan(fewBad).isNearlyValid)
        let manyGood = Array(String(repeating: "Grüße ", count: 4).utf8) + [0xFF]
        #expect(UTF8Repair.scan(manyGood).isNearlyValid)
        let latin1: [UInt8] = [0x66, 0xFC, 0x72, 0x20, 0x47, 0x72, 0xF6, 0xDF, 0x65]  // "für Größe"
        #expect(!UTF8Repair.scan(latin1).isMostlyUTF8)
    }

    @Test func stoppingEarlyNeverChangesTheVerdicts() {
        // Long dense legacy text makes the pass stop early; whatever it decides must be what
        // the full pass decides.
        var generator = SeededGenerator(state: 0xBADC0DE)
        var inputs: [[UInt8]] = [
            Array(repeating: 0xE0, count: 5000),
            Array("<p>".utf8) + (0..<3000).map { UInt8(0xC0 + $0 % 64) } + Array("Привет".utf8),
            Array(String(repeating: "Привет ", count: 500).utf8) + Array(repeating: 0xFF, count: 2000),
        ]
        for _ in 0..<200 {
            inputs.append((0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        for bytes in inputs {
            let quick = UTF8Repair.scan(bytes)
            let full = UTF8Repair.scan(bytes, stoppingEarly: false)
            #expect(full.isComplete)
            #expect(quick.isValid == full.isValid)
            #expect(quick.isMostlyUTF8 == full.isMostlyUTF8)
            #expect(quick.hasUTF8Text == full.hasUTF8Text)
            #expect(quick.isNearlyValid == full.isNearlyValid)
            if quick.isComplete { #expect(quick == full) }
        }
        #expect(!UTF8Repair.scan(inputs[0]).isComplete)
    }

    @Test func repairReplacesInvalidSequencesAndDropsNUL() {
        #expect(UTF8Repair.repaired([0x61, 0x00, 0xFF, 0x62]) == Array("a\u{FFFD}b".utf8))
        let clean = Array("ok".utf8)
        #expect(UTF8Repair.repaired(clean) == clean)
        #expect(UTF8Repair.isCleanUTF8(clean))
        #expect(!UTF8Repair.isCleanUTF8([0x6F, 0x00]))
    }
}
