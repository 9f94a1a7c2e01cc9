/// Finds dates written for people in a short line of text, in the languages of
/// ``DateVocabulary``: "Saturday, 23 November 2019 5:20 PM", "23 ноября 2019, 17:20",
/// "23. November 2019", "23 de noviembre de 2019", "November 23, 2019", "23.11.2019",
/// "2019-11-23"...
///
/// Only complete dates count (day, month and year); "November 2019" is too weak to report.
/// A time of day is attached when it sits right before or after the date.
enum TextDateParser {
    /// One date found in a line.
    struct Match {
        var date: PageDate
        /// Where the date (with its time, if any) sits in the line.
        var range: Range<String.Index>
    }

    /// Every date in `text`, in order. `monthFirst` decides `11/12/2019` when both readings
    /// are possible (US English pages write month first).
    static func matches(in text: String, monthFirst: Bool = false) -> [Match] {
        let tokens = DateTokenizer.tokens(text)
        var matches: [Match] = []
        var index = 0
        var previousEnd = 0
        while index < tokens.count {
            guard let found = dateAt(index, tokens, monthFirst: monthFirst) else {
                index += 1
                continue
            }
            // A time before the date must not reach back into the previous match.
            let time = TimeParser.time(after: found.end, tokens)
                ?? TimeParser.time(before: index, tokens).flatMap { $0.tokens.lowerBound >= previousEnd ? $0 : nil }
            var date = found.date
            var start = tokens[index].range.lowerBound
            var end = tokens[found.end - 1].range.upperBound
            if let time {
                date = PageDate(year: date.year, month: date.month, day: date.day,
                                secondsOfDay: time.seconds, offsetMinutes: time.offset, isNamedUTC: time.isNamedUTC) ?? date
                start = min(start, tokens[time.tokens.lowerBound].range.lowerBound)
                end = max(end, tokens[time.tokens.upperBound - 1].range.upperBound)
            }
            matches.append(Match(date: date, range: start..<end))
            index = max(found.end, time.map { $0.tokens.upperBound } ?? 0)
            previousEnd = index
        }
        return matches
    }

    /// The first date in `text`.
    static func firstDate(in text: String, monthFirst: Bool = false) -> PageDate? {
        matches(in: text, monthFirst: monthFirst).first?.date
    }

    /// A date starting at token `index`: the date and the index one past its last token.
    private static func dateAt(_ index: Int, _ tokens: [DateToken], monthFirst: Bool) -> (date: PageDate, end: Int)? {
        guard let number = tokens[index].number else {
            return monthFirstWords(index, tokens)
        }
        if number.digits == 4 {
            return numericYearFirst(index, tokens) ?? yearThenMonthWord(index, tokens)
        }
        return dayThenMonthWord(index, tokens) ?? numericDayFirst(index, tokens, monthFirst: monthFirst)
    }

    // MARK: Dates with month words

    /// "23 November 2019", "23. November 2019", "23 de noviembre de 2019", "1er mars 2020".
    private static func dayThenMonthWord(_ index: Int, _ tokens: [DateToken]) -> (date: PageDate, end: Int)? {
        guard let day = dayValue(tokens[index]) else { return nil }
        var cursor = skip(index + 1, tokens, symbols: ".", fillers: true)
        guard let month = monthValue(at: cursor, tokens) else { return nil }
        cursor = skip(cursor + 1, tokens, symbols: ".,", fillers: true)
        guard let year = yearValue(at: cursor, tokens),
              let date = PageDate(year: year, month: month, day: day) else { return nil }
        return (date, cursor + 1)
    }

    /// "November 23, 2019", "Nov. 23rd 2019".
    private static func monthFirstWords(_ index: Int, _ tokens: [DateToken]) -> (date: PageDate, end: Int)? {
        guard let month = monthValue(at: index, tokens) else { return nil }
        var cursor = skip(index + 1, tokens, symbols: ".", fillers: false)
        guard cursor < tokens.count, let day = dayValue(tokens[cursor]) else { return nil }
        cursor = skip(cursor + 1, tokens, symbols: ".,", fillers: true)
        guard let year = yearValue(at: cursor, tokens),
              let date = PageDate(year: year, month: month, day: day) else { return nil }
        return (date, cursor + 1)
    }

    /// "2019. november 23." (Hungarian style, also seen in CMS defaults).
    private static func yearThenMonthWord(_ index: Int, _ tokens: [DateToken]) -> (date: PageDate, end: Int)? {
        guard let year = yearValue(at: index, tokens) else { return nil }
        var cursor = skip(index + 1, tokens, symbols: ".,", fillers: false)
        guard let month = monthValue(at: cursor, tokens) else { return nil }
        cursor += 1
        guard cursor < tokens.count, let day = dayValue(tokens[cursor]),
              let date = PageDate(year: year, month: month, day: day) else { return nil }
        return (date, cursor + 1)
    }

