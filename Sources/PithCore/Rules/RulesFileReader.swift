import PithExtract
import PithHTML
import Yams

/// Reads a rules file's YAML into ``RuleOverrides``, checking the schema as it goes: every
/// mistake is reported with the line it is on, and every XPath is compiled here.
struct RulesFileReader {
    /// How the file is named in errors.
    let file: String
    /// Ids that `disable:` may name and `add:` may not reuse.
    let builtInIDs: Set<String>

    static let topLevelKeys = ["disable", "add", "sites"]
    static let ruleKeys = ["id", "category", "reason"] + RulePatternKind.allCases.map(\.rawValue)
    static let siteKeys = ["content", "strip"]

    func read(_ yaml: String) throws(RulesFileError) -> RuleOverrides {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw yamlError(error)
        }
        var overrides = RuleOverrides(source: file)
        guard let root, !Self.isNull(root) else { return overrides }
        for (key, value) in try mapping(root, named: "the rules file") {
            switch try keyName(key) {
            case "disable": overrides.disabled = try readDisabled(value)
            case "add": overrides.added = try readAdded(value)
            case "sites": overrides.sites = try readSites(value)
            case let other: throw invalid(key, .unknownKey(other, in: "the rules file", allowed: Self.topLevelKeys))
            }
        }
        return overrides
    }

    // MARK: disable

    private func readDisabled(_ node: Node) throws(RulesFileError) -> Set<String> {
        var disabled: Set<String> = []
        for (id, item) in try strings(node, named: "disable") {
            try checkIDSyntax(id, at: item)
            guard builtInIDs.contains(id) else { throw invalid(item, .unknownRuleID(id)) }
            disabled.insert(id)
        }
        return disabled
    }

    // MARK: add

    private func readAdded(_ node: Node) throws(RulesFileError) -> [BoilerplateRule] {
        guard !Self.isNull(node) else { return [] }
        guard case .sequence(let items) = node else {
            throw invalid(node, .wrongType("add", expected: "a list of rules", found: Self.kind(of: node)))
        }
        var firstLines: [String: Int] = [:]
        var rules: [BoilerplateRule] = []
        for item in items {
            let added = try readRule(item)
            if let firstLine = firstLines[added.first!.id] {
                throw invalid(item, .duplicateID(added.first!.id, firstLine: firstLine))
            }
            firstLines[added.first!.id] = line(of: item)
            rules += added
        }
        return rules
    }

    /// One entry of `add:`, as one rule per kind of pattern it gives (never none).
    private func readRule(_ node: Node) throws(RulesFileError) -> [BoilerplateRule] {
        let fields = try mapping(node, named: "an added rule")
        var id: String?
        var category: BoilerplateCategory?
        var reason: String?
        var patterns: [(RulePatternKind, [String])] = []
        for (key, value) in fields {
            let name = try keyName(key)
            switch name {
            case "id":
                let text = try string(value, named: "id")
                try checkIDSyntax(text, at: value)
                guard !builtInIDs.contains(text) else { throw invalid(value, .builtInID(text)) }
                id = text
            case "category":
                let text = try string(value, named: "category")
                guard let known = BoilerplateCategory(rawValue: text.lowercased()) else {
                    throw invalid(value, .unknownCategory(text))
                }
                category = known
            case "reason":
                reason = try string(value, named: "reason")
            default:
                guard let kind = RulePatternKind(rawValue: name) else {
                    throw invalid(key, .unknownKey(name, in: "an added rule", allowed: Self.ruleKeys))
                }
                patterns.append((kind, try readPatterns(value, kind: kind)))
            }
        }
        guard let id else { throw invalid(node, .missingKey("id", in: "an added rule")) }
        guard let category else { throw invalid(node, .missingKey("category", in: "rule '\(id)'")) }
        let rules = patterns.filter { !$0.1.isEmpty }.map { kind, list in
            BoilerplateRule(id: id, category: category, matcher: kind.matcher(list), reason: reason ?? "Added in \(file)")
        }
        guard !rules.isEmpty else { throw invalid(node, .noPatterns(id: id)) }
        return rules
    }

    private func readPatterns(_ node: Node, kind: RulePatternKind) throws(RulesFileError) -> [String] {
        var patterns: [String] = []
        for (pattern, item) in try strings(node, named: kind.rawValue) {
            if let reason = kind.problem(with: pattern) {
                throw invalid(item, .unusablePattern(kind: kind.rawValue, pattern: pattern, reason: reason))
            }
            patterns.append(pattern)
        }
        return patterns
    }

    private func checkIDSyntax(_ id: String, at node: Node) throws(RulesFileError) {
        let allowed = id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar))
        }
        guard allowed else { throw invalid(node, .invalidID(id)) }
    }

    // MARK: sites

    private func readSites(_ node: Node) throws(RulesFileError) -> SiteRules {
        guard !Self.isNull(node) else { return SiteRules() }
        var rules: [String: SiteRule] = [:]
        var firstLines: [String: Int] = [:]
        for (key, value) in try mapping(node, named: "sites") {
            let written = try keyName(key)
            guard let host = SiteRules.normalizedHost(written) else { throw invalid(key, .invalidHost(written)) }
            if let firstLine = firstLines[host] { throw invalid(key, .duplicateHost(host, firstLine: firstLine)) }
            firstLines[host] = line(of: key)
            rules[host] = try readSite(value, host: host, key: key)
        }
        return SiteRules(rules)
    }

    /// One site's selectors; `key` is the host's node, where an empty site is reported.
    private func readSite(_ node: Node, host: String, key hostKey: Node) throws(RulesFileError) -> SiteRule {
        var rule = SiteRule()
        for (key, value) in try mapping(node, named: "site '\(host)'") {
            switch try keyName(key) {
            case "content":
                guard !Self.isNull(value) else { continue }
                let source = try string(value, named: "content")
                rule.content = try selector(source, field: "content", host: host, at: value)
            case "strip":
                for (index, (source, item)) in try strings(value, named: "strip").enumerated() {
                    rule.strip.append(try selector(source, field: "strip[\(index + 1)]", host: host, at: item))
                }
            case let other:
                throw invalid(key, .unknownKey(other, in: "site '\(host)'", allowed: Self.siteKeys))
            }
        }
        guard rule.content != nil || !rule.strip.isEmpty else { throw invalid(hostKey, .emptySite(host)) }
        return rule
    }

    private func selector(_ source: String, field: String, host: String, at node: Node) throws(RulesFileError) -> XPath {
        do throws(SiteRuleError) {
            return try SiteRule.selector(source, field: field)
        } catch {
            throw invalid(node, .selector(host: host, error))
        }
    }

    // MARK: YAML values

    private func mapping(_ node: Node, named name: String) throws(RulesFileError) -> [(Node, Node)] {
        if Self.isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            throw invalid(node, .wrongType(name, expected: "a mapping of keys to values", found: Self.kind(of: node)))
        }
        return mapping.map { ($0.key, $0.value) }
    }

    private func keyName(_ node: Node) throws(RulesFileError) -> String {
        guard case .scalar(let scalar) = node else {
            throw invalid(node, .wrongType("a key", expected: "text", found: Self.kind(of: node)))
        }
        return scalar.string
    }

    /// A non-empty scalar.
    private func string(_ node: Node, named name: String) throws(RulesFileError) -> String {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            throw invalid(node, .wrongType(name, expected: "text", found: Self.kind(of: node)))
        }
        guard !scalar.string.allSatisfy(\.isWhitespace) else { throw invalid(node, .empty("'\(name)'")) }
        return scalar.string
    }

    /// A list of non-empty scalars, or one scalar standing for a list of one; nothing is an
    /// empty list. Each string comes with its node, for the line of a later error.
    private func strings(_ node: Node, named name: String) throws(RulesFileError) -> [(String, Node)] {
        if Self.isNull(node) { return [] }
        if case .scalar = node { return [(try string(node, named: name), node)] }
        guard case .sequence(let items) = node else {
            throw invalid(node, .wrongType(name, expected: "a list of text", found: Self.kind(of: node)))
        }
        var result: [(String, Node)] = []
        for item in items {
            guard case .scalar = item else {
                throw invalid(item, .wrongType("an item of '\(name)'", expected: "text", found: Self.kind(of: item)))
            }
            result.append((try string(item, named: "an item of '\(name)'"), item))
        }
        return result
    }

    private static func isNull(_ node: Node) -> Bool {
        node.null != nil
    }

    /// How a node's YAML type is named in messages.
    private static func kind(of node: Node) -> String {
        switch node {
        case .scalar: isNull(node) ? "nothing" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    // MARK: Errors

    private func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    private func invalid(_ node: Node, _ problem: RulesFileError.Problem) -> RulesFileError {
        .invalid(file: file, line: line(of: node), problem)
    }

    private func yamlError(_ error: any Error) -> RulesFileError {
        guard let yaml = error as? YamlError else {
            return .invalidYAML(file: file, line: 0, column: 0, message: "\(error)")
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .invalidYAML(file: file, line: mark.line, column: mark.column, message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .invalidYAML(file: file, line: context.mark.line, column: context.mark.column,
                                message: "key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice (first here)")
        default:
            return .invalidYAML(file: file, line: 0, column: 0, message: "\(yaml)")
        }
    }
}
