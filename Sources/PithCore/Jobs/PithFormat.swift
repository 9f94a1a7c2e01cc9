import Foundation
import Yams

/// Pith's own jobs file: a mapping with `settings:`, `defaults:` and `jobs:`.
enum PithFormat {
    static func parse(_ root: Node, path: String, reader: YAMLReader, paths: SettingsPaths) throws -> JobsFile {
        var settings = JobsSettings()
        var defaults = JobFields()
        var jobNodes: [Node] = []
        for (key, keyNode, value) in try reader.pairs(root, "the jobs file") {
            switch key {
            case "settings": settings = try parseSettings(value, reader: reader, paths: paths)
            case "defaults": defaults = try parseDefaults(value, reader: reader)
            case "jobs":
                if value.null != nil { continue }
                guard let sequence = value.sequence else { throw reader.error(value, "jobs must be a list (each entry starting with \"- \")") }
                jobNodes = Array(sequence)
            default: throw reader.unknownKey(key, at: keyNode, allowed: ["settings", "defaults", "jobs"], in: "the jobs file")
            }
        }
        let jobs = try jobNodes.map { try parseJob($0, defaults: defaults, reader: reader) }
        try checkUniqueNames(jobs, path: path)
        return JobsFile(path: path, format: .pith, settings: settings, jobs: jobs)
    }

    /// A job entry: a mapping, or just a URL.
    static func parseJob(_ node: Node, defaults: JobFields, reader: YAMLReader) throws -> Job {
        let line = node.mark?.line ?? 0
        var fields = JobFields()
        if node.scalar != nil {
            fields.url = try JobFields.url(try reader.nonEmptyString(node, "url"), node, reader)
        } else {
            var timing: [String] = []
            for (key, keyNode, value) in try reader.pairs(node, "a job") {
                guard try fields.read(key, value, reader) else {
                    throw reader.unknownKey(key, at: keyNode, allowed: JobFields.keys, in: "a job")
                }
                if key == "every" || key == "schedule" { timing.append(key) }
            }
            if timing.count == 2 { throw reader.error(node, "a job can have every or schedule, not both") }
        }
        guard fields.url != nil else { throw reader.error(node, "this job has no url") }
        return fields.merged(over: defaults).job(line: line)!
    }

    private static func parseDefaults(_ node: Node, reader: YAMLReader) throws -> JobFields {
        var fields = JobFields()
        var timing = 0
        for (key, keyNode, value) in try reader.pairs(node, "defaults") {
            guard key != "name", key != "url", try fields.read(key, value, reader) else {
                let allowed = JobFields.keys.filter { $0 != "name" && $0 != "url" }
                throw reader.unknownKey(key, at: keyNode, allowed: allowed, in: "defaults")
            }
            if key == "every" || key == "schedule" { timing += 1 }
        }
        if timing == 2 { throw reader.error(node, "defaults can have every or schedule, not both") }
        return fields
    }

    private static func parseSettings(_ node: Node, reader: YAMLReader, paths: SettingsPaths) throws -> JobsSettings {
        var settings = JobsSettings()
        let allowed = FetchSettings.keys + ["output_dir", "output_format", "atom_feed", "store"]
        for (key, keyNode, value) in try reader.pairs(node, "settings") {
            if try settings.fetch.read(key, value, reader) { continue }
            switch key {
            case "output_dir": settings.outputDirectory = paths.resolve(try reader.nonEmptyString(value, key))
            case "output_format":
                let format = try reader.nonEmptyString(value, key)
                guard ["json", "markdown", "text"].contains(format) else {
                    throw reader.error(value, "output_format must be json, markdown or text, not \"\(format)\"")
                }
                settings.outputFormat = format
            case "atom_feed": settings.atomFeed = paths.resolve(try reader.nonEmptyString(value, key))
            case "store": settings.store = paths.resolve(try reader.nonEmptyString(value, key))
            default: throw reader.unknownKey(key, at: keyNode, allowed: allowed, in: "settings")
            }
        }
        return settings
    }
}
