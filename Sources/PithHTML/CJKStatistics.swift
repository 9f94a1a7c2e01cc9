/// Whether a page's non-ASCII bytes fit one of the East Asian multi-byte encodings, and which.
///
/// Each encoding is checked for structure (every lead byte followed by a trail byte it
/// allows) and for plausibility: the share of characters that fall where that language's
/// everyday text falls. Japanese text is full of kana (Shift_JIS leads 0x82/0x83, EUC-JP leads
/// 0xA4/0xA5); Korean is nearly all Hangul syllables (EUC-KR leads 0xB0–0xC8) with few Hanja;
/// Chinese hanzi fill GB2312's 0xB0–0xF7 rows, and Big5 text is told from GBK by its trail
/// bytes below 0x80, which GB2312 text never uses. Single-byte text read as multi-byte fails
/// both tests: a lead byte before a space or a full stop breaks the structure, and Latin
/// letters do not land in the ideograph rows.
struct CJKStatistics {
    /// Characters of two or more bytes (and Shift_JIS half-width katakana), per encoding.
    private var characters = Tally()
    private var errors = Tally()
    /// Characters in the region everyday text of the encoding's language uses.
    private var common = Tally()
    /// GBK characters whose trail byte is below 0x80 (Big5-like).
    private var lowTrails = 0
    /// EUC-KR characters in the Hanja rows (0xCA–0xFD leads), rare in modern Korean.
    private var hanja = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        countShiftJIS(bytes)
        countEUCJP(bytes)
        countGBK(bytes)
        countEUCKR(bytes)
        countBig5(bytes)
    }

    /// The encoding the bytes fit, or nil when none fits well.
    var likelyEncoding: TextEncoding? {
        if fits(\.shiftJIS, commonShare: 0.15) { return .shiftJIS }
        if fits(\.eucJP, commonShare: 0.15) { return .eucJP }
        if fits(\.eucKR, commonShare: 0.75) && hanja * 10 < characters.eucKR { return .eucKR }
        let big5Like = lowTrails * 10 > characters.gbk
        if big5Like && fits(\.big5, commonShare: 0.4) { return .big5 }
        if !big5Like && fits(\.gbk, commonShare: 0.4) { return .gbk }
        return nil
    }

    /// Enough characters, almost no structural errors (a title cut mid-character is
    /// forgiven), and a plausible share of everyday characters.
    private func fits(_ encoding: KeyPath<Tally, Int>, commonShare: Double) -> Bool {
        let count = characters[keyPath: encoding]
        guard count >= 8 else { return false }
        guard errors[keyPath: encoding] <= 2 + count / 50 else { return false }
        return Double(common[keyPath: encoding]) >= commonShare * Double(count)
    }

    private mutating func countShiftJIS(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            switch lead {
            case 0x00...0x7F: index = bytes.indexOfHighByte(from: index)
            case 0xA1...0xDF:
                characters.shiftJIS += 1
            case 0x81...0x9F, 0xE0...0xFC:
                guard index < bytes.count, (0x40...0x7E).contains(bytes[index]) || (0x80...0xFC).contains(bytes[index]) else {
                    errors.shiftJIS += 1
                    continue
                }
                index += 1
                characters.shiftJIS += 1
                if lead == 0x82 || lead == 0x83 { common.shiftJIS += 1 }
            default:
                errors.shiftJIS += 1
            }
        }
    }

    private mutating func countEUCJP(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            if lead < 0x80 {
                index = bytes.indexOfHighByte(from: index)
                continue
            }
            let trailCount = lead == 0x8F ? 2 : 1
            let trailRange: ClosedRange<UInt8> = lead == 0x8E ? 0xA1...0xDF : 0xA1...0xFE
            guard lead == 0x8E || lead == 0x8F || (0xA1...0xFE).contains(lead),
                index + trailCount <= bytes.count,
                (0..<trailCount).allSatisfy({ trailRange.contains(bytes[index + $0]) })
            else {
                errors.eucJP += 1
                continue
            }
            index += trailCount
            characters.eucJP += 1
            if lead == 0xA4 || lead == 0xA5 { common.eucJP += 1 }
        }
    }

    private mutating func countGBK(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            if lead < 0x80 {
                index = bytes.indexOfHighByte(from: index)
                continue
            }
            guard (0x81...0xFE).contains(lead), index < bytes.count else {
                // 0x80 alone is the euro sign in GBK: neither an error nor evidence.
                if lead != 0x80 { errors.gbk += 1 }
                continue
            }
            let trail = bytes[index]
            if (0x30...0x39).contains(trail) {
                // gb18030's four-byte form: digit, lead-range byte, digit.
                guard index + 2 < bytes.count, (0x81...0xFE).contains(bytes[index + 1]), (0x30...0x39).contains(bytes[index + 2]) else {
                    errors.gbk += 1
                    continue
                }
                index += 3
                characters.gbk += 1
                continue
            }
            guard (0x40...0x7E).contains(trail) || (0x80...0xFE).contains(trail) else {
                errors.gbk += 1
                continue
            }
            index += 1
            characters.gbk += 1
            if trail < 0x80 { lowTrails += 1 }
            if (0xB0...0xF7).contains(lead) && trail >= 0xA1 { common.gbk += 1 }
        }
    }

    private mutating func countEUCKR(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            if lead < 0x80 {
                index = bytes.indexOfHighByte(from: index)
                continue
            }
            guard (0x81...0xFE).contains(lead), index < bytes.count else {
                errors.eucKR += 1
                continue
            }
            let trail = bytes[index]
            guard (0x41...0x5A).contains(trail) || (0x61...0x7A).contains(trail) || (0x81...0xFE).contains(trail) else {
                errors.eucKR += 1
                continue
            }
            index += 1
            characters.eucKR += 1
            if (0xB0...0xC8).contains(lead) && trail >= 0xA1 { common.eucKR += 1 }
            if (0xCA...0xFD).contains(lead) && trail >= 0xA1 { hanja += 1 }
        }
    }

    private mutating func countBig5(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            if lead < 0x80 {
                index = bytes.indexOfHighByte(from: index)
                continue
            }
            guard (0x81...0xFE).contains(lead), index < bytes.count else {
                errors.big5 += 1
                continue
            }
            let trail = bytes[index]
            guard (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail) else {
                errors.big5 += 1
                continue
            }
            index += 1
            characters.big5 += 1
            // Big5's frequently used hanzi: 0xA440 up to 0xC67E.
            if (0xA4...0xC5).contains(lead) || (lead == 0xC6 && trail <= 0x7E) { common.big5 += 1 }
        }
    }

    /// One counter per candidate encoding.
    private struct Tally {
        var shiftJIS = 0
        var eucJP = 0
        var gbk = 0
        var eucKR = 0
        var big5 = 0
    }
}
