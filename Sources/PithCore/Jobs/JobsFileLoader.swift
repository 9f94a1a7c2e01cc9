import Foundation
import Yams

/// Reads a jobs file in any of its three formats (``JobsFile/Format``), validating everything
/// before anything runs: every problem is reported with the file, the line and what is wrong.
public enum JobsFileLoader {
    /// Loads the file at `path`. `home` expands `~` in settings paths.
    public static func load(path: String, home: String = NSHomeDirectory()) throws -> JobsFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw JobsConfigError.unreadable(file: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobsConfigError.unreadable(file: path, reason: "it is not UTF-8 text")
        }
        return try parse(text, path: path, home: home)
    }

    /// Parses jobs file text; `path` names it in errors and anchors relative settings paths.
    public static func parse(_ text: String, path: String, home: String = NSHomeDirectory()) throws -> JobsFile {
        if let list = try URLListFormat.parse(text, path: path) { return list }
        let reader = YAMLReader(file: path)
        let documents = try compose(text, reader)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if documents.count == 1, let root = documents.first, isPithFormat(root) {
            return try PithFormat.parse(root, path: path, reader: reader, paths: SettingsPaths(folder: folder, home: home))
        }
        if documents.allSatisfy({ $0.mapping?["url"] != nil || $0.mapping?["navigate"] != nil || $0.mapping?["command"] != nil }),
            !documents.isEmpty
        {
            return try URLWatchFormat.parse(documents, path: path, reader: reader)
        }
        if documents.isEmpty { return JobsFile(path: path, format: .pith, jobs: []) }
        throw JobsConfigError.invalid(
            file: path, line: documents.first?.mark?.line,
            message: "not a jobs file: expected settings:/defaults:/jobs:, a urlwatch urls.yaml, or one URL per line")
    }

    private static func isPithFormat(_ root: Node) -> Bool {
        guard let mapping = root.mapping else { return false }
        return mapping.keys.contains { ["jobs", "settings", "defaults"].contains($0.string ?? "") }
    }

    private static func compose(_ text: String, _ reader: YAMLReader) throws -> [Node] {
        do {
            // Not `compose_all`: its sequence swallows errors mid-stream.
            let parser = try Parser(yaml: text)
            var documents: [Node] = []
            while let document = try parser.nextRoot() {
                if document.null == nil { documents.append(document) }
            }
            return documents
        } catch let error as YamlError {
            throw syntaxError(error, reader)
        } catch {
            throw reader.error(nil, "cannot parse YAML: \(error)")
        }
    }

    private static func syntaxError(_ error: YamlError, _ reader: YAMLReader) -> JobsConfigError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return .invalid(file: reader.file, line: mark.line, message: "YAML syntax error: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .invalid(
                file: reader.file, line: context.mark.line,
                message: "the key \(duplicates.joined(separator: ", ")) appears twice in the same mapping")
        default:
            return .invalid(file: reader.file, line: nil, message: "YAML error: \(error)")
        }
    }
}

/// Where relative and `~` paths in `settings:` are anchored.
struct SettingsPaths {
    let folder: String
    let home: String

    func resolve(_ path: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
    }
}

/// Checks names are unique across a file's jobs.
func checkUniqueNames(_ jobs: [Job], path: String) throws {
    var seen: [String: Int] = [:]
    for job in jobs {
        if let first = seen[job.name] {
            throw JobsConfigError.invalid(
                file: path, line: job.line,
                message: "two jobs are named \"\(job.name)\" (the other is at line \(first)); give one a different name:")
        }
        seen[job.name] = job.line
    }
}
