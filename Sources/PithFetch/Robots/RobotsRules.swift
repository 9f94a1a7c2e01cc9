/// The rules a robots.txt file sets for one crawler, per RFC 9309.
///
/// The group whose `user-agent` line matches our product token (case-insensitively, the
/// longest match wins) applies, else the `*` group. Within it the longest matching `allow` or
/// `disallow` path wins, and `allow` wins a tie. `*` matches any run of characters and a
/// trailing `$` anchors the end. `/robots.txt` itself is always allowed.
public struct RobotsRules: Sendable, Equatable {
    /// One `allow` or `disallow` line.
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: [UInt8]
    }

    var rules: [Rule]
    /// The group's `Crawl-delay` in seconds (not in RFC 9309, but widely used).
    public var crawlDelay: Double?

    /// Everything allowed (robots.txt missing: a 4xx answer).
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    /// Everything disallowed (robots.txt unreachable or a 5xx answer).
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: Array("/".utf8))], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses `text` for the crawler whose product token is `agent` (`pith`).
    public init(parsing text: String, agent: String) {
        let groups = RobotsGroupParser.groups(in: text)
        let token = agent.lowercased()
        var best: RobotsGroupParser.Group?
        var bestLength = -1
        var wildcard: RobotsGroupParser.Group?
        for group in groups {
            for name in group.agents {
                if name == "*" {
                    wildcard = wildcard.map { $0.merged(with: group) } ?? group
                } else if token.hasPrefix(name) || name.hasPrefix(token), name.count > bestLength {
                    best = group
                    bestLength = name.count
                } else if name.count == bestLength, let current = best, token.hasPrefix(name) {
                    best = current.merged(with: group)
                }
            }
        }
        let chosen = best ?? wildcard
        self.init(rules: chosen?.rules ?? [], crawlDelay: chosen?.crawlDelay)
    }

    /// Whether `path` (path and query, percent-encoded as sent) may be fetched.
    public func allows(_ path: String) -> Bool {
        let target = Array((path.isEmpty ? "/" : path).utf8)
        if target == Array("/robots.txt".utf8) { return true }
        var verdict: (length: Int, allow: Bool)?
        for rule in rules where !rule.pattern.isEmpty && Self.matches(rule.pattern, target) {
            let length = rule.pattern.count
            if verdict == nil || length > verdict!.length || (length == verdict!.length && rule.allow) {
                verdict = (length, rule.allow)
            }
        }
        return verdict?.allow ?? true
    }

    /// Matches with `*` wildcards and an optional final `$`, by backtracking on the last star.
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        let anchored = pattern.last == UInt8(ascii: "$")
        let body = anchored ? pattern.dropLast() : pattern[...]
        var p = body.startIndex, s = 0
        var starP = -1, starS = 0
        while s < path.count || p < body.endIndex {
            if p < body.endIndex && body[p] == UInt8(ascii: "*") {
                starP = p; starS = s; p += 1
                continue
            }
            if p == body.endIndex && !anchored { return true }
            if p < body.endIndex && s < path.count && body[p] == path[s] {
                p += 1; s += 1
                continue
            }
            guard starP >= 0, starS < path.count else { return p == body.endIndex && s == path.count }
            starS += 1; s = starS; p = starP + 1
        }
        return true
    }
}

/// Splits robots.txt into groups: consecutive `user-agent` lines followed by their rules.
enum RobotsGroupParser {
    struct Group {
        var agents: [String] = []
        var rules: [RobotsRules.Rule] = []
        var crawlDelay: Double?

        func merged(with other: Group) -> Group {
            Group(agents: agents + other.agents, rules: rules + other.rules, crawlDelay: crawlDelay ?? other.crawlDelay)
        }
    }

    static func groups(in text: String) -> [Group] {
        var groups: [Group] = []
        var current = Group()
        var inRules = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            switch key {
            case "user-agent":
                if inRules {
                    groups.append(current)
                    current = Group()
                    inRules = false
                }
                current.agents.append(value.lowercased())
            case "allow", "disallow":
                inRules = true
                guard !current.agents.isEmpty else { continue }
                current.rules.append(RobotsRules.Rule(allow: key == "allow", pattern: Array(value.utf8)))
            case "crawl-delay":
                inRules = true
                if let seconds = Double(value), seconds >= 0 { current.crawlDelay = seconds }
            default:
                continue
            }
        }
        if !current.agents.isEmpty { groups.append(current) }
        return groups
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
