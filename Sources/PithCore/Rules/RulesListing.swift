import PithExtract

/// The effective rule set as `pith rules` prints it.
public struct RulesListing: Sendable {
    /// How to print the listing.
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public let overrides: RuleOverrides

    public init(overrides: RuleOverrides) {
        self.overrides = overrides
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: JSONWriter(pretty: true).write(json()) + "\n"
        }
    }

    private var effective: [BoilerplateRule] { BoilerplateRules.default.applying(overrides).rules }

    private func text() -> String {
        let builtIn = BoilerplateRules.builtIn.count
        var lines = ["# \(effective.count) rules: \(builtIn) built in, \(overrides.disabled.count) disabled, "
            + "\(overrides.added.count) added; rules file: \(overrides.source ?? "none")"]
        lines.append("# id\tcategory\tmatches\treason")
        for rule in effective {
            lines.append("\(rule.id)\t\(rule.category.rawValue)\t\(Self.describe(rule.matcher))\t\(rule.reason)")
        }
        if !overrides.disabled.isEmpty {
            lines.append("# disabled: " + overrides.disabled.sorted().joined(separator: ", "))
        }
        let hosts = overrides.sites.byHost.keys.sorted()
        if !hosts.isEmpty {
            lines.append("# site rules: host\tcontent\tstrip")
            for host in hosts {
                let rule = overrides.sites.byHost[host]!
                let strip = rule.strip.map(\.source).joined(separator: " | ")
                lines.append("\(host)\t\(rule.content?.source ?? "-")\t\(strip.isEmpty ? "-" : strip)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() -> JSONWriter.Value {
        .object([
            ("rules_file", .optional(overrides.source)),
            ("disabled", .array(overrides.disabled.sorted().map(JSONWriter.Value.string))),
            ("rules", .array(effective.map { rule in
                let (kind, patterns) = Self.parts(rule.matcher)
                return .object([
                    ("id", .string(rule.id)), ("category", .string(rule.category.rawValue)), ("kind", .string(kind)),
                    ("patterns", .array(patterns.map(JSONWriter.Value.string))), ("reason", .string(rule.reason)),
                ])
            })),
            ("sites", .array(overrides.sites.byHost.keys.sorted().map { host in
                let rule = overrides.sites.byHost[host]!
                return .object([
                    ("host", .string(host)), ("content", .optional(rule.content?.source)),
                    ("strip", .array(rule.strip.map { .string($0.source) })),
                ])
            })),
        ])
    }

    static func describe(_ matcher: BoilerplateRule.Matcher) -> String {
        let (kind, patterns) = parts(matcher)
        return patterns.isEmpty ? kind : kind + ": " + patterns.joined(separator: ", ")
    }

    static func parts(_ matcher: BoilerplateRule.Matcher) -> (String, [String]) {
        switch matcher {
        case .classTokens(let tokens): ("class", tokens)
        case .roles(let roles): ("roles", roles)
        case .tags(let tags): ("tags", tags)
        case .phrases(let phrases): ("phrases", phrases)
        case .labels(let labels): ("labels", labels)
        case .sectionStarts(let starts): ("section-starts", starts)
        case .linkTargets(let targets): ("link-targets", targets)
        case .emailInputs: ("email-inputs", [])
        case .prefixes(let prefixes): ("prefixes", prefixes)
        }
    }
}
