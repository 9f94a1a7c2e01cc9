/// One run of an edit script: equal elements, or a block removed from the old sequence and
/// replaced by a block of the new one (either side may be empty).
struct EditRun: Equatable {
    /// Elements of the old sequence this run covers.
    var old: Range<Int>
    /// Elements of the new sequence this run covers.
    var new: Range<Int>
    /// Whether both sides are the same elements.
    var isEqual: Bool
}

/// Turns two sequences into alternating equal and changed runs.
enum EditScript {
    /// The runs that turn `old` into `new`, in order, computed by ``Myers``.
    static func runs<Element: Hashable>(_ old: [Element], _ new: [Element]) -> [EditRun] {
        var symbols: [Element: Int] = [:]
        func encode(_ element: Element) -> Int {
            if let symbol = symbols[element] { return symbol }
            symbols[element] = symbols.count
            return symbols.count - 1
        }
        let oldSymbols = old.map(encode)
        let newSymbols = new.map(encode)
        var runs: [EditRun] = []
        var (i, j) = (0, 0)
        for match in Myers.matches(oldSymbols, newSymbols) + [(old: old.count, new: new.count)] {
            if match.old > i || match.new > j {
                runs.append(EditRun(old: i..<match.old, new: j..<match.new, isEqual: false))
            }
            if match.old < old.count {
                if let last = runs.last, last.isEqual, last.old.upperBound == match.old, last.new.upperBound == match.new {
                    runs[runs.count - 1] = EditRun(old: last.old.lowerBound..<match.old + 1, new: last.new.lowerBound..<match.new + 1, isEqual: true)
                } else {
                    runs.append(EditRun(old: match.old..<match.old + 1, new: match.new..<match.new + 1, isEqual: true))
                }
            }
            (i, j) = (match.old + 1, match.new + 1)
        }
        return runs
    }
}
