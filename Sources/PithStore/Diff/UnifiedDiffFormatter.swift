/// Prints hunks as a unified diff (`diff -u`, `git diff`).
public enum UnifiedDiffFormatter {
    /// The diff with `---`/`+++` headers naming both sides; empty when there are no hunks.
    ///
    /// With ``DiffStyle/Sides/addedOnly`` or ``DiffStyle/Sides/removedOnly`` the other side's
    /// lines are left out (the result is then for reading, not for `patch`), and hunks that
    /// only hold the other side's changes are skipped.
    public static func format(_ hunks: [DiffHunk], from oldLabel: String, to newLabel: String, style: DiffStyle = DiffStyle()) -> String {
        var output: [String] = []
        for hunk in hunks {
            let shown = hunk.lines.filter { line in
                switch line.kind {
                case .context: true
                case .removed: style.showsRemoved
                case .added: style.showsAdded
                }
            }
            guard shown.contains(where: { $0.kind != .context }) else { continue }
            output.append(style.header(hunk.header))
            for line in shown {
                let text = line.kind.rawValue + line.text
                switch line.kind {
                case .context: output.append(text)
                case .removed: output.append(style.removed(text))
                case .added: output.append(style.added(text))
                }
            }
        }
        guard !output.isEmpty else { return "" }
        return ([style.bold("--- " + oldLabel), style.bold("+++ " + newLabel)] + output).joined(separator: "\n") + "\n"
    }
}
