import Foundation

/// Edits a jobs file as text for `pith jobs add|remove|enable|disable`, so the user's
/// comments, order and formatting survive. Every edit is checked by parsing the result before
/// anything is written, and the file is replaced atomically.
public struct JobsFileEditor {
    /// The file's path.
    public let path: String
    private(set) var lines: [String]
    private var file: JobsFile

    /// Reads the file; a missing file starts as an empty Pith jobs file.
    public init(path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw JobsConfigError.unreadable(file: path, reason: "\(error.localizedDescription)")
            }
            try self.init(path: path, text: text)
        } else {
            try self.init(path: path, text: Self.newFileText)
        }
    }

    init(path: String, text: String) throws {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        file = try JobsFileLoader.parse(text, path: path)
    }

    /// The edited text.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    /// The jobs file as it now reads.
    public var jobsFile: JobsFile { file }

    /// Appends a job after the last one.
    public mutating func add(_ entry: JobEntry) throws {
        let name = entry.name ?? entry.url
        if file.jobs.contains(where: { $0.name == name }) {
            throw JobsConfigError.cannotEdit(file: path, message: "a job named \"\(name)\" already exists")
        }
        switch file.format {
        case .pith: try addPithJob(entry)
        case .urlwatch: addDocument(entry)
        case .urlList:
            guard entry.name == nil, entry.every == nil, entry.schedule == nil, entry.tags.isEmpty else {
                throw JobsConfigError.cannotEdit(
                    file: path, message: "a plain URL list holds only URLs: no names, schedules or tags (convert it to a jobs file to use them)")
            }
            lines.append(entry.url)
        }
        try reparse()
    }

    /// Removes the job with this name (or URL), keeping the comments around it.
    public mutating func remove(_ nameOrURL: String) throws {
        let job = try find(nameOrURL)
        switch file.format {
        case .pith, .urlwatch:
            let range = itemRange(of: job)
            var removal = range
            if file.format == .urlwatch, let separator = documentSeparator(before: range.lowerBound) {
                removal = separator..<range.upperBound
            }
            removeItem(removal)
        case .urlList:
            lines.remove(at: job.line - 1)
        }
        try reparse()
    }

    /// Enables or disables the job with this name (or URL); returns false when it already was.
    @discardableResult
    public mutating func setEnabled(_ nameOrURL: String, _ enabled: Bool) throws -> Bool {
        if file.format == .urlList { return try setListed(nameOrURL, enabled) }
        let job = try find(nameOrURL)
        guard job.enabled != enabled else { return false }
        let range = itemRange(of: job)
        let indent = try keyIndent(of: job, in: range)
        if let existing = range.first(where: { isKey("enabled", lines[$0], indent: indent) }) {
            let comment = lines[existing].range(of: " #").map { String(lines[existing][$0.lowerBound...]) } ?? ""
            lines[existing] = indent + "enabled: \(enabled)" + comment
        } else {
            try expandScalarItem(job, range: range)
            lines.insert(indent + "enabled: \(enabled)", at: itemRange(of: job).upperBound)
        }
        try reparse()
        return true
    }

    /// Writes the text back atomically, keeping the file's permissions.
    public func save() throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try AtomicFile.write(text, to: path)
        } catch {
            throw JobsConfigError.cannotEdit(file: path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    static let newFileText = """
        # Pith jobs: see `pith jobs --help` and Config/jobs.example.yaml in Pith's sources.
        jobs:

        """

    // MARK: - Locating jobs in the text

    private func find(_ nameOrURL: String) throws -> Job {
        guard let job = file.job(named: nameOrURL) else {
            throw JobsConfigError.cannotEdit(file: path, message: "no job named \"\(nameOrURL)\"")
        }
        return job
    }

    /// Lines (0-based) from the job's first line through its last content line.
    private func itemRange(of job: Job) -> Range<Int> {
        let start = firstLine(of: job)
        let column = indentation(lines[start])
        var end = start + 1
        var lastContent = start
        while end < lines.count {
            let line = lines[end]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { break }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                if file.format == .pith && indentation(line) <= column { break }
                lastContent = end
            }
            end += 1
        }
        return start..<lastContent + 1
    }

    /// The line of the job's `-` (Pith format) or its first key (urlwatch documents).
    private func firstLine(of job: Job) -> Int {
        var line = job.line - 1
        guard file.format == .pith else { return line }
        while line > 0, !lines[line].trimmingCharacters(in: .whitespaces).hasPrefix("-") { line -= 1 }
        return line
    }

    /// The indentation of the job's keys: after `- ` in a sequence item, column 0 in a document.
    private func keyIndent(of job: Job, in range: Range<Int>) throws -> String {
        guard file.format == .pith else { return "" }
        let first = lines[range.lowerBound]
        let dash = indentation(first)
        let afterDash = first.dropFirst(dash + 1)
        if afterDash.trimmingCharacters(in: .whitespaces).hasPrefix("{") {
            throw JobsConfigError.cannotEdit(file: path, message: "line \(job.line): this job is written in {flow} style; edit it by hand")
        }
        let gap = afterDash.prefix { $0 == " " }.count
        if afterDash.trimmingCharacters(in: .whitespaces).isEmpty, range.count > 1 {
            return String(repeating: " ", count: indentation(lines[range.lowerBound + 1]))
        }
        return String(repeating: " ", count: dash + 1 + max(gap, 1))
    }

    /// Turns `- https://example.org/` into `- url: https://example.org/` so keys can follow.
    private mutating func expandScalarItem(_ job: Job, range: Range<Int>) throws {
        guard file.format == .pith, range.count == 1 else { return }
        let line = lines[range.lowerBound]
        let dash = indentation(line)
        let value = line.dropFirst(dash + 1).trimmingCharacters(in: .whitespaces)
        guard !value.contains(": "), !value.hasPrefix("{") else { return }
        lines[range.lowerBound] = String(repeating: " ", count: dash) + "- url: " + value
    }

    /// Removes an item with the comment lines right above it (they describe it), and one of
    /// the blank lines that would be left doubled.
    private mutating func removeItem(_ range: Range<Int>) {
        var start = range.lowerBound
        while start > 0, lines[start - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"),
            indentation(lines[start - 1]) >= indentation(lines[range.lowerBound]), file.format == .pith
        {
            start -= 1
        }
        lines.removeSubrange(start..<range.upperBound)
        let blankBefore = start == 0 || lines[start - 1].trimmingCharacters(in: .whitespaces).isEmpty
        if blankBefore, start < lines.count, lines[start].trimmingCharacters(in: .whitespaces).isEmpty {
            lines.remove(at: start)
        }
    }

    private func documentSeparator(before line: Int) -> Int? {
        var index = line - 1
        while index >= 0 {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed == "---" { return index }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return nil }
            index -= 1
        }
        return nil
    }

    // MARK: - Edits by format

    private mutating func addPithJob(_ entry: JobEntry) throws {
        let (dash, keys) = itemIndentation()
        var block = entry.fields.enumerated().map { index, field in
            (index == 0 ? String(repeating: " ", count: dash) + "- " : String(repeating: " ", count: keys)) + "\(field.0): \(field.1)"
        }
        if let last = file.jobs.last {
            lines.insert(contentsOf: block, at: itemRange(of: last).upperBound)
        } else if let jobsLine = lines.firstIndex(where: { isKey("jobs", $0, indent: "") }) {
            lines[jobsLine] = "jobs:" + (lines[jobsLine].range(of: " #").map { String(lines[jobsLine][$0.lowerBound...]) } ?? "")
            lines.insert(contentsOf: block, at: jobsLine + 1)
        } else {
            block.insert("jobs:", at: 0)
            if lines.last.map({ !$0.isEmpty }) ?? false { block.insert("", at: 0) }
            lines += block
        }
    }

    /// The existing jobs' dash column and key column, or two and four spaces.
    private func itemIndentation() -> (dash: Int, keys: Int) {
        guard let first = file.jobs.first else { return (2, 4) }
        let line = lines[firstLine(of: first)]
        let dash = indentation(line)
        let gap = line.dropFirst(dash + 1).prefix { $0 == " " }.count
        return (dash, dash + 1 + max(gap, 1))
    }

    private mutating func addDocument(_ entry: JobEntry) {
        if lines.last.map({ $0.trimmingCharacters(in: .whitespaces) != "---" }) ?? false { lines.append("---") }
        lines += entry.fields.map { "\($0.0): \($0.1)" }
    }

    /// Enables or disables a URL-list line by commenting it out.
    private mutating func setListed(_ url: String, _ enabled: Bool) throws -> Bool {
        if enabled {
            guard let index = lines.firstIndex(where: { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("#") && trimmed.dropFirst().trimmingCharacters(in: .whitespaces) == url
            }) else {
                if file.job(named: url) != nil { return false }
                throw JobsConfigError.cannotEdit(file: path, message: "no job named \"\(url)\"")
            }
            lines[index] = url
        } else {
            let job = try find(url)
            lines[job.line - 1] = "# " + job.url
        }
        try reparse()
        return true
    }

    private mutating func reparse() throws {
        do {
            file = try JobsFileLoader.parse(text, path: path)
        } catch {
            throw JobsConfigError.cannotEdit(file: path, message: "the edit would make the file invalid (\(error)); nothing was written")
        }
    }

    private func isKey(_ key: String, _ line: String, indent: String) -> Bool {
        line.hasPrefix(indent + key + ":") && indentation(line) == indent.count
    }

    private func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}
