import PithHTML

/// The site rules of a rules file, looked up by host.
///
/// A rule for `example.org` also serves `www.example.org` and `news.example.org`; when rules
/// exist for several of a host's suffixes, the longest (most specific) wins. Hosts compare
/// case-insensitively, and a port or a trailing dot is ignored.
public struct SiteRules: Sendable, Equatable {
    /// Rules by normalized host (lowercase, no port, no trailing dot).
    public let byHost: [String: SiteRule]

    /// Rules keyed by host. Keys are normalized like looked-up hosts (a leading `*.` is
    /// dropped too); keys that are no host at all are ignored, and of keys that normalize to
    /// the same host the first in sorted order wins (the rules file loader reports both
    /// cases as errors first).
    public init(_ rules: [String: SiteRule] = [:]) {
        var byHost: [String: SiteRule] = [:]
        for key in rules.keys.sorted() {
            guard let host = Self.normalizedHost(key), byHost[host] == nil else { continue }
            byHost[host] = rules[key]
        }
        self.byHost = byHost
    }

    public var isEmpty: Bool { byHost.isEmpty }

    /// The rule for a host, or for the nearest of its parent domains that has one.
    public func rule(forHost host: String) -> SiteRule? {
        guard !byHost.isEmpty, var candidate = Self.normalizedHost(host) else { return nil }
        while true {
            if let rule = byHost[candidate] { return rule }
            guard let dot = candidate.firstIndex(of: ".") else { return nil }
            candidate = String(candidate[candidate.index(after: dot)...])
        }
    }

    /// The rule for the host of an absolute URL (`https://user@www.example.org:8443/a?b`).
    public func rule(forURL url: String) -> SiteRule? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        return rule(forHost: String(host))
    }

    /// A host as rules are keyed: lowercased, without port, brackets or trailing dot, and
    /// without a leading `*.` wildcard (subdomains match anyway). Nil when it cannot be a
    /// host: empty, or with a scheme, path, space or other character no host name has.
    public static func normalizedHost(_ text: String) -> String? {
        var host = Substring(text.trimmingASCIIWhitespace().lowercased())
        if host.hasPrefix("[") {
            // An IPv6 literal, `[::1]` or `[::1]:8080`.
            guard let close = host.firstIndex(of: "]") else { return nil }
            host = host[host.index(after: host.startIndex)..<close]
            return host.isEmpty || host.contains(where: { !($0.isHexDigit || $0 == ":" || $0 == ".") }) ? nil : String(host)
        }
        if let colon = host.firstIndex(of: ":") {
            guard host[host.index(after: colon)...].allSatisfy(\.isASCIIDigit) else { return nil }
            host = host[..<colon]
        }
        if host.hasPrefix("*.") { host = host.dropFirst(2) }
        while host.hasSuffix(".") { host = host.dropLast() }
        guard !host.isEmpty, !host.hasPrefix("."), !host.contains(".."),
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }) else { return nil }
        return String(host)
    }
}

/// What a site rule selects in one page.
public struct SiteRuleMatch: Sendable, Equatable {
    /// The first element the `content` selector matched, if any.
    public var content: HTMLDocument.Node?
    /// Every node any `strip` selector matched, in document order without duplicates. Nodes
    /// inside another stripped node are listed too; the document root never is.
    public var strip: [StrippedNode]

    public init(content: HTMLDocument.Node? = nil, strip: [StrippedNode] = []) {
        self.content = content
        self.strip = strip
    }

    /// A node to remove, and which selector chose it (for `--explain`).
    public struct StrippedNode: Sendable, Equatable {
        public var node: HTMLDocument.Node
        /// Index in ``SiteRule/strip`` of the first selector that matched the node.
        public var selector: Int

        public init(node: HTMLDocument.Node, selector: Int) {
            self.node = node
            self.selector = selector
        }
    }
}

extension SiteRule {
    /// Evaluates the rule's selectors on a page.
    public func match(in document: HTMLDocument) -> SiteRuleMatch {
        let content = content?.nodes(in: document).first { document.isElement($0) }
        var chosenBy: [HTMLDocument.Node: Int] = [:]
        for (index, selector) in strip.enumerated() {
            for node in selector.nodes(in: document) where node != document.root && chosenBy[node] == nil {
                chosenBy[node] = index
            }
        }
        let stripped = chosenBy.keys.sorted().map { SiteRuleMatch.StrippedNode(node: $0, selector: chosenBy[$0]!) }
        return SiteRuleMatch(content: content, strip: stripped)
    }
}

extension String {
    fileprivate func trimmingASCIIWhitespace() -> Substring {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\n" || character == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
