import PithHTML

/// A user's changes to the built-in boilerplate rules, as a rules file states them: rules to
/// switch off, rules to add, and per-site selectors.
///
/// A plain value: PithCore's rules file loader builds it, checked and with every XPath
/// compiled; the extractor decides how it applies to the built-in tables.
public struct RuleOverrides: Sendable, Equatable {
    /// Ids of built-in rules to switch off.
    public var disabled: Set<String>
    /// Rules to add, in file order. An added rule that gives several kinds of patterns (class
    /// tokens and phrases, say) becomes one ``BoilerplateRule`` per kind, all with its id.
    public var added: [BoilerplateRule]
    /// Content and strip selectors by host.
    public var sites: SiteRules
    /// The file the overrides were read from, for messages and `pith rules`; nil for none.
    public var source: String?

    public init(disabled: Set<String> = [], added: [BoilerplateRule] = [], sites: SiteRules = SiteRules(), source: String? = nil) {
        self.disabled = disabled
        self.added = added
        self.sites = sites
        self.source = source
    }

    /// No overrides: the built-in rules as they are.
    public static let none = RuleOverrides()

    /// Whether the overrides change nothing.
    public var isEmpty: Bool { disabled.isEmpty && added.isEmpty && sites.isEmpty }
}

/// The kinds of pattern an added rule may give, named by their rules-file keys; each becomes
/// one ``BoilerplateRule/Matcher``.
public enum RulePatternKind: String, CaseIterable, Sendable {
    case classTokens = "class"
    case roles
    case tags
    case phrases
    case labels
    case sectionStarts = "section-starts"
    case linkTargets = "link-targets"
    case prefixes

    /// The matcher for patterns of this kind.
    public func matcher(_ patterns: [String]) -> BoilerplateRule.Matcher {
        switch self {
        case .classTokens: .classTokens(patterns)
        case .roles: .roles(patterns)
        case .tags: .tags(patterns)
        case .phrases: .phrases(patterns)
        case .labels: .labels(patterns)
        case .sectionStarts: .sectionStarts(patterns)
        case .linkTargets: .linkTargets(patterns)
        case .prefixes: .prefixes(patterns)
        }
    }

    /// Why a pattern of this kind could never match, given how the rule tables look patterns
    /// up; nil when it is usable. Checked at load time so that a rule never silently does nothing.
    public func problem(with pattern: String) -> String? {
        let words = Words(pattern)
        switch self {
        case .classTokens:
            if ClassTokens.key(for: pattern) == nil {
                return "a class token is one to three words of a class or id name (e.g. promo-signup), without spaces"
            }
        case .roles, .linkTargets:
            if pattern.allSatisfy(\.isWhitespace) { return "it is empty" }
        case .tags:
            if HTMLTag.known(pattern.lowercased()) == nil { return "it is not an HTML element name Pith knows" }
        case .phrases:
            if words.count == 0 && !words.hasCopyrightSign { return "it has no words" }
        case .labels:
            if words.count == 0 || words.count > 8 { return "a label is one to eight words" }
        case .sectionStarts:
            if words.count == 0 || words.count > 7 { return "a section start is one to seven words" }
        case .prefixes:
            if words.count == 0 || words.count > 4 { return "a prefix is one to four words (the colon after it is implied)" }
        }
        return nil
    }
}
