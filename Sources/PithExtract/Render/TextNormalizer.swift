import Foundation

/// The last normalization of block text: Unicode NFC, so the same words always have the same
/// bytes (diffs and content hashes depend on it).
enum TextNormalizer {
    /// `text` in NFC. Only text holding a combining mark or a Hangul jamo can change, so the
    /// costly conversion runs only then.
    static func nfc(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        let needs = text.unicodeScalars.contains { scalar in
            scalar.value >= 0x300 && (scalar.properties.canonicalCombiningClass.rawValue != 0
                || (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value))
        }
        return needs ? text.precomposedStringWithCanonicalMapping : text
    }

    static func normalize(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            var block = block
            block.inlines = block.inlines.map { run in var run = run; run.text = nfc(run.text); return run }
            block.cells = block.cells.map { cell in cell.map { run in var run = run; run.text = nfc(run.text); return run } }
            return block
        }
    }

    /// Words: runs of letters and digits (what `word_count` counts).
    /// Decodes the UTF-8 by hand (a String's bytes are valid UTF-8): ASCII, most of any page,
    /// then costs a compare per byte instead of a trip through the scalar view.
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let isWord = Words.isWordScalar(UTF8Scalar.next(bytes, &index))
                if isWord && !inWord { count += 1 }
                inWord = isWord
            }
            return count
        }
    }
}
