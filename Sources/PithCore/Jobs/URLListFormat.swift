import Foundation

/// A plain list of URLs, one per line, with `#` comments and blank lines.
enum URLListFormat {
    /// The jobs of `text` when every non-comment line is a URL; nil when it is something else.
    static func parse(_ text: String, path: String) throws -> JobsFile? {
        var jobs: [Job] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard isURL(line) else { return nil }
            jobs.append(Job(name: line, url: line, line: index + 1))
        }
        guard !jobs.isEmpty else { return nil }
        try checkUniqueNames(jobs, path: path)
        return JobsFile(path: path, format: .urlList, jobs: jobs)
    }

    static func isURL(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return ["http://", "https://", "file://"].contains { lowered.hasPrefix($0) } && !line.contains(where: \.isWhitespace)
    }
}
