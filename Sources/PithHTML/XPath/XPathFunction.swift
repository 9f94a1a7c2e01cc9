/// The XPath 1.0 core function library: names, how many arguments each takes, what it returns.
enum XPathFunction: String, CaseIterable, Sendable {
    // Node-set functions.
    case last, position, count, id
    case localName = "local-name", namespaceURI = "namespace-uri", name
    // String functions.
    case string, concat, startsWith = "starts-with", contains
    case substringBefore = "substring-before", substringAfter = "substring-after", substring
    case stringLength = "string-length", normalizeSpace = "normalize-space", translate
    // Boolean functions.
    case boolean, not, `true`, `false`, lang
    // Number functions.
    case number, sum, floor, ceiling, round

    /// Allowed argument counts.
    var arity: ClosedRange<Int> {
        switch self {
        case .last, .position, .true, .false: 0...0
        case .localName, .namespaceURI, .name, .string, .stringLength, .normalizeSpace, .number: 0...1
        case .count, .id, .boolean, .not, .lang, .sum, .floor, .ceiling, .round: 1...1
        case .startsWith, .contains, .substringBefore, .substringAfter: 2...2
        case .substring: 2...3
        case .translate: 3...3
        case .concat: 2...Int.max
        }
    }

    /// Arguments that XPath 1.0 requires to be node-sets.
    var requiresNodeSetArguments: Bool {
        switch self {
        case .count, .sum, .localName, .namespaceURI, .name: true
        default: false
        }
    }

    var resultType: XPathType {
        switch self {
        case .id: .nodeSet
        case .last, .position, .count, .number, .sum, .floor, .ceiling, .round, .stringLength: .number
        case .boolean, .not, .true, .false, .lang, .startsWith, .contains: .boolean
        case .localName, .namespaceURI, .name, .string, .concat, .substringBefore, .substringAfter,
            .substring, .normalizeSpace, .translate:
            .string
        }
    }

    /// "1 argument", "2 or 3 arguments", "at least 2 arguments".
    var arityDescription: String {
        let plural = { (count: Int) in count == 1 ? "argument" : "arguments" }
        if arity.upperBound == Int.max { return "at least \(arity.lowerBound) \(plural(arity.lowerBound))" }
        if arity.lowerBound == arity.upperBound { return "\(arity.lowerBound) \(plural(arity.lowerBound))" }
        return "\(arity.lowerBound) or \(arity.upperBound) arguments"
    }

    /// The function a mistyped name probably meant: a different case, or an XPath 2.0 name.
    static func suggestion(for name: String) -> String? {
        if let match = XPathFunction(rawValue: name.lowercased()) { return match.rawValue }
        switch name {
        case "ends-with": return "substring(s, string-length(s) - string-length(x) + 1) = x"
        case "lower-case", "upper-case": return "translate"
        case "matches": return "contains"
        default: return nil
        }
    }
}
