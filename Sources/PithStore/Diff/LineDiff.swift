/// The line-by-line difference between two texts, grouped into hunks on demand.
public struct LineDiff: Sendable, Equatable {
    public let oldLines: [String]
    public let newLines: [String]
    let runs: [EditRun]

    /// Compares `old` and `new` line by line (an empty text has no lines).
    public init(old: String, new: String) {
        oldLines = Self.lines(of: old)
        newLines = Self.lines(of: new)
        runs = EditScript.runs(oldLines, newLines)
    }

    /// Whether the texts have the same lines.
    public var isEmpty: Bool { runs.allSatisfy(\.isEqual) }

    /// The changes with `context` unchanged lines around each; changes closer than twice the
    /// context share a hunk.
    public func hunks(context: Int) -> [DiffHunk] {
        let context = max(context, 0)
        var groups: [[EditRun]] = []
        for change in runs where !change.isEqual {
            if let previous = groups.last?.last, change.old.lowerBound - previous.old.upperBound <= 2 * context {
                groups[groups.count - 1].append(change)
            } else {
                groups.append([change])
            }
        }
        return groups.map { hunk(for: $0, context: context) }
    }

    private func hunk(for changes: [EditRun], context: Int) -> DiffHunk {
        let first = changes[0]
        let last = changes[changes.count - 1]
        let leading = min(context, first.old.lowerBound, first.new.lowerBound)
        let trailing = min(context, oldLines.count - last.old.upperBound, newLines.count - last.new.upperBound)
        var lines: [DiffLine] = []
        var (oldIndex, newIndex) = (first.old.lowerBound - leading, first.new.lowerBound - leading)
        let (oldStart, newStart) = (oldIndex, newIndex)
        for change in changes {
            while oldIndex < change.old.lowerBound {  // unchanged lines between changes
                lines.append(DiffLine(.context, oldLines[oldIndex]))
                oldIndex += 1
                newIndex += 1
            }
            lines += change.old.map { DiffLine(.removed, oldLines[$0]) }
            lines += change.new.map { DiffLine(.added, newLines[$0]) }
            (oldIndex, newIndex) = (change.old.upperBound, change.new.upperBound)
        }
        lines += (oldIndex..<oldIndex + trailing).map { DiffLine(.context, oldLines[$0]) }
        let oldCount = oldIndex + trailing - oldStart
        let newCount = newIndex + trailing - newStart
        return DiffHunk(
            oldStart: oldCount == 0 ? oldStart : oldStart + 1, oldCount: oldCount,
            newStart: newCount == 0 ? newStart : newStart + 1, newCount: newCount, lines: lines)
    }

    static func lines(of text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
