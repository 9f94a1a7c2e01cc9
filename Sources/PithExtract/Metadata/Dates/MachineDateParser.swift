/// Reads dates written for machines: meta tags, JSON-LD, `<time datetime>`.
///
/// ISO 8601 / RFC 3339 in its common variants (`2019-11-23`, `2019-11-23T17:20:00+01:00`,
/// `2019-11-23 17:20:00.000Z`, `2019-11-23T17:20+0100`), `20191123`, Unix timestamps; anything
/// else (RFC 2822, "November 23, 2019") goes to ``TextDateParser``.
enum MachineDateParser {
    static func parse(_ raw: String, monthFirst: Bool = false) -> PageDate? {
        let bytes = Array(raw.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        guard !bytes.isEmpty else { return nil }
        if let date = iso(bytes) { return date }
        if let date = digitsOnly(bytes) { return date }
        return TextDateParser.firstDate(in: raw, monthFirst: monthFirst)
    }

    /// `YYYYMMDD`, or a Unix timestamp in seconds (10 digits) or milliseconds (13).
    private static func digitsOnly(_ bytes: [UInt8]) -> PageDate? {
        let digits = bytes.prefix { isDigit($0) }
        guard digits.count == bytes.count || bytes[digits.count] == 0x20 else { return nil }
        let value = digits.reduce(0) { $0 &* 10 &+ Int($1 - 48) }
        switch digits.count {
        case 8: return PageDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
        case 10: return PageDate.fromUnixSeconds(value)
        case 13: return PageDate.fromUnixSeconds(value / 1000)
        default: return nil
        }
    }

    private static func iso(_ bytes: [UInt8]) -> PageDate? {
        var reader = ByteReader(bytes: bytes)
        guard let year = reader.number(digits: 4), let dateSeparator = reader.peek,
              dateSeparator == UInt8(ascii: "-") || dateSeparator == UInt8(ascii: "/") || dateSeparator == UInt8(ascii: ".")
        else { return nil }
        reader.advance()
        guard let month = reader.number(digits: 2) ?? reader.number(digits: 1), reader.take(dateSeparator),
              let day = reader.number(digits: 2) ?? reader.number(digits: 1)
        else { return nil }
        if reader.isAtEnd || reader.peek.map(isDigit) == true { return PageDate(year: year, month: month, day: day) }
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) || reader.take(UInt8(ascii: " ")),
              let seconds = isoTime(&reader)
        else { return PageDate(year: year, month: month, day: day) }
        let zone = isoZone(&reader)
        return PageDate(year: year, month: month, day: day, secondsOfDay: seconds, offsetMinutes: zone?.offset, isNamedUTC: zone?.isNamed ?? false)
    }

    /// `HH:MM[:SS[.fraction]]`.
    private static func isoTime(_ reader: inout ByteReader) -> Int? {
        guard let hour = reader.number(digits: 2), hour <= 23, reader.take(UInt8(ascii: ":")),
              let minute = reader.number(digits: 2), minute <= 59 else { return nil }
        var second = 0
        if reader.take(UInt8(ascii: ":")) {
            guard let value = reader.number(digits: 2), value <= 60 else { return nil }
            second = min(value, 59)
            if reader.take(UInt8(ascii: ".")) || reader.take(UInt8(ascii: ",")) {
                while let byte = reader.peek, isDigit(byte) { reader.advance() }
            }
        }
        return hour * 3600 + minute * 60 + second
    }

    /// `Z`, `±HH:MM`, `±HHMM`, `±HH`, optionally after a space or `GMT`/`UTC`; and whether
    /// UTC was named rather than written as an offset.
    private static func isoZone(_ reader: inout ByteReader) -> (offset: Int, isNamed: Bool)? {
        _ = reader.take(UInt8(ascii: " "))
        if reader.take(UInt8(ascii: "Z")) || reader.take(UInt8(ascii: "z")) { return (0, true) }
        let hadName = reader.takeWord("GMT") || reader.takeWord("UTC")
        guard let sign = reader.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
            return hadName ? (0, true) : nil
        }
        reader.advance()
        guard let hours = reader.number(digits: 2, followedByDigit: true), hours <= 14 else { return nil }
        var minutes = 0
        if reader.take(UInt8(ascii: ":")) {
            guard let value = reader.number(digits: 2) else { return nil }
            minutes = value
        } else if let value = reader.number(digits: 2) {
            minutes = value
        }
        guard minutes <= 59 else { return nil }
        let magnitude = hours * 60 + minutes
        return (sign == UInt8(ascii: "+") ? magnitude : -magnitude, false)
    }

    fileprivate static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}

/// A cursor over ASCII bytes for the ISO parser.
private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }

    mutating func advance() { position += 1 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    mutating func takeWord(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<(position + utf8.count)]) == utf8 else { return false }
        position += utf8.count
        return true
    }

    /// Exactly `digits` digits, not followed by another digit unless `followedByDigit` allows
    /// it (the hours of `+0100`).
    mutating func number(digits: Int, followedByDigit: Bool = false) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[position + offset]
            guard MachineDateParser.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        if !followedByDigit, position + digits < bytes.count, MachineDateParser.isDigit(bytes[position + digits]) { return nil }
        position += digits
        return value
    }
}
