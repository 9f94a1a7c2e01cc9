import Yams

/// urlwatch's `urls.yaml`: one job per YAML document. Keys Pith shares with urlwatch are read;
/// urlwatch-only keys (filters, diff options, ...) are skipped with a warning, since Pith
/// extracts the article itself. Shell-command jobs are skipped.
enum URLWatchFormat {
    static func parse(_ documents: [Node], path: String, reader: YAMLReader) throws -> JobsFile {
        var jobs: [Job] = []
        var warnings: [String] = []
        for document in documents {
            let line = document.mark?.line ?? 0
            if document.mapping?["command"] != nil {
                warnings.append("\(path):\(line): skipping a urlwatch command job; Pith only watches URLs")
                continue
            }
            var fields = JobFields()
            for (key, keyNode, value) in try reader.pairs(document, "a urlwatch job") {
                if key == "navigate" {
                    fields.url = try JobFields.url(try reader.nonEmptyString(value, key), value, reader)
                    continue
                }
                let used = try shared.contains(key) && fields.read(key, value, reader)
                if !used { warnings.append("\(path):\(keyNode.mark?.line ?? line): ignoring the urlwatch key \"\(key)\"") }
            }
            guard let job = fields.job(line: line) else { continue }
            jobs.append(job)
        }
        try checkUniqueNames(jobs, path: path)
        return JobsFile(path: path, format: .urlwatch, jobs: jobs, warnings: warnings)
    }

    /// The urlwatch job keys that mean the same in Pith.
    private static let shared: Set<String> = ["name", "url", "max_tries", "headers", "enabled", "user_agent"]
}
