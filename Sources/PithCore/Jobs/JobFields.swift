import Foundation
import PithExtract
import Yams

/// The keys a job (or `defaults:`) may set, each optional until defaults are applied.
struct JobFields {
    var name: String?
    var url: String?
    var tags: [String]?
    var enabled: Bool?
    var headers: [String: String]?
    var userAgent: String?
    var schedule: Schedule?
    var ignore: [IgnoreRule]?
    var selectors: SiteRule?
    var maxTries: Int?
    var onChange: String?
    var webhook: String?

    static let keys = [
        "name", "url", "tags", "enabled", "headers", "user_agent", "every", "schedule", "ignore", "selectors",
        "max_tries", "on_change", "webhook",
    ]

    /// Reads one key; false when `key` is not a job key.
    mutating func read(_ key: String, _ value: Node, _ reader: YAMLReader) throws -> Bool {
        switch key {
        case "name": name = try reader.nonEmptyString(value, key)
        case "url": url = try Self.url(try reader.nonEmptyString(value, key), value, reader)
        case "tags": tags = try reader.strings(value, key)
        case "enabled": enabled = try reader.bool(value, key)
        case "headers": headers = try reader.stringMap(value, key)
        case "user_agent": userAgent = try reader.nonEmptyString(value, key)
        case "every": schedule = try Self.every(value, reader)
        case "schedule": schedule = try Self.cron(value, reader)
        case "ignore": ignore = try reader.strings(value, key).map { try Self.ignoreRule($0, value, reader) }
        case "selectors": selectors = try Self.selectors(value, reader)
        case "max_tries": maxTries = try reader.int(value, key, minimum: 1)
        case "on_change": onChange = try reader.nonEmptyString(value, key)
        case "webhook": webhook = try Self.webhook(value, reader)
        default: return false
        }
        return true
    }

    /// These fields over `defaults`; headers merge by name, everything else replaces.
    func merged(over defaults: JobFields) -> JobFields {
        var result = defaults
        result.name = name
        result.url = url
        if let tags { result.tags = tags }
        if let enabled { result.enabled = enabled }
        if let headers { result.headers = (defaults.headers ?? [:]).merging(headers) { $1 } }
        if let userAgent { result.userAgent = userAgent }
        if let schedule { result.schedule = schedule }
        if let ignore { result.ignore = ignore }
        if let selectors { result.selectors = selectors }
        if let maxTries { result.maxTries = maxTries }
        if let onChange { result.onChange = onChange }
        if let webhook { result.webhook = webhook }
        return result
    }

    func job(line: Int) -> Job? {
        guard let url else { return nil }
        return Job(
            name: name ?? url, url: url, tags: tags ?? [], enabled: enabled ?? true, headers: headers ?? [:],
            userAgent: userAgent, schedule: schedule ?? .everyRun, ignore: ignore ?? IgnoreRule.defaults,
            selectors: selectors, maxTries: maxTries ?? 3, onChange: onChange, webhook: webhook, line: line)
    }

    static func url(_ text: String, _ node: Node, _ reader: YAMLReader) throws -> String {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw reader.error(node, "\"\(text)\" is not a URL")
        }
        switch scheme {
        case "http", "https":
            guard let host = components.host, !host.isEmpty else { throw reader.error(node, "\"\(text)\" has no host") }
        case "file":
            guard !components.path.isEmpty else { throw reader.error(node, "\"\(text)\" has no path") }
        default:
            throw reader.error(node, "\"\(text)\": only http, https and file URLs can be watched")
        }
        return text
    }

    private static func every(_ node: Node, _ reader: YAMLReader) throws -> Schedule {
        let text = try reader.nonEmptyString(node, "every")
        guard let seconds = Schedule.parseDuration(text) else {
            throw reader.error(node, "every: \"\(text)\" is not a duration such as 30m, 6h or 1d")
        }
        guard seconds >= 60 else { throw reader.error(node, "every: \"\(text)\" is shorter than the minimum, 1m") }
        return .every(seconds: seconds)
    }

    private static func cron(_ node: Node, _ reader: YAMLReader) throws -> Schedule {
        let text = try reader.nonEmptyString(node, "schedule")
        do {
            return .cron(try CronExpression(parsing: text), source: text)
        } catch {
            throw reader.error(node, "schedule: \(error)")
        }
    }

    private static func ignoreRule(_ text: String, _ node: Node, _ reader: YAMLReader) throws -> IgnoreRule {
        if let preset = IgnoreRule.preset(text) { return preset }
        do {
            return try IgnoreRule.pattern(text)
        } catch {
            throw reader.error(
                node, "ignore: \"\(text)\" is neither a preset (\(IgnoreRule.presetNames.joined(separator: ", "))) nor a valid regular expression")
        }
    }

    /// `{content: XPATH, strip: [XPATH]}`, every XPath compiled now so a mistake is reported
    /// with its line before anything runs.
    private static func selectors(_ node: Node, _ reader: YAMLReader) throws -> SiteRule {
        var content: String?
        var strip: [String] = []
        for (key, keyNode, value) in try reader.pairs(node, "selectors") {
            switch key {
            case "content": content = try reader.nonEmptyString(value, "selectors.content")
            case "strip": strip = try reader.strings(value, "selectors.strip")
            default: throw reader.unknownKey(key, at: keyNode, allowed: ["content", "strip"], in: "selectors")
            }
        }
        do {
            return try SiteRule(content: content, strip: strip)
        } catch {
            throw reader.error(node, "selectors.\(error)")
        }
    }

    private static func webhook(_ node: Node, _ reader: YAMLReader) throws -> String {
        let text = try reader.nonEmptyString(node, "webhook")
        guard let scheme = URLComponents(string: text)?.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw reader.error(node, "webhook: \"\(text)\" must be an http or https URL")
        }
        return text
    }
}
