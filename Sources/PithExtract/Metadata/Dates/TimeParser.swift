/// Reads a time of day, with its zone when one is written, next to a date: "5:20 PM",
/// "17:20", "17.20 Uhr", "17h20", "17:20 CET", "17:20 +01:00", "17:20:05 GMT+1".
enum TimeParser {
    struct Time {
        var seconds: Int
        var offset: Int?
        /// Whether UTC was named (`Z`, `UTC`, `GMT`) rather than written as `+00:00`.
        var isNamedUTC = false
        var tokens: Range<Int>
    }

    /// Punctuation that may separate a date from its time.
    private static let separators: Set<Unicode.Scalar> = [",", "-", "–", "—", "|", "•", "·", "/", "@", "(", "/"]

    /// A time starting at most three separators or connector words after token `index`.
    static func time(after index: Int, _ tokens: [DateToken]) -> Time? {
        var cursor = index
        while cursor < tokens.count, cursor < index + 4 {
            if let time = parse(at: cursor, tokens) { return time }
            guard isSeparator(tokens[cursor]) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// A time that ends at most two separators before token `index`: "17:20, 23 ноября 2019".
    static func time(before index: Int, _ tokens: [DateToken]) -> Time? {
        var start = index - 1
        while start >= 0, start >= index - 8 {
            if tokens[start].number != nil, let time = parse(at: start, tokens), time.tokens.upperBound <= index,
               (time.tokens.upperBound..<index).allSatisfy({ isSeparator(tokens[$0]) }), index - time.tokens.upperBound <= 2 {
                return time
            }
            start -= 1
        }
        return nil
    }

    private static func isSeparator(_ token: DateToken) -> Bool {
        if let symbol = token.symbol { return separators.contains(symbol) }
        if let word = token.word { return DateVocabulary.timeConnectors.contains(word) }
        return false
    }

    /// A time whose hour is token `index`.
    static func parse(at index: Int, _ tokens: [DateToken]) -> Time? {
        guard let clock = clock(at: index, tokens) else { return nil }
        var cursor = clock.end
        var hour = clock.hour
        var lastSuffix = clock.lastSuffix
        if cursor < tokens.count, let word = tokens[cursor].word, word == "uhr" || word == "h" { cursor += 1 }
        if let (isAfternoon, end) = meridiem(at: cursor, tokens) {
            guard hour >= 1, hour <= 12 else { return nil }
            hour = hour % 12 + (isAfternoon ? 12 : 0)
            cursor = end
            lastSuffix = ""
        }
        var offset: Int?
        var isNamedUTC = false
        if lastSuffix == "z" {
            offset = 0
            isNamedUTC = true
        } else if let zone = zone(at: cursor, tokens) {
            offset = zone.offset
            isNamedUTC = zone.isNamed && zone.offset == 0
            cursor = zone.end
        }
        return Time(seconds: hour * 3600 + clock.minute * 60 + clock.second, offset: offset, isNamedUTC: isNamedUTC,
                    tokens: index..<cursor)
    }

    /// "17:20", "17:20:05", "17.20", "17h20".
    private static func clock(at index: Int, _ tokens: [DateToken])
        -> (hour: Int, minute: Int, second: Int, end: Int, lastSuffix: String)?
    {
        guard index + 1 < tokens.count, let hour = tokens[index].number, hour.digits <= 2, hour.value <= 23 else { return nil }
        var cursor: Int
        if hour.suffix == "h", let minute = tokens[index + 1].number, minute.digits == 2, !tokens[index + 1].spaced {
            cursor = index + 1
        } else if hour.suffix.isEmpty, index + 2 < tokens.count, let separator = tokens[index + 1].symbol,
                  separator == ":" || separator == ".", !tokens[index + 1].spaced, !tokens[index + 2].spaced {
            cursor = index + 2
        } else {
            return nil
        }
        guard let minute = tokens[cursor].number, minute.digits == 2, minute.value <= 59 else { return nil }
        var second = 0
        var lastSuffix = minute.suffix
        cursor += 1
        if lastSuffix.isEmpty, cursor + 1 < tokens.count, tokens[cursor].isSymbol(":"),
           let seconds = tokens[cursor + 1].number, seconds.digits == 2, seconds.value <= 59 {
            second = seconds.value
            lastSuffix = seconds.suffix
            cursor += 2
        }
        guard ["", "z", "h", "uhr", "am", "pm"].contains(lastSuffix) else { return nil }
        if lastSuffix == "am" || lastSuffix == "pm" {
            guard hour.value >= 1, hour.value <= 12 else { return nil }
            return (hour.value % 12 + (lastSuffix == "pm" ? 12 : 0), minute.value, second, cursor, "")
        }
        return (hour.value, minute.value, second, cursor, lastSuffix)
    }

    /// "PM", "pm", "p.m.".
    private static func meridiem(at index: Int, _ tokens: [DateToken]) -> (Bool, Int)? {
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        if DateVocabulary.meridiemAfternoon.contains(word) { return (true, index + 1) }
        if DateVocabulary.meridiemMorning.contains(word) { return (false, index + 1) }
        if word == "a" || word == "p", index + 2 < tokens.count, tokens[index + 1].isSymbol("."), tokens[index + 2].word == "m" {
            let end = index + 3 < tokens.count && tokens[index + 3].isSymbol(".") ? index + 4 : index + 3
            return (word == "p", end)
        }
        return nil
    }

    /// "CET", "UTC", "GMT+1", "+01:00", "+0100", "(MEZ)"; and whether the zone was named.
    private static func zone(at index: Int, _ tokens: [DateToken]) -> (offset: Int, end: Int, isNamed: Bool)? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].isSymbol("(") { cursor += 1 }
        guard cursor < tokens.count else { return nil }
        if let word = tokens[cursor].word, let base = DateVocabulary.zones[word] {
            if (word == "utc" || word == "gmt"), let numeric = numericOffset(at: cursor + 1, tokens) {
                return (numeric.offset, numeric.end, false)
            }
            return (base, cursor + 1, true)
        }
        return numericOffset(at: cursor, tokens).map { ($0.offset, $0.end, false) }
    }

    /// "+01:00", "+0100", "-05", "+1".
    private static func numericOffset(at index: Int, _ tokens: [DateToken]) -> (offset: Int, end: Int)? {
        guard index + 1 < tokens.count, let sign = tokens[index].symbol, "+-−".unicodeScalars.contains(sign),
              let number = tokens[index + 1].number, number.suffix.isEmpty, !tokens[index + 1].spaced
        else { return nil }
        var hours = number.value
        var minutes = 0
        var end = index + 2
        switch number.digits {
        case 4:
            hours = number.value / 100
            minutes = number.value % 100
        case 1, 2:
            if end + 1 < tokens.count, tokens[end].isSymbol(":"), let minute = tokens[end + 1].number, minute.digits == 2 {
                minutes = minute.value
                end += 2
            }
        default:
            return nil
        }
        guard hours <= 14, minutes <= 59 else { return nil }
        let magnitude = hours * 60 + minutes
        return (sign == "+" ? magnitude : -magnitude, end)
    }
}