    // MARK: Numeric dates

    /// "2019-11-23", "2019/11/23", "2019.11.23".
    private static func numericYearFirst(_ index: Int, _ tokens: [DateToken]) -> (date: PageDate, end: Int)? {
        guard let parts = numericTriple(index, tokens), parts.separator != ":" else { return nil }
        guard let year = yearValue(at: index, tokens), parts.values[1].digits <= 2, parts.values[2].digits <= 2,
              let date = PageDate(year: year, month: parts.values[1].value, day: parts.values[2].value)
        else { return nil }
        return (date, parts.end)
    }

    /// "23.11.2019", "23.11.19", "23/11/2019", "11/23/2019", "23-11-2019".
    private static func numericDayFirst(_ index: Int, _ tokens: [DateToken], monthFirst: Bool) -> (date: PageDate, end: Int)? {
        guard let parts = numericTriple(index, tokens), parts.separator != ":" else { return nil }
        let (first, second, last) = (parts.values[0], parts.values[1], parts.values[2])
        guard first.digits <= 2, second.digits <= 2, let year = fullYear(last, separator: parts.separator) else { return nil }
        var (day, month) = (first.value, second.value)
        if parts.separator == "/", (monthFirst && first.value <= 12) || first.value <= 12 && second.value > 12 {
            (day, month) = (second.value, first.value)
        }
        guard let date = PageDate(year: year, month: month, day: day) else { return nil }
        return (date, parts.end)
    }

    /// Three numbers joined by one separator (`.`, `/`, `-`), not part of a longer chain such
    /// as a version number or an IP address.
    private static func numericTriple(_ index: Int, _ tokens: [DateToken])
        -> (values: [(value: Int, digits: Int)], separator: Unicode.Scalar, end: Int)?
    {
        guard index + 4 < tokens.count, let separator = tokens[index + 1].symbol, "./-".unicodeScalars.contains(separator),
              tokens[index + 3].isSymbol(separator)
        else { return nil }
        var values: [(value: Int, digits: Int)] = []
        for offset in [0, 2, 4] {
            guard let number = tokens[index + offset].number else { return nil }
            // Only the last part may carry glued letters ("2019г", or ISO's "23T17:20").
            guard offset == 4 || number.suffix.isEmpty else { return nil }
            // Numbers hug their separators, except after a dot: "23. 11. 2019".
            if offset > 0, tokens[index + offset].spaced, separator != "." { return nil }
            values.append((number.value, number.digits))
        }
        if tokens[index + 1].spaced || tokens[index + 3].spaced { return nil }
        let end = index + 5
        if end + 1 < tokens.count, tokens[end].isSymbol(separator), !tokens[end].spaced, tokens[end + 1].number != nil,
           !tokens[end + 1].spaced {
            return nil
        }
        if index >= 2, tokens[index - 1].isSymbol(separator), !tokens[index].spaced, tokens[index - 2].number != nil {
            return nil
        }
        return (values, separator, end)
    }

    /// A four-digit year, or a two-digit one after dots or slashes ("23.11.19").
    private static func fullYear(_ part: (value: Int, digits: Int), separator: Unicode.Scalar) -> Int? {
        if part.digits == 4 { return part.value }
        if part.digits == 2, separator != "-" { return part.value < 70 ? 2000 + part.value : 1900 + part.value }
        return nil
    }

    // MARK: Parts

    private static func dayValue(_ token: DateToken) -> Int? {
        guard let number = token.number, number.digits <= 2, (1...31).contains(number.value),
              DateVocabulary.ordinalSuffixes.contains(number.suffix) else { return nil }
        return number.value
    }

    private static func monthValue(at index: Int, _ tokens: [DateToken]) -> Int? {
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        return DateVocabulary.months[word]
    }

    private static func yearValue(at index: Int, _ tokens: [DateToken]) -> Int? {
        guard index < tokens.count, let number = tokens[index].number, number.digits == 4,
              (1900...2199).contains(number.value), DateVocabulary.yearSuffixes.contains(number.suffix)
        else { return nil }
        return number.value
    }

    /// The index of the first token from `index` on that is not one of `symbols` (or, with
    /// `fillers`, a filler word like "de"); at most three are skipped.
    private static func skip(_ index: Int, _ tokens: [DateToken], symbols: String, fillers: Bool) -> Int {
        var cursor = index
        while cursor < tokens.count, cursor < index + 3 {
            if let symbol = tokens[cursor].symbol, symbols.unicodeScalars.contains(symbol) {
                cursor += 1
            } else if fillers, let word = tokens[cursor].word, DateVocabulary.fillers.contains(word) {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }
}
