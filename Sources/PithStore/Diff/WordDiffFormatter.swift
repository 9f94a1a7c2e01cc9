/// Prints a diff inline, word by word: `The council [-approved-]{+rejected+} the plan.`
///
/// Articles are long paragraphs, so a line diff would mark a whole paragraph for one word.
/// Here changed lines are compared word by word and only the lines with changes are printed
/// (with `context` unchanged lines around them); non-adjacent groups are separated by `…`.
/// A removed or added line break with no words around it shows as `¶`. Blank lines are
/// separators only and never printed.
public enum WordDiffFormatter {
    /// The changed lines with inline markers; empty when nothing (shown by `style`) changed.
    public static func format(_ diff: LineDiff, context: Int = 0, style: DiffStyle = DiffStyle()) -> String {
        var builder = MarkedLines(style: style)
        for run in diff.runs {
            if run.isEqual {
                for index in run.new { builder.plainLine(diff.newLines[index]) }
            } else {
                let old = tokens(diff.oldLines[run.old])
                let new = tokens(diff.newLines[run.new])
                for wordRun in EditScript.runs(old, new) {
                    if wordRun.isEqual {
                        for token in new[wordRun.new] { token == lineBreak ? builder.breakLine() : builder.word(token) }
                    } else {
                        builder.group(Array(old[wordRun.old]), removed: true)
                        builder.group(Array(new[wordRun.new]), removed: false)
                    }
                }
                builder.breakLine()
            }
        }
        return select(builder.finish(), context: max(context, 0))
    }

    static let lineBreak = "\n"

    /// Words of the lines, with a line-break token between consecutive lines.
    private static func tokens(_ lines: ArraySlice<String>) -> [String] {
        var tokens: [String] = []
        for (offset, line) in lines.enumerated() {
            if offset > 0 { tokens.append(lineBreak) }
            tokens += line.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return tokens
    }

    /// The changed lines and `context` lines around each, groups separated by `…`.
    private static func select(_ lines: [(text: String, changed: Bool)], context: Int) -> String {
        var keep = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where line.changed {
            for near in max(0, index - context)...min(lines.count - 1, index + context) { keep[near] = true }
        }
        var output: [String] = []
        var previous = -1
        for index in lines.indices where keep[index] {
            if previous >= 0, index > previous + 1 { output.append("…") }
            output.append(lines[index].text)
            previous = index
        }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }
}

/// Accumulates output lines made of plain words and `[-…-]`/`{+…+}` groups.
private struct MarkedLines {
    let style: DiffStyle
    private var lines: [(text: String, changed: Bool)] = []
    private var pieces: [String] = []
    private var changed = false
    private var lastWasRemovedGroup = false

    init(style: DiffStyle) { self.style = style }

    mutating func plainLine(_ text: String) {
        breakLine()
        if !text.isEmpty { lines.append((text, false)) }
    }

    mutating func word(_ word: String) {
        pieces.append(word)
        lastWasRemovedGroup = false
    }

    /// Adds a removed or added run of tokens, following its line breaks.
    mutating func group(_ tokens: [String], removed: Bool) {
        guard !tokens.isEmpty, removed ? style.showsRemoved : style.showsAdded else { return }
        let segments = tokens.split(separator: WordDiffFormatter.lineBreak, omittingEmptySubsequences: false)
        if segments.allSatisfy(\.isEmpty) {
            mark(["¶"], removed: removed)
            if !removed { breakLine() }
            return
        }
        for (offset, segment) in segments.enumerated() {
            if offset > 0 { breakLine() }
            if !segment.isEmpty { mark(Array(segment), removed: removed) }
        }
    }

    mutating func breakLine() {
        if !pieces.isEmpty { lines.append((pieces.joined(separator: " "), changed)) }
        pieces = []
        changed = false
        lastWasRemovedGroup = false
    }

    mutating func finish() -> [(text: String, changed: Bool)] {
        breakLine()
        return lines
    }

    private mutating func mark(_ words: [String], removed: Bool) {
        let text = words.joined(separator: " ")
        let marked = removed ? style.removed("[-\(text)-]") : style.added("{+\(text)+}")
        if !removed, lastWasRemovedGroup, let last = pieces.popLast() {
            pieces.append(last + marked)  // a replacement reads as one unit: [-old-]{+new+}
        } else {
            pieces.append(marked)
        }
        changed = true
        lastWasRemovedGroup = removed
    }
}
