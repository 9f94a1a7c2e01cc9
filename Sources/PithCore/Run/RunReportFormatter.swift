import PithStore

/// Prints a run's events for stdout. Nothing at all when there are none: cron mails output.
public enum RunReportFormatter {
    /// The two report formats of `pith run --report`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public static func format(_ events: [RunEvent], as format: Format, style: DiffStyle = DiffStyle()) -> String {
        switch format {
        case .json: return events.map { $0.json + "\n" }.joined()
        case .text:
            // A blank line sets off events with a body (a diff, an error); one-line events stay together.
            let blocks = events.map { text($0, style: style) }
            var output = ""
            for (index, block) in blocks.enumerated() {
                let isLong = block.dropLast().contains("\n")
                if index > 0, isLong || blocks[index - 1].dropLast().contains("\n") { output += "\n" }
                output += block
            }
            return output
        }
    }

    /// `new: TITLE <URL>`, then for changes the metadata and the word diff, indented.
    static func text(_ event: RunEvent, style: DiffStyle) -> String {
        let label = event.title.map { "\($0) (\(event.job))" } ?? event.job
        var lines = ["\(event.kind.rawValue): \(label) <\(event.url)>"]
        switch event.kind {
        case .new, .recovered:
            break
        case .changed:
            lines += event.metadataChanges.map { change in
                "  \(change.field.rawValue): \(style.removed(change.from.description)) → \(style.added(change.to.description))"
            }
            let diff = event.textDiff.map { WordDiffFormatter.format($0, style: style) } ?? ""
            lines += diff.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.map { "  " + $0 }
        case .error:
            let tries = event.tries.map { $0 == 1 ? " (failed once)" : " (failed \($0) times in a row)" } ?? ""
            lines.append("  \(event.error ?? "failed")\(tries); the last good version is kept")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
