extension String {
    /// `count`, the number of Characters, without grapheme breaking where the text allows it.
    ///
    /// In the scripts and punctuation of ``String/joinsNoNeighbour(_:)`` no scalar joins its
    /// neighbour into one Character, except a carriage return before a line feed: there the
    /// count is the scalars' less those pairs. Any other text is counted by the standard library.
    var characterCount: Int {
        var text = self
        let simple: Int? = text.withUTF8 { bytes in
            var characters = 0
            var previous: UInt32 = 0
            var index = 0
            while index < bytes.count {
                let scalar = UTF8Scalar.next(bytes, &index)
                guard scalar < 0x80 || Self.joinsNoNeighbour(scalar) else { return nil }
                characters += previous == 0x0D && scalar == 0x0A ? 0 : 1
                previous = scalar
            }
            return characters
        }
        return simple ?? count
    }

    /// Scalars that are no combining mark, joiner, prepended mark, regional indicator or jamo,
    /// so that grapheme breaking never joins them with a neighbour: Latin (below U+0300), Greek
    /// and basic Cyrillic, general punctuation without its joiners and invisible marks,
    /// currency signs, kana letters, CJK ideographs, Hangul syllables and fullwidth ASCII.
    static func joinsNoNeighbour(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x370...0x47F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF,
             0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }
}
