/// A date written in a URL's path: `/2019/11/23/slug`, `/news-2019-11-23-slug`, `/20191123/`.
///
/// Weak evidence (a URL can carry an event's date or an archive folder), so it is the last
/// resort, and only a full year-month-day counts.
enum URLDate {
    static func date(in url: String) -> PageDate? {
        let path = pathPart(of: url)
        let runs = digitRuns(in: path)
        for (index, run) in runs.enumerated() where run.digits.count == 4 {
            guard index + 2 < runs.count else { break }
            let month = runs[index + 1]
            let day = runs[index + 2]
            guard month.digits.count <= 2, day.digits.count <= 2,
                  let separator = month.separatorBefore, separator == day.separatorBefore, "/-_.".contains(separator),
                  let year = Int(run.digits), let monthValue = Int(month.digits), let dayValue = Int(day.digits)
            else { continue }
            if let date = PageDate(year: year, month: monthValue, day: dayValue), date.year >= 1995 { return date }
        }
        for run in runs where run.digits.count == 8 {
            guard let value = Int(run.digits) else { continue }
            if let date = PageDate(year: value / 10_000, month: value / 100 % 100, day: value % 100),
               (1995...2100).contains(date.year) {
                return date
            }
        }
        return nil
    }

    private struct DigitRun {
        var digits: Substring
        /// The single character just before the run, when the run follows another run.
        var separatorBefore: Character?
    }

    /// The runs of digits in `path`, each with the one character joining it to the previous run.
    private static func digitRuns(in path: Substring) -> [DigitRun] {
        var runs: [DigitRun] = []
        var index = path.startIndex
        var previousEnd: Substring.Index?
        while index < path.endIndex {
            guard path[index].asciiDigit != nil else {
                index = path.index(after: index)
                continue
            }
            let start = index
            while index < path.endIndex, path[index].asciiDigit != nil { index = path.index(after: index) }
            var separator: Character?
            if let previousEnd, path.index(after: previousEnd) == start { separator = path[previousEnd] }
            runs.append(DigitRun(digits: path[start..<index], separatorBefore: separator))
            previousEnd = index
        }
        return runs
    }

    /// The path of an absolute or relative URL: after the host, before `?` and `#`.
    private static func pathPart(of url: String) -> Substring {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        return rest
    }
}
