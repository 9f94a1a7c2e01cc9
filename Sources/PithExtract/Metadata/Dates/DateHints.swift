/// A cheap test on raw text before any date parsing: every date Pith reads has a four-digit
/// year starting with 1 or 2, or is numeric with a two-digit year (`23.11.19`, `23/11/19`).
enum DateHints {
    static func mayHoldDate(_ text: String) -> Bool { mayHoldDate(text.utf8) }

    static func mayHoldDate(_ bytes: some Sequence<UInt8>) -> Bool {
        var length = 0
        var first: UInt8 = 0
        // The two previous digit runs' lengths, and the single character before each run
        // (0 when runs are further apart).
        var previousLength = 0
        var secondPreviousLength = 0
        var previousJoint: UInt8 = 0
        var joint: UInt8 = 0
        var gap = 0
        var gapByte: UInt8 = 0
        func runEnds() -> Bool {
            if length == 4, first == UInt8(ascii: "1") || first == UInt8(ascii: "2") { return true }
            if length == 2, joint == UInt8(ascii: ".") || joint == UInt8(ascii: "/"), previousJoint == joint,
               (1...2).contains(previousLength), (1...2).contains(secondPreviousLength) {
                return true
            }
            secondPreviousLength = previousLength
            previousLength = length
            previousJoint = joint
            return false
        }
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if length == 0 {
                    first = byte
                    joint = gap == 1 ? gapByte : 0
                }
                length += 1
                continue
            }
            if length > 0 {
                if runEnds() { return true }
                length = 0
                gap = 0
            }
            gap += 1
            gapByte = byte
        }
        return length > 0 && runEnds()
    }
}
