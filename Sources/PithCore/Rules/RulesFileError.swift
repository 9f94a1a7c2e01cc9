import PithExtract

/// Why a rules file could not be used: which file, which line, and what is wrong there.
public enum RulesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--rules FILE` names a file that does not exist.
    case notFound(path: String)
    /// The file exists but cannot be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case invalidYAML(file: String, line: Int, column: Int, message: String)
    /// The YAML is valid but breaks the schema (see `Config/rules.example.yaml`).
    case invalid(file: String, line: Int, Problem)

    /// A schema mistake.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// A key the schema does not have where it appears, with the keys it does have.
        case unknownKey(String, in: String, allowed: [String])
        /// A value of the wrong YAML type, e.g. a list where a string belongs.
        case wrongType(String, expected: String, found: String)
        case missingKey(String, in: String)
        /// A value that is empty where text is needed.
        case empty(String)
        case unknownCategory(String)
        /// A rule id with characters other than letters, digits, `.`, `-` and `_`.
        case invalidID(String)
        case duplicateID(String, firstLine: Int)
        /// An added rule that takes the id of a built-in one.
        case builtInID(String)
        /// `disable:` names no built-in rule.
        case unknownRuleID(String)
        /// An added rule with no class tokens, phrases or other patterns.
        case noPatterns(id: String)
        /// A pattern that could never match, and why.
        case unusablePattern(kind: String, pattern: String, reason: String)
        /// A `sites:` key that is not a host name.
        case invalidHost(String)
        case duplicateHost(String, firstLine: Int)
        /// A site with neither `content` nor `strip`.
        case emptySite(String)
        /// A `content` or `strip` selector that is not usable XPath.
        case selector(host: String, SiteRuleError)

        public var description: String {
            switch self {
            case .unknownKey(let key, let place, let allowed):
                return "unknown key '\(key)' in \(place) (allowed: \(allowed.joined(separator: ", ")))"
            case .wrongType(let key, let expected, let found):
                return "'\(key)' must be \(expected), not \(found)"
            case .missingKey(let key, let place):
                return "\(place) needs '\(key)'"
            case .empty(let what):
                return "\(what) is empty"
            case .unknownCategory(let category):
                let known = BoilerplateCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return "unknown category '\(category)' (categories: \(known))"
            case .invalidID(let id):
                return "rule id '\(id)' may only hold letters, digits, '.', '-' and '_'"
            case .duplicateID(let id, let firstLine):
                return "rule id '\(id)' is already used on line \(firstLine)"
            case .builtInID(let id):
                return "'\(id)' is the id of a built-in rule; give the added rule its own id (and disable the built-in one to replace it)"
            case .unknownRuleID(let id):
                return "no built-in rule has the id '\(id)' (`pith rules` lists them)"
            case .noPatterns(let id):
                let keys = RulePatternKind.allCases.map(\.rawValue).joined(separator: ", ")
                return "rule '\(id)' matches nothing: give at least one of \(keys)"
            case .unusablePattern(let kind, let pattern, let reason):
                return "\(kind) pattern '\(pattern)' can never match: \(reason)"
            case .invalidHost(let host):
                let hint = host.contains("/") ? " (write the host alone, e.g. example.org)" : ""
                return "'\(host)' is not a host name\(hint)"
            case .duplicateHost(let host, let firstLine):
                return "host '\(host)' already has rules on line \(firstLine)"
            case .emptySite(let host):
                return "site '\(host)' has neither 'content' nor 'strip'"
            case .selector(let host, let error):
                return "site '\(host)', \(error)"
            }
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): rules file not found"
        case .unreadable(let path, let reason):
            return "\(path): cannot read rules file: \(reason)"
        case .invalidYAML(let file, let line, let column, let message):
            return "\(file):\(line):\(column): not valid YAML: \(message)"
        case .invalid(let file, let line, let problem):
            return "\(file):\(line): \(problem)"
        }
    }
}
